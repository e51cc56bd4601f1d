import { describe, expect, test } from "vitest";
import { documentTitle } from "../../src/render/document-title.js";

describe("a page's title in the browser tab", () => {
  test("is the page's and the site's when both fit in 70 characters", () => {
    expect(documentTitle("osquery office hours 2019-09-03", "osquery office hours")).toBe("osquery office hours 2019-09-03 · osquery office hours");
  });

  test("drops the site's name when the page's long title fits alone", () => {
    expect(documentTitle("Compiler team steering meeting of the Rust project, 10 October 2019", "Meeting notes")).toBe(
      "Compiler team steering meeting of the Rust project, 10 October 2019",
    );
  });

  test("cuts a title longer than 70 characters at a word, with an ellipsis (written &#8230;, 7 of the 70)", () => {
    const title = "Scala Center Advisory Board, minutes of the quarterly meeting held on 2016-05-09 in Lausanne";
    expect(documentTitle(title, "Meeting notes")).toBe("Scala Center Advisory Board, minutes of the quarterly meeting…");
  });

  test("cuts a long word with no space to cut at within 70 characters", () => {
    expect(documentTitle(`Issues of ${"x".repeat(80)}`)).toBe(`Issues of ${"x".repeat(53)}…`);
  });

  test("keeps the site's own title on the home page when it fits", () => {
    expect(documentTitle("osquery office hours")).toBe("osquery office hours");
  });
});

describe("a title's length, as the page writes it", () => {
  test("counts a character past Latin-1 as its reference, as html-validate does", () => {
    // 68 characters, 74 as written: "&#8212;".
    expect(documentTitle("WECG Meetings 2021, Public Notes—Aug 19, 2021", "osquery office hours")).toBe("WECG Meetings 2021, Public Notes—Aug 19, 2021");
  });

  test("cuts where the written title with its ellipsis fits", () => {
    const title = `${"Ünïcödé “quoted” words ".repeat(4)}end`;
    // Each curly quote is 7 characters as written, each letter with an accent 1 (Latin-1).
    expect(documentTitle(title)).toBe("Ünïcödé “quoted” words Ünïcödé “quoted”…");
  });
});

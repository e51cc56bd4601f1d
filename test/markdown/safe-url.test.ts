import { describe, expect, test } from "vitest";
import { isSafeUrl } from "../../src/markdown/safe-url.js";
import { parse } from "../helpers/parse.js";

describe("which link targets a note may use", () => {
  test.each([
    { input: "https://example.com/a?b#c", expected: true },
    { input: "HTTP://example.com", expected: true },
    { input: "mailto:someone@example.com", expected: true },
    { input: "2019-09-03.md", expected: true },
    { input: "#section", expected: true },
    { input: "/meetings/", expected: true },
    { input: "%E0%A4%A", expected: true },
    { input: "javascript:alert(1)", expected: false },
    { input: "JaVaScRiPt:alert(1)", expected: false },
    { input: "vbscript:msgbox(1)", expected: false },
    { input: "data:text/html,hi", expected: false },
    { input: "data:image/png;base64,iVBORw0KGgo=", expected: false },
    { input: "file:///etc/passwd", expected: false },
    { input: "ftp://example.com", expected: false },
    { input: " \u0001javascript:alert(1)", expected: false },
    { input: "java\tscript:alert(1)", expected: false },
    { input: "java%09script:alert(1)", expected: false },
    { input: "%6Aavascript:alert(1)", expected: false },
    { input: "%20javascript:alert(1)", expected: false },
    { input: "https://", expected: false },
    { input: "https:///path", expected: false },
    { input: "http:example.com", expected: false },
  ])("$input", ({ input, expected }) => {
    expect(isSafeUrl(input)).toBe(expected);
  });

  test("renders a link with a forbidden target as its text, however it is written", () => {
    const hostile = [
      "[a](javascript:alert(1))",
      "[b](&#106;avascript:alert(1))",
      "[c](javascript&colon;alert(1))",
      "[d](%6Aavascript:alert(1))",
      "[e](<java\tscript:alert(1)>)",
      "<javascript:alert(1)>",
      "![f](data:image/svg+xml;base64,PHN2Zz4=)",
      "[g][ref]\n\n[ref]: vbscript:msgbox(1)",
    ];
    for (const text of hostile) expect(parse(text).html, text).not.toMatch(/<a |<img /);
  });

  test("renders a link to a web address with no host, a template's placeholder, as its text", () => {
    expect(parse("[Recording](https://)\n").html).toBe("<p>[Recording](https://)</p>\n");
  });
});

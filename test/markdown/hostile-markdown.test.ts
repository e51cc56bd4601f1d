// What the markdown layer does with notes written to break it: nothing nested too deep is lost,
// no inline style reaches the page, ids never repeat, a sentence renders with its own words.

import { describe, expect, test } from "vitest";
import { parse, parseText } from "../helpers/parse.js";

describe("the markdown of a note", () => {
  test("keeps every word of quotes nested deeper than markdown-it allows, with a warning at the line", () => {
    const { meeting, diagnostics } = parseText(`# Deep\n\n${">".repeat(300)} the deepest words\n`);
    expect(meeting.html).toContain(`${"&gt;".repeat(200)} the deepest words</p>`);
    expect(diagnostics).toContainEqual({
      file: "2019-09-03.md",
      line: 3,
      severity: "warning",
      message: "quotes or lists are nested too deeply here; the deepest part is shown as plain text",
      hint: "nest lists and quotes less deeply",
      lossy: true,
    });
  });

  test("keeps every item of a list nested deeper than markdown-it allows", () => {
    const meeting = parse(Array.from({ length: 120 }, (_, i) => `${"  ".repeat(i)}- level ${i}`).join("\n"));
    for (const level of [0, 48, 49, 119]) expect(meeting.html).toContain(`level ${level}`);
  });

  test("aligns table columns with classes, never a style attribute", () => {
    const meeting = parse("| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n");
    expect(meeting.html).toContain('<th class="align-left">a</th>\n<th class="align-center">b</th>\n<th class="align-right">c</th>');
    expect(meeting.html).not.toContain("style=");
  });

  test("breaks a line at <br>, as GitHub does in table cells, and shows every other tag as text", () => {
    const meeting = parse("| Topic | Notes |\n|---|---|\n| Release | Ship Friday.<br>Tag it<BR/>then <b>rest</b><br onclick=x> |\n");
    expect(meeting.html).toContain("<td>Ship Friday.<br>\nTag it<br>\nthen &lt;b&gt;rest&lt;/b&gt;&lt;br onclick=x&gt;</td>");
  });

  test("reads each line a <br> makes as a statement, on the source line it is written on", () => {
    const { meeting } = parseText("# T\n\nRelease<br>We agreed to ship Friday<br />Bob will tag it\n\nCarol will write the notes.\n");
    expect(meeting.decisions.map((d) => [d.line, d.text])).toEqual([[3, "We agreed to ship Friday"]]);
    expect(meeting.actions.map((a) => [a.owner, a.line, a.text])).toEqual([["Bob", 3, "Bob will tag it"], ["Carol", 5, "Carol will write the notes."]]);
  });

  test("numbers repeated headings and keeps the page's own ids for the page", () => {
    const meeting = parse("# Notes\n\n## Notes\n\n## Notes\n\n## Main\n\n## Meeting summary\n");
    expect(meeting.sections.map((s) => s.id)).toEqual(["notes", "notes-1", "notes-2", "main-1", "meeting-summary-1"]);
  });

  test("renders a decision inside a longer emphasis or link with its own words only", () => {
    const meeting = parse("*Some context. We will ship it. More context.*\n\n[We will merge. Then test.](https://example.com)\n");
    expect(meeting.decisions.map((d) => d.html)).toEqual(["<em>We will ship it.</em>", '<a href="https://example.com">We will merge.</a>']);
  });
});

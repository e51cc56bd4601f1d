// Sub-lists indented as code, as Hackpad and Google Docs exports write them, are read as lists.

import { describe, expect, test } from "vitest";
import { parseText } from "../helpers/parse.js";

const NOTE = [
  "# Packaging",
  "",
  "*   Stack overflow. Should we be monitoring it?",
  "",
  "                *   Anthony will add Google alerts to monitor",
  "                *   Second thought",
  "        *   Others should consider doing this too.",
  "",
  "*   Build steps:",
  "",
  "        npm install",
  "## Outside a list",
  "",
  "    *   a list item written as code on purpose",
  "",
].join("\n");

describe("a sub-list indented as code inside a list item", () => {
  const { meeting, diagnostics } = parseText(NOTE, { source: "2016-05-13.md" });

  test("shows as a list nested in its item, and what it says is read", () => {
    expect(meeting.html).toContain("<p>Stack overflow. Should we be monitoring it?</p>\n<ul>\n<li>Anthony will add Google alerts to monitor</li>\n<li>Second thought</li>\n</ul>\n<ul>\n<li>Others should consider doing this too.</li>\n</ul>\n</li>");
    expect(meeting.actions.map((a) => [a.owner, a.text, a.line])).toEqual([["Anthony", "Anthony will add Google alerts to monitor", 5]]);
  });

  test("leaves code that is no list as code, in a list item or out of one", () => {
    expect(meeting.html).toContain("<pre><code>npm install\n</code></pre>");
    expect(meeting.html).toContain("<pre><code>*   a list item written as code on purpose\n</code></pre>");
  });

  test("is reported once, at the first such list, since GitHub shows it as code", () => {
    expect(diagnostics.filter((d) => d.message.includes("indented as code"))).toEqual([
      {
        file: "2016-05-13.md",
        line: 5,
        severity: "warning",
        message: "2 lists, the first here, are indented as code (four or more spaces past their item's text): GitHub shows code, the site a list",
        hint: "line the sub-list up with its item's text (two to four spaces in)",
        lossy: true,
      },
    ]);
  });

  test("names the outermost of lists that nest, where a reader starts", () => {
    const nested = parseText("*   Topic\n\n        *   Outer\n\n                *   Inner\n", { source: "2016-05-13.md" });
    expect(nested.meeting.html).toContain("<li>\n<p>Outer</p>\n<ul>\n<li>Inner</li>\n</ul>\n</li>");
    expect(nested.diagnostics.find((d) => d.message.includes("indented as code"))?.line).toBe(3);
  });
});

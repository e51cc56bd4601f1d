// Random notes built from the pieces real and hostile notes are made of: whatever the mix, the
// parser does not throw, ids are unique and valid and land on the page, and every line number
// points into the file.

import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { readNote } from "../../src/load/read-notes.js";
import type { Meeting } from "../../src/model.js";
import { MEETING_PAGE_IDS } from "../../src/render/page-ids.js";
import { parseText } from "../helpers/parse.js";
import { elementIds } from "../helpers/scan-output.js";

const piece = fc.oneof(
  fc.constantFrom(
    "We will",
    "we will not",
    "Conclusion:",
    "Conclusion is that",
    "we agreed",
    "Let's try it.",
    "Decision:",
    "TODO:",
    "ACTION",
    "**Action**",
    "[ACB]",
    "RP to",
    "[x]",
    "Group:",
    "-> x",
    "seph will",
    "He'll",
    "@someone",
    "@seph",
    "#123",
    "PR 7048",
    "osquery/foundation#15",
    "https://github.com/osquery/osquery/pull/5706",
    "{#an-id}",
    "{#x}",
    "{#main}",
    "<!-- not a decision -->",
    "<!-- not an action -->",
    "<!--",
    "-->",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[a link](https://example.com)",
    "[We will go. Then.](https://example.com)",
    "[x](javascript:alert(1))",
    "![img](https://example.com/a.png)",
    "`code. We will`",
    "*We will a. b.*",
    "**bold. We will**",
    "_x_",
    "*",
    "**",
    "_",
    "[",
    "]",
    "(",
    ")",
    "e.g.",
    "etc.",
    ".",
    "!",
    "?",
    "\\",
    "|",
    "&amp;",
    "&#0;",
    "\u0000",
    "\t",
    "\u00a0",
    "\u200b",
    "\u202e",
    "\ufeff",
    "\ufffd",
    "é",
    "日本語",
    "\ud83c\udf89",
  ),
  fc.string({ maxLength: 8 }),
);
const words = fc.array(piece, { maxLength: 10 }).map((ws) => ws.join(" "));
const line = fc.oneof(
  { weight: 4, arbitrary: words },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 6 }), words).map(([level, text]) => `${"#".repeat(level)} ${text}`) },
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 0, max: 5 }), fc.constantFrom("-", "*", "1."), words).map(([depth, bullet, text]) => `${"  ".repeat(depth)}${bullet} ${text}`) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 4 }), words).map(([depth, text]) => `${">".repeat(depth)} ${text}`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom("", "", "```", "~~~", "    indented code", "---", "===", "| a | b |", "|:--|--:|", "| Owner | Action |", "| Task |", "## Decisions", "## Highlights", "## Action items", "Next steps:", "Decisions:"),
  },
);
const eol = fc.constantFrom("\n", "\r\n", "\r");
const note = fc.tuple(fc.array(line, { maxLength: 30 }), eol).map(([lines, end]) => lines.join(end));
/** Notes that open with front matter are read first; most random ones would be refused, so the body follows a valid one. */
const dated = fc.tuple(fc.boolean(), note).map(([withFrontMatter, body]) => (withFrontMatter ? `---\ntitle: Random\n---\n${body}` : `x\n${body}`));

function lineCount(text: string): number {
  return Math.max(1, text.replace(/\r\n?/g, "\n").replace(/\n$/, "").split("\n").length);
}

function allLines(meeting: Meeting): number[] {
  return [
    ...meeting.sections.map((s) => s.line),
    ...meeting.highlights.map((h) => h.line),
    ...meeting.decisions.map((d) => d.line),
    ...meeting.actions.map((a) => a.line),
    ...meeting.issues.flatMap((i) => [...i.lines, ...i.mentions.map((m) => m.line)]),
  ];
}

const runs = { numRuns: 400 };

describe("any note", () => {
  test("is read or refused with a message, never a crash, whatever its bytes", () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 200 }), fc.string({ unit: "binary", maxLength: 200 }).map((s) => Buffer.from(s))), (bytes) => {
        const { note, diagnostics } = readNote("2021-01-01.md", "2021-01-01.md", bytes);
        expect(note !== null || diagnostics.some((d) => d.severity === "error")).toBe(true);
      }),
      runs,
    );
  });

  test("is parsed without throwing", () => {
    fc.assert(
      fc.property(dated, (text) => {
        parseText(text);
      }),
      runs,
    );
  });

  test("gives its decisions ids that are valid, unique on the page and on an element of the note", () => {
    fc.assert(
      fc.property(dated, (text) => {
        const meeting = parseText(text).meeting;
        const onPage = [...MEETING_PAGE_IDS, ...elementIds(meeting.html, true)];
        expect(onPage.length - new Set(onPage).size).toBe(0);
        for (const { id } of meeting.decisions) {
          expect(id).toMatch(/^[\p{L}\p{N}][\p{L}\p{N}_-]*$/u);
          expect(onPage).toContain(id);
        }
      }),
      runs,
    );
  });

  test("gives line numbers that point into the file", () => {
    fc.assert(
      fc.property(dated, (text) => {
        const meeting = parseText(text).meeting;
        const last = lineCount(text);
        for (const line of allLines(meeting)) expect(line >= 1 && line <= last, `line ${line} of ${last}`).toBe(true);
      }),
      runs,
    );
  });
});

// Front matter is YAML between two `---` lines at the very top; a note that opens with a rule and
// Markdown (as wiki and document exports do) has none.

import { describe, expect, test } from "vitest";
import { FrontMatterError, splitFrontMatter } from "../../src/load/front-matter.js";
import { readNote } from "../../src/load/read-notes.js";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("front matter", () => {
  test("reads `key: value` lines and counts their lines before the body", () => {
    expect(splitFrontMatter("---\ntitle: Office hours\ndate: 2019-09-03\n---\n# Notes\n")).toEqual({
      data: { title: "Office hours", date: "2019-09-03" },
      bodyLine: 4,
      body: "# Notes\n",
      keyLines: { title: 2, date: 3 },
    });
  });

  test("an empty pair of fences is empty front matter", () => {
    expect(splitFrontMatter("---\n---\n# Notes\n")).toMatchObject({ data: {}, bodyLine: 2, body: "# Notes\n" });
  });

  test("a note that opens with a rule and a bold title keeps them as Markdown", () => {
    const text = "---\n**OpenWIS Steering Committee September 2021**\n---\n\n#### 22nd February 2022\n";
    expect(splitFrontMatter(text)).toEqual({ data: {}, bodyLine: 0, body: text, keyLines: {}, openingRule: true });
  });

  test("a megabyte line between the dashes is read, not backtracked over", () => {
    const line = `a${" ".repeat(1_000_000)}b`;
    expect(splitFrontMatter(`---\n${line}\n---\n`)).toMatchObject({ openingRule: true, bodyLine: 0 });
  });

  test("YAML with a key that does not parse is still an error on its line", () => {
    expect(() => splitFrontMatter("---\ntitle: [unclosed\n---\n")).toThrow(FrontMatterError);
    expect(() => splitFrontMatter("---\ntitle: ok\n*alias\n---\n")).toThrow(/front matter is not valid YAML/);
  });

  test("a list of keys is not front matter's `key: value` lines", () => {
    expect(() => splitFrontMatter("---\n- title: a\n---\n")).toThrow("front matter must be `key: value` lines");
  });

  test("a note read with an opening rule warns on line 1 and keeps the rule in its body", () => {
    const { note, diagnostics } = readNote("2022-02-22.md", "2022-02-22.md", bytes("---\n**Steering Committee**\n---\nWelcome.\n"));
    expect(note?.body).toBe("---\n**Steering Committee**\n---\nWelcome.\n");
    expect(note?.bodyLine).toBe(0);
    expect(diagnostics).toEqual([
      {
        file: "2022-02-22.md",
        line: 1,
        severity: "warning",
        message: "the note opens with --- but no `key: value` line follows, so it has no front matter: the dashes are shown as a horizontal rule",
        hint: "delete the first ---, or write front matter as `key: value` lines (`date: 2019-09-03`)",
      },
    ]);
  });
});

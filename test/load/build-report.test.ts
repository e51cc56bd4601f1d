import { describe, expect, test } from "vitest";
import { formatBuildReport } from "../../src/load/build-report.js";
import type { Diagnostic } from "../../src/model.js";

const ignored = (file: string): Diagnostic => ({ file, line: 1, severity: "warning", message: "ignored: not a Markdown note", lossy: true });
const noRecording = (file: string): Diagnostic => ({ file, line: 1, severity: "warning", message: "no recording link" });
const noDate = (file: string): Diagnostic => ({ file, line: 1, severity: "error", message: "this note has no date", hint: "name the file YYYY-MM-DD.md" });

describe("the build's report on the notes", () => {
  const mixed = [noRecording("b.md"), noDate("c.md"), ignored("a.txt"), noRecording("d.md"), noDate("b.md")];

  test("lists errors and lossy warnings in file and line order, counts the other warnings, and says the build stops", () => {
    expect(formatBuildReport(mixed, "/notes", "stopped")).toEqual([
      "/notes/a.txt:1: warning: ignored: not a Markdown note",
      "/notes/b.md:1: error: this note has no date\n  hint: name the file YYYY-MM-DD.md",
      "/notes/c.md:1: error: this note has no date\n  hint: name the file YYYY-MM-DD.md",
      "2 warnings about the notes' content: run `npm run check` to see them",
      "2 errors in the notes stop the build",
    ]);
  });

  test("leaves the errors to Eleventy when it prints them", () => {
    expect(formatBuildReport(mixed, "/notes", "thrown")).toEqual([
      "/notes/a.txt:1: warning: ignored: not a Markdown note",
      "2 warnings about the notes' content: run `npm run check` to see them",
    ]);
  });

  test("says that errors found in a built site fail `npm run check`", () => {
    expect(formatBuildReport([noDate("x.md")], "/notes", "built")).toEqual([
      "/notes/x.md:1: error: this note has no date\n  hint: name the file YYYY-MM-DD.md",
      "1 error in the notes: the site is built, but `npm run check` fails until it is fixed",
    ]);
  });

  test("prints twenty lossy warnings of thousands, then counts the rest", () => {
    const files = Array.from({ length: 5_000 }, (_, i) => ignored(`file-${String(i).padStart(4, "0")}.txt`));
    const report = formatBuildReport([...files, noRecording("x.md")], "/notes", "built");
    expect(report).toHaveLength(22);
    expect(report[19]).toBe("/notes/file-0019.txt:1: warning: ignored: not a Markdown note");
    expect(report.slice(20)).toEqual([
      "… and 4,980 more warnings like these: run `npm run check` to see them all",
      "1 warning about the notes' content: run `npm run check` to see it",
    ]);
  });

  test("says nothing about notes without problems", () => {
    expect(formatBuildReport([], "/notes", "built")).toEqual([]);
  });
});

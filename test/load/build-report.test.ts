import { describe, expect, test } from "vitest";
import { formatBuildReport } from "../../src/load/build-report.js";
import type { Diagnostic } from "../../src/model.js";

const ignored = (file: string): Diagnostic => ({ file, line: 1, severity: "warning", message: "ignored: not a Markdown note", lossy: true });
const noRecording = (file: string): Diagnostic => ({ file, line: 1, severity: "warning", message: "no recording link" });
const noDate = (file: string): Diagnostic => ({ file, line: 1, severity: "error", message: "this note has no date", hint: "name the file YYYY-MM-DD.md" });

describe("the build's report on the notes", () => {
  test("prints each error and lossy warning in file and line order, and counts the other warnings", () => {
    const report = formatBuildReport([noRecording("b.md"), noDate("c.md"), ignored("a.txt"), noRecording("d.md"), noDate("b.md")], "/notes");
    expect(report).toEqual({
      warnings: ["/notes/a.txt:1: warning: ignored: not a Markdown note", "2 warnings about the notes' content: run `npm run check` to see them"],
      errors: [
        "/notes/b.md:1: error: this note has no date\n  hint: name the file YYYY-MM-DD.md",
        "/notes/c.md:1: error: this note has no date\n  hint: name the file YYYY-MM-DD.md",
        "2 errors in the notes stop the build",
      ],
    });
  });

  test("prints twenty lossy warnings of thousands, then counts the rest", () => {
    const files = Array.from({ length: 5_000 }, (_, i) => ignored(`file-${String(i).padStart(4, "0")}.txt`));
    const report = formatBuildReport([...files, noRecording("x.md"), noDate("y.md")], "/notes");
    expect(report.warnings).toHaveLength(22);
    expect(report.warnings[19]).toBe("/notes/file-0019.txt:1: warning: ignored: not a Markdown note");
    expect(report.warnings.slice(20)).toEqual([
      "… and 4980 more warnings like these: run `npm run check` to see them all",
      "1 warning about the notes' content: run `npm run check` to see it",
    ]);
    expect(report.errors.at(-1)).toBe("1 error in the notes stops the build");
  });

  test("says nothing about notes without problems", () => {
    expect(formatBuildReport([], "/notes")).toEqual({ warnings: [], errors: [] });
  });
});

// What the build says about the notes: every error, and every warning that means the site shows
// a file differently from how it is written (left out, bytes replaced, nesting flattened), capped
// so a folder of thousands of stray files does not bury the rest. Other warnings are only counted:
// `npm run check` lists them.

import { formatDiagnostic, stopsTheBuild } from "../diagnostics.js";
import type { Diagnostic } from "../model.js";
import { count } from "../render/count.js";

/** Warnings printed in full before the rest are only counted. */
export const SHOWN_WARNINGS = 20;

/**
 * What became of the build: "built" (its errors, found while parsing, are for `npm run check` to
 * refuse), "stopped" (the notes could not be read), or "thrown" (stopped, and Eleventy prints the
 * errors itself, so the report leaves them out).
 */
export type BuildOutcome = "built" | "stopped" | "thrown";

/**
 * Lines to print, in file and line order as a compiler lists them, then the counts.
 * @example formatBuildReport([{ file: "x.txt", line: 1, severity: "warning", message: "ignored: not a Markdown note", lossy: true }], "/notes", "built")
 *   // ["/notes/x.txt:1: warning: ignored: not a Markdown note"]
 */
export function formatBuildReport(diagnostics: Diagnostic[], notesDir: string, outcome: BuildOutcome): string[] {
  const sorted = [...diagnostics].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  const lines: string[] = [];
  let shownWarnings = 0;
  let moreWarnings = 0;
  let otherWarnings = 0;
  let errors = 0;
  for (const d of sorted) {
    if (d.severity === "error") {
      errors++;
      if (outcome !== "thrown") lines.push(formatDiagnostic(d, notesDir));
    } else if (!d.lossy) otherWarnings++;
    else if (shownWarnings++ < SHOWN_WARNINGS) lines.push(formatDiagnostic(d, notesDir));
    else moreWarnings++;
  }
  if (moreWarnings > 0) lines.push(`… and ${count(moreWarnings, "more warning")} like these: run \`npm run check\` to see them all`);
  if (otherWarnings > 0) lines.push(`${count(otherWarnings, "warning")} about the notes' content: run \`npm run check\` to see ${otherWarnings === 1 ? "it" : "them"}`);
  if (errors > 0 && outcome === "stopped") lines.push(stopsTheBuild(errors));
  if (errors > 0 && outcome === "built") lines.push(`${count(errors, "error")} in the notes: the site is built, but \`npm run check\` fails until ${errors === 1 ? "it is" : "they are"} fixed`);
  return lines;
}

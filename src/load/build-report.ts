// What the build says about the notes: every error, and every warning that means the site shows
// a file differently from how it is written (left out, bytes replaced, nesting flattened), capped
// so a folder of thousands of stray files does not bury the rest. Other warnings are only counted:
// `npm run check` lists them.

import { formatDiagnostic } from "../diagnostics.js";
import type { Diagnostic } from "../model.js";

/** Warnings printed in full before the rest are only counted. */
export const SHOWN_WARNINGS = 20;

export interface BuildReport {
  /** Lines to print whether or not the build goes on. */
  warnings: string[];
  /** Lines that explain why the build stops; empty when it does not. */
  errors: string[];
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * @example formatBuildReport([{ file: "x.txt", line: 1, severity: "warning", message: "ignored: not a Markdown note", lossy: true }], "/notes")
 *   // { warnings: ["/notes/x.txt:1: warning: ignored: not a Markdown note"], errors: [] }
 */
export function formatBuildReport(diagnostics: Diagnostic[], notesDir: string): BuildReport {
  // In file and line order, as a compiler lists them, whichever step found them.
  const sorted = [...diagnostics].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  const lossy = sorted.filter((d) => d.severity === "warning" && d.lossy);
  const others = sorted.filter((d) => d.severity === "warning" && !d.lossy).length;
  const errors = sorted.filter((d) => d.severity === "error");
  const warnings = lossy.slice(0, SHOWN_WARNINGS).map((d) => formatDiagnostic(d, notesDir));
  if (lossy.length > SHOWN_WARNINGS) warnings.push(`… and ${plural(lossy.length - SHOWN_WARNINGS, "more warning", "more warnings")} like these: run \`npm run check\` to see them all`);
  if (others > 0) warnings.push(`${plural(others, "warning", "warnings")} about the notes' content: run \`npm run check\` to see ${others === 1 ? "it" : "them"}`);
  return {
    warnings,
    errors: errors.length === 0 ? [] : [...errors.map((d) => formatDiagnostic(d, notesDir)), `${errors.length === 1 ? "1 error in the notes stops" : `${errors.length} errors in the notes stop`} the build`],
  };
}

// Problems are reported the way compilers do, `path:line: severity: message`, so editors and CI
// logs link straight to the line.

import type { Diagnostic } from "./model.js";

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}: ${d.severity}: ${d.message}${d.hint ? `\n  hint: ${d.hint}` : ""}`;
}

/** Thrown when notes cannot be built. Eleventy prints its message without a stack trace. */
export class NotesError extends Error {
  readonly skipOriginalStack = true;
  constructor(readonly diagnostics: Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === "error");
    super(`${errors.length} note${errors.length === 1 ? "" : "s"} cannot be built:\n${errors.map(formatDiagnostic).join("\n")}`);
    this.name = "NotesError";
  }
}

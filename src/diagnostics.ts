// Problems are reported the way compilers do, `path:line: severity: message`, so editors and CI
// logs link straight to the line.

import path from "node:path";
import type { Diagnostic } from "./model.js";
import { count } from "./render/count.js";

/** A path relative to the working directory when it is below it, else absolute. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : path.resolve(file);
}

/** `file` is relative to the notes folder (or absolute); messages name it as the user would open it. */
export function formatDiagnostic(d: Diagnostic, notesDir?: string): string {
  const file = notesDir ? displayPath(path.resolve(notesDir, d.file)) : d.file;
  return `${file}:${d.line}: ${d.severity}: ${d.message}${d.hint ? `\n  hint: ${d.hint}` : ""}`;
}

/** "1 error in the notes stops the build", "2 errors in the notes stop the build". */
export function stopsTheBuild(errors: number): string {
  return `${count(errors, "error")} in the notes ${errors === 1 ? "stops" : "stop"} the build`;
}

/** Thrown when notes cannot be built. Eleventy prints its message without a stack trace. */
export class NotesError extends Error {
  readonly skipOriginalStack = true;
  constructor(
    readonly diagnostics: Diagnostic[],
    notesDir?: string,
  ) {
    const errors = diagnostics.filter((d) => d.severity === "error");
    super(`${stopsTheBuild(errors.length)}:\n${errors.map((d) => formatDiagnostic(d, notesDir)).join("\n")}`);
    this.name = "NotesError";
  }
}

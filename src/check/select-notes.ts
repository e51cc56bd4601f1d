// `npm run check -- notes/a.md notes/b.md` checks just those notes, each against its folder (slugs,
// known repositories, anchors.json), so a file has to be a note of the notes folder.

import path from "node:path";
import type { Diagnostic } from "../model.js";

export interface Selection {
  /** Paths relative to the notes folder, with forward slashes. */
  selected: Set<string>;
  /** One error per argument that is not a note of the folder. */
  diagnostics: Diagnostic[];
}

/**
 * `files` are absolute; `notes` are the absolute paths of the folder's notes; `exists` tells a
 * missing file from one that is not a note.
 */
export function selectNotes(notesDir: string, files: string[], notes: string[], exists: (file: string) => boolean): Selection {
  const listed = new Set(notes);
  const selected = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    const relative = path.relative(notesDir, file);
    if (listed.has(file)) {
      selected.add(relative.split(path.sep).join("/"));
      continue;
    }
    const inside = relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
    const problem: Pick<Diagnostic, "message" | "hint"> = !exists(file)
      ? { message: "no such file", hint: "give the path of a note, or no path to check the whole notes folder" }
      : !inside
        ? { message: "not in the notes folder", hint: "set NOTES_DIR to the note's folder, so it is checked with its neighbours and their anchors.json" }
        : { message: "not a note: notes are the .md files of the notes folder", hint: "give the path of a note, or no path to check the whole notes folder" };
    diagnostics.push({ file, line: 1, severity: "error", ...problem });
  }
  return { selected, diagnostics };
}

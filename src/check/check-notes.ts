// `npm run check`: everything the build reports about the notes, and what only a reviewer needs
// to know, from the build's own read and parse of the folder. The check is stricter than the
// build: a file that is not UTF-8 is an error here, a warning there.

import { REGISTRY_FILE } from "../anchors/registry.js";
import { invalidUtf8Diagnostic } from "../load/decode.js";
import type { Diagnostic } from "../model.js";
import type { ParsedFolder } from "../site/load-site.js";
import { type CheckedNote, checkAnchors } from "./anchors.js";
import { checkLinks, knownRepos } from "./links.js";

/** The build keeps a note with bad bytes (shown as U+FFFD); a pull request should not. */
function strict(d: Diagnostic): Diagnostic {
  return d.message === invalidUtf8Diagnostic(d.file, d.line, d.severity).message ? { ...d, severity: "error" } : d;
}

function checkedNotes(folder: ParsedFolder): CheckedNote[] {
  return folder.notes.map(({ note, parsed }) => {
    if (!parsed.facts) throw new Error("parseFolder was not asked for the notes' facts");
    return { note, meeting: parsed.meeting, facts: parsed.facts };
  });
}

/**
 * Diagnostics of the notes in `selected` (relative paths; null for every note), sorted by file
 * and line. Decision links are checked across the whole folder whatever is selected: a change
 * anywhere, even to the code, can break one.
 */
export function checkNotes(folder: ParsedFolder, defaultRepo: string, selected: ReadonlySet<string> | null): Diagnostic[] {
  const chosen = (file: string) => selected === null || selected.has(file);
  const notes = checkedNotes(folder);
  const known = knownRepos(notes.map((n) => n.facts), defaultRepo);
  const diagnostics = [
    ...folder.readDiagnostics.filter((d) => chosen(d.file) || d.file === REGISTRY_FILE).map(strict),
    ...folder.notes.filter(({ note }) => chosen(note.source)).flatMap(({ parsed }) => parsed.diagnostics),
    ...notes.filter((n) => chosen(n.note.source)).flatMap((n) => checkLinks(n.note.source, n.facts, known)),
    ...checkAnchors(notes, folder.registry, folder.registryText),
  ];
  return diagnostics.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
}

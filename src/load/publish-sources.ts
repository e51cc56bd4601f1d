// Each meeting page links to its note as written. The notes are copied here, not by an Eleventy
// passthrough glob: a glob misreads file names with [ ] { } ( ), flattens subfolders, and would
// also publish files that are not meetings (hidden drafts, links to elsewhere).

import fs from "node:fs";
import path from "node:path";

/** Copies each note, byte for byte, to `notes/<source>` under the output folder. */
export function publishSources(sources: string[], notesDir: string, outputDir: string): void {
  for (const source of sources) {
    const target = path.join(outputDir, "notes", ...source.split("/"));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(path.join(notesDir, ...source.split("/")), target);
  }
}

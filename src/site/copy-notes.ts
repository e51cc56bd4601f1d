// Each meeting page links to its note's Markdown at /notes/<source>. The build copies the notes
// itself: Eleventy's passthrough copy opens every file at once and fails with EMFILE (too many
// open files) at 10,000 notes, and under npm start only the notes that changed need copying.

import fs from "node:fs";
import path from "node:path";

export function copyNotes(notes: ReadonlyArray<{ file: string; source: string }>, outputDir: string): void {
  const folders = new Set<string>();
  for (const { file, source } of notes) {
    const target = path.join(outputDir, "notes", source);
    const folder = path.dirname(target);
    if (!folders.has(folder)) fs.mkdirSync(folder, { recursive: true });
    folders.add(folder);
    fs.copyFileSync(file, target);
  }
}

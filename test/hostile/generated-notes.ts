// Hostile notes too big or too odd to commit: generated into a copy of test/fixtures/hostile.
// Names with " < > | ? * : are fine on Linux and macOS but cannot be checked out on Windows.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fixturesDir } from "../helpers/paths.js";

/** Name -> content of every generated note; each ends with words the page must still show. */
export const generatedNotes: Record<string, string> = {
  // Fifty people and issues, each mentioned 400 times: the per-mention bookkeeping is what is tested,
  // not a page per issue (20,000 distinct references would make as many issue pages).
  "2022-01-01-long-list.md": `# A 20,000-item list\n\n${Array.from({ length: 20_000 }, (_, i) => `- item ${i} with @person${i % 50} and #${(i % 50) + 1}`).join("\n")}\n`,
  "2022-01-02-megabyte-line.md": `# One line of a megabyte\n\n${"Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(18_000)}The last words of the long line.\n`,
  "2022-01-03-deep-quotes.md": `# Five thousand nested quotes\n\n${">".repeat(5_000)} the deepest quoted words\n`,
  "2022-01-04-deep-list.md": `# A list a thousand levels deep\n\n${Array.from({ length: 1_000 }, (_, i) => `${"  ".repeat(i)}- level ${i}`).join("\n")}\n`,
  "2022-01-05-many-decisions.md": `# Ten thousand decisions in one emphasis\n\n*${Array.from({ length: 10_000 }, (_, i) => `We will do thing ${i}.`).join(" ")}*\n`,
  "2022-01-06-many-headings.md": `# Twenty thousand headings\n\n${"## Notes\n\nWe will take notes.\n\n".repeat(20_000)}`,
  // Every clause of it starts a list of names that runs to its end: read once, not once a clause.
  "2022-01-07-many-names.md": `# A sentence of twenty thousand names\n\n${"Tom, ".repeat(20_000)}to write it. The last words of the names.\n`,
  '2022-02-01 "double" <angle> |pipe| ?star* :colon.md': `# Characters Windows forbids in a file name\n`,
};

/** A temporary notes folder: the committed hostile notes and the generated ones. */
export function hostileNotesFolder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hostile-notes-"));
  fs.cpSync(path.join(fixturesDir, "hostile"), dir, { recursive: true });
  for (const [name, text] of Object.entries(generatedNotes)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

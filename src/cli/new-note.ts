// npm run new [-- YYYY-MM-DD]: starts the note of today's meeting (or of that date) in the notes
// folder from the template. It never overwrites a file.

import fs from "node:fs";
import path from "node:path";
import { DateTime } from "luxon";
import { loadConfig } from "../config.js";
import { displayPath } from "../diagnostics.js";
import { newNoteDate, noteTemplate } from "../scaffold/new-note.js";

const args = process.argv.slice(2);
if (args.length > 1 || args[0]?.startsWith("-")) {
  console.error("usage: npm run new [-- YYYY-MM-DD]");
  process.exit(2);
}
const config = loadConfig();
const date = newNoteDate(args[0], DateTime.now());
if ("error" in date) {
  console.error(`error: ${date.error}\n  hint: ${date.hint}`);
  process.exit(2);
}

const file = path.join(config.notesDir, `${date.date}.md`);
fs.mkdirSync(config.notesDir, { recursive: true });
try {
  fs.writeFileSync(file, noteTemplate(date.date, config.meetingTitle), { flag: "wx" });
} catch (error) {
  if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  console.error(`error: ${displayPath(file)} already exists; it was left as it is\n  hint: edit it, or give another date: npm run new -- YYYY-MM-DD`);
  process.exit(1);
}
console.log(`created ${displayPath(file)}
next: write the notes, then run \`npm run anchors\` and \`npm run check\`, and commit the note with anchors.json`);

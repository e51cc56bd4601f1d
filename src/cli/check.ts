// npm run check [-- --summary] [notes...]: checks the notes folder (NOTES_DIR), or the given notes
// of it, and prints `path:line: error|warning: message` lines and a count; exit 1 on errors only.
// --summary prints, as Markdown, what the site will take from the notes (the problems go to stderr
// as well, for the log).

import fs from "node:fs";
import path from "node:path";
import { checkNotes } from "../check/check-notes.js";
import { selectNotes } from "../check/select-notes.js";
import { summarizeMeetings } from "../check/summary.js";
import { loadConfig, siteUrl } from "../config.js";
import { displayPath, formatDiagnostic } from "../diagnostics.js";
import { count } from "../render/count.js";
import { parseFolder } from "../site/load-site.js";

const args = process.argv.slice(2);
const summary = args.includes("--summary");
const unknown = args.filter((a) => a.startsWith("-") && a !== "--summary");
if (unknown.length > 0) {
  console.error(`unknown option ${unknown.join(" ")}\nusage: npm run check [-- --summary] [notes...]`);
  process.exit(2);
}

const config = loadConfig();
// npm runs scripts from the project root; paths are as the user typed them, from where they were.
const cwd = process.env.INIT_CWD ?? process.cwd();
const files = args.filter((a) => !a.startsWith("-")).map((a) => path.resolve(cwd, a));
const folder = await parseFolder(config, undefined, { collectFacts: true, stored: true });
const selection = files.length > 0 ? selectNotes(config.notesDir, files, folder.files, fs.existsSync) : null;

const diagnostics = [...(selection?.diagnostics ?? []), ...checkNotes(folder, config.defaultRepo, selection?.selected ?? null)];
const lines = diagnostics.map((d) => formatDiagnostic(d, config.notesDir));
const errors = diagnostics.filter((d) => d.severity === "error").length;
const warnings = diagnostics.length - errors;
const checked = selection ? selection.selected.size : folder.files.length;
const tally = `${count(checked, "note")} checked: ${count(errors, "error")}, ${count(warnings, "warning")}`;

if (summary) {
  const meetings = folder.notes.filter(({ note }) => !selection || selection.selected.has(note.source)).map(({ parsed }) => parsed.meeting);
  const markdown = summarizeMeetings(meetings, lines, {
    url: (p) => siteUrl(config, p),
    file: (source) => displayPath(path.join(config.notesDir, source)),
    defaultRepo: config.defaultRepo,
  });
  process.stdout.write(`${markdown}\n${tally}\n`);
  for (const line of lines) console.error(line);
  console.error(tally);
} else {
  for (const line of lines) console.log(line);
  console.log(tally);
}
process.exit(errors > 0 ? 1 : 0);

// npm run anchors: records the id of every decision in the notes folder's anchors.json (created
// if missing), and marks the ones deleted from the notes as removed, so their anchors stay. The
// build only reads the file; this is the one command that writes to the notes folder.

import path from "node:path";
import { type RegistryChange, REGISTRY_FILE, recordMeetings, registryChanges, writeRegistry } from "../anchors/registry.js";
import { loadConfig } from "../config.js";
import { displayPath, formatDiagnostic } from "../diagnostics.js";
import { count } from "../render/count.js";
import { parseFolder } from "../site/load-site.js";

const config = loadConfig();
const folder = await parseFolder(config, undefined, { stored: true });
const registryFile = displayPath(path.join(config.notesDir, REGISTRY_FILE));

// A note that cannot be read would look deleted, and its decisions would be marked removed.
const errors = [...folder.readDiagnostics, ...folder.notes.flatMap((n) => n.parsed.diagnostics)].filter((d) => d.severity === "error");
if (errors.length > 0) {
  for (const d of errors) console.error(formatDiagnostic(d, config.notesDir));
  console.error(`${registryFile} was not written: fix the errors above first`);
  process.exit(1);
}

const next = recordMeetings(folder.registry, folder.notes.map((n) => n.parsed.meeting));
const changes = registryChanges(folder.registry, next);
const decisions = count(Object.values(next.meetings).reduce((n, m) => n + m.decisions.filter((d) => !d.removed).length, 0), "decision");
const meetings = count(Object.keys(next.meetings).length, "meeting");
// Order and headings are kept up to date too, though the check does not ask for them.
if (folder.registryText !== null && JSON.stringify(next) === JSON.stringify(folder.registry)) {
  console.log(`${registryFile} is up to date: ${decisions} in ${meetings}`);
  process.exit(0);
}

writeRegistry(config.notesDir, next);
const note = (change: RegistryChange) => displayPath(path.join(config.notesDir, change.source));
for (const change of changes) {
  if (change.kind === "removed") console.log(`${note(change)}: #${change.id} was removed from the note; its anchor stays, with a notice`);
  if (change.kind === "restored") console.log(`${note(change)}: #${change.id} is back in the note`);
}
const counted = (["added", "edited", "removed", "restored"] as const)
  .map((kind) => [kind, changes.filter((c) => c.kind === kind).length] as const)
  .filter(([, n]) => n > 0)
  .map(([kind, n]) => `${n} ${kind === "added" ? "new" : kind}`);
console.log(`wrote ${registryFile}: ${decisions} in ${meetings}${counted.length > 0 ? ` (${counted.join(", ")})` : ""}`);

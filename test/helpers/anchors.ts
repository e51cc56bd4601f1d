// What `npm run anchors` does, in-process, for tests of decision links in a temp copy of notes.

import path from "node:path";
import { recordMeetings, writeRegistry } from "../../src/anchors/registry.js";
import { loadConfig } from "../../src/config.js";
import { parseFolder } from "../../src/site/load-site.js";
import { copyNotes } from "./notes-folder.js";
import { fixturesDir } from "./paths.js";

/** The notes of test/fixtures/decision-links: decisions whose links the tests edit around. */
export const decisionLinksFixture = path.join(fixturesDir, "decision-links");

/** Records every decision of the folder in its anchors.json. */
export async function recordAnchors(dir: string): Promise<void> {
  const folder = await parseFolder(loadConfig({ NOTES_DIR: dir }));
  writeRegistry(dir, recordMeetings(folder.registry, folder.notes.map((n) => n.parsed.meeting)));
}

/** A temp copy of the fixture with its anchors recorded, as a contributor's checkout would be. */
export async function registeredCopy(from = decisionLinksFixture): Promise<string> {
  const dir = copyNotes(from);
  await recordAnchors(dir);
  return dir;
}

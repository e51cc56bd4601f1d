// Each note is read and parsed once per build (or taken from the parse cache), however many
// pages and views use it, and however many threads parse. The real build command reports its counts when NOTES_BUILD_STATS is set:
// Eleventy loads our code through tsx in its own process, so counters in this test's modules
// would not see the build's.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { generateNotes, writeNotes } from "../../src/bench/generate-notes.js";
import { buildSite } from "../helpers/build.js";

test("a build reads and parses each note exactly once", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "read-once-"));
  fs.writeFileSync(path.join(dir, "2019-12-10.md"), "# Planning\n\nRecording: https://youtu.be/a\n\nLet's try it. @seph will review #6280.\n");
  fs.writeFileSync(path.join(dir, "2020-01-07.md"), "# Release\n\nRecording: https://youtu.be/b\n\nWe will merge it, as [planned](2019-12-10.md).\n");
  fs.writeFileSync(path.join(dir, "20200107_meeting_notes.md"), "# Same day\n\nRecording: https://youtu.be/c\n\nDecision: ship 4.2.0.\n");
  const site = await buildSite(dir, { NOTES_BUILD_STATS: "1" });
  expect(site.code).toBe(0);
  expect(site.stderr).toContain("notes: read 3, parsed 3, from the parse cache 0\n");
  expect(site.exists("meetings/2020-01-07-2/index.html")).toBe(true);
  for (const folder of [dir, site.outputDir]) fs.rmSync(folder, { recursive: true, force: true });
});

test("a build that parses in worker threads still reads and parses each note exactly once", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "read-once-threads-"));
  writeNotes(dir, generateNotes([{ name: "2019-09-03.md", text: "# Office hours\n\nRecording: https://youtu.be/a\n\nWe will merge #5706. @seph will review it.\n" }], 160));
  const site = await buildSite(dir, { NOTES_BUILD_STATS: "1", PARSE_THREADS: "3" });
  expect(site.code).toBe(0);
  expect(site.stderr).toContain("notes: read 160, parsed 160, from the parse cache 0\n");
  // The next build reads every note again, parses none, and writes the same site.
  const again = await buildSite(dir, { NOTES_BUILD_STATS: "1", PARSE_THREADS: "3" });
  expect(again.stderr).toContain("notes: read 160, parsed 0, from the parse cache 160\n");
  const files = (out: string) => fs.readdirSync(out, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html") || f.endsWith(".json") || f.endsWith(".xml")).sort();
  expect(files(again.outputDir)).toEqual(files(site.outputDir));
  for (const file of files(site.outputDir)) expect(again.read(file), file).toBe(site.read(file));
  for (const folder of [dir, site.outputDir, again.outputDir]) fs.rmSync(folder, { recursive: true, force: true });
});

// What npm run check says when the notes and anchors.json disagree, line by line. The checks run
// in-process on the same read and parse as the CLI (test/anchors/decision-links.test.ts runs the
// commands themselves).

import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { checkNotes } from "../../src/check/check-notes.js";
import { loadConfig } from "../../src/config.js";
import { formatDiagnostic } from "../../src/diagnostics.js";
import { parseFolder } from "../../src/site/load-site.js";
import { decisionLinksFixture, recordAnchors, registeredCopy } from "../helpers/anchors.js";
import { buildSite } from "../helpers/build.js";
import { copyNotes, editNote, makeNotes } from "../helpers/notes-folder.js";


async function check(dir: string): Promise<string[]> {
  const config = loadConfig({ NOTES_DIR: dir });
  return checkNotes(await parseFolder(config, undefined, { collectFacts: true }), config.defaultRepo, null).map((d) => formatDiagnostic(d, dir));
}

describe("npm run check against anchors.json", () => {
  test("passes a folder whose anchors.json is up to date", async () => {
    expect(await check(await registeredCopy())).toEqual([]);
  });

  test("points at a sentence that is no longer read as a decision, and says how to keep it one", async () => {
    const dir = await registeredCopy();
    editNote(dir, "2024-05-21.md", "Decision: Packages are signed in CI from now on.", "Packages are signed in CI from now on. <!-- not a decision -->");
    expect(await check(dir)).toEqual([
      `${dir}/2024-05-21.md:9: error: decision #packages-signed-ci-from-now is no longer read as a decision here, and links to it were published\n` +
        "  hint: write {#packages-signed-ci-from-now} after the sentence to keep it a decision with its id, or run `npm run anchors` to keep the anchor with a removal notice",
    ]);
    editNote(dir, "2024-05-21.md", "<!-- not a decision -->", "{#packages-signed-ci-from-now}");
    expect(await check(dir)).toEqual([]);
  });

  test("names both ids when a published decision is given another explicit id", async () => {
    const dir = await registeredCopy();
    editNote(dir, "2024-05-21.md", "{#drop-centos6}", "{#no-centos6}");
    expect(await check(dir)).toEqual([
      `${dir}/2024-05-21.md:7: error: decision #no-centos6 is not recorded in anchors.json\n` +
        "  hint: run `npm run anchors` and commit anchors.json, so links to it keep working when the sentence is edited",
      `${dir}/2024-05-21.md:7: error: this decision was published as #drop-centos6 and is now #no-centos6; links to #drop-centos6 would break\n` +
        "  hint: write {#drop-centos6} after it to keep its published id, or run `npm run anchors` to keep #drop-centos6 as a removal notice",
    ]);
  });

  test("keeps an explicit id however much its sentence changes", async () => {
    const dir = await registeredCopy();
    editNote(dir, "2024-05-21.md", "We drop the CentOS 6 builds.", "CentOS 6 is no longer built.");
    expect(await check(dir)).toEqual([
      `${dir}/2024-05-21.md:7: error: decision #drop-centos6 was edited since anchors.json recorded it\n` +
        "  hint: run `npm run anchors` and commit anchors.json, so that the next edit keeps its id too",
    ]);
  });

  test("asks to record a note renamed under the same date", async () => {
    const dir = await registeredCopy();
    fs.renameSync(path.join(dir, "2024-05-21.md"), path.join(dir, "20240521_meeting_notes.md"));
    expect(await check(dir)).toEqual([
      `${dir}/20240521_meeting_notes.md:1: error: anchors.json records this meeting's note as 2024-05-21.md\n` +
        "  hint: run `npm run anchors` and commit anchors.json to record the new file name",
    ]);
  });

  test("names the line of anchors.json of a published meeting whose note is gone, and keeps it there when recording", async () => {
    const dir = await registeredCopy();
    fs.rmSync(path.join(dir, "2024-05-07.md"));
    const gone = [
      `${dir}/anchors.json:4: error: the page /meetings/2024-05-07/ was published from 2024-05-07.md, but no note makes it any more\n` +
        "  hint: restore the note (or its date); to retire the page and break its links on purpose, delete its entry from anchors.json",
    ];
    expect(await check(dir)).toEqual(gone);
    await recordAnchors(dir);
    expect(await check(dir)).toEqual(gone);
  });

  test("reports an anchors.json that is not JSON on its line, and nothing it would have told; the build refuses it too", async () => {
    const dir = await registeredCopy();
    const file = path.join(dir, "anchors.json");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace('"source": "2024-05-07.md",', '"source": "2024-05-07.md",,'));
    const line = `${dir}/anchors.json:5: error: the anchor registry is not valid JSON (Expected double-quoted property name)`;
    const hint = "  hint: restore it from git, or delete it and run `npm run anchors` to record the current ids";
    expect(await check(dir)).toEqual([`${line}\n${hint}`]);
    const site = await buildSite(dir);
    expect(site.code).not.toBe(0);
    expect(site.stderr).toContain(`${line}\n${hint}\n1 error in the notes stops the build`);
  });

  test("reports an anchors.json of the wrong shape", async () => {
    const dir = makeNotes({ "anchors.json": JSON.stringify({ version: 1, meetings: { "2024-05-07": { source: "2024-05-07.md", decisions: [{ id: "x" }] } } }) });
    expect(await check(dir)).toEqual([
      `${dir}/anchors.json:1: error: the anchor registry is malformed: decision 1 of meeting "2024-05-07" needs an "id" and a "text"\n` +
        "  hint: restore it from git, or delete it and run `npm run anchors` to record the current ids",
    ]);
  });

  test("does not hold a folder without anchors.json to one", async () => {
    const dir = copyNotes(decisionLinksFixture);
    fs.writeFileSync(path.join(dir, "2024-06-04.md"), "# Fleet sync 2024-06-04\n\nRecording: https://youtu.be/x\n\nDecision: We move the meeting to Tuesdays.\n");
    expect(await check(dir)).toEqual([]);
  });
});

// The parse cache on disk: a build takes an unchanged note's parse from the last build's, and
// parses again every note whose parse could have changed.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { loadConfig } from "../../src/config.js";
import type { Meeting } from "../../src/model.js";
import { parseStats } from "../../src/parse-note.js";
import { loadSite, parseFolder } from "../../src/site/load-site.js";
import { cacheStats, codeVersion, ParseCache } from "../../src/site/parse-cache.js";
import { editNote, makeNotes } from "../helpers/notes-folder.js";

let dir: string;
let cacheDir: string;

/** A one-off build's load of the site; says how many notes it parsed and took from the cache. */
async function build(env: Record<string, string> = {}): Promise<{ meetings: Map<string, Meeting>; parsed: number; taken: number }> {
  const before = { parsed: parseStats.notes, taken: cacheStats.taken };
  const site = await loadSite(loadConfig({ NOTES_DIR: dir, PARSE_CACHE: cacheDir, ...env }), undefined, { stored: true });
  return {
    meetings: new Map(site.meetings.map((m) => [m.source, m])),
    parsed: parseStats.notes - before.parsed,
    taken: cacheStats.taken - before.taken,
  };
}

const cacheFiles = () => fs.readdirSync(cacheDir);

beforeEach(() => {
  dir = makeNotes({
    "2019-12-10.md": "# Planning\n\nRecording: https://youtu.be/a\n\nLet's try it. @seph will review #6280.\n",
    "2020-01-07.md": "# Release\n\nRecording: https://youtu.be/b\n\nWe will merge it. See [the plan](2019-12-24.md) and [last time](2019-12-10.md).\n",
  });
  cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), "parse-cache-"));
});

describe("a build with the parse cache", () => {
  test("takes every unchanged note from the last build, to the same meetings", async () => {
    const first = await build();
    const second = await build();
    expect([first.parsed, first.taken, second.parsed, second.taken]).toEqual([2, 0, 0, 2]);
    expect(second.meetings).toEqual(first.meetings);
    expect(Object.isFrozen(second.meetings.get("2019-12-10.md"))).toBe(true);
  });

  test("parses an edited note again, and only that note", async () => {
    await build();
    editNote(dir, "2019-12-10.md", "Let's try it.", "Let's try it again.");
    const second = await build();
    expect([second.parsed, second.taken]).toEqual([1, 1]);
    expect(second.meetings.get("2019-12-10.md")!.decisions.map((d) => d.text)).toEqual(["Let's try it again."]);
    expect((await build()).parsed).toBe(0);
  });

  test("parses a note again when a note it links to appears, and when one it links to goes", async () => {
    await build();
    fs.writeFileSync(path.join(dir, "2019-12-24.md"), "# Plan\n\nRecording: https://youtu.be/c\n");
    const added = await build();
    // The new note, and the note whose dead link now leads to it; not the note nobody links to.
    expect([added.parsed, added.taken]).toEqual([2, 1]);
    expect(added.meetings.get("2020-01-07.md")!.html).toContain('<a href="/meetings/2019-12-24/">the plan</a>');
    fs.rmSync(path.join(dir, "2019-12-10.md"));
    const removed = await build();
    expect([removed.parsed, removed.taken]).toEqual([1, 1]);
    expect(removed.meetings.get("2020-01-07.md")!.html).not.toContain("/meetings/2019-12-10/");
  });

  test("parses every note again when a setting the parse reads changes", async () => {
    await build();
    const moved = await build({ PATH_PREFIX: "/notes/" });
    expect([moved.parsed, moved.taken]).toEqual([2, 0]);
    expect(moved.meetings.get("2020-01-07.md")!.html).toContain('<a href="/notes/meetings/2019-12-10/">last time</a>');
  });

  test("parses a note again when its decisions in anchors.json change", async () => {
    const first = await build();
    const decision = first.meetings.get("2019-12-10.md")!.decisions[0]!;
    fs.writeFileSync(path.join(dir, "anchors.json"), JSON.stringify({ version: 1, meetings: { "2019-12-10": { source: "2019-12-10.md", decisions: [{ id: "try-it-out", text: decision.text }] } } }));
    const second = await build();
    expect([second.parsed, second.taken]).toEqual([1, 1]);
    expect(second.meetings.get("2019-12-10.md")!.decisions[0]!.id).toBe("try-it-out");
  });

  test("ignores a damaged cache file, parses every note, and writes the file anew", async () => {
    await build();
    const [file] = cacheFiles();
    fs.writeFileSync(path.join(cacheDir, file!), fs.readFileSync(path.join(cacheDir, file!)).subarray(0, 200));
    expect((await build()).parsed).toBe(2);
    expect((await build()).taken).toBe(2);
  });

  test("ignores a cache file of this code whose list of parses is malformed", async () => {
    await build();
    const [file] = cacheFiles();
    const header = Buffer.from(JSON.stringify({ code: codeVersion(), entries: [{ key: "k", linkedNotes: 5, length: 0 }] }));
    const length = Buffer.alloc(4);
    length.writeUInt32LE(header.length);
    fs.writeFileSync(path.join(cacheDir, file!), Buffer.concat([Buffer.from("notes parse cache\n"), header, length]));
    expect(ParseCache.open(cacheDir, dir).size).toBe(0);
    expect((await build()).parsed).toBe(2);
  });

  test("uses no parse stored by other code", async () => {
    await build();
    expect(ParseCache.open(cacheDir, dir).size).toBe(2);
    expect(ParseCache.open(cacheDir, dir, { code: "other code" }).size).toBe(0);
  });

  test("keeps the parses npm run check makes, with what it reads beyond the model, apart from the build's", async () => {
    const check = async () => {
      const before = parseStats.notes;
      const folder = await parseFolder(loadConfig({ NOTES_DIR: dir, PARSE_CACHE: cacheDir }), undefined, { collectFacts: true, stored: true });
      return { parsed: parseStats.notes - before, facts: folder.notes.map((n) => n.parsed.facts?.sentences.length) };
    };
    await build();
    const first = await check();
    const second = await check();
    expect([first.parsed, second.parsed]).toEqual([2, 0]);
    expect(second.facts).toEqual([4, 4]);
    expect((await build()).parsed).toBe(0);
    expect(cacheFiles()).toHaveLength(2);
  });

  test("keeps one file per notes folder, and no file with PARSE_CACHE=off", async () => {
    await build();
    await build();
    expect(cacheFiles()).toHaveLength(1);
    const off = await build({ PARSE_CACHE: "off" });
    expect([off.parsed, off.taken]).toEqual([2, 0]);
    expect(cacheFiles()).toHaveLength(1);
  });
});

test("a build whose parse cache cannot be written says so and builds all the same", async () => {
  const file = path.join(cacheDir, "a-file");
  fs.writeFileSync(file, "");
  cacheDir = path.join(file, "parse");
  const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
  try {
    const first = await build();
    expect([first.meetings.size, first.parsed]).toEqual([2, 2]);
    expect(warn.mock.calls).toEqual([[expect.stringMatching(/^\[parse cache\] cannot write \S+\/a-file\/parse\/[\w-]+\.bin \(ENOTDIR\): the next build parses every note again$/)]]);
  } finally {
    warn.mockRestore();
  }
});

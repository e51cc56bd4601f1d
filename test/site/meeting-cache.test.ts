// The dev server's cache of parsed notes: a rebuild must show every change and re-parse only
// the notes a change touches.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { loadConfig } from "../../src/config.js";
import { readStats } from "../../src/load/read-notes.js";
import type { Meeting } from "../../src/model.js";
import { parseStats } from "../../src/parse-note.js";
import { loadSite } from "../../src/site/load-site.js";
import { MeetingCache } from "../../src/site/meeting-cache.js";

let dir: string;
let cache: MeetingCache;

function write(name: string, text: string): void {
  fs.writeFileSync(path.join(dir, name), text);
}

/** Loads the site as a rebuild under npm start does; says how many notes it read and parsed. */
async function rebuild(): Promise<{ meetings: Map<string, Meeting>; read: number; parsed: number }> {
  const before = { read: readStats.files, parsed: parseStats.notes };
  const site = await loadSite(loadConfig({ NOTES_DIR: dir }), cache);
  return {
    meetings: new Map(site.meetings.map((m) => [m.source, m])),
    read: readStats.files - before.read,
    parsed: parseStats.notes - before.parsed,
  };
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "meeting-cache-"));
  cache = new MeetingCache();
  write("2019-12-10.md", "# Planning\n\nRecording: https://youtu.be/a\n\nLet's try it.\n");
  write("2020-01-07.md", "# Release\n\nRecording: https://youtu.be/b\n\nWe will merge the toolchain work. See [the plan](2019-12-24.md).\n");
});

afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("rebuilding under npm start", () => {
  test("parses nothing again when nothing changed", async () => {
    const first = await rebuild();
    const second = await rebuild();
    expect([first.parsed, second.parsed]).toEqual([2, 0]);
    expect(second.meetings.get("2020-01-07.md")).toBe(first.meetings.get("2020-01-07.md"));
  });

  test("shows an edit to a note, even one that keeps its size, and parses only that note", async () => {
    await rebuild();
    write("2019-12-10.md", "# Planned!\n\nRecording: https://youtu.be/a\n\nLet's try it.\n");
    const after = await rebuild();
    expect(after.meetings.get("2019-12-10.md")!.title).toBe("Planned!");
    expect(after.parsed).toBe(1);
  });

  test("does not read a note whose file is unchanged since long before it was read", async () => {
    cache = new MeetingCache({ now: () => Date.now() + 60_000 });
    await rebuild();
    const unchanged = await rebuild();
    write("2019-12-10.md", "# Planned!\n\nRecording: https://youtu.be/a\n\nLet's try it.\n");
    // A clock this far ahead trusts times that a coarse file clock may not have changed; make sure it did.
    fs.utimesSync(path.join(dir, "2019-12-10.md"), new Date(2001, 0, 1), new Date(2001, 0, 1));
    const edited = await rebuild();
    expect([unchanged.read, edited.read]).toEqual([0, 1]);
    expect(edited.meetings.get("2019-12-10.md")!.title).toBe("Planned!");
  });

  test("parses a note again when its entries in anchors.json change", async () => {
    await rebuild();
    write("anchors.json", JSON.stringify({ version: 1, meetings: { "2020-01-07": { source: "2020-01-07.md", decisions: [{ id: "toolchain", text: "We will merge the toolchain work." }] } } }));
    const after = await rebuild();
    expect(after.meetings.get("2020-01-07.md")!.decisions.map((d) => d.id)).toEqual(["toolchain"]);
    expect(after.parsed).toBe(1);
  });

  test("parses every note again when a new note changes the slugs and links between notes", async () => {
    const before = await rebuild();
    expect(before.meetings.get("2020-01-07.md")!.html).toContain("See the plan.");
    write("2019-12-24.md", "# Plan\n\nRecording: https://youtu.be/c\n");
    write("2020-01-07-extra.md", "# Extra\n\nRecording: https://youtu.be/d\n");
    const after = await rebuild();
    expect(after.meetings.get("2020-01-07.md")!.html).toContain('See <a href="/meetings/2019-12-24/">the plan</a>.');
    expect([after.meetings.get("2020-01-07.md")!.slug, after.meetings.get("2020-01-07-extra.md")!.slug]).toEqual(["2020-01-07", "2020-01-07-2"]);
    expect(after.meetings.get("2020-01-07-extra.md")!.url).toBe("/meetings/2020-01-07-2/");
    expect(after.parsed).toBe(4);
  });

  test("drops the meeting of a deleted note", async () => {
    await rebuild();
    fs.rmSync(path.join(dir, "2019-12-10.md"));
    expect([...(await rebuild()).meetings.keys()]).toEqual(["2020-01-07.md"]);
  });

  test("lists the notes to copy into the site: all at first, then the changed ones", async () => {
    await rebuild();
    expect(cache.changed.map((n) => n.source)).toEqual(["2019-12-10.md", "2020-01-07.md"]);
    write("2020-01-07.md", "# Release\n\nRecording: https://youtu.be/b\n");
    await rebuild();
    expect(cache.changed).toEqual([{ file: path.join(dir, "2020-01-07.md"), source: "2020-01-07.md" }]);
  });
});

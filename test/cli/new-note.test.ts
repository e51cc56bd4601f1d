// npm run new: a contributor starts the note of a meeting from the template.

import fs from "node:fs";
import path from "node:path";
import { DateTime } from "luxon";
import { describe, expect, test } from "vitest";
import { runScript } from "../helpers/cli.js";
import { makeNotes } from "../helpers/notes-folder.js";
import { parseText } from "../helpers/parse.js";
import { newNoteDate } from "../../src/scaffold/new-note.js";

const NEXT = "next: write the notes, then run `npm run anchors` and `npm run check`, and commit the note with anchors.json";

describe("npm run new", () => {
  test("creates YYYY-MM-DD.md for the given date in NOTES_DIR, with the sections the osquery notes use", async () => {
    const dir = makeNotes();
    const result = await runScript("new", ["2026-12-01"], { NOTES_DIR: dir });
    expect(result).toEqual({ code: 0, stdout: `created ${dir}/2026-12-01.md\n${NEXT}\n`, stderr: "" });
    const text = fs.readFileSync(path.join(dir, "2026-12-01.md"), "utf8");
    expect(text.split("\n").filter((line) => line.startsWith("#"))).toEqual([
      "# osquery office hours 2026-12-01",
      "## Highlights since the last meeting",
      "## Agenda",
      "## Discussion",
      "## Decisions",
      "## Action items",
    ]);
    expect(text).toContain("\nRecording: ");
    expect(text).toContain("\n* Decision: We will ship 5.12.0 on Friday.\n");
  });

  test("titles the note with MEETING_TITLE when it is set", async () => {
    const dir = makeNotes();
    await runScript("new", ["2026-12-01"], { NOTES_DIR: dir, MEETING_TITLE: "Fleet sync" });
    expect(fs.readFileSync(path.join(dir, "2026-12-01.md"), "utf8").split("\n")[0]).toBe("# Fleet sync 2026-12-01");
  });

  test("creates the note of today without a date", async () => {
    const dir = makeNotes();
    const result = await runScript("new", [], { NOTES_DIR: dir });
    const today = DateTime.now().toISODate();
    expect(result.code).toBe(0);
    expect(fs.readdirSync(dir)).toEqual([`${today}.md`]);
  });

  test("never overwrites a note: it says so and exits 1", async () => {
    const dir = makeNotes({ "2026-12-01.md": "# Our notes\n" });
    const result = await runScript("new", ["2026-12-01"], { NOTES_DIR: dir });
    expect(result).toEqual({
      code: 1,
      stdout: "",
      stderr: `error: ${dir}/2026-12-01.md already exists; it was left as it is\n  hint: edit it, or give another date: npm run new -- YYYY-MM-DD\n`,
    });
    expect(fs.readFileSync(path.join(dir, "2026-12-01.md"), "utf8")).toBe("# Our notes\n");
  });

  test("refuses a date that does not exist, and writes nothing", async () => {
    const dir = makeNotes();
    const result = await runScript("new", ["2026-02-30"], { NOTES_DIR: dir });
    expect(result).toEqual({
      code: 2,
      stdout: "",
      stderr: `error: "2026-02-30" is not a date\n  hint: give the meeting's date as YYYY-MM-DD, e.g. npm run new -- 2026-12-01\n`,
    });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  test("makes a note the site reads without inventing anything from the template's guidance", async () => {
    const dir = makeNotes();
    await runScript("new", ["2026-12-01"], { NOTES_DIR: dir });
    const { meeting, diagnostics } = parseText(fs.readFileSync(path.join(dir, "2026-12-01.md")), { source: "2026-12-01.md" });
    expect(meeting.title).toBe("osquery office hours 2026-12-01");
    expect([meeting.highlights, meeting.decisions, meeting.actions, meeting.issues, meeting.people]).toEqual([[], [], [], [], []]);
    expect(diagnostics.map((d) => d.message)).toEqual(["no recording link"]);
  });
});

describe("the date of a new note", () => {
  const today = DateTime.fromISO("2026-03-04T23:30:00", { zone: "America/Los_Angeles" });
  test.each([
    { argument: undefined, expected: { date: "2026-03-04" } },
    { argument: "2026-12-01", expected: { date: "2026-12-01" } },
    { argument: "2024-02-29", expected: { date: "2024-02-29" } },
    { argument: "2026-02-29", expected: null },
    { argument: "2026-12-1", expected: null },
    { argument: "12/01/2026", expected: null },
    { argument: "2026-12-01T10:00", expected: null },
    { argument: "tomorrow", expected: null },
  ])("$argument -> $expected", ({ argument, expected }) => {
    const result = newNoteDate(argument, today);
    expect(result).toEqual(expected ?? { error: `"${argument}" is not a date`, hint: "give the meeting's date as YYYY-MM-DD, e.g. npm run new -- 2026-12-01" });
  });
});

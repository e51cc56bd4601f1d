// The date rules: front matter first, then the file name; a heading's date never decides.

import { DateTime } from "luxon";
import { describe, expect, test } from "vitest";
import { dateFromFileName, readableDate, resolveNoteDate } from "../../src/load/note-date.js";
import { parseText } from "../helpers/parse.js";

describe("date from the file name", () => {
  test.each([
    { input: "2019-09-03.md", expected: "2019-09-03" },
    { input: "2019-09-03-security-sync.md", expected: "2019-09-03" },
    { input: "20190903_meeting_notes.md", expected: "2019-09-03" },
    { input: "notes/2020/20200107_meeting_notes.md", expected: "2020-01-07" },
    { input: "office-hours-2019-09-03.md", expected: "2019-09-03" },
    { input: "2019-02-30.md", expected: null },
    { input: "2019-02-29.md", expected: null },
    { input: "2020-02-29.md", expected: "2020-02-29" },
    { input: "1900-02-29.md", expected: null },
    { input: "2000-02-29.md", expected: "2000-02-29" },
    { input: "2019-04-31.md", expected: null },
    { input: "2019-00-10.md", expected: null },
    { input: "2019-01-00.md", expected: null },
    { input: "20191301_notes.md", expected: null },
    { input: "meeting.md", expected: null },
  ])("$input -> $expected", ({ input, expected }) => {
    expect(dateFromFileName(input)).toBe(expected);
  });
});

describe("resolving a note's date", () => {
  test("front matter wins over the file name", () => {
    expect(resolveNoteDate("2019-09-03.md", { date: "2019-09-10" }, 2)).toEqual({ date: "2019-09-10" });
  });

  test("a front-matter date that is not a date is an error on its line, with a hint", () => {
    expect(resolveNoteDate("2019-09-03.md", { date: "next Tuesday" }, 3)).toEqual({
      error: 'front-matter date "next Tuesday" is not a date',
      hint: "write it as YYYY-MM-DD, e.g. `date: 2019-09-03`",
      line: 3,
    });
  });

  test("a front-matter date with a time, as Jekyll and Hugo write one, is the date written", () => {
    expect(resolveNoteDate("x.md", { date: "2020-12-08 16:00:01 -0600" }, 2)).toEqual({ date: "2020-12-08" });
    expect(resolveNoteDate("x.md", { date: "2023-07-26 00:00:00 +0100" }, 2)).toEqual({ date: "2023-07-26" });
    expect(resolveNoteDate("x.md", { date: "2019-09-03T10:00:00Z" }, 2)).toEqual({ date: "2019-09-03" });
    expect(resolveNoteDate("x.md", { date: "2019-09-03 10:00 at noon" }, 2)).toMatchObject({ error: 'front-matter date "2019-09-03 10:00 at noon" is not a date' });
  });

  test("an impossible front-matter date is refused rather than rolled over", () => {
    expect(resolveNoteDate("x.md", { date: "2019-13-45" }, 2)).toMatchObject({ error: 'front-matter date "2019-13-45" is not a date' });
  });

  test("a note with no date anywhere says how to give it one", () => {
    expect(resolveNoteDate("meeting.md", {}, 1)).toEqual({
      error: "this note has no date",
      hint: "name the file YYYY-MM-DD.md (e.g. 2019-09-03.md) or add front matter `date: 2019-09-03`",
      line: 1,
    });
  });

  test("a heading with the wrong year does not change the date, and is reported", () => {
    const { meeting, diagnostics } = parseText("# osquery office hours 2019-01-07\n\nRecording: https://youtu.be/x\n", { source: "20200107_meeting_notes.md" });
    expect(meeting.date).toBe("2020-01-07");
    expect(meeting.title).toBe("osquery office hours 2020-01-07");
    expect(diagnostics).toEqual([
      {
        file: "20200107_meeting_notes.md",
        line: 1,
        severity: "warning",
        message: "the heading says 2019-01-07 but the meeting's date is 2020-01-07 (from file name)",
        hint: "fix the date in the heading, or set `date:` in front matter",
      },
    ]);
  });

  test("front matter lines count in every line number", () => {
    const { meeting } = parseText("---\ndate: 2021-03-04\ntitle: Sync\n---\n\nConclusion is that we ship.\n", { source: "sync.md" });
    expect(meeting.date).toBe("2021-03-04");
    expect(meeting.title).toBe("Sync");
    expect(meeting.decisions.map((d) => d.line)).toEqual([6]);
  });
});

describe("a meeting's date as pages show it", () => {
  test("reads as a British long date", () => {
    expect(readableDate("2019-09-03")).toBe("Tuesday, 3 September 2019");
    expect(readableDate("2020-02-29")).toBe("Saturday, 29 February 2020");
  });

  test("matches luxon's DATE_HUGE in en-GB for every day from 1990 to 2100", () => {
    const differ: string[] = [];
    for (let day = DateTime.fromISO("1990-01-01", { zone: "utc" }); day.year <= 2100; day = day.plus({ days: 1 })) {
      const expected = day.setLocale("en-GB").toLocaleString(DateTime.DATE_HUGE);
      if (readableDate(day.toISODate()!) !== expected) differ.push(day.toISODate()!);
    }
    expect(differ).toEqual([]);
  });
});

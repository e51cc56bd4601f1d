import { describe, expect, test } from "vitest";
import { generateNotes, type SourceNote } from "../../src/bench/generate-notes.js";
import { dateFromFileName } from "../../src/load/note-date.js";

const sources: SourceNote[] = [
  {
    name: "20190903_meeting_notes.md",
    text: "# osquery office hours 2019-09-03\n\nWe will merge https://github.com/osquery/osquery/pull/5706 and #6280. @seph will review PR 7048.\n",
  },
  {
    name: "20200107_meeting_notes.md",
    text: "# osquery office hours 2019-01-07\n\nSee https://github.com/osquery/osquery/milestone/12, mail me@example.com.\n",
  },
];

describe("generating benchmark notes", () => {
  test("gives the same notes for the same sources and count", () => {
    expect(generateNotes(sources, 50)).toEqual(generateNotes([...sources].reverse(), 50));
  });

  test("gives every note its own date and file name, and the date is the one in the name", () => {
    const notes = generateNotes(sources, 3000);
    expect(new Set(notes.map((n) => n.date)).size).toBe(3000);
    expect(new Set(notes.map((n) => n.name)).size).toBe(3000);
    for (const note of notes) expect(dateFromFileName(note.name)).toBe(note.date);
    expect(notes.slice(0, 3).map((n) => n.name)).toEqual(["20000103_meeting_notes.md", "2000-01-04.md", "2000-01-05-office-hours.md"]);
  });

  test("keeps the first pass's text, with every date moved by the same number of days", () => {
    const [first, second] = generateNotes(sources, 2);
    expect(first!.text).toBe(sources[0]!.text.replace("2019-09-03", "2000-01-03"));
    // 2019-01-07 was 365 days before the note's date; 1999-01-04 is 365 days before 2000-01-04.
    expect(second!.text).toBe("# osquery office hours 1999-01-04\n\nSee https://github.com/osquery/osquery/milestone/12, mail me@example.com.\n");
  });

  test("copies later passes with only their dates moved", () => {
    const third = generateNotes(sources, 3)[2]!;
    expect(third.text).toBe(sources[0]!.text.replace("2019-09-03", "2000-01-05"));
  });

  test("cites later issues and another team's people in later passes, asked for distinct issues", () => {
    const third = generateNotes(sources, 3, { distinctIssues: true })[2]!;
    expect(third.text).toBe(
      "# osquery office hours 2000-01-05\n\nWe will merge https://github.com/osquery/osquery/pull/6703 and #7277. @seph1 will review PR 8045.\n",
    );
    const fourth = generateNotes(sources, 4, { distinctIssues: true })[3]!;
    expect(fourth.text).toContain("https://github.com/osquery/osquery/milestone/13, mail me@example.com.");
  });
});

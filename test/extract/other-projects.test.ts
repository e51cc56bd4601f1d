// The extraction is written for how groups phrase outcomes, not for the osquery notes: a note in
// another project's style (a release SIG's meeting, written for this test) reads as a careful
// reader would read it.

import fs from "node:fs";
import { describe, expect, test } from "vitest";
import { parse } from "../helpers/parse.js";

const meeting = parse(fs.readFileSync(new URL("../fixtures/other-projects/2024-03-12.md", import.meta.url), "utf8"), { source: "2024-03-12.md" });

describe("a note from another project", () => {
  test("yields the group's decisions, and not the proposal or the open question before them", () => {
    expect(meeting.decisions.map((d) => [d.line, d.text])).toEqual([
      [19, "After some back and forth, everyone was in favour of trying it for one cycle."],
      [20, "We'll revisit at the next meeting."],
      [32, "Nobody objected to archiving the old repository."],
      [33, "The new tool is out of scope for v1.30."],
      [35, "Going forward, every PR needs a release note or the release-note-none label."],
    ]);
  });

  test("yields its action items with their owners, and the unowned task as unassigned", () => {
    expect(meeting.actions.map((a) => [a.line, a.owner])).toEqual([
      [27, "@mpatel"],
      [28, "Tom"],
      [39, "Sara"],
      [40, "unassigned"],
    ]);
  });

  test("finds its recording and the people it mentions", () => {
    expect(meeting.recording).toBe("https://www.youtube.com/watch?v=abc123");
    expect(meeting.people).toEqual(["@jlee", "@mpatel"]);
  });
});

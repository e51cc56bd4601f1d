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

describe("a note's recording", () => {
  test("is the link on the line that says so, not the first link of its paragraph", () => {
    const note = "[More Information](https://github.com/falcosecurity/community)\n[Recording](https://youtu.be/abc)\n";
    expect(parse(note).recording).toBe("https://youtu.be/abc");
  });

  test("is none when that link is a template's empty placeholder, and no other link is taken for it", () => {
    const note = "[More Information](https://github.com/falcosecurity/community)\n[Zoom Link](https://sysdig.zoom.us/my/room)\n[Recording](https://)\n";
    expect(parse(note).recording).toBe(null);
  });

  test("is the link on the line after a label alone on its line", () => {
    expect(parse("Recording:\nhttps://drive.example.org/call.mp4\n").recording).toBe("https://drive.example.org/call.mp4");
    expect(parse("Recording: to be posted\nAgenda: none\nSlides: https://example.org/slides\n").recording).toBe(null);
  });

  test("is the first link to a video site when no line says recording", () => {
    expect(parse("Notes: https://example.org/notes\n\nSee https://vimeo.com/123 for the call.\n").recording).toBe("https://vimeo.com/123");
    expect(parse("Play it back: https://us02web.zoom.us/rec/share/abc\n").recording).toBe("https://us02web.zoom.us/rec/share/abc");
  });

  test("is never the link to join the meeting", () => {
    expect(parse("Join: https://zoom.us/j/123456 and https://example.zoom.us/my/room\n").recording).toBe(null);
  });
});

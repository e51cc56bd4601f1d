import { describe, expect, it } from "vitest";
import { isLinkOnly, sectionAt } from "../../src/site/mention-context.js";
import { parse } from "../helpers/parse.js";

const note = `# Office hours

Opening remarks on line 3.

## Event batching on Windows

https://github.com/osquery/osquery/pull/6280

### Follow-ups

We're mostly waiting on #6280.
`;

describe("where an issue was mentioned", () => {
  const meeting = parse(note);

  it("finds the heading a mention sits under, not the note's title", () => {
    expect(sectionAt(meeting, 3)).toBeUndefined();
    expect(sectionAt(meeting, 7)?.title).toBe("Event batching on Windows");
    expect(sectionAt(meeting, 11)?.title).toBe("Follow-ups");
  });

  it("in a note whose top-level headings are topics, finds the topic a mention sits under", () => {
    const topics = parse("# Packaging\n\n## Details\n\nMSI first.\n\n# Windows\n\nhttps://github.com/osquery/osquery/pull/6280\n");
    expect(sectionAt(topics, 9)?.title).toBe("Windows");
    expect(sectionAt(topics, 5)?.title).toBe("Details");
  });

  it("tells a bare link from a sentence that says something about the issue", () => {
    const [issue] = meeting.issues;
    expect(issue!.mentions.map((m) => [m.line, isLinkOnly(m)])).toEqual([
      [7, true],
      [11, false],
    ]);
    expect(isLinkOnly({ line: 1, text: "(#6280)." })).toBe(true);
    expect(isLinkOnly({ line: 1, text: "PR #6280" })).toBe(false);
  });
});

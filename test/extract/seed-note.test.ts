// The note this project started from (notes/2019-09-03.md) and what a reader finds in it.

import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { projectRoot } from "../helpers/paths.js";
import { parse } from "../helpers/parse.js";

const seed = fs.readFileSync(path.join(projectRoot, "notes/2019-09-03.md"), "utf8");
const meeting = parse(seed);

describe("the seed note, 2019-09-03", () => {
  test("takes its title, date and recording from the note", () => {
    expect(meeting.title).toBe("osquery Office Hours 2019-09-03");
    expect(meeting.date).toBe("2019-09-03");
    expect(meeting.recording).toBe("https://youtu.be/urMFR1ICFbU");
  });

  test("finds the stated conclusions, commitments and the agreement to try the kanban board", () => {
    const decisions = meeting.decisions.map((d) => [d.line, d.text]);
    expect(decisions).toContainEqual([36, "Conclusion is that this is not something worth pursuing."]);
    expect(decisions).toContainEqual([46, "We will merge the custom toolchain work."]);
    expect(decisions).toContainEqual([82, "Let's try it."]);
  });

  test('does not take "No conclusion." or a status report for a decision', () => {
    const texts = meeting.decisions.map((d) => d.text);
    expect(texts.some((t) => t.includes("No conclusion"))).toBe(false);
    expect(texts.some((t) => t.includes("merged. This means"))).toBe(false);
  });

  test("keeps the emphasis of a decision in its HTML", () => {
    expect(meeting.decisions.find((d) => d.line === 46)?.html).toBe("We <strong>will</strong> merge the custom toolchain work.");
  });

  test("lists the highlights under the Highlights heading, one per top-level item", () => {
    expect(meeting.highlights.map((h) => [h.line, h.text])).toEqual([
      [7, "Lots of progress towards 4.0.1."],
      [11, "Views created on startup."],
      [12, "Several documentation updates. Build instructions, and Windows packaging."],
      [13, "Additional tests for tables."],
      [14, "Remove FTS features from sqlite (in response to vulnerability) (See https://github.com/osquery/osquery/issues/5702 for background)."],
    ]);
  });

  test("finds who will click the buttons and who will dig up the anecdotes, and no one else", () => {
    expect(meeting.actions.map((a) => [a.line, a.owner, a.text])).toEqual([
      [58, "@theopolis", "He'll try to dig those up."],
      [82, "@directionless", "@directionless will click some buttons to set it up."],
    ]);
  });

  test("links every GitHub issue, pull request and milestone once, with the lines that mention it", () => {
    expect(meeting.issues.map((i) => [i.repo, i.type, i.number, i.lines])).toEqual([
      ["osquery/osquery", "milestone", 42, [7]],
      ["osquery/osquery", "pull", 5706, [10, 20]],
      ["osquery/osquery", "pull", 5732, [11]],
      ["osquery/osquery", "issues", 5702, [14]],
      ["osquery/osquery", "issues", 5609, [46]],
      ["osquery/osquery", "issues", 5745, [48]],
      ["osquery/osquery", "issues", 5743, [50]],
      ["osquery/osquery", "issues", 5636, [68]],
      ["osquery/osquery", "issues", 5502, [76]],
      ["osquery/foundation", "issues", 15, [86]],
      ["osquery/foundation", "issues", 17, [107]],
      ["osquery/osquery", "pull", 5744, [113]],
    ]);
  });

  test("lists the people mentioned, in order of first mention", () => {
    expect(meeting.people).toEqual([
      "@sharvilshah",
      "@alessandrogario",
      "@smjert",
      "@theopolis",
      "@packetzero",
      "@mike-myers-tob",
      "@directionless",
    ]);
  });

  test("outlines the note's sections with their anchors and lines", () => {
    expect(meeting.sections.slice(0, 4)).toEqual([
      { level: 1, title: "osquery Office Hours 2019-09-03", id: "osquery-office-hours-2019-09-03", line: 1 },
      { level: 2, title: "Highlights since the last meeting", id: "highlights-since-the-last-meeting", line: 5 },
      { level: 2, title: "4.0.1", id: "4-0-1", line: 16 },
      { level: 3, title: "Third Party Libs", id: "third-party-libs", line: 18 },
    ]);
  });

  test("puts each decision's id on its sentence in the rendered note", () => {
    for (const decision of meeting.decisions) {
      expect(meeting.html).toContain(`<span id="${decision.id}" class="decision">${decision.html}</span>`);
    }
  });
});

// Decision ids are made from the decision's words, so they survive edits elsewhere in the note.

import { describe, expect, test } from "vitest";
import { assignDecisionIds, decisionSlug } from "../../src/anchors/decision-ids.js";
import { parse } from "../helpers/parse.js";

const note = `# Sync 2019-09-03

## Toolchain

We **will** merge the custom toolchain work.

## Roadmap

Let's try it. @directionless will click some buttons.
`;

describe("decision ids", () => {
  test.each([
    { input: "We **will** merge the custom toolchain work.", expected: "merge-custom-toolchain-work" },
    { input: "Conclusion is that this is not something worth pursuing.", expected: "conclusion-not-something-worth-pursuing" },
    { input: "Let's try it.", expected: "lets-try" },
    { input: "We settled on 4.3.0", expected: "settled-4-3-0" },
    { input: "Ça marche à Zürich", expected: "ca-marche-zurich" },
    { input: "We will.", expected: "we-will" },
    { input: "!!!", expected: "decision" },
  ])("$input -> $expected", ({ input, expected }) => {
    expect(decisionSlug(input)).toBe(expected);
  });

  test("do not change when another paragraph is edited, added or removed", () => {
    const before = parse(note).decisions.map((d) => d.id);
    const edited = note
      .replace("## Toolchain\n", "## Toolchain\n\nA new paragraph about libc. We discussed it at length.\n")
      .replace("## Roadmap\n", "## Roadmap and more\n\nSomething else entirely.\n");
    expect(parse(edited).decisions.map((d) => d.id)).toEqual(before);
    expect(before).toEqual(["merge-custom-toolchain-work", "lets-try"]);
  });

  test("are unique in a page, also when a heading has the same words", () => {
    const meeting = parse("## Lets try\n\nLet's try it.\n\nLet's try it.\n");
    expect(meeting.decisions.map((d) => d.id)).toEqual(["lets-try-2", "lets-try-3"]);
    expect(meeting.sections.map((s) => s.id)).toEqual(["lets-try"]);
  });

  test("keep a registered id when the sentence is reworded", () => {
    const registered = [{ id: "merge-custom-toolchain-work", text: "We will merge the custom toolchain work." }];
    const { ids, missing } = assignDecisionIds([{ text: "We will merge the custom tool-chain work soon.", explicitId: null }], registered, new Set());
    expect(ids).toEqual(["merge-custom-toolchain-work"]);
    expect(missing).toEqual([]);
  });

  test("report a registered decision that no sentence matches any more", () => {
    const registered = [{ id: "lets-try", text: "Let's try it." }];
    const { ids, missing } = assignDecisionIds([{ text: "We will merge the toolchain.", explicitId: null }], registered, new Set());
    expect(ids).toEqual(["merge-toolchain"]);
    expect(missing).toEqual(registered);
  });

  test("honour an explicit id written after the sentence", () => {
    const meeting = parse("Decision: We adopt CMake. {#adopt-cmake}\n");
    expect(meeting.decisions.map(({ id, text, explicit }) => ({ id, text, explicit }))).toEqual([{ id: "adopt-cmake", text: "We adopt CMake.", explicit: true }]);
    expect(meeting.html).toBe('<p><span id="adopt-cmake" class="decision decision-explicit">Decision: We adopt CMake.</span> </p>\n');
  });
});

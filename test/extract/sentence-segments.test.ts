import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { sentenceEnds } from "../../src/extract/sentence-segments.js";

const icu = new Intl.Segmenter("en", { granularity: "sentence" });
const byIcu = (text: string) => [...icu.segment(text)].map(({ segment, index }) => index + segment.length);
const segmentsOf = (text: string) => sentenceEnds(text).map((end, i, ends) => text.slice(ends[i - 1] ?? 0, end));

// Heavy on the characters the rules are about, so the interesting cases come up often.
const pieces = ["a", "b", "Z", "é", "É", "7", ".", ".", "!", "?", " ", " ", "\t", "\u00a0", ")", "(", '"', "'", "’", "“", ",", ";", "-", "–", "—", "…", "e.g.", "U.S.", "3.5", "#", "@", "😀", "\n", "ⓐ"];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(""));

describe("finding sentences", () => {
  test.each([
    // Unicode never breaks before a lower-case word; walk.ts adds those breaks itself.
    ["Let's try it. @directionless will click some buttons.", ["Let's try it. @directionless will click some buttons."]],
    ["We settled on 4.3.0 for now. Next!", ["We settled on 4.3.0 for now. ", "Next!"]],
    ['He said "stop." Then we left.', ['He said "stop." ', "Then we left."]],
    ["e.g. this stays. U.S. Government is one.", ["e.g. this stays. ", "U.S. ", "Government is one."]],
    ["Is it? yes. No!? Maybe...", ["Is it? ", "yes. ", "No!? ", "Maybe..."]],
    ["Wait.)  (Next one.) ok", ["Wait.)  ", "(Next one.) ok"]],
    ["", []],
  ])("%j splits as Intl.Segmenter does", (input, expected) => {
    expect(segmentsOf(input)).toEqual(expected);
    expect(sentenceEnds(input)).toEqual(byIcu(input));
  });

  test("agrees with Intl.Segmenter on any text", () => {
    fc.assert(
      fc.property(text, (input) => {
        expect(sentenceEnds(input)).toEqual(byIcu(input));
      }),
      { numRuns: 5_000 },
    );
  });
});

const piece = fc.constantFrom("We will", "a", "A", "U.S.", "e.g.", "etc.", "Mr.", ".", "!", "?", "!!", " ", "   ", '"', "'", ")", "(", "\u201d", "1", "2.5", "3.", "\u00a0", "\t", "\u2026", ",", ":", "-", "\u00e9", "\u65e5\u672c", "\u3002", "\u2029", "\u00ad", "\u0300", "\u200d", "\ud83c\udf89", "\ud835\udc9c", "#1", "@a", "x".repeat(700), "1 ".repeat(900));

describe("sentence segments of a long text", () => {
  test("are exactly Intl.Segmenter's for the whole text, though found a chunk at a time", () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 200, maxLength: 3000 }), (pieces) => {
        const text = pieces.join("");
        expect(sentenceEnds(text)).toEqual(byIcu(text));
      }),
      { numRuns: 40 },
    );
  });
});

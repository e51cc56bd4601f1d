import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { sentenceSegments } from "../../src/extract/sentence-segments.js";

const whole = new Intl.Segmenter("en", { granularity: "sentence" });
const piece = fc.constantFrom("We will", "a", "A", "U.S.", "e.g.", "etc.", "Mr.", ".", "!", "?", "!!", " ", "   ", '"', "'", ")", "(", "\u201d", "1", "2.5", "3.", "\u00a0", "\t", "\u2026", ",", ":", "-", "\u00e9", "\u65e5\u672c", "\u3002", "\u2029", "\u00ad", "\u0300", "\u200d", "\ud83c\udf89", "\ud835\udc9c", "#1", "@a", "x".repeat(700), "1 ".repeat(900));

describe("sentence segments of a long text", () => {
  test("are exactly Intl.Segmenter's for the whole text, though found a chunk at a time", () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 200, maxLength: 3000 }), (pieces) => {
        const text = pieces.join("");
        const expected = [...whole.segment(text)].map(({ segment, index }) => ({ segment, index }));
        expect([...sentenceSegments(text)]).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });
});

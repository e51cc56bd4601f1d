// The character tests that replace patterns in the extractors' hot paths answer exactly as the
// patterns did: white space is \s, and a question ends as /\?[\s"')\]!\-–—]*$/ says (a dash may close it: "no objections? -").

import fc from "fast-check";
import { expect, test } from "vitest";
import { isQuestion } from "../../src/extract/sentence-cues.js";
import { isWhiteSpace } from "../../src/extract/white-space.js";

test("white space is what \\s matches and trim removes, for every UTF-16 code unit", () => {
  const differ: number[] = [];
  for (let code = 0; code <= 0xffff; code++) {
    const char = String.fromCharCode(code);
    if (isWhiteSpace(code) !== /\s/.test(char) || isWhiteSpace(code) !== (char.trim() === "")) differ.push(code);
  }
  expect(differ).toEqual([]);
});

test("a sentence is a question when it ends as /\\?[\\s\"')\\]!\\-–—]*$/ says", () => {
  const ending = fc.array(fc.constantFrom("?", "!", "?!", ".", '"', "'", ")", "]", "(", " ", "\u00a0", "\u2028", "\t", "a", "Why", "?x", "‽", "？", "-", "–", "—", "?-"), { maxLength: 8 });
  fc.assert(
    fc.property(fc.string({ maxLength: 10 }), ending, (start, end) => {
      const text = `${start}${end.join("")}`;
      // No sentence here opens as a question ("Do we ..."), so only the ending decides.
      fc.pre(!/^(?:do|does|did|should|shall|can|could|would|will|are|is|was|were|have|has)\s/i.test(text));
      expect(isQuestion(text)).toBe(/\?[\s"')\]!\-–—]*$/.test(text));
    }),
    { numRuns: 5000 },
  );
});

// The one-pass search for cue words answers as a pattern per list would: letters, digits and
// "_" match themselves in either case, any other character in a word stands for any character
// but those, and the text reads as if a space came before and after it.

import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { firstOf } from "../../src/extract/all-matches.js";
import { cuedAlternation, cueWords } from "../../src/extract/cue-words.js";

/** The pattern the doc of cue-words.ts describes for one list. */
function patternOf(words: readonly string[]): RegExp {
  const word = (w: string) => [...w].map((c) => (/\w/.test(c) ? c.replace(/[A-Za-z]/, (l) => `[${l.toLowerCase()}${l.toUpperCase()}]`) : "\\W")).join("");
  return new RegExp(words.map(word).join("|"));
}

describe("cue words", () => {
  test.each([
    [[" we "], "We will ship it.", true],
    [[" we "], "We'll ship it.", true],
    [[" we "], "Weekly meeting", false],
    [["'ll"], "He'll look.", true],
    [["'ll"], "All of it.", false],
    [["next step"], "Next-steps: none", true],
    [["blocker"], "a release-BLOCKER", true],
    [["k"], "\u212a", false],
  ] as const)("%j in %j: %j", (words, text, has) => {
    expect(cueWords({ list: words }).has("list", text)).toBe(has);
  });

  test("finds the lists a pattern of each list's words would find", () => {
    const alphabet = fc.constantFrom("a", "b", "e", "w", "A", "B", "W", "1", "_", " ", "'", "-", ",", "é", "\u212a", "\u0130");
    const word = fc.array(alphabet, { minLength: 1, maxLength: 4 }).map((cs) => cs.join("")).filter((w) => /\w/.test(w));
    const lists = fc.array(fc.array(word, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 });
    const text = fc.array(alphabet, { maxLength: 30 }).map((cs) => cs.join(""));
    fc.assert(
      fc.property(lists, text, (words, input) => {
        const named = Object.fromEntries(words.map((list, i) => [`list${i}`, list]));
        const cues = cueWords(named);
        const bits = cues.scan(input);
        words.forEach((list, i) => {
          expect((bits & cues.bit[`list${i}`]!) !== 0, `${JSON.stringify(list)} in ${JSON.stringify(input)}`).toBe(patternOf(list).test(` ${input} `));
        });
      }),
      { numRuns: 3000 },
    );
  });
});

describe("an alternation tried only in the parts whose words a text has", () => {
  /** Every match, as [index, text], of `next` from each match's end on. */
  function matches(next: (from: number) => RegExpExecArray | null): Array<[number, string]> {
    const found: Array<[number, string]> = [];
    for (let match = next(0); match; match = next(match.index + match[0].length)) found.push([match.index, match[0]]);
    return found;
  }

  test("finds what the whole alternation finds, in its order: the leftmost match, and there the earliest part's", () => {
    // Parts that overlap and share places, so the order of the parts decides what is found.
    const literal = fc.array(fc.constantFrom("a", "b", "c"), { minLength: 1, maxLength: 3 }).map((cs) => cs.join(""));
    const part = fc.array(literal, { minLength: 1, maxLength: 3 }).map((alternatives) => ({ words: alternatives, source: alternatives.map((a) => `${a}b*`).join("|") }));
    const text = fc.array(fc.constantFrom("a", "b", "c", "A", "B", " ", "-"), { maxLength: 24 }).map((cs) => cs.join(""));
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 6 }), text, (parts, input) => {
        const alternation = cuedAlternation(parts, "i");
        const whole = new RegExp(alternation.pattern.source, "gi");
        const viaWhole = matches((from) => ((whole.lastIndex = from), whole.exec(input)));
        const viaParts = matches((from) => firstOf(alternation.partsFor(input), input, from));
        expect(viaParts, `${alternation.pattern.source} in ${JSON.stringify(input)}`).toEqual(viaWhole);
      }),
      { numRuns: 3000 },
    );
  });
});

// Each decision family tests a few plain words before its pattern, to skip most sentences
// cheaply. That shortcut may never change an answer: wherever the pattern matches, its words
// must be there. Random sentences hold each family's phrases, written the way its pattern reads,
// among other words of decisions.ts.

import fs from "node:fs";
import fc from "fast-check";
import { expect, test } from "vitest";
import { FAMILIES } from "../../src/extract/decisions.js";
import { regexSampler } from "../helpers/regex-samples.js";

const source = fs.readFileSync(new URL("../../src/extract/decisions.ts", import.meta.url), "utf8");
/** Every word and phrase written in decisions.ts, its patterns' alternatives included. */
const phrases = [...new Set(source.match(/[A-Za-z][A-Za-z']*(?: [A-Za-z][A-Za-z']*)*/g))];
const separator = fc.constantFrom(" ", " ", " ", ", ", " -- ", ": ", "; ", " (", "(", "\u00a0", "-", "'", "");
const context = fc.array(fc.tuple(fc.constantFrom(...phrases), separator).map(([w, s]) => w + s), { maxLength: 4 }).map((words) => words.join(""));
/** A random number generator from fast-check's seed, for the sampler's many choices. */
const random = fc.integer().map((seed) => () => {
  seed = (Math.imul(seed, 1103515245) + 12345) | 0;
  return (seed >>> 0) / 2 ** 32;
});

for (const [name, { pattern, needs, find }] of Object.entries(FAMILIES)) {
  const phrase = regexSampler(pattern);
  test(`the ${name} family's words are in every sentence its pattern matches`, () => {
    let matched = 0;
    fc.assert(
      fc.property(context, random, separator, context, (before, next, between, after) => {
        const text = `${before}${phrase(next)}${between}${after}`;
        if (!pattern.test(text) && find(text, pattern) < 0) return;
        matched++;
        expect(needs.test(text), text).toBe(true);
      }),
      { numRuns: 3000 },
    );
    // Many sentences match, or the check above would hold by default.
    expect(matched).toBeGreaterThan(1000);
  });
}

// The decision families and the action owner patterns test a few plain words first, to skip most
// sentences cheaply. That shortcut may never change an answer: wherever a pattern matches, its
// words must be there. Random sentences hold phrases written the way each pattern reads, among
// other words of the extractor.

import fs from "node:fs";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { OWNER_PATTERNS, OWNER_WORDS } from "../../src/extract/actions.js";
import { cueWords } from "../../src/extract/cue-words.js";
import { FAMILIES, FAMILY_PARTS, hasFamilyWords } from "../../src/extract/decisions.js";
import { mayListNames, mentionsAny, PERSON_PATTERNS, PERSON_WORDS } from "../../src/extract/person-names.js";
import { clauseTails, stripConnective } from "../../src/extract/sentence-cues.js";
import { regexSampler } from "../helpers/regex-samples.js";

const RUNS = 3000;

/** Every word and phrase written in an extractor, its patterns' alternatives included. */
function phrasesOf(file: string): string[] {
  const source = fs.readFileSync(new URL(`../../src/extract/${file}`, import.meta.url), "utf8");
  return [...new Set(source.match(/[A-Za-z][A-Za-z']*(?: [A-Za-z][A-Za-z']*)*/g))];
}

const separator = fc.constantFrom(" ", " ", " ", ", ", " -- ", ": ", "; ", " (", "(", "\u00a0", "-", "'", "");
/** A random number generator from fast-check's seed, for the sampler's many choices. */
const random = fc.integer().map((seed) => () => {
  seed = (Math.imul(seed, 1103515245) + 12345) | 0;
  return (seed >>> 0) / 2 ** 32;
});

/** Sentences with a phrase drawn from `pattern` among other words of `file`; first, if the pattern only matches at the start, and last if only at the end. */
function sentences(pattern: RegExp, file: string): fc.Arbitrary<string> {
  const phrase = regexSampler(pattern);
  const context = fc.array(fc.tuple(fc.constantFrom(...phrasesOf(file)), separator).map(([w, s]) => w + s), { maxLength: 4 }).map((words) => words.join(""));
  const before = pattern.source.startsWith("^") ? fc.constant("") : context;
  if (pattern.source.endsWith("$")) return fc.tuple(before, random).map(([start, next]) => `${start}${phrase(next)}`);
  return fc.tuple(before, random, separator, context).map(([start, next, between, after]) => `${start}${phrase(next)}${between}${after}`);
}

/** Checks `needs` on every sentence `matches`, and that many sentences match (`least`), or the check would hold by default. */
function holdsWords(sentence: fc.Arbitrary<string>, matches: (text: string) => boolean, needs: (text: string) => boolean, least = RUNS / 4): void {
  let matched = 0;
  fc.assert(
    fc.property(sentence, (text) => {
      if (!matches(text)) return;
      matched++;
      expect(needs(text), text).toBe(true);
    }),
    { numRuns: RUNS },
  );
  expect(matched).toBeGreaterThan(least);
}

describe("a decision family's words are in every sentence its pattern matches", () => {
  for (const name of Object.keys(FAMILIES) as Array<keyof typeof FAMILIES>) {
    const { pattern, find } = FAMILIES[name];
    test(name, () => holdsWords(sentences(pattern, "decisions.ts"), (text) => pattern.test(text) || find(text, pattern) >= 0, (text) => hasFamilyWords(name, text)));
  }
});

// Some families are tried only in the parts of their pattern whose words a sentence has: each part's words must be in every sentence it matches.
// A part that looks behind its cue ("aligned") matches few of the sampled sentences (about 20 in 3,000), which the sampler
// writes forwards: a part's check needs only a few, so it does not fail by chance.
describe("each part of a family's pattern has its words in every sentence it matches", () => {
  for (const [name, alternation] of Object.entries(FAMILY_PARTS)) {
    alternation.parts.forEach((part, i) => {
      const pattern = new RegExp(part.source, alternation.pattern.flags);
      const words = cueWords({ part: part.words });
      test(`${name} ${i}: ${part.words.join(", ")}`, () => holdsWords(sentences(pattern, "decisions.ts"), (text) => pattern.test(text), (text) => words.has("part", text), 3));
    });
  }
});

describe("an owner pattern's words are in every sentence with a clause it matches", () => {
  for (const name of Object.keys(OWNER_PATTERNS) as Array<keyof typeof OWNER_PATTERNS>) {
    const pattern = OWNER_PATTERNS[name];
    // As actions.ts reads a sentence: the pattern opens one of its clauses.
    const opensClause = (text: string) => clauseTails(text).some((tail) => pattern.test(stripConnective(tail)));
    test(name, () => holdsWords(sentences(pattern, "actions.ts"), opensClause, (text) => OWNER_WORDS.has(name, text)));
  }
});

describe("a person pattern's words are in every sentence it matches", () => {
  for (const name of Object.keys(PERSON_PATTERNS) as Array<keyof typeof PERSON_PATTERNS>) {
    const pattern = PERSON_PATTERNS[name];
    const once = new RegExp(pattern.source, pattern.flags.replace("g", ""));
    const needs = name === "and" ? (text: string) => mayListNames(text, PERSON_WORDS.scan(text)) : (text: string) => PERSON_WORDS.has(name, text);
    test(name, () => holdsWords(sentences(pattern, "person-names.ts"), (text) => once.test(text), needs));
  }
});

test("a known name is mentioned where a pattern of the names, as whole words, would find it", () => {
  const name = fc.stringMatching(/^@?[A-Za-zéÉ][\wéÉ-]{0,6}$/);
  const text = fc.array(fc.oneof(name, fc.constantFrom(" ", ", ", " and ", "@", "-", "_", "(", ")", ".", "é", "É", "ö", "K", "k", "i", "s", "\u212a", "\u0130", "\u017f", "2")), { maxLength: 12 }).map((parts) => parts.join(""));
  fc.assert(
    fc.property(fc.uniqueArray(name, { maxLength: 4 }), text, (names, input) => {
      const known = new Set(names.map((n) => n.toLowerCase()));
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}_@-])(?:${[...known].join("|") || "(?!)"})(?![\\p{L}\\p{N}_@-])`, "iu");
      expect(mentionsAny(input, known)).toBe(pattern.test(input));
    }),
    { numRuns: 5000 },
  );
});

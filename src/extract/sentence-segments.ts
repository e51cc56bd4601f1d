// Sentence boundaries as Intl.Segmenter finds them (Unicode UAX #29), computed in JavaScript
// for text written in the characters notes use, because ICU's iterator costs about as much as
// parsing the note with markdown-it. Text with any other character goes to Intl.Segmenter, so
// the boundaries are the same either way; a property test holds the two to that.

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/** UAX #29 Sentence_Break classes of the characters handled here. */
const enum Sb {
  Other,
  Sp,
  Lower,
  Upper,
  Numeric,
  ATerm,
  STerm,
  Close,
  SContinue,
}

/** Class by UTF-16 code unit, UNKNOWN for characters left to Intl.Segmenter. */
const UNKNOWN = 255;
const CLASS = new Uint8Array(0x10000).fill(UNKNOWN);
function classify(chars: string, sb: Sb): void {
  for (const c of chars) CLASS[c.charCodeAt(0)] = sb;
}
CLASS.fill(Sb.Other, 0x20, 0x7f);
classify(" \t\u00a0", Sb.Sp);
classify("abcdefghijklmnopqrstuvwxyzßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ", Sb.Lower);
classify("ABCDEFGHIJKLMNOPQRSTUVWXYZÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ", Sb.Upper);
classify("0123456789", Sb.Numeric);
classify(".", Sb.ATerm);
classify("!?", Sb.STerm);
classify("\"'()[]{}‘’“”", Sb.Close);
classify(",-:;–—", Sb.SContinue);
classify("…", Sb.Other);

export interface SentenceSegment {
  segment: string;
  index: number;
}

/** The classes of `text`, or null if it holds a character this file does not know. */
function classesOf(text: string): Uint8Array | null {
  const classes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const sb = CLASS[text.charCodeAt(i)]!;
    if (sb === UNKNOWN) return null;
    classes[i] = sb;
  }
  return classes;
}

const isSATerm = (sb: Sb | undefined) => sb === Sb.ATerm || sb === Sb.STerm;

/** Offsets where a sentence ends, by rules SB6 to SB11 (no paragraph separators occur here). */
function boundaries(classes: Uint8Array): number[] {
  const ends: number[] = [];
  const n = classes.length;
  let i = 0;
  while (i < n) {
    const term = classes[i]!;
    if (!isSATerm(term)) {
      i++;
      continue;
    }
    const at = i;
    let j = i + 1;
    // SB6 and SB7: "3.5" and "U.S" go on.
    if (term === Sb.ATerm && j < n) {
      const next = classes[j]!;
      if (next === Sb.Numeric) {
        i = j;
        continue;
      }
      const before = at > 0 ? classes[at - 1] : undefined;
      if (next === Sb.Upper && (before === Sb.Upper || before === Sb.Lower)) {
        i = j;
        continue;
      }
    }
    // SB9 and SB10: closing punctuation, then spaces, stay with the sentence.
    while (j < n && classes[j] === Sb.Close) j++;
    while (j < n && classes[j] === Sb.Sp) j++;
    if (j >= n) break;
    const next = classes[j]!;
    // SB8a: a comma or another terminator continues the sentence.
    if (next === Sb.SContinue || isSATerm(next)) {
      i = j;
      continue;
    }
    // SB8: after a full stop, a lower-case word further on continues it ("e.g. foo").
    if (term === Sb.ATerm) {
      let k = j;
      while (k < n && classes[k] !== Sb.Upper && classes[k] !== Sb.Lower && !isSATerm(classes[k])) k++;
      if (k < n && classes[k] === Sb.Lower) {
        i = j;
        continue;
      }
    }
    ends.push(j);
    i = j;
  }
  return ends;
}

/** The same segments as `new Intl.Segmenter("en", { granularity: "sentence" }).segment(text)`. */
export function sentenceSegments(text: string): SentenceSegment[] {
  const classes = classesOf(text);
  if (!classes) return [...segmenter.segment(text)].map(({ segment, index }) => ({ segment, index }));
  const segments: SentenceSegment[] = [];
  let start = 0;
  for (const end of boundaries(classes)) {
    segments.push({ segment: text.slice(start, end), index: start });
    start = end;
  }
  if (start < text.length) segments.push({ segment: text.slice(start), index: start });
  return segments;
}

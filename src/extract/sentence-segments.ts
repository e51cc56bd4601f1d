// Sentence boundaries exactly as Intl.Segmenter finds them (Unicode UAX #29), found faster and
// in linear time. For text written in the characters notes use, the rules are applied here in
// JavaScript: ICU's iterator costs about as much as parsing the note with markdown-it. Other
// text goes to Intl.Segmenter a chunk at a time, because V8's segmenter costs time in proportion
// to the whole text for every sentence it returns, which made a long paragraph quadratic.
// Property tests hold both paths to Intl.Segmenter's answer on the whole text.

// Made when a text first needs it (about 15 ms): many builds have none.
let segmenter: Intl.Segmenter | undefined;

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
  /** Not handled here: text with such a character goes to Intl.Segmenter. */
  Unknown = 255,
}

/** Class by UTF-16 code unit. */
const CLASS = new Uint8Array(0x10000).fill(Sb.Unknown);
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

/** The class of the character at `i`, or undefined past the end. */
const classAt = (text: string, i: number): Sb | undefined => (i < text.length ? CLASS[text.charCodeAt(i)] : undefined);

const isSATerm = (sb: Sb | undefined) => sb === Sb.ATerm || sb === Sb.STerm;

/**
 * Offsets where a sentence ends, by rules SB6 to SB11 (no paragraph separators occur here), or
 * null if `text` has a character this file does not know. Every character passes through `term`.
 */
function boundaries(text: string): number[] | null {
  const ends: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const term = classAt(text, i);
    if (term === Sb.Unknown) return null;
    if (!isSATerm(term)) {
      i++;
      continue;
    }
    const at = i;
    let j = i + 1;
    // SB6 and SB7: "3.5" and "U.S" go on.
    if (term === Sb.ATerm && j < n) {
      const next = classAt(text, j);
      if (next === Sb.Numeric) {
        i = j;
        continue;
      }
      const before = at > 0 ? classAt(text, at - 1) : undefined;
      if (next === Sb.Upper && (before === Sb.Upper || before === Sb.Lower)) {
        i = j;
        continue;
      }
    }
    // SB9 and SB10: closing punctuation, then spaces, stay with the sentence.
    while (j < n && classAt(text, j) === Sb.Close) j++;
    while (j < n && classAt(text, j) === Sb.Sp) j++;
    if (j >= n) break;
    const next = classAt(text, j);
    // SB8a: a comma or another terminator continues the sentence.
    if (next === Sb.SContinue || isSATerm(next)) {
      i = j;
      continue;
    }
    // SB8: after a full stop, a lower-case word further on continues it ("e.g. foo").
    if (term === Sb.ATerm) {
      let k = j;
      while (k < n && classAt(text, k) !== Sb.Upper && classAt(text, k) !== Sb.Lower && !isSATerm(classAt(text, k))) k++;
      if (k < n && classAt(text, k) === Sb.Lower) {
        i = j;
        continue;
      }
    }
    ends.push(j);
    i = j;
  }
  return ends;
}

/** Characters segmented at a time; see sentenceSegments. */
const SEGMENT_CHUNK = 4096;
/** Characters at which every look-ahead of the Unicode sentence rules (UAX #29) stops: letters, sentence terminators, paragraph separators. */
const LOOKAHEAD_STOP = /[\p{L}.!?\u3002\uff01\uff1f\uff0e\n\r\u0085\u2028\u2029]/u;

/**
 * Where Intl.Segmenter's sentences of `text` end, exactly, segmented a chunk at a time. A
 * chunk's boundaries are kept up to the last one with a look-ahead stop after it: what follows
 * the chunk cannot move those. Without such a stop the chunk grows.
 */
function endsInChunks(text: string): number[] {
  const ends: number[] = [];
  segmenter ??= new Intl.Segmenter("en", { granularity: "sentence" });
  let start = 0;
  while (start < text.length) {
    for (let size = SEGMENT_CHUNK; ; size *= 2) {
      if (start + size >= text.length) {
        for (const { segment, index } of segmenter.segment(text.slice(start))) ends.push(start + index + segment.length);
        return ends;
      }
      const chunk = text.slice(start, start + size);
      let lastStop = chunk.length - 1;
      while (lastStop >= 0 && !LOOKAHEAD_STOP.test(chunk[lastStop]!)) lastStop--;
      const segments = [...segmenter.segment(chunk)];
      let keep = segments.length - 1;
      while (keep > 0 && segments[keep]!.index > lastStop) keep--;
      if (keep === 0) continue;
      for (const { segment, index } of segments.slice(0, keep)) ends.push(start + index + segment.length);
      start += segments[keep]!.index;
      break;
    }
  }
  return ends;
}

/**
 * Where each sentence of `new Intl.Segmenter("en", { granularity: "sentence" }).segment(text)`
 * ends; the last end is the text's length. Offsets, not segments: the walk cuts sentences itself.
 */
export function sentenceEnds(text: string): number[] {
  const ends = boundaries(text);
  if (!ends) return endsInChunks(text);
  if ((ends.at(-1) ?? 0) < text.length) ends.push(text.length);
  return ends;
}

// Which of several lists of cue words a sentence has a word of, found in one pass over its
// characters. The extractors test these first because most sentences have none of a pattern's
// words: a regex per list costs a search of the sentence each, this one pass costs about as
// much as one such search for all of them (an Aho-Corasick automaton over the lists' words).
//
// A cue word's letters, digits and "_" match themselves in either case; any other character in
// it (a space, an apostrophe, a hyphen) matches any character that is none of those. The text
// reads as if a space came before and after it, so " we " is the word "we" on its own, as \bwe\b
// would find it, and "'ll" is "ll" after any such character.

/** Symbols: 0 for any character but an ASCII letter, digit or "_"; 1 for one of those that is in no word; then one for each such character the words have. */
const OTHER = 0;
const UNUSED = 1;
/** Whether an ASCII code is a letter, digit or "_", the characters a cue word's own characters match. */
const isWordCode = (code: number) => (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;

export interface CueWords<Name extends string> {
  /** A bit for each list `text` has a word of. */
  scan(text: string): number;
  /** The bit of each list in what `scan` returns. */
  bit: Readonly<Record<Name, number>>;
  /** Whether `text` has a word of the list `name`. */
  has(name: Name, text: string): boolean;
}

/** A scanner for up to 31 lists of cue words. */
export function cueWords<Name extends string>(lists: Readonly<Record<Name, readonly string[]>>): CueWords<Name> {
  const names = Object.keys(lists) as Name[];
  if (names.length > 31) throw new Error("at most 31 lists of cue words");
  const bit = Object.fromEntries(names.map((name, i) => [name, 1 << i])) as Record<Name, number>;

  // The symbols of this scanner's characters, letters folded to one case: only the characters the
  // words have get symbols of their own, so a state's row of the table is short.
  const symbolOf = new Uint8Array(128);
  const wordChars = new Set(names.flatMap((name) => lists[name].flatMap((word) => [...word.toLowerCase()])));
  let symbols = UNUSED + 1;
  for (let code = 0; code < 128; code++) {
    if (!isWordCode(code) || (code >= 0x41 && code <= 0x5a)) continue;
    symbolOf[code] = wordChars.has(String.fromCharCode(code)) ? symbols++ : UNUSED;
    if (code >= 0x61 && code <= 0x7a) symbolOf[code - 0x20] = symbolOf[code]!;
  }
  const shift = Math.max(1, Math.ceil(Math.log2(symbols)));
  const width = 1 << shift;
  const symbol = (code: number) => (code < 128 ? symbolOf[code]! : OTHER);

  // The trie of the words, then Aho-Corasick's failure links, folded into a full transition
  // table: each state has a next state for every symbol, so the scan is one lookup a character.
  const next: number[][] = [new Array<number>(width).fill(-1)];
  const found: number[] = [0];
  for (const name of names) {
    for (const word of lists[name]) {
      let state = 0;
      for (let i = 0; i < word.length; i++) {
        const s = symbol(word.charCodeAt(i));
        if (next[state]![s] === -1) {
          next[state]![s] = next.length;
          next.push(new Array<number>(width).fill(-1));
          found.push(0);
        }
        state = next[state]![s]!;
      }
      found[state]! |= bit[name];
    }
  }
  if (next.length > 0x10000) throw new Error("too many cue words: at most 65,536 states");
  const queue: number[] = [];
  const fail: number[] = new Array<number>(next.length).fill(0);
  for (let s = 0; s < width; s++) {
    const child = next[0]![s]!;
    if (child === -1) next[0]![s] = 0;
    else queue.push(child);
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    found[state]! |= found[fail[state]!]!;
    for (let s = 0; s < width; s++) {
      const child = next[state]![s]!;
      if (child === -1) next[state]![s] = next[fail[state]!]![s]!;
      else {
        fail[child] = next[fail[state]!]![s]!;
        queue.push(child);
      }
    }
  }
  // Small entries in short rows: the table of the decision families' words takes about 100 KB,
  // where 32-bit entries for all 64 symbols took 400 KB, which other work pushed out of the cache
  // between sentences, so each character missed it.
  const table = new Uint16Array(next.length << shift);
  for (let state = 0; state < next.length; state++) {
    for (let s = 0; s < width; s++) table[(state << shift) | s] = next[state]![s]!;
  }
  const foundAt = Int32Array.from(found);
  const start = table[OTHER]!;

  const scan = (text: string): number => scanText(table, shift, symbolOf, foundAt, start, text);
  return { scan, bit, has: (name, text) => (scan(text) & bit[name]) !== 0 };
}

/** The scan itself, given its tables as arguments: as a closure over them, V8 ran this loop four times slower. */
function scanText(table: Uint16Array, shift: number, symbolOf: Uint8Array, foundAt: Int32Array, start: number, text: string): number {
  let state = start;
  let bits = foundAt[state]!;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    state = table[(state << shift) | (code < 128 ? symbolOf[code]! : OTHER)]!;
    bits |= foundAt[state]!;
  }
  return bits | foundAt[table[(state << shift) | OTHER]!]!;
}

/** A part of a pattern's alternation, and the cue words it cannot match without. */
export interface CuedPart {
  words: readonly string[];
  source: string;
}

export interface CuedAlternation {
  parts: readonly CuedPart[];
  /** The parts as one pattern, in their order. */
  pattern: RegExp;
  /** Every part's words: the pattern cannot match without one of them. */
  words: readonly string[];
  /**
   * The parts whose words `text` has, in their order, each a global pattern: those of the
   * alternation that may match in `text`. A part that cannot match anywhere in a text changes
   * nothing of what an alternation finds there, so firstOf (all-matches.ts) over these finds
   * what `pattern` would.
   */
  partsFor(text: string): readonly RegExp[];
}

/**
 * An alternation tried only in the parts whose words a text has. Irregexp tries every part of an
 * alternation at every position of a text, so a pattern of 40 parts costs 40 searches of it,
 * where a sentence has the words of one or two.
 */
export function cuedAlternation(parts: readonly CuedPart[], flags: string): CuedAlternation {
  // Parts with the same words share a list: a scanner has at most 31.
  const listOf = (part: CuedPart) => part.words.join("\u0000");
  const cues = cueWords(Object.fromEntries(parts.map((part) => [listOf(part), part.words])) as Record<string, readonly string[]>);
  const compiled = parts.map((part) => ({ bit: cues.bit[listOf(part)]!, pattern: new RegExp(part.source, `${flags}g`) }));
  // The parts for each set of lists a text has: few sets occur.
  const chosen = new Map<number, RegExp[]>();
  return {
    parts,
    pattern: new RegExp(parts.map((part) => part.source).join("|"), flags),
    words: [...new Set(parts.flatMap((part) => part.words))],
    partsFor: (text) => {
      const bits = cues.scan(text);
      let found = chosen.get(bits);
      if (!found) chosen.set(bits, (found = compiled.filter((part) => (part.bit & bits) !== 0).map((part) => part.pattern)));
      return found;
    },
  };
}

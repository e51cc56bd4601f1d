// Which of several lists of cue words a sentence has a word of, found in one pass over its
// characters. The extractors test these first because most sentences have none of a pattern's
// words: a regex per list costs a search of the sentence each, this one pass costs about as
// much as one such search for all of them (an Aho-Corasick automaton over the lists' words).
//
// A cue word's letters, digits and "_" match themselves in either case; any other character in
// it (a space, an apostrophe, a hyphen) matches any character that is none of those. The text
// reads as if a space came before and after it, so " we " is the word "we" on its own, as \bwe\b
// would find it, and "'ll" is "ll" after any such character.

/** Symbols: 0 for any character but a letter, digit or "_"; then a-z, 0-9, "_"; a power of two. */
const SHIFT = 6;
const SYMBOLS = 1 << SHIFT;
const OTHER = 0;
const SYMBOL = new Uint8Array(0x10000);
for (let i = 0; i < 26; i++) SYMBOL[0x61 + i] = SYMBOL[0x41 + i] = 1 + i;
for (let i = 0; i < 10; i++) SYMBOL[0x30 + i] = 27 + i;
SYMBOL[0x5f] = 37;

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

  // The trie of the words, then Aho-Corasick's failure links, folded into a full transition
  // table: each state has a next state for every symbol, so the scan is one lookup a character.
  const next: number[][] = [new Array<number>(SYMBOLS).fill(-1)];
  const found: number[] = [0];
  for (const name of names) {
    for (const word of lists[name]) {
      let state = 0;
      for (let i = 0; i < word.length; i++) {
        const symbol = SYMBOL[word.charCodeAt(i)]!;
        if (next[state]![symbol] === -1) {
          next[state]![symbol] = next.length;
          next.push(new Array<number>(SYMBOLS).fill(-1));
          found.push(0);
        }
        state = next[state]![symbol]!;
      }
      found[state]! |= bit[name];
    }
  }
  const queue: number[] = [];
  const fail: number[] = new Array<number>(next.length).fill(0);
  for (let symbol = 0; symbol < SYMBOLS; symbol++) {
    const child = next[0]![symbol]!;
    if (child === -1) next[0]![symbol] = 0;
    else queue.push(child);
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    found[state]! |= found[fail[state]!]!;
    for (let symbol = 0; symbol < SYMBOLS; symbol++) {
      const child = next[state]![symbol]!;
      if (child === -1) next[state]![symbol] = next[fail[state]!]![symbol]!;
      else {
        fail[child] = next[fail[state]!]![symbol]!;
        queue.push(child);
      }
    }
  }
  // Entries hold the next state times SYMBOLS, so the scan adds a symbol without multiplying.
  const table = new Int32Array(next.length * SYMBOLS);
  for (let state = 0; state < next.length; state++) {
    for (let symbol = 0; symbol < SYMBOLS; symbol++) table[state * SYMBOLS + symbol] = next[state]![symbol]! * SYMBOLS;
  }
  const foundAt = Int32Array.from(found);
  const start = table[OTHER]!;

  const scan = (text: string): number => scanText(table, foundAt, start, text);
  return { scan, bit, has: (name, text) => (scan(text) & bit[name]) !== 0 };
}

/** The scan itself, given its tables as arguments: as a closure over them, V8 ran this loop four times slower. */
function scanText(table: Int32Array, foundAt: Int32Array, start: number, text: string): number {
  let state = start;
  let bits = foundAt[state >> SHIFT]!;
  for (let i = 0; i < text.length; i++) {
    state = table[state + SYMBOL[text.charCodeAt(i)]!]!;
    bits |= foundAt[state >> SHIFT]!;
  }
  return bits | foundAt[table[state + OTHER]! >> SHIFT]!;
}

// Sentences are found in plain text, but the page is rendered from tokens. These functions map a
// sentence back onto its block's inline tokens: to render just that sentence (summaries) and to
// wrap it in the note so that its decision id lands on it in context. Each block is cut once and
// each sentence costs only its own tokens, so a paragraph of thousands of sentences stays linear.

import type { Token } from "markdown-it";
import type { Block, Sentence } from "../extract/walk.js";

export type TokenClass = new (type: string, tag: string, nesting: -1 | 0 | 1) => Token;

interface Cut {
  children: Token[];
  /** Plain-text offset where each child starts and ends (zero-width children: start = end). */
  starts: number[];
  ends: number[];
  /** Index of the first text child at or after each index (or the length), and the last at or before it (or -1). */
  nextText: number[];
  previousText: number[];
  /** For an opening or closing child, the index of the child that closes or opens it; -1 if none. */
  partner: number[];
  /** For each child, the index of the innermost opening child around it; -1 at the top. */
  parent: number[];
}

function isText(token: Token): boolean {
  return token.type === "text" || token.type === "code_inline" || token.type === "softbreak" || token.type === "hardbreak";
}

function isAscending(values: number[]): boolean {
  for (let i = 1; i < values.length; i++) if (values[i]! < values[i - 1]!) return false;
  return true;
}

/** Splits the block's text children at the given plain-text offsets. */
function cutAt(block: Block, offsets: number[], TokenCtor: TokenClass): Cut {
  const children = block.inline.children ?? [];
  // Sentences come in order, so their offsets mostly do too.
  const sorted = isAscending(offsets) ? offsets : [...offsets].sort((a, b) => a - b);
  const out: Token[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let next = 0;
  let piece = 0;
  let offset = 0;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    const own = block.pieces[piece]?.child === i ? block.pieces[piece++] : undefined;
    if (!own) {
      out.push(child);
      starts.push(offset);
      ends.push(offset);
      continue;
    }
    while (next < sorted.length && sorted[next]! <= own.from) next++;
    // The offsets inside this child, where a text child is cut in pieces.
    const first = next;
    while (next < sorted.length && sorted[next]! < own.to) next++;
    const cuts = child.type === "text" ? next - first : 0;
    let from = own.from;
    for (let k = 0; k <= cuts; k++) {
      const at = k < cuts ? sorted[first + k]! : own.to;
      let token = child;
      if (cuts > 0) {
        token = new TokenCtor("text", "", 0);
        token.content = child.content.slice(from - own.from, at - own.from);
        token.level = child.level;
      }
      out.push(token);
      starts.push(from);
      ends.push(at);
      from = at;
    }
    offset = own.to;
  }

  const nextText: number[] = new Array(out.length + 1);
  nextText[out.length] = out.length;
  for (let k = out.length - 1; k >= 0; k--) nextText[k] = isText(out[k]!) ? k : nextText[k + 1]!;
  const previousText: number[] = new Array(out.length);
  for (let k = 0; k < out.length; k++) previousText[k] = isText(out[k]!) ? k : k > 0 ? previousText[k - 1]! : -1;
  const partner: number[] = new Array(out.length).fill(-1);
  const parent: number[] = new Array(out.length);
  const open: number[] = [];
  for (let k = 0; k < out.length; k++) {
    parent[k] = open.at(-1) ?? -1;
    const nesting = out[k]!.nesting;
    if (nesting === 1) open.push(k);
    else if (nesting === -1 && open.length > 0) {
      const o = open.pop()!;
      partner[o] = k;
      partner[k] = o;
    }
  }
  return { children: out, starts, ends, nextText, previousText, partner, parent };
}

/** The first index in [0, length) whose value in ascending `values` passes `reached`, or length. */
function firstReaching(values: number[], reached: (value: number) => boolean): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reached(values[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

interface Range {
  from: number;
  to: number;
  /** Closing children in the range whose opening child is before it, innermost first. */
  unopened: number[];
  /** Opening children in the range whose closing child is after it, outermost first. */
  unclosed: number[];
}

/** Child range [from, to) of a sentence's own text, with the openings and closings next to it. */
function ownRange(cut: Cut, sentence: Sentence): Range {
  const { children, starts, ends, nextText, previousText, partner } = cut;
  let from = nextText[firstReaching(starts, (s) => s >= sentence.start)]!;
  const lastEnding = firstReaching(ends, (e) => e > sentence.end) - 1;
  let to = lastEnding >= 0 && previousText[lastEnding]! >= from ? previousText[lastEnding]! + 1 : from;
  while (from > 0 && children[from - 1]!.nesting === 1) from--;
  while (to < children.length && children[to]!.nesting === -1) to++;
  const unopened: number[] = [];
  const unclosed: number[] = [];
  for (let k = from; k < to; k++) {
    const nesting = children[k]!.nesting;
    if (nesting === 1) unclosed.push(k);
    else if (nesting === -1) {
      if (unclosed.length > 0 && partner[k] === unclosed.at(-1)) unclosed.pop();
      else unopened.push(k);
    }
  }
  return { from, to, unopened, unclosed };
}

/** The range widened so its open and close tokens balance: a sentence that starts or ends inside a link or emphasis takes the whole element. */
function balancedRange(cut: Cut, sentence: Sentence): { from: number; to: number } {
  const { from, to, unopened, unclosed } = ownRange(cut, sentence);
  const outermostUnopened = unopened.at(-1);
  const outermostUnclosed = unclosed[0];
  return {
    from: outermostUnopened === undefined ? from : Math.max(0, cut.partner[outermostUnopened]!),
    to: outermostUnclosed === undefined ? to : cut.partner[outermostUnclosed]! < 0 ? cut.children.length : cut.partner[outermostUnclosed]! + 1,
  };
}

/** Each block is cut once at every sentence boundary, for all its sentences' summaries. */
const blockCuts = new WeakMap<Block, Cut>();

/**
 * The inline tokens of one sentence, for rendering it on its own. A sentence inside links or
 * emphasis is wrapped in those elements' markup around its own words, never the neighbours' words.
 */
export function sentenceTokens(sentence: Sentence, TokenCtor: TokenClass): Token[] {
  const block = sentence.block;
  let cut = blockCuts.get(block);
  if (!cut) {
    const offsets: number[] = [];
    for (const s of block.sentences) offsets.push(s.start, s.end);
    blockCuts.set(block, (cut = cutAt(block, offsets, TokenCtor)));
  }
  const { children, partner, parent } = cut;
  const { from, to } = ownRange(cut, sentence);
  // The elements around the sentence, outermost first, and those still open at its end.
  const open: number[] = [];
  for (let k = parent[from] ?? -1; k >= 0; k = parent[k]!) open.push(k);
  open.reverse();
  const tokens = open.map((k) => children[k]!);
  for (let k = from; k < to; k++) {
    tokens.push(children[k]!);
    if (children[k]!.nesting === 1) open.push(k);
    else if (children[k]!.nesting === -1) open.pop();
  }
  for (let i = open.length - 1; i >= 0; i--) if (partner[open[i]!]! >= 0) tokens.push(children[partner[open[i]!]!]!);
  return tokens;
}

function listAt(map: Map<number, Token[]>, index: number): Token[] {
  return map.get(index) ?? map.set(index, []).get(index)!;
}

/**
 * Wraps sentences of one block between an opening and a closing token, in place. Sentences that
 * share an element nest; one that would cross another's element gets an empty anchor instead.
 */
export function wrapSentences(block: Block, wraps: Array<{ sentence: Sentence; open: Token; close: Token }>, TokenCtor: TokenClass): void {
  if (wraps.length === 0) return;
  const offsets: number[] = [];
  for (const { sentence } of wraps) offsets.push(sentence.start, sentence.end);
  const cut = cutAt(block, offsets, TokenCtor);
  const opens = new Map<number, Token[]>();
  const closes = new Map<number, Token[]>();
  const ranges = wraps
    .map(({ sentence, open, close }) => {
      const { from, to } = balancedRange(cut, sentence);
      return { open, close, from, to };
    })
    .sort((a, b) => a.from - b.from || b.to - a.to);
  // Placed ranges never cross, so those still open at a range's start nest; each remembers the
  // nearest one below it that starts earlier, the only one a later range could cross.
  const open: Array<{ from: number; to: number; earlier: number }> = [];
  for (const { open: openToken, close, from, to } of ranges) {
    while (open.length > 0 && open.at(-1)!.to <= from) open.pop();
    const top = open.length - 1;
    const enclosing = top >= 0 && open[top]!.from < from ? top : (open[top]?.earlier ?? -1);
    const crosses = enclosing >= 0 && open[enclosing]!.to < to;
    if (crosses || from === to) {
      listAt(opens, from).push(openToken, close);
      continue;
    }
    open.push({ from, to, earlier: top >= 0 && open[top]!.from < from ? top : (open[top]?.earlier ?? -1) });
    listAt(opens, from).push(openToken);
    listAt(closes, to).unshift(close);
  }
  const out: Token[] = [];
  for (let k = 0; k <= cut.children.length; k++) {
    for (const token of closes.get(k) ?? []) out.push(token);
    for (const token of opens.get(k) ?? []) out.push(token);
    if (k < cut.children.length) out.push(cut.children[k]!);
  }
  block.inline.children = out;
}

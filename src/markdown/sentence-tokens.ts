// Sentences are found in plain text, but the page is rendered from tokens. These functions map a
// sentence back onto its block's inline tokens: to render just that sentence (summaries) and to
// wrap it in the note so that its decision id lands on it in context.

import type { Token } from "markdown-it";
import type { Block, Sentence } from "../extract/walk.js";

export type TokenClass = new (type: string, tag: string, nesting: -1 | 0 | 1) => Token;

interface Cut {
  children: Token[];
  /** Plain-text offset where each child starts and ends (zero-width children: start = end). */
  starts: number[];
  ends: number[];
}

/** Splits the block's text children at the given plain-text offsets. */
function cutAt(block: Block, offsets: number[], TokenCtor: TokenClass): Cut {
  const children = block.inline.children ?? [];
  const pieceOf = new Map(block.pieces.map((p) => [p.child, p]));
  const cut: Cut = { children: [], starts: [], ends: [] };
  let offset = 0;
  children.forEach((child, i) => {
    const piece = pieceOf.get(i);
    if (!piece) {
      cut.children.push(child);
      cut.starts.push(offset);
      cut.ends.push(offset);
      return;
    }
    offset = piece.from;
    const inner = child.type === "text" ? offsets.filter((o) => o > piece.from && o < piece.to) : [];
    let from = piece.from;
    for (const at of [...inner, piece.to]) {
      let token = child;
      if (inner.length > 0) {
        token = new TokenCtor("text", "", 0);
        token.content = child.content.slice(from - piece.from, at - piece.from);
        token.level = child.level;
      }
      cut.children.push(token);
      cut.starts.push(from);
      cut.ends.push(at);
      from = at;
    }
    offset = piece.to;
  });
  return cut;
}

function isText(token: Token): boolean {
  return token.type === "text" || token.type === "code_inline" || token.type === "softbreak" || token.type === "hardbreak";
}

/** Child range [from, to) of a sentence, widened so its open and close tokens balance. */
function rangeOf(cut: Cut, sentence: Sentence): { from: number; to: number } {
  const { children, starts, ends } = cut;
  let from = children.findIndex((c, k) => isText(c) && starts[k]! >= sentence.start);
  if (from < 0) from = children.length;
  let to = from;
  for (let k = from; k < children.length; k++) if (isText(children[k]!) && ends[k]! <= sentence.end) to = k + 1;
  while (from > 0 && children[from - 1]!.nesting === 1) from--;
  while (to < children.length && children[to]!.nesting === -1) to++;
  // A sentence that starts or ends inside a link or emphasis takes the whole element.
  let depth = 0;
  let lowest = 0;
  for (let k = from; k < to; k++) {
    depth += children[k]!.nesting;
    lowest = Math.min(lowest, depth);
  }
  for (let need = -lowest; need > 0 && from > 0; ) need -= children[--from]!.nesting;
  for (let open = depth - lowest; open > 0 && to < children.length; ) open += children[to++]!.nesting;
  return { from, to };
}

/** The inline tokens of one sentence, for rendering it on its own. */
export function sentenceTokens(sentence: Sentence, TokenCtor: TokenClass): Token[] {
  const cut = cutAt(sentence.block, [sentence.start, sentence.end], TokenCtor);
  const { from, to } = rangeOf(cut, sentence);
  return cut.children.slice(from, to);
}

/**
 * Wraps sentences of one block between an opening and a closing token, in place. Sentences that
 * share an element nest; one that would cross another's element gets an empty anchor instead.
 */
export function wrapSentences(block: Block, wraps: Array<{ sentence: Sentence; open: Token; close: Token }>, TokenCtor: TokenClass): void {
  if (wraps.length === 0) return;
  const cut = cutAt(block, wraps.flatMap((w) => [w.sentence.start, w.sentence.end]), TokenCtor);
  const opens = new Map<number, Token[]>();
  const closes = new Map<number, Token[]>();
  const placed: Array<{ from: number; to: number }> = [];
  const at = (map: Map<number, Token[]>, index: number) => map.get(index) ?? map.set(index, []).get(index)!;
  const ranges = wraps
    .map((wrap) => ({ ...wrap, ...rangeOf(cut, wrap.sentence) }))
    .sort((a, b) => a.from - b.from || b.to - a.to);
  for (const { open, close, from, to } of ranges) {
    const crosses = placed.some((p) => (from < p.from && to > p.from && to < p.to) || (from > p.from && from < p.to && to > p.to));
    if (crosses || from === to) {
      at(opens, from).push(open, close);
      continue;
    }
    placed.push({ from, to });
    at(opens, from).push(open);
    at(closes, to).unshift(close);
  }
  const out: Token[] = [];
  for (let k = 0; k <= cut.children.length; k++) {
    out.push(...(closes.get(k) ?? []), ...(opens.get(k) ?? []));
    if (k < cut.children.length) out.push(cut.children[k]!);
  }
  block.inline.children = out;
}

// markdown-it stops at its nesting limit (maxNesting) and silently drops the rest of a note that
// nests quotes or lists deeper. This rule stops one level short instead: the deepest part becomes
// one plain paragraph, so no word is lost, and the parse records where, for a warning.

import type { MarkdownIt, StateBlock } from "markdown-it";

export interface NestingEnv {
  [key: string | symbol]: unknown;
  /** 0-based body lines where a too-deep part was shown as plain text. */
  flattenedLines?: number[];
}

/** A list opens two levels (list and item) before its content; deeper than this, content would be dropped. */
const LEVELS_PER_CONTAINER = 2;

function flattenDeepBlock(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  // maxNesting is a markdown-it option its type declarations leave out.
  const { maxNesting } = state.md.options as { maxNesting: number };
  if (state.level < maxNesting - LEVELS_PER_CONTAINER) return false;
  // Everything this container still holds: up to its end, or a line outdented out of it.
  let next = startLine + 1;
  while (next < endLine && (state.isEmpty(next) || state.sCount[next]! >= state.blkIndent)) next++;
  if (silent) return true;
  const content = state.getLines(startLine, next, state.blkIndent, false).trim();
  state.push("paragraph_open", "p", 1).map = [startLine, next];
  const inline = state.push("inline", "", 0);
  inline.content = content;
  inline.map = [startLine, next];
  inline.children = [];
  state.push("paragraph_close", "p", -1);
  const env = state.env as NestingEnv;
  (env.flattenedLines ??= []).push(startLine);
  state.line = next;
  return true;
}

export function nestingLimit(md: MarkdownIt): void {
  md.block.ruler.before("table", "nesting_limit", flattenDeepBlock);
}

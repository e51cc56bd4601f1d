// Notes exported from Hackpad, Dropbox Paper or Google Docs can indent a sub-list eight or more
// spaces past its item. CommonMark, and so GitHub, shows it as a code block of "*   text" lines,
// and its words would be read as code: "Micheal will look into the cuDNN licence" would be no
// task. Inside a list item, an indented block that opens with a list item is read as that list;
// the parse records where, for a warning.

import type { MarkdownIt, StateBlock } from "markdown-it";

export interface OverindentEnv {
  [key: string | symbol]: unknown;
  /** 0-based body lines where a list indented as code was read as a list. */
  overindentedLines?: number[];
}

/** A list item with words: "*   Micheal will look into ...", "2. Ship it". */
const LIST_ITEM = /^(?:[*+-]|\d{1,9}[.)])[ \t]+\S/;

function overindentedList(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  // Outside a list, four spaces are how Markdown writes code, and authors mean it.
  if (silent || state.parentType !== "list" || state.sCount[startLine]! - state.blkIndent < 4) return false;
  const start = state.bMarks[startLine]! + state.tShift[startLine]!;
  if (!LIST_ITEM.test(state.src.slice(start, state.eMarks[startLine]))) return false;
  ((state.env as OverindentEnv).overindentedLines ??= []).push(startLine);
  // markdown-it's tokenizer reads blocks at this indent and stops at the first line outdented past it.
  const blkIndent = state.blkIndent;
  state.blkIndent = state.sCount[startLine]!;
  state.md.block.tokenize(state, startLine, endLine);
  state.blkIndent = blkIndent;
  return true;
}

export function overindentedLists(md: MarkdownIt): void {
  md.block.ruler.before("code", "overindented_list", overindentedList);
}

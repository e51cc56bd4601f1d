// Authors steer the extraction with Markdown that still reads well on GitHub: HTML comments such
// as `<!-- not a decision -->` (invisible there and here) and `{#my-id}` after a sentence to fix
// a decision's anchor. Comments never reach the page, so nothing hidden in them can run.

import type { MarkdownIt, StateBlock, StateInline } from "markdown-it";

export const COMMENT = "note_comment";
export const EXPLICIT_ID = "explicit_id";

/** Valid as an HTML id and in a URL fragment without escaping. */
export const EXPLICIT_ID_PATTERN = /^\{#([A-Za-z][A-Za-z0-9_-]{0,79})\}/;

const lastSearch = new WeakMap<StateBlock | StateInline, { from: number; at: number }>();

/**
 * The first `-->` at or after `from`. The last search's answer still holds when it started
 * earlier and found nothing before `from`: a note of many unclosed `<!--` is searched once, not
 * once per opening.
 */
function commentEnd(state: StateBlock | StateInline, from: number): number {
  const last = lastSearch.get(state);
  if (last && last.from <= from && (last.at < 0 || last.at >= from)) return last.at;
  const at = state.src.indexOf("-->", from);
  lastSearch.set(state, { from, at });
  return at;
}

/** The first line in [from, to) that ends at or after `offset`, or `to`; line ends ascend. */
function lineEndingAfter(state: StateBlock, from: number, to: number, offset: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (state.eMarks[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function inlineComment(state: StateInline, silent: boolean): boolean {
  const { src, pos } = state;
  if (src.charCodeAt(pos) !== 0x3c || !src.startsWith("<!--", pos)) return false;
  const end = commentEnd(state, pos + 4);
  if (end < 0) return false;
  if (!silent) state.push(COMMENT, "", 0).content = src.slice(pos + 4, end).trim();
  state.pos = end + 3;
  return true;
}

function blockComment(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  const start = state.bMarks[startLine]! + state.tShift[startLine]!;
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  if (!state.src.startsWith("<!--", start)) return false;
  const close = commentEnd(state, start + 4);
  if (close < 0) return false;
  const line = lineEndingAfter(state, startLine, endLine, close);
  if (line >= endLine) return false;
  // Only a comment that ends its line is a block; `<!-- x --> text` is a paragraph.
  if (state.src.slice(close + 3, state.eMarks[line]).trim() !== "") return false;
  if (silent) return true;
  const token = state.push(COMMENT, "", 0);
  const raw = state.src.slice(start + 4, close);
  token.content = raw.trim();
  // The map is the comment's lines; its text begins past the blank lines after "<!--".
  token.map = [startLine + raw.slice(0, raw.length - raw.trimStart().length).split("\n").length - 1, line + 1];
  token.block = true;
  state.line = line + 1;
  return true;
}

function explicitId(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x7b) return false;
  const match = EXPLICIT_ID_PATTERN.exec(state.src.slice(state.pos, state.pos + 84));
  if (!match) return false;
  if (!silent) state.push(EXPLICIT_ID, "", 0).meta = { id: match[1] };
  state.pos += match[0].length;
  return true;
}

export function directives(md: MarkdownIt): void {
  md.block.ruler.before("paragraph", COMMENT, blockComment, { alt: ["paragraph"] });
  md.inline.ruler.before("text", COMMENT, inlineComment);
  md.inline.ruler.before("text", EXPLICIT_ID, explicitId);
  md.renderer.rules[COMMENT] = () => "";
  md.renderer.rules[EXPLICIT_ID] = () => "";
}

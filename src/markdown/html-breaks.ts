// Notes written on GitHub break lines inside table cells with `<br>`, the one tag GitHub's
// tables leave no other way to write. It becomes a line break; every other tag stays text
// (the notes come from anyone who opens a pull request).

import type { MarkdownIt, StateInline, Token } from "markdown-it";

/** `<br>`, `<br/>`, `<br />` on one line: a tag across lines would move every line number after it. */
const BREAK = /^<br[ \t]*\/?>/i;

function htmlBreak(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x3c /* < */) return false;
  const match = BREAK.exec(state.src.slice(state.pos, state.pos + 8));
  if (!match) return false;
  if (!silent) state.push("hardbreak", "br", 0).markup = match[0];
  state.pos += match[0].length;
  return true;
}

/** Whether a break token ends a line of the note's source: a `<br>` does not. */
export function endsSourceLine(token: Token): boolean {
  return token.type === "softbreak" || (token.type === "hardbreak" && !token.markup.startsWith("<"));
}

export function htmlBreaks(md: MarkdownIt): void {
  md.inline.ruler.before("html_inline", "html_break", htmlBreak);
}

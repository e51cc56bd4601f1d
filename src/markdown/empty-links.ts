// "[](https://github.com/rust-lang/rust/issues/57893)", as notes pasted from a rich editor leave
// them, is a link with nothing to read or click on the page and nothing for a screen reader to
// say. It shows its address, as a bare URL in a note does.

import type { MarkdownIt, StateCore } from "markdown-it";

const EMPTY_LINK = /\[\s*\]\(/;

function showAddress(state: StateCore): void {
  for (const block of state.tokens) {
    const children = block.children;
    if (block.type !== "inline" || !children) continue;
    for (let i = children.length - 2; i >= 0; i--) {
      const open = children[i]!;
      if (open.type !== "link_open") continue;
      const next = children[i + 1]!;
      const blank = next.type === "text" && next.content.trim() === "" && children[i + 2]?.type === "link_close";
      if (next.type !== "link_close" && !blank) continue;
      const text = new state.Token("text", "", 0);
      text.content = String(open.attrGet("href") ?? "");
      children.splice(i + 1, blank ? 1 : 0, text);
    }
  }
}

export function emptyLinks(md: MarkdownIt): void {
  // Only a note that writes "[](" or "[ ](" has one: the others skip the walk over their tokens.
  md.core.ruler.push("empty_links", (state) => {
    if (EMPTY_LINK.test(state.src)) showAddress(state);
  });
}

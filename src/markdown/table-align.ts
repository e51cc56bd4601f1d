// markdown-it aligns table columns with `style="text-align:..."`, which the site's
// Content-Security-Policy refuses (no inline style). The alignment becomes a class instead.

import type { MarkdownIt, StateCore } from "markdown-it";

const ALIGNMENT = /^text-align:(left|center|right)$/;

function alignByClass(state: StateCore): void {
  for (const token of state.tokens) {
    if (token.type !== "th_open" && token.type !== "td_open") continue;
    const align = ALIGNMENT.exec(String(token.attrGet("style") ?? ""))?.[1];
    token.attrs = (token.attrs ?? []).filter(([name]) => name !== "style");
    if (align) token.attrJoin("class", `align-${align}`);
  }
}

export function tableAlign(md: MarkdownIt): void {
  md.core.ruler.push("table_align", alignByClass);
}

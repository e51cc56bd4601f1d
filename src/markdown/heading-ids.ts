// Every heading gets a unique id and becomes a link to itself, as markdown-it-anchor's headerLink
// did. Ours runs in linear time: markdown-it-anchor looks each heading up again in the whole token
// list and retries suffixes from 1 for each repeated title, so a note of many headings took minutes.

import type { MarkdownIt, StateCore, Token } from "markdown-it";
import { slugify } from "./slugify.js";
import { uniqueId } from "./unique-id.js";

export interface HeadingIdsEnv {
  [key: string | symbol]: unknown;
  /** Ids already used on the page; every heading id made is added. */
  takenIds?: Set<string>;
}

function headingText(children: Token[]): string {
  return children
    .filter((t) => t.type === "text" || t.type === "code_inline")
    .map((t) => t.content)
    .join("");
}

function linkHeadings(state: StateCore): void {
  const env = state.env as HeadingIdsEnv;
  const taken = (env.takenIds ??= new Set());
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.type !== "heading_open") continue;
    const inline = tokens[i + 1]!;
    const children = inline.children ?? [];
    const id = uniqueId(slugify(headingText(children)) || "section", taken);
    tokens[i]!.attrSet("id", id);
    const open = new state.Token("link_open", "a", 1);
    open.attrs = [
      ["class", "heading-link"],
      ["href", `#${id}`],
    ];
    // The span keeps Safari's reader view from dropping the heading's text.
    inline.children = [open, new state.Token("span_open", "span", 1), ...children, new state.Token("span_close", "span", -1), new state.Token("link_close", "a", -1)];
  }
}

export function headingIds(md: MarkdownIt): void {
  md.core.ruler.push("heading_ids", linkHeadings);
}

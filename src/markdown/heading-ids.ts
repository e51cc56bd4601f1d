// Every heading gets a unique id and links to itself, as markdown-it-anchor did: the heading is
// the link, or, when it holds a link of its own (a link inside a link is invalid HTML), a "§"
// after it. Ours runs in linear time: markdown-it-anchor looks each heading up again in the
// whole token list and retries suffixes from 1 for each repeated title, so a note of many
// headings took minutes.

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
    inline.children = children.some((t) => t.type === "link_open") ? [...children, ...symbolLink(state, id)] : wrapInLink(state, id, children);
  }
}

function wrapInLink(state: StateCore, id: string, children: Token[]): Token[] {
  const open = new state.Token("link_open", "a", 1);
  open.attrs = [
    ["class", "heading-link"],
    ["href", `#${id}`],
  ];
  // The span keeps Safari's reader view from dropping the heading's text.
  return [open, new state.Token("span_open", "span", 1), ...children, new state.Token("span_close", "span", -1), new state.Token("link_close", "a", -1)];
}

function symbolLink(state: StateCore, id: string): Token[] {
  const space = new state.Token("text", "", 0);
  space.content = " ";
  const open = new state.Token("link_open", "a", 1);
  open.attrs = [
    ["class", "heading-link heading-link-symbol"],
    ["href", `#${id}`],
    ["aria-label", "Link to this section"],
  ];
  const symbol = new state.Token("html_inline", "", 0);
  symbol.content = "§";
  symbol.meta = { isPermalinkSymbol: true };
  return [space, open, symbol, new state.Token("link_close", "a", -1)];
}

export function headingIds(md: MarkdownIt): void {
  md.core.ruler.push("heading_ids", linkHeadings);
}

// Bold as notes use it to mark what a line is: an outcome set wholly in bold ("- **Ship 4.0 on
// Friday**") or a marker opening the line ("**Action** fix the links [ACB]"). Sentences'
// text has lost its emphasis, so these read the block's inline tokens.

import type { Token } from "markdown-it";
import type { Block } from "./walk.js";

function isBlank(token: Token): boolean {
  return token.type === "softbreak" || (token.type === "text" && token.content.trim() === "");
}

/**
 * Whether a list item is set wholly in one bold run: "- **Allow admin-usage prototype PRs**", not
 * "**A** and **B**", nor a link in bold ("- **[Join the call](https://...)**"), which is a link.
 */
export function whollyBold(block: Block): boolean {
  if (block.kind !== "item" || !block.itemStart || block.sentences.length === 0) return false;
  const children = block.inline.children ?? [];
  let first = 0;
  let last = children.length - 1;
  while (first <= last && isBlank(children[first]!)) first++;
  while (last >= first && isBlank(children[last]!)) last--;
  if (children[first]?.type !== "strong_open" || children[last]?.type !== "strong_close") return false;
  if (children[first + 1]?.type === "link_open" && children[last - 1]?.type === "link_close") return false;
  for (let i = first + 1; i < last; i++) if (children[i]!.type === "strong_open") return false;
  return true;
}

/** The text of the bold run a block opens with: "**Action** fix the links" -> "Action"; null when it opens otherwise. */
export function leadingBold(block: Block): string | null {
  const children = block.inline.children ?? [];
  let i = 0;
  while (i < children.length && isBlank(children[i]!)) i++;
  if (children[i]?.type !== "strong_open") return null;
  let text = "";
  for (i++; i < children.length && children[i]!.type !== "strong_close"; i++) text += children[i]!.content;
  return text;
}

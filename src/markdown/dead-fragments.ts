// A note's link to "#issuecomment-474158350" or "#heading=h.axfnk89cjoo1", copied with its text
// from the GitHub or Google Docs page the notes were taken on, leads nowhere on the meeting page:
// no heading or decision of the note has that id. It shows as its words, and the build says where.

import type { Token } from "markdown-it";

/**
 * Unlinks every link to a fragment that no element of the page has (`ids`: its headings',
 * decisions' and own ids); gives each one's fragment and line, 0-based in the note's body.
 */
export function unlinkDeadFragments(tokens: readonly Token[], ids: ReadonlySet<string>): Array<{ fragment: string; line: number }> {
  const dead: Array<{ fragment: string; line: number }> = [];
  for (const block of tokens) {
    const children = block.children;
    if (block.type !== "inline" || !children || !block.content.includes("#")) continue;
    let line = block.map?.[0] ?? 0;
    let open: Token | null = null;
    for (const child of children) {
      if (child.type === "softbreak" || child.type === "hardbreak") line++;
      else if (child.type === "link_close" && open) {
        child.hidden = true;
        open = null;
      } else if (child.type === "link_open") {
        const href = String(child.attrGet("href") ?? "");
        if (!href.startsWith("#") || ids.has(fragmentId(href))) continue;
        child.hidden = true;
        open = child;
        dead.push({ fragment: href, line });
      }
    }
  }
  return dead;
}

/** The id a fragment names: markdown-it percent-encodes what the note wrote. */
function fragmentId(href: string): string {
  try {
    return decodeURIComponent(href.slice(1));
  } catch {
    return href.slice(1);
  }
}

// Relative links in a note were written for the repository it came from. A link to another note
// goes to that meeting's page; any other relative link would be broken here, so it becomes text.

import path from "node:path";
import type { MarkdownIt } from "markdown-it";
import type { Token } from "markdown-it";

export interface NoteEnv {
  [key: string | symbol]: unknown;
  /** The note's path relative to the notes folder. */
  source?: string;
  /** Meeting page URL of every note, by source path. */
  noteUrls?: NoteUrls;
}

/** Finds a note's meeting page URL by its source path. */
export type NoteUrls = Pick<ReadonlyMap<string, string>, "get">;

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
/** The first URL in an address that only wraps one, up to the bracket closing it. */
const PASTED_URL = /(?<=^(?:%5B|\[|\())https?:\/\/[^\s()<>[\]]+?(?=%5D|\]|\)|$)/i;

function localTarget(href: string, env: NoteEnv): string | null {
  const [target = "", fragment] = href.split("#", 2);
  let file: string;
  try {
    file = path.posix.normalize(path.posix.join(path.posix.dirname(env.source ?? ""), decodeURI(target)));
  } catch {
    return null;
  }
  const url = env.noteUrls?.get(file);
  return url ? url + (fragment ? `#${fragment}` : "") : null;
}

export function localLinks(md: MarkdownIt): void {
  md.core.ruler.after("linkify", "local_links", (state) => {
    const env = state.env as NoteEnv;
    for (const block of state.tokens) {
      if (block.type !== "inline" || !block.children) continue;
      const kept: Token[] = [];
      const dropped: boolean[] = [];
      for (const child of block.children) {
        if (child.type === "link_close") {
          if (!dropped.pop()) kept.push(child);
          continue;
        }
        if (child.type === "link_open") {
          const href = String(child.attrGet("href") ?? "");
          if (href.startsWith("//")) child.attrSet("href", `https:${href}`);
          else if (!HAS_SCHEME.test(href) && !href.startsWith("#")) {
            // A link pasted whole into a link's address: "[#785]([https://github.com/o/r/issues/785](https://...))".
            const target = localTarget(href, env) ?? PASTED_URL.exec(href)?.[0] ?? null;
            if (target) child.attrSet("href", target);
            else {
              dropped.push(true);
              continue;
            }
          }
          dropped.push(false);
        }
        if (child.type === "image" && !HAS_SCHEME.test(String(child.attrGet("src") ?? ""))) {
          // A relative image was never copied here; show its description instead.
          const alt = new state.Token("text", "", 0);
          alt.content = child.content;
          kept.push(alt);
          continue;
        }
        kept.push(child);
      }
      block.children = kept;
    }
  });
}

// The one markdown-it instance: Eleventy renders with it and the parser extracts from its tokens,
// so heading ids, references and decision anchors agree everywhere.

import MarkdownIt, { type MarkdownIt as MarkdownItInstance } from "markdown-it";
import { directives } from "./directives.js";
import { headingIds } from "./heading-ids.js";
import { localLinks } from "./local-links.js";
import { nestingLimit } from "./nesting-limit.js";
import { references } from "./references.js";
import { isSafeUrl } from "./safe-url.js";
import { tableAlign } from "./table-align.js";
import type { TokenClass } from "./sentence-tokens.js";

export interface MarkdownOptions {
  /** `owner/name` for short references such as `#123`. */
  defaultRepo: string;
  /** Turns a site path ("/people/x/") into a URL under the site's path prefix. */
  url: (path: string) => string;
}

export interface NoteMarkdown {
  md: MarkdownItInstance;
  Token: TokenClass;
}

export function createMarkdown(options: MarkdownOptions): NoteMarkdown {
  // Raw HTML is shown as text: notes come from anyone who opens a pull request.
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
  md.linkify.set({ fuzzyLink: false, fuzzyEmail: false });
  md.validateLink = isSafeUrl;
  md.use(nestingLimit)
    .use(directives)
    .use(localLinks)
    .use(references, {
      defaultRepo: options.defaultRepo,
      personUrl: (handle: string) => options.url(`/people/${encodeURIComponent(handle.toLowerCase())}/`),
    })
    .use(headingIds)
    .use(tableAlign);
  md.renderer.rules.decision_open = (tokens, idx) => {
    const token = tokens[idx]!;
    return `<span${md.renderer.renderAttrs(token)}>`;
  };
  md.renderer.rules.decision_close = () => "</span>";
  return { md, Token: MarkdownIt.Token };
}

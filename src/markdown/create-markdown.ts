// The one markdown-it instance: Eleventy renders with it and the parser extracts from its tokens,
// so heading ids, references and decision anchors agree everywhere.

import MarkdownIt, { type MarkdownIt as MarkdownItInstance } from "markdown-it";
import anchor from "markdown-it-anchor";
import { directives } from "./directives.js";
import { localLinks } from "./local-links.js";
import { references } from "./references.js";
import { isSafeUrl } from "./safe-url.js";
import { slugify } from "./slugify.js";
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
  // Without fuzzy links, every link linkify finds is "//..." (http:, https:, ftp: and bare //)
  // or "mailto:..."; text with neither skips its costly search, which otherwise runs on every
  // text token (and notes write "Recording:", "TODO:", "Next steps:" everywhere).
  const test = md.linkify.test.bind(md.linkify);
  md.linkify.test = (text: string) => (text.includes("//") || /mailto:/i.test(text)) && test(text);
  md.validateLink = isSafeUrl;
  md.use(directives)
    .use(localLinks)
    .use(references, {
      defaultRepo: options.defaultRepo,
      personUrl: (handle: string) => options.url(`/people/${encodeURIComponent(handle.toLowerCase())}/`),
    })
    .use(anchor, {
      slugify: (s: string) => slugify(s) || "section",
      tabIndex: false,
      permalink: anchor.permalink.headerLink({ safariReaderFix: true, class: "heading-link" }),
    });
  md.renderer.rules.decision_open = (tokens, idx) => {
    const token = tokens[idx]!;
    return `<span${md.renderer.renderAttrs(token)}>`;
  };
  md.renderer.rules.decision_close = () => "</span>";
  return { md, Token: MarkdownIt.Token };
}

// The one markdown-it instance: Eleventy renders with it and the parser extracts from its tokens,
// so heading ids, references and decision anchors agree everywhere.

import MarkdownIt, { type MarkdownIt as MarkdownItInstance, type Token } from "markdown-it";
import { directives } from "./directives.js";
import { emptyLinks } from "./empty-links.js";
import { headingIds } from "./heading-ids.js";
import { htmlBreaks } from "./html-breaks.js";
import { linkNormalization } from "./link-normalization.js";
import { localLinks } from "./local-links.js";
import { nestingLimit } from "./nesting-limit.js";
import { overindentedLists } from "./overindented-lists.js";
import { references } from "./references.js";
import { personPath, personSlug } from "../site/person-path.js";
import { isSafeUrl } from "./safe-url.js";
import { tableAlign } from "./table-align.js";
import type { TokenClass } from "./sentence-tokens.js";

const MAILTO = /mailto:/i;

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

/**
 * A heading's tokens without its permalink, for showing its words on another page (an action
 * item written as a heading), where the link to the heading's id would lead nowhere.
 */
export function withoutPermalink(tokens: Token[]): Token[] {
  const kept: Token[] = [];
  let skipping = false;
  for (const token of tokens) {
    const permalinkOpen = token.type === "link_open" && String(token.attrGet("class") ?? "").split(" ").includes("heading-link");
    if (permalinkOpen) skipping = true;
    else if (skipping && token.type === "link_close") skipping = false;
    else if (!skipping && !(token.type === "html_inline" && (token.meta as { isPermalinkSymbol?: boolean } | null)?.isPermalinkSymbol)) kept.push(token);
    // The words of a heading that is a link to itself are inside the link: keep them.
    else if (skipping && !["html_inline", "span_open", "span_close"].includes(token.type)) kept.push(token);
  }
  return kept;
}

export function createMarkdown(options: MarkdownOptions): NoteMarkdown {
  // Raw HTML is shown as text: notes come from anyone who opens a pull request.
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
  md.linkify.set({ fuzzyLink: false, fuzzyEmail: false });
  // Without fuzzy links, every link linkify finds is "//..." (http:, https:, ftp: and bare //)
  // or "mailto:..."; text with neither skips its costly searches, which otherwise run on every
  // text token (and notes write "Recording:", "TODO:", "Next steps:" everywhere). Its pretest
  // would pass any "@handle" to them, through a pattern of every Unicode punctuation mark.
  // (A colon first: it is in every "mailto:", and finding one costs a third of the pattern.)
  const mayLink = (text: string) => text.includes("//") || (text.includes(":") && MAILTO.test(text));
  const test = md.linkify.test.bind(md.linkify);
  md.linkify.pretest = mayLink;
  md.linkify.test = (text: string) => mayLink(text) && test(text);
  // linkify-it's own "http:" rule (also "https:" and "ftp:") runs its pattern over the rest of
  // the text twice, test() and then match(), for every URL a note writes; one exec() gives the
  // same answer. The pattern is linkify-it 5's, kept where it keeps it (compiled on first use).
  md.linkify.add("http:", {
    validate: (text, pos, self) => {
      const re = self.re as unknown as Record<string, string> & { http?: RegExp };
      re.http ??= new RegExp(`^\\/\\/${re.src_auth}${re.src_host_port_strict}${re.src_path}`, "i");
      return re.http.exec(text.slice(pos))?.[0].length ?? 0;
    },
  });
  md.validateLink = isSafeUrl;
  md.use(linkNormalization);
  // markdown-it's first rule copies the whole text to replace its line ends ("\n" by "\n" too)
  // and NULs. A note read by decode.ts has neither "\r" nor NUL left, so only text with one is
  // copied; the replacements are markdown-it's own.
  md.core.ruler.at("normalize", (state) => {
    if (state.src.includes("\r") || state.src.includes("\0")) state.src = state.src.replace(/\r\n?|\n/g, "\n").replace(/\0/g, "\uFFFD");
  });
  md.use(nestingLimit)
    .use(overindentedLists)
    .use(directives)
    .use(localLinks)
    .use(references, {
      defaultRepo: options.defaultRepo,
      personUrl: (handle: string) => options.url(personPath(personSlug(handle))),
    })
    .use(headingIds)
    .use(htmlBreaks)
    .use(tableAlign)
    .use(emptyLinks);
  md.renderer.rules.decision_open = (tokens, idx) => {
    const token = tokens[idx]!;
    return `<span${md.renderer.renderAttrs(token)}>`;
  };
  md.renderer.rules.decision_close = () => "</span>";
  return { md, Token: md.core.State.prototype.Token };
}

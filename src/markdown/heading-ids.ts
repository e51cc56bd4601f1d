// Heading ids and permalinks come from markdown-it-anchor with our slugify. The ids are made
// unique here, against every id the page already uses (registered decisions, the page's own
// ids), so markdown-it-anchor never retries suffixes: it retries from 1 for each repeated title,
// which made a note of thousands of identical headings quadratic.

import anchor from "markdown-it-anchor";
import type { MarkdownIt } from "markdown-it";
import { narrow } from "../render/html.js";
import { slugify } from "./slugify.js";
import { uniqueId } from "./unique-id.js";

export interface HeadingIdsEnv {
  [key: string | symbol]: unknown;
  /** Ids already used on the page; every heading id made is added. */
  takenIds?: Set<string>;
}

const wrapHeading = anchor.permalink.headerLink({ safariReaderFix: true, class: "heading-link" });
const linkAfterText = anchor.permalink.linkInsideHeader({
  class: "heading-link heading-link-symbol",
  symbol: "§",
  renderAttrs: () => ({ "aria-label": "Link to this section" }),
});

// A heading is a link to itself, unless it holds a link of its own ("## File Events [pr6663](...)"):
// a link inside a link is invalid HTML and two nested targets for a click, so it gets a "§" after it.
const headingPermalink: typeof wrapHeading = (slug, options, state, index) => {
  const inline = state.tokens[index + 1]?.children ?? [];
  (inline.some((token) => token.type === "link_open") ? linkAfterText : wrapHeading)(slug, options, state, index);
};

export function headingIds(md: MarkdownIt): void {
  md.use(anchor, {
    slugifyWithState: (title: string, { env }: { env: HeadingIdsEnv }) => {
      // Narrowed: markdown-it-anchor records the id as a property name, which V8 keeps as the
      // one copy of that text for the whole build. Cut from a note with a character past
      // Latin-1, it is two-byte, and made the HTML of every later note with that id two-byte too.
      return uniqueId(narrow(slugify(title) || "section"), (env.takenIds ??= new Set()));
    },
    tabIndex: false,
    permalink: headingPermalink,
  });
  // markdown-it-anchor records each note's slugs as the properties of a fresh `{}`: every new
  // name grew V8's shared tree of object shapes, which made recording them slower with every
  // note. An object made with a null prototype is a plain dictionary from the start. (The ids
  // are already unique, so the record never changes one.)
  md.core.ruler.before("anchor", "anchor_slugs", (state) => {
    state.env.markdownItAnchor = { slugs: Object.create(null) };
  });
  // A heading with no words ("## " alone, as exports leave between sections) would be an empty
  // <h2> and a link with nothing to read: nothing a reader can use, and invalid for screen readers.
  md.core.ruler.before("anchor", "empty_headings", (state) => {
    const tokens = state.tokens;
    for (let i = tokens.length - 3; i >= 0; i--) {
      if (tokens[i]!.type === "heading_open" && tokens[i + 1]!.content.trim() === "") tokens.splice(i, 3);
    }
  });
}

// GitHub links short references (#6280, PR 7048, osquery/foundation#15) and @mentions in issues
// and comments, but not in repository files. This core rule turns them into links, and tags every
// link to an issue or person so the extractors find them in the token stream.

import type { MarkdownIt } from "markdown-it";
import type { StateCore, Token } from "markdown-it";
import { type GithubRef, githubUrl, parseGithubUrl } from "../extract/github-ref.js";

export interface ReferencesOptions {
  /** `owner/name` that `#123` and `PR 123` refer to. */
  defaultRepo: string;
  /** Where a person's page is, given the handle without `@`. */
  personUrl: (handle: string) => string;
}

export interface LinkMeta {
  issue?: GithubRef;
  person?: string;
}

const REFERENCE = new RegExp(
  [
    // owner/repo#123 or #123
    String.raw`(?<![\p{L}\p{N}_/#@.&-])(?:(?<owner>[A-Za-z0-9][A-Za-z0-9-]*)\/(?!\.\.?#)(?<name>[A-Za-z0-9._-]+))?#(?<hashNumber>[0-9]{1,7})(?![\p{L}\p{N}_])`,
    // PR 7048, pull request #12, issue 5702
    String.raw`(?<![\p{L}\p{N}_])(?<keyword>PRs?|pull requests?|issues?)\s?#?(?<wordNumber>[0-9]{1,7})(?![\p{L}\p{N}_]|[.,][0-9])`,
    // @handle, not an e-mail address or a path
    String.raw`(?<![\p{L}\p{N}_./@-])@(?<handle>[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})(?![\p{L}\p{N}_@])`,
  ].join("|"),
  "giu",
);

/** What every match of REFERENCE contains (same flags, so "ſ" folds alike); a cheap test that skips most text. */
const MAY_REFERENCE = /[#@]|(?:prs?|requests?|issues?)\s?#?[0-9]/iu;
/**
 * What every match of MAY_REFERENCE contains: "#", "@" or a digit. Five of six text tokens have
 * none, and this class is tested in half the time of MAY_REFERENCE's case-folded words.
 */
const HASH_AT_OR_DIGIT = /[#@0-9]/;

function referenceAt(match: RegExpExecArray, defaultRepo: string): LinkMeta {
  const g = match.groups ?? {};
  if (g.handle) return { person: `@${g.handle}` };
  if (g.hashNumber) {
    const repo = g.owner && g.name ? `${g.owner}/${g.name}`.toLowerCase() : defaultRepo;
    return { issue: { repo, type: "issues", number: Number(g.hashNumber) } };
  }
  const type = /^p/i.test(g.keyword ?? "") ? "pull" : "issues";
  return { issue: { repo: defaultRepo, type, number: Number(g.wordNumber) } };
}

function linkTokens(state: StateCore, meta: LinkMeta, label: string, href: string, level: number): Token[] {
  const open = new state.Token("link_open", "a", 1);
  open.attrs = [["href", href]];
  open.meta = meta as Record<string, unknown>;
  open.level = level;
  open.markup = "reference";
  const text = new state.Token("text", "", 0);
  text.content = label;
  text.level = level + 1;
  const close = new state.Token("link_close", "a", -1);
  close.level = level;
  close.markup = "reference";
  return [open, text, close];
}

function splitText(state: StateCore, token: Token, options: ReferencesOptions): Token[] | null {
  const content = token.content;
  if (!HASH_AT_OR_DIGIT.test(content) || !MAY_REFERENCE.test(content)) return null;
  REFERENCE.lastIndex = 0;
  const out: Token[] = [];
  let last = 0;
  for (let match = REFERENCE.exec(content); match; match = REFERENCE.exec(content)) {
    const meta = referenceAt(match, options.defaultRepo);
    const href = meta.issue ? githubUrl(meta.issue) : options.personUrl((meta.person ?? "").slice(1));
    if (match.index > last) {
      const before = new state.Token("text", "", 0);
      before.content = content.slice(last, match.index);
      before.level = token.level;
      out.push(before);
    }
    out.push(...linkTokens(state, meta, match[0], href, token.level));
    last = match.index + match[0].length;
  }
  if (out.length === 0) return null;
  if (last < content.length) {
    const after = new state.Token("text", "", 0);
    after.content = content.slice(last);
    after.level = token.level;
    out.push(after);
  }
  return out;
}

/** Tags a link to an issue with it; false if it links none. */
function tagLink(token: Token): boolean {
  const ref = parseGithubUrl(String(token.attrGet("href") ?? ""));
  if (ref) token.meta = { ...(token.meta ?? {}), issue: ref };
  return ref !== null;
}

export function references(md: MarkdownIt, options: ReferencesOptions): void {
  md.core.ruler.after("text_join", "references", (state) => {
    for (const block of state.tokens) {
      if (block.type !== "inline" || !block.children) continue;
      const children: Token[] = [];
      let linkDepth = 0;
      // A link to elsewhere whose text is an issue's URL, as notes pasted from Google Docs write
      // "[https://github.com/o/r/pull/864](https://www.google.com/url?q=...)": the note names the issue.
      let untagged: Token | null = null;
      for (const child of block.children) {
        if (child.type === "link_open") {
          linkDepth++;
          untagged = tagLink(child) ? null : child;
        } else if (child.type === "link_close") {
          linkDepth--;
          untagged = null;
        } else if (child.type === "text" && untagged) {
          const ref = parseGithubUrl(child.content.trim());
          if (ref) untagged.meta = { ...(untagged.meta ?? {}), issue: ref };
          untagged = null;
        } else if (child.type === "text" && linkDepth === 0) {
          const split = splitText(state, child, options);
          if (split) {
            // One by one: spreading tens of thousands of tokens into push() overflows the stack.
            for (const token of split) children.push(token);
            continue;
          }
        }
        children.push(child);
      }
      block.children = children;
    }
  });
}

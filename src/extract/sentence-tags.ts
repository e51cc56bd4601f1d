// Tags an author writes to say what a sentence is: "Alexandru R - set up the home page [decision]
// [todo]", "[decision] We ship on Friday", "Rebuild JIRA (todo)". Notes exported from Google Docs escape the brackets
// (`\[todo\]`), which reads the same once rendered.

export type TagKind = "decision" | "task";

const KINDS: ReadonlyArray<readonly [RegExp, TagKind]> = [
  [/^(?:decision|decided|agreed|resolved|resolution)$/i, "decision"],
  [/^(?:todo|to-do|action|action item|ai)$/i, "task"],
];
/** Bracketed words closing a sentence, one to four: " [decision] [todo]", " (todo)". */
const CLOSING_TAGS = /(?:\s*(?:\[\p{L}[\p{L} -]{0,18}\]|\(\p{L}[\p{L} -]{0,18}\))){1,4}\s*[.!]?$/u;
/** Enough of a sentence's end to hold four tags: searching the whole of a long run of brackets would be quadratic. */
const TAIL = 100;
const OPENING_TAG = /^\[(\p{L}[\p{L} -]{0,18})\]\s*/u;
const TAG = /[[(]([^\])]+)[\])]/g;

export interface Tagged {
  kinds: ReadonlySet<TagKind>;
  /** The sentence without its tags. */
  rest: string;
}

function kindsOf(tags: string[]): Set<TagKind> {
  const kinds = new Set<TagKind>();
  for (const tag of tags) for (const [pattern, kind] of KINDS) if (pattern.test(tag.trim())) kinds.add(kind);
  return kinds;
}

/** Whether `text` ends with "]" or ")", but for spaces and a full stop: only then can it close with tags. */
function closesWithBracket(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "." || text[i] === "!")) i--;
  return text[i] === "]" || text[i] === ")";
}

/**
 * What the tags opening or closing `text` mark it as, and its words without them; null if no tag
 * there marks a decision or a task (a sentence that mentions one, "See below for the [todo]
 * markers", has none).
 */
export function sentenceTags(text: string): Tagged | null {
  const closes = closesWithBracket(text);
  if (!closes && !text.startsWith("[")) return null;
  const from = Math.max(0, text.length - TAIL);
  const closing = closes ? CLOSING_TAGS.exec(text.slice(from)) : null;
  if (closing) {
    const kinds = kindsOf([...closing[0].matchAll(TAG)].map((m) => m[1]!));
    const rest = text.slice(0, from + closing.index).trim();
    // Only tags, as a legend of them writes: "[todo] [decision]".
    if (!rest) return null;
    if (kinds.size > 0) return { kinds, rest };
  }
  const opening = OPENING_TAG.exec(text);
  if (opening) {
    const kinds = kindsOf([opening[1]!]);
    const rest = text.slice(opening[0].length).trim();
    if (kinds.size > 0 && rest) return { kinds, rest };
  }
  return null;
}

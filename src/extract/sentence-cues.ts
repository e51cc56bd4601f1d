// What the decision and action extractors both ask of a sentence: its plain words, whether it
// asks something, and where its clauses start (a commitment often follows a comma or a dash:
// "When CPack works, we should remove the old scripts", "... we label -- Mike will do this").

import { isWhiteSpace } from "./white-space.js";

const TO_CLEAN = /[’‘“”´*`_]|\s\s|(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.\s/;

/** Whether `text` has anything plainWords removes or replaces; if not, neither has any part of it. */
export function hasMarksToClean(text: string): boolean {
  return TO_CLEAN.test(text);
}

/**
 * `text` with emphasis marks, typographic quotes, extra spaces and the titles before names removed:
 * a sentence's words as the extractors read them. "Mr. Mertic will send it" names its owner as "Mertic".
 */
export function plainWords(text: string): string {
  if (!TO_CLEAN.test(text)) return text;
  // "let´s", "can´t": an acute accent typed for an apostrophe.
  return text
    .replace(/[’‘]|(?<=\p{L})´(?=\p{L})/gu, "'")
    .replace(/[“”]/g, '"')
    .replace(/[*`]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.\s+(?=\p{Lu})/gu, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Asked with a question mark, or in a question's word order: "Do we want to just stream events, ...", "any problem with the recommendations, ..." */
const ASKED = /^(?:do|does|did|should|shall|can|could|would|will|are|is|was|were|have|has)\s+(?:we|you|they|it|this|that|these|there|anyone|someone|i)\b|^any\s+(?:problems?|objections?|concerns?|issues?|comments?|thoughts?|questions?|feedback)\s+(?:with|on|about|to|for)\b/i;

/** Whether `text` ends in a question mark, perhaps followed by white space, quotes, brackets, "!" or a dash ("no objections? -"). */
function endsInQuestionMark(text: string): boolean {
  // From the end: a search for /\?[\s"')\]!]*$/ would try every position of the text.
  for (let i = text.length - 1; i >= 0; i--) {
    const code = text.charCodeAt(i);
    if (code === 0x3f) return true;
    if (!isWhiteSpace(code) && code !== 0x22 && code !== 0x27 && code !== 0x29 && code !== 0x5d && code !== 0x21 && code !== 0x2d && code !== 0x2013 && code !== 0x2014) return false;
  }
  return false;
}

/** "Consensus on location?", "Should we ship these at all?", "Do we want to X, that gets away from Y" */
export function isQuestion(text: string): boolean {
  return endsInQuestionMark(text) || ASKED.test(text);
}

// " so " opens a clause of its own even without a comma: "only four were present so Alan will initiate a vote";
// an arrow leads to what came of it: "unclear how it would work > Joost will ask the province".
const CLAUSE_BREAK = /\s+(?:--|-|—|–|->|=>|>|→)\s+|;\s+|:\s+|,\s+|\s+\(|\s(?=so\s)/g;

/** The sentence from each clause start to its end: the whole sentence first. */
export function clauseTails(text: string): string[] {
  const tails = [text];
  // exec on the one compiled regex: matchAll would copy it on every call.
  CLAUSE_BREAK.lastIndex = 0;
  for (let match = CLAUSE_BREAK.exec(text); match; match = CLAUSE_BREAK.exec(text)) tails.push(text.slice(match.index + match[0].length));
  return tails;
}

/** Words that open a clause without changing who acts: "So, ", "But then ", "For now ", "Next Monday ". */
const WHEN_NEXT = String.raw`(?:(?:next|this|on|later this|by)\s+(?:week|month)|(?:(?:next|this|on|later this|by)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tomorrow|today|tonight|later today|after the (?:meeting|call)|in the next few (?:days|weeks))`;
const CONNECTIVE = String.raw`(?:(?:so|then|and|but|or|also|instead|therefore|thus|hence|however|ultimately|finally|first|second|meanwhile|still|now|right now|for now|currently|otherwise|until then|in the meantime|in the interim|going forward|ok|okay|yes|no|${WHEN_NEXT})\b,?\s+)*`;
const LEADING_CONNECTIVE = new RegExp(`^[([]?\\s*${CONNECTIVE}`, "i");

/** A clause without its opening bracket and connectives: "(So, Teddy will ..." -> "Teddy will ...", "[@zcbenz to update spec]" -> "@zcbenz to ...". */
export function stripConnective(clause: string): string {
  return clause.replace(LEADING_CONNECTIVE, "");
}

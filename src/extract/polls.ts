// A poll the minutes take, and its count after it: "**POLL:** Change the constructor to take the
// value", then "| SF | F | N | A | SA |" with its numbers, or "SF: 6 / F: 1 / N: 0 ...", or
// "[unanimous consent]". A poll that passed is the meeting's decision; one that did not, none.

import type { Block } from "./walk.js";

/** A line that puts a question to a poll: "POLL: ...", "Straw poll: ...", "Poll to send the spec to CR". */
export const POLL = /^(?:straw\s+)?poll\b\s*(?::|to\b|on\b)/i;
const FOR = /^(?:sf|f|for|yes|in favou?r|strongly for|\+1)$/i;
const AGAINST = /^(?:a|sa|against|no|strongly against|-1)$/i;
const NEUTRAL = /^(?:n|neutral|abstain(?:ed)?|abstentions?|0)$/i;
/** "SF: 6", "Against = 0", "For: 12" (a letter alone only in capitals). */
const COUNT = /(?<![\p{L}\p{N}])(SF|F|N|A|SA|[Ff]or|[Aa]gainst|[Nn]eutral|[Aa]bstain(?:ed)?|[Yy]es|[Nn]o)\s*[:=]\s*(\d+)(?![\p{L}\p{N}])/gu;
/** The meeting's assent, with no count: "[unanimous consent]", "(no objections)". */
const CONSENT = /^[[(]?(?:unanimous(?:\s+consent)?|unanimously|(?:general|broad)\s+agreement|no objections?|consensus|approved|passed|adopted|carried)[\])]?\s*[.!]*$/i;

/** How many blocks after a poll its count may take: a table of five columns is ten cells. */
const REACH = 14;

/**
 * Where the count of the poll in blocks[at] ends, if the poll passed (more votes for than against,
 * or the meeting's assent); -1 if it did not, or has no count.
 */
export function pollPassed(blocks: readonly Block[], at: number): number {
  let inFavour = 0;
  let against = 0;
  let counted = false;
  const count = (label: string, votes: number) => {
    if (FOR.test(label)) inFavour += votes;
    else if (AGAINST.test(label)) against += votes;
    else if (!NEUTRAL.test(label)) return;
    counted = true;
  };
  let end = at;
  for (let b = at + 1; b < blocks.length && b <= at + REACH; b++) {
    const block = blocks[b]!;
    const text = block.text.trim();
    if (block.kind === "cell") {
      // The header row names the votes; the row under it counts them.
      const place = block.table;
      if (place?.row === 1 && /^\d+$/.test(text)) count(place.of.rows[0]![place.column]?.text.trim() ?? "", Number(text));
      end = b;
      continue;
    }
    if (block.kind === "heading" || counted) break;
    if (CONSENT.test(text)) return b;
    const counts = [...text.matchAll(COUNT)];
    if (counts.length === 0) break;
    for (const [, label, votes] of counts) count(label!, Number(votes));
    end = b;
  }
  return counted && inFavour > against ? end : -1;
}

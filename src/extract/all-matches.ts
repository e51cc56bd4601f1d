// Every match of a global pattern, found with exec on the pattern itself: String.prototype.matchAll
// copies the regex on every call, which costs more than the search itself in a short sentence.

/** The matches `[...text.matchAll(pattern)]` gives, for a global `pattern` that never matches the empty string. */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) matches.push(match);
  return matches;
}

/**
 * The first match at or after `from` in `text` of the alternation of `parts` (global patterns, in
 * their order): the leftmost match of any part, and of those at one place, the earliest part's,
 * which is the match one pattern `(?:part1|part2|...)` finds there.
 */
export function firstOf(parts: readonly RegExp[], text: string, from: number): RegExpExecArray | null {
  let first: RegExpExecArray | null = null;
  for (const part of parts) {
    part.lastIndex = from;
    const match = part.exec(text);
    // Strictly before: at one place the earlier part wins, as in an alternation.
    if (match && (first === null || match.index < first.index)) first = match;
    if (first?.index === from) break;
  }
  return first;
}

// Every match of a global pattern, found with exec on the pattern itself: String.prototype.matchAll
// copies the regex on every call, which costs more than the search itself in a short sentence.

/** The matches `[...text.matchAll(pattern)]` gives, for a global `pattern` that never matches the empty string. */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) matches.push(match);
  return matches;
}

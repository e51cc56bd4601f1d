// Strings a Meeting keeps for the whole build are made independent of the strings they were cut
// from or built of. V8 keeps a long substring as a view of the whole string (a decision's text
// would keep its entire note alive), and a string built by appending (markdown-it's HTML) as a
// tree of its pieces, several times its size. A concatenation, once sliced, is a flat copy.

/** The same text, as a flat string of its own. */
export function detach(text: string): string {
  return ` ${text}`.slice(1);
}

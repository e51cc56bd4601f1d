// What JavaScript counts as white space (`\s` in a pattern, what String.prototype.trim removes),
// tested by character code: the walk trims sentences by offsets and a question mark is looked
// for from the end, without a regex call or a string per character.

/** Whether `code` is white space or a line terminator, exactly the characters `\s` matches. */
export function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0x1680) return code === 0xa0;
  return code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

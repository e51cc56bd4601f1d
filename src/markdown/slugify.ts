// One slug function for heading ids and decision ids, so both look alike and never clash in form.

const MAX_SLUG_LENGTH = 64;
const ASCII = /^[\x00-\x7f]*$/;

/**
 * The slug of ASCII text, by one pass over its characters: every heading and decision of every
 * note gets one, most are ASCII, and the patterns of the general rule cost three times as much.
 * A word is a run of letters, digits and apostrophes; the apostrophes are dropped.
 */
function asciiSlug(lower: string): string {
  let slug = "";
  let start = -1;
  let apostrophe = false;
  for (let i = 0; i <= lower.length; i++) {
    const code = i < lower.length ? lower.charCodeAt(i) : 0x20;
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x27) {
      if (start < 0) start = i;
      apostrophe ||= code === 0x27;
      continue;
    }
    if (start < 0) continue;
    const word = apostrophe ? lower.slice(start, i).replaceAll("'", "") : lower.slice(start, i);
    if (word) slug = slug ? `${slug}-${word}` : word;
    start = -1;
    apostrophe = false;
  }
  return slug;
}

/**
 * Lower-case words joined by `-`; letters of any script are kept, accents dropped.
 * @example slugify("We **will** merge the toolchain!") === "we-will-merge-the-toolchain"
 */
export function slugify(text: string): string {
  const slug = ASCII.test(text)
    ? asciiSlug(text.toLowerCase())
    : text
        .normalize("NFKD")
        .replace(/\p{M}+/gu, "")
        .toLowerCase()
        .replace(/['’]/g, "")
        .replace(/[^\p{L}\p{N}]+/gu, "-")
        .replace(/^-+|-+$/g, "");
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH);
  const lastDash = cut.lastIndexOf("-");
  return lastDash > MAX_SLUG_LENGTH / 2 ? cut.slice(0, lastDash) : cut;
}

// One slug function for heading ids and decision ids, so both look alike and never clash in form.

const MAX_SLUG_LENGTH = 64;

/**
 * Lower-case words joined by `-`; letters of any script are kept, accents dropped.
 * @example slugify("We **will** merge the toolchain!") === "we-will-merge-the-toolchain"
 */
export function slugify(text: string): string {
  // ASCII has no accents to take apart and drop; most headings are ASCII, and NFKD is not cheap.
  const slug = (/^[\x00-\x7f]*$/.test(text) ? text : text.normalize("NFKD").replace(/\p{M}+/gu, ""))
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH);
  const lastDash = cut.lastIndexOf("-");
  return lastDash > MAX_SLUG_LENGTH / 2 ? cut.slice(0, lastDash) : cut;
}

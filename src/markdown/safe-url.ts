// markdown-it's own check lets `data:image/...` through; a note's links may only go to the web,
// to mail, or within the site. Everything else renders as plain text.

const ALLOWED_SCHEME = /^(?:https?|mailto):/i;
const ANY_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** markdown-it passes the URL already entity-decoded; control characters are stripped first. */
export function isSafeUrl(url: string): boolean {
  const bare = url.replace(/[\u0000-\u0020\u007f-\u009f]+/g, "");
  return ALLOWED_SCHEME.test(bare) || !ANY_SCHEME.test(bare);
}

// markdown-it's own check lets `data:image/...` through; a note's links may only go to the web
// (a host), to mail, or within the site. Everything else renders as plain text.

const ALLOWED_SCHEME = /^(?:https?|mailto):/i;
const ANY_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

// A web address with no host leads nowhere: a template's "[Recording](https://)" is its text.
const NO_HOST = /^https?:(?!\/\/[^/?#])/i;

function hasOnlySafeScheme(url: string): boolean {
  const bare = url.replace(/[\u0000-\u0020\u007f-\u009f]+/g, "");
  return ALLOWED_SCHEME.test(bare) ? !NO_HOST.test(bare) : !ANY_SCHEME.test(bare);
}

/**
 * markdown-it passes the URL entity-decoded and then percent-encoded. Browsers do not decode a
 * scheme, but the decoded form is checked too, so no later step that decodes can make one.
 * @example isSafeUrl("java%09script:alert(1)") === false
 */
export function isSafeUrl(url: string): boolean {
  if (!hasOnlySafeScheme(url)) return false;
  // Without a "%" the decoded form is the URL itself, already checked; most links have none.
  if (!url.includes("%")) return true;
  let decoded = url;
  try {
    decoded = decodeURIComponent(url);
  } catch {
    // A malformed escape decodes to nothing a browser would run.
  }
  return hasOnlySafeScheme(decoded);
}

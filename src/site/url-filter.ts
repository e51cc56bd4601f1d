// Eleventy's `url` filter puts the path prefix before a site path, but first tries `new URL()`
// on it, which throws for every relative path: a few microseconds a link, tens of thousands of
// links a build. Plain site paths ("/meetings/2019-09-03/#id") get the same result here without
// the throw; anything else goes to Eleventy's own filter.

import { siteUrl } from "../config.js";

/**
 * A path of plain segments: no "//", ".", "..", query, spaces, or anything normalising could
 * change. Each segment but the last ends in "/", so a path matches in one way only: with an
 * optional "/" the regex backtracked exponentially on a source link with "(" in it.
 */
const PLAIN_SITE_PATH = /^\/(?:[A-Za-z0-9_~%-][A-Za-z0-9._~%-]*\/)*(?:[A-Za-z0-9_~%-][A-Za-z0-9._~%-]*)?(?:#[A-Za-z0-9._~%-]*)?$/;

/**
 * @example fastUrlFilter("/sub/", eleventyUrl)("/meetings/2019-09-03/") === "/sub/meetings/2019-09-03/"
 */
export function fastUrlFilter(pathPrefix: string, eleventyUrl: (url: string) => string): (url: string) => string {
  // Plain site paths already put under the prefix. The same paths (every meeting's, issue's and
  // person's page) are linked from page after page; a lookup is cheaper than the test and the new
  // string each link cost, and the string it gives is the one the pages already escaped.
  const plain = new Map<string, string>();
  // Eleventy gives the prefix itself back unchanged ("/sub/" stays "/sub/"): every page's link home.
  return (url) => {
    if (url === pathPrefix) return url;
    if (typeof url !== "string") return eleventyUrl(url);
    let result = plain.get(url);
    if (result === undefined) {
      if (!PLAIN_SITE_PATH.test(url)) return eleventyUrl(url);
      result = siteUrl({ pathPrefix }, url);
      plain.set(url, result);
    }
    return result;
  };
}

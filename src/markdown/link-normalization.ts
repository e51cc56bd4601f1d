// markdown-it normalizes the address and the text of every link: it parses the URL, maps the host
// name through punycode, formats it again, then percent-encodes (or decodes) it. For nearly every
// link a note writes, parsing and formatting give the URL back and punycode the host name: those
// links skip the steps that cannot change them. The answers are markdown-it's own.

import type { MarkdownIt } from "markdown-it";

/**
 * A URL that mdurl's parse and format give back as it was: "http(s)://", a host name of labels
 * of 1 to 63 ASCII letters, digits and hyphens (no port, no user before an "@", nothing split
 * off as not host), then a path, query or fragment of printable ASCII (nothing for trim to take).
 */
const SIMPLE_URL = /^https?:\/\/([A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*)(?:[/?#][\x21-\x7e]*)?$/;
/** mdurl drops a longer host name. */
const HOST_MAX = 255;
const ASCII = /^[\x00-\x7f]*$/;

export function linkNormalization(md: MarkdownIt): void {
  const { mdurl } = md.utils.lib;
  const { normalizeLink, normalizeLinkText } = md;
  /** What markdown-it's normalizeLinkText leaves encoded. */
  const keptEncoded = `${mdurl.decode.defaultChars}%`;

  /** Parse and format give `url` back, and punycode its host name (with no "xn--" for toUnicode to decode). */
  const unchanged = (url: string) => {
    const host = SIMPLE_URL.exec(url)?.[1];
    return host !== undefined && host.length <= HOST_MAX && !host.includes("xn--");
  };
  /** Punycode gives the host name back: ASCII, with no "@" for mapDomain to split at, no "xn--". */
  const plainHost = (url: string) => ASCII.test(url) && !url.includes("@") && !url.includes("xn--");
  const reformatted = (url: string) => mdurl.format(mdurl.parse(url, true));

  md.normalizeLink = (url) => (unchanged(url) ? mdurl.encode(url) : plainHost(url) ? mdurl.encode(reformatted(url)) : normalizeLink(url));
  md.normalizeLinkText = (url) => (unchanged(url) ? mdurl.decode(url, keptEncoded) : plainHost(url) ? mdurl.decode(reformatted(url), keptEncoded) : normalizeLinkText(url));
}

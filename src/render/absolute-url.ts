// Absolute URLs for feeds, the sitemap and sharing tags: SITE_URL's origin and the path as the
// site's own links write it, path prefix included (so SITE_URL may or may not end with the prefix).

import { absoluteUrl as joinUrl } from "@11ty/eleventy-plugin-rss";
import type { RenderContext } from "./context.js";

/**
 * @example siteAbsoluteUrl("https://example.org/notes/", "/notes/feed.xml") === "https://example.org/notes/feed.xml"
 * @example siteAbsoluteUrl("https://example.org/", "/notes/feed.xml") === "https://example.org/notes/feed.xml"
 */
export function siteAbsoluteUrl(siteUrl: string, prefixedPath: string): string {
  return joinUrl(prefixedPath, siteUrl);
}

/** A site path ("/meetings/2019-09-03/") as an absolute URL under SITE_URL and the path prefix. */
export function absoluteUrl(context: RenderContext, path: string): string {
  return siteAbsoluteUrl(context.site.config.siteUrl, context.url(path));
}

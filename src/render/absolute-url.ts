// Absolute URLs for feeds, the sitemap and sharing tags: SITE_URL joined with a path that already
// carries the path prefix, whether or not SITE_URL itself ends with that prefix.

import { absoluteUrl as joinUrl } from "@11ty/eleventy-plugin-rss";
import type { RenderContext } from "./context.js";

/**
 * @example siteAbsoluteUrl("https://example.org/notes/", "/notes/feed.xml") === "https://example.org/notes/feed.xml"
 * @example siteAbsoluteUrl("https://example.org/", "/notes/feed.xml") === "https://example.org/notes/feed.xml"
 */
export function siteAbsoluteUrl(siteUrl: string, prefixedPath: string): string {
  const base = new URL(siteUrl);
  if (base.pathname !== "/" && prefixedPath.startsWith(base.pathname)) return joinUrl(prefixedPath, base.origin);
  return joinUrl(prefixedPath.replace(/^\//, ""), base.href);
}

/** A site path ("/meetings/2019-09-03/") as an absolute URL under SITE_URL and the path prefix. */
export function absoluteUrl(context: RenderContext, path: string): string {
  return siteAbsoluteUrl(context.site.config.siteUrl, context.url(path));
}

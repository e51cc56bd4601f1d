// What every page renderer gets: the site, a `url` function that gives what Eleventy's `url`
// filter gives (so every link honours the path prefix), and the page's own path.

import type { Site } from "../site/load-site.js";
import { fastUrlFilter } from "../site/url-filter.js";

export interface RenderContext {
  site: Site;
  /** A site path under the configured path prefix, as Eleventy's `url` filter gives it. */
  url: (path: string) => string;
  /** The site path of the page being rendered, e.g. `/meetings/2019-09-03/`. */
  page: string;
}

/** What Eleventy gives a JavaScript template as `this`: the registered filters, among them `url`. */
export interface TemplateThis {
  url(path: string): string;
}

export interface TemplateData {
  site: Site;
  page: { url: string };
}

export function contextFor(template: TemplateThis, data: TemplateData): RenderContext {
  // Plain site paths skip Eleventy's filter call (timed per call, over a million calls at 10,000
  // meetings); the result is the filter's own (test/site/url-filter.test.ts).
  return { site: data.site, url: fastUrlFilter(data.site.config.pathPrefix, (path) => template.url(path)), page: data.page.url };
}

/**
 * Eleventy data for a template that writes one page per item of a list on the Site, each at the
 * item's `path`: `export const data = onePagePer("site.decisionLog.pages", "logPage")`.
 */
export function onePagePer<Alias extends string>(list: string, alias: Alias) {
  return {
    pagination: { data: list, size: 1, alias, addAllPagesToCollections: false },
    permalink: (data: Record<Alias, { path: string }>) => data[alias].path,
    eleventyExcludeFromCollections: true,
  };
}

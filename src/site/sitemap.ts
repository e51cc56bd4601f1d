// The pages a search engine should know, for /sitemap.xml: the lists first, then every meeting,
// issue and person page, within the sitemap protocol's limit of 50,000 URLs per file.

import type { Site } from "./load-site.js";

export const SITEMAP_LIMIT = 50_000;

export function sitemapPaths(site: Site): string[] {
  const paths = [
    ...site.meetingList.pages.map((p) => p.path),
    ...site.decisionLog.pages.map((p) => p.path),
    "/issues/",
    ...site.people.pages.map((p) => p.path),
    ...site.meetings.map((m) => m.url).reverse(),
    ...site.issues.repoPages.map((p) => p.path),
    ...site.issues.threadPages.map((p) => p.path),
    ...site.people.personPages.map((p) => p.path),
  ];
  return paths.slice(0, SITEMAP_LIMIT);
}

// /sitemap.xml: absolute URLs of the site's pages (see src/site/sitemap.ts).

import { absoluteUrl } from "../render/absolute-url.js";
import { contextFor, type TemplateData, type TemplateThis } from "../render/context.js";
import { html } from "../render/html.js";
import { sitemapPaths } from "../site/sitemap.js";

export const data = { permalink: "/sitemap.xml", eleventyExcludeFromCollections: true };

export function render(this: TemplateThis, data: TemplateData): string {
  const context = contextFor(this, data);
  return `<?xml version="1.0" encoding="utf-8"?>\n${html`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${sitemapPaths(data.site).map((path) => html`<url><loc>${absoluteUrl(context, path)}</loc></url>\n`)}</urlset>
`}`;
}

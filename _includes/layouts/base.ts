// The page shell shared by every HTML page: head with sharing tags and the Content-Security-Policy,
// skip link, site header and footer.

import { html, type SafeHtml } from "../../src/render/html.js";
import type { RenderContext } from "../../src/render/context.js";

export interface PageOptions {
  title: string;
  description: string;
  body: SafeHtml;
  /** Open Graph type: "article" for a meeting, "website" otherwise. */
  type?: "article" | "website";
  /** For articles: the meeting date. */
  published?: string;
}

// Inline script and style are refused; the site's own code is in files. WebAssembly is allowed
// for the search index.
const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' https: data:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join("; ");

/** The absolute URL of a site path: SITE_URL's origin and the path as internal links write it (prefix included). */
export function absoluteUrl(context: RenderContext, path: string): string {
  return new URL(context.url(path), context.site.config.siteUrl).href;
}

const NAV: Array<[path: string, label: string]> = [["/", "Meetings"]];

export function basePage(context: RenderContext, options: PageOptions): string {
  const { config } = context.site;
  const title = context.page === "/" ? config.title : `${options.title} · ${config.title}`;
  const canonical = absoluteUrl(context, context.page);
  return `<!DOCTYPE html>\n${html`<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>${title}</title>
<meta name="description" content="${options.description}">
<link rel="canonical" href="${canonical}">
<meta property="og:site_name" content="${config.title}">
<meta property="og:title" content="${options.title}">
<meta property="og:description" content="${options.description}">
<meta property="og:url" content="${canonical}">
<meta property="og:type" content="${options.type ?? "website"}">
${options.published ? html`<meta property="article:published_time" content="${options.published}">` : ""}
<meta name="twitter:card" content="summary">
<meta name="color-scheme" content="light dark">
<link rel="stylesheet" href="${context.url("/assets/site.css")}">
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
<a class="site-title" href="${context.url("/")}">${config.title}</a>
<nav class="site-nav" aria-label="Site">
<ul>${NAV.map(([path, label]) => html`<li><a href="${context.url(path)}"${context.page === path ? html` aria-current="page"` : ""}>${label}</a></li>`)}</ul>
</nav>
</header>
<main id="main" tabindex="-1">
${options.body}
</main>
<footer class="site-footer">
<p>${config.description}</p>
</footer>
</body>
</html>
`}`;
}

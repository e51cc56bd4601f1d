// The page shell shared by every HTML page: head with sharing tags and the Content-Security-Policy,
// skip link, site header and footer.

import { compactPage, html, type SafeHtml } from "../../src/render/html.js";
import { absoluteUrl } from "../../src/render/absolute-url.js";
import { documentTitle } from "../../src/render/document-title.js";
import type { RenderContext } from "../../src/render/context.js";

export interface PageOptions {
  title: string;
  description: string;
  body: SafeHtml;
  /** Open Graph type: "article" for a meeting, "website" otherwise. */
  type?: "article" | "website";
  /** For articles: the meeting date. */
  published?: string;
  /** Site paths of the page's own scripts (modules under /assets/); never inline. */
  scripts?: string[];
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


const NAV: Array<[path: string, label: string]> = [
  ["/", "Meetings"],
  ["/decisions/", "Decisions"],
  ["/issues/", "Issues"],
  ["/people/", "People"],
];

/** The nav entry a page belongs to: meeting pages and older pages of the list are under Meetings. */
function section(page: string): string {
  if (page.startsWith("/meetings/") || page.startsWith("/page/")) return "/";
  return NAV.find(([path]) => path !== "/" && page.startsWith(path))?.[0] ?? page;
}

function navLink(context: RenderContext, path: string, label: string): SafeHtml {
  const current = context.page === path ? "page" : section(context.page) === path ? "true" : null;
  return html`<li><a href="${context.url(path)}"${current ? html` aria-current="${current}"` : ""}>${label}</a></li>`;
}

/** A GET form to /search/, so searching from any page works without JavaScript until results. */
function searchForm(context: RenderContext): SafeHtml {
  return html`<form class="site-search" role="search" action="${context.url("/search/")}" method="get">
<label class="visually-hidden" for="site-search">Search the notes</label>
<input id="site-search" type="search" name="q" placeholder="Search the notes" autocomplete="off">
<button type="submit">Search</button>
</form>`;
}

export const FEEDS: Array<[path: string, title: string]> = [
  ["/feed.xml", "Meetings"],
  ["/decisions.xml", "Decisions"],
];

export function basePage(context: RenderContext, options: PageOptions): string {
  const { config } = context.site;
  const title = context.page === "/" ? documentTitle(config.title) : documentTitle(options.title, config.title);
  const canonical = absoluteUrl(context, context.page);
  return compactPage(`<!DOCTYPE html>\n${html`<html lang="en">
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
<link rel="icon" href="${context.url("/assets/favicon.svg")}" type="image/svg+xml">
${FEEDS.map(([path, label]) => html`<link rel="alternate" type="application/atom+xml" title="${label} · ${config.title}" href="${context.url(path)}">
`)}${(options.scripts ?? []).map((src) => html`<script type="module" src="${context.url(src)}"></script>
`)}</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
<a class="site-title" href="${context.url("/")}">${config.title}</a>
<nav class="site-nav" aria-label="Site">
<ul>${NAV.map(([path, label]) => navLink(context, path, label))}</ul>
</nav>
${context.page === "/search/" ? "" : searchForm(context)}
</header>
<main id="main" tabindex="-1">
${options.body}
</main>
<footer class="site-footer">
<p>${config.description}</p>
<p>Follow: ${FEEDS.map(([path, label], i) => html`${i > 0 ? " · " : ""}<a href="${context.url(path)}">${label} feed</a>`)} · <a href="${context.url("/api/meetings.json")}">meetings.json</a></p>
</footer>
</body>
</html>
`}`);
}

// /search/: full-text search over the meetings. Every page's search box sends ?q= here (a plain GET
// form); src/assets/search.js runs the query in the browser against the Pagefind index.

import { basePage } from "../../_includes/layouts/base.js";
import { contextFor, type TemplateData, type TemplateThis } from "../render/context.js";
import { html } from "../render/html.js";

export const data = { permalink: "/search/", eleventyExcludeFromCollections: true };

export function render(this: TemplateThis, data: TemplateData): string {
  const context = contextFor(this, data);
  const body = html`<h1>Search</h1>
<form class="search-form" role="search" action="${context.url("/search/")}" method="get">
<label for="search-query">Search the notes of every meeting</label>
<div class="search-row">
<input id="search-query" type="search" name="q" autocomplete="off" spellcheck="false">
<button type="submit">Search</button>
</div>
</form>
<p class="search-status" role="status" data-search-status>Search runs in your browser and needs JavaScript.
Without it, browse the <a href="${context.url("/")}">meetings</a>, <a href="${context.url("/decisions/")}">decisions</a>,
<a href="${context.url("/issues/")}">issues</a> and <a href="${context.url("/people/")}">people</a>.</p>
<ol class="search-results" data-search-results></ol>`;
  return basePage(context, {
    title: "Search",
    description: `Search the notes of the ${data.site.config.title}.`,
    body,
    scripts: ["/assets/search.js"],
  });
}

// Previous / next links of a list split over pages (see src/site/paginate.ts); nothing for one page.

import type { RenderContext } from "../../src/render/context.js";
import { html, type SafeHtml } from "../../src/render/html.js";
import type { Page } from "../../src/site/paginate.js";

/** Drawn above and below a list; each landmark gets its own name, as screen readers list them. */
export function pager(context: RenderContext, page: Page<unknown>, label: string, where: "top" | "bottom"): SafeHtml {
  if (page.count <= 1) return html``;
  return html`<nav class="pager" aria-label="${label}: pages${where === "bottom" ? ", end of list" : ""}">
${page.previous ? html`<a rel="prev" href="${context.url(page.previous)}">&larr; Previous</a>` : html`<span></span>`}
<span class="muted">Page ${page.number} of ${page.count}</span>
${page.next ? html`<a rel="next" href="${context.url(page.next)}">Next &rarr;</a>` : html`<span></span>`}
</nav>`;
}

/** Page title with its number after the first: "Decisions (page 2)". */
export function pageTitle(title: string, page: Page<unknown>): string {
  return page.number > 1 ? `${title} (page ${page.number})` : title;
}

// The 404 page GitHub Pages and most static hosts serve for a missing URL.

import { basePage } from "../../_includes/layouts/base.js";
import { contextFor, type TemplateData, type TemplateThis } from "../render/context.js";
import { html } from "../render/html.js";

export const data = { permalink: "/404.html", eleventyExcludeFromCollections: true };

export function render(this: TemplateThis, data: TemplateData): string {
  const context = contextFor(this, data);
  const body = html`<h1>Page not found</h1>
<p>There is no page at this address. The meeting may have moved, or the link may be mistyped.</p>
<p><a href="${context.url("/")}">See all meetings</a></p>`;
  return basePage(context, { title: "Page not found", description: "There is no page at this address.", body });
}

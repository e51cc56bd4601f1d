import { describe, expect, test } from "vitest";
import { pager, pageTitle } from "../../_includes/partials/pager.js";
import type { RenderContext } from "../../src/render/context.js";
import { paginate } from "../../src/site/paginate.js";

const context = { url: (path: string) => `/prefix${path}` } as RenderContext;
const pages = paginate([1, 2, 3, 4, 5], "/decisions/", 2);

describe("pager", () => {
  test("links a middle page to its neighbours under the path prefix", () => {
    expect(pager(context, pages[1]!, "Decisions", "top").toString()).toBe(`<nav class="pager" aria-label="Decisions: pages">
<a rel="prev" href="/prefix/decisions/">&larr; Previous</a>
<span class="muted">Page 2 of 3</span>
<a rel="next" href="/prefix/decisions/page/3/">Next &rarr;</a>
</nav>`);
  });

  test("names the pager below the list apart from the one above", () => {
    expect(pager(context, pages[2]!, "Decisions", "bottom").toString()).toContain('aria-label="Decisions: pages, end of list"');
  });

  test("draws nothing for a list that fits one page", () => {
    expect(pager(context, paginate([1], "/people/", 5)[0]!, "People", "top").toString()).toBe("");
  });

  test("numbers the title after the first page", () => {
    expect([pageTitle("Decisions", pages[0]!), pageTitle("Decisions", pages[1]!)]).toEqual(["Decisions", "Decisions (page 2)"]);
  });
});

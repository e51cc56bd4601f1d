// /issues/: every issue, pull request and milestone the notes mention, grouped by repository, the
// most discussed first. A repository with many issues shows its most discussed here (see
// issuesShownPerRepo) and all of them on its own pages.

import { basePage } from "../../_includes/layouts/base.js";
import { issueEntry } from "../../_includes/partials/issue-entry.js";
import { jumpNav } from "../../_includes/partials/jump-nav.js";
import { LIST_FILTER_SCRIPT, listFilter } from "../../_includes/partials/list-filter.js";
import { contextFor, type TemplateData, type TemplateThis } from "../render/context.js";
import { count } from "../render/count.js";
import { html } from "../render/html.js";
import { issuesShownPerRepo } from "../site/issue-threads.js";
import { slugify } from "../markdown/slugify.js";

export const data = { permalink: "/issues/", eleventyExcludeFromCollections: true };

export function render(this: TemplateThis, data: TemplateData): string {
  const context = contextFor(this, data);
  const { repos, threads } = data.site.issues;
  const recurring = [...threads.values()].filter((t) => t.meetings.length > 1).length;
  const anchor = (repo: string) => `repo-${slugify(repo)}`;
  const shown = issuesShownPerRepo(repos.length);
  const body = html`<h1>Issues</h1>
<p class="lead">${count(threads.size, "issue, pull request or milestone", "issues, pull requests and milestones")} mentioned in the notes;
${recurring} ${recurring === 1 ? "was" : "were"} discussed in more than one meeting. Each page lists the meetings that discussed it.</p>
${jumpNav(context, "Repositories", repos.map((r) => ({ label: r.repo, path: `/issues/#${anchor(r.repo)}`, note: `(${r.threads.length})` })))}
${listFilter("issues", "issues")}
<div data-filter-scope="issues">
${threads.size === 0 ? html`<p class="muted">No issue has been mentioned yet.</p>` : ""}
${repos.map(
  (repo) => html`<section class="issue-repo" aria-labelledby="${anchor(repo.repo)}" data-filter-group>
<h2 id="${anchor(repo.repo)}"><a href="${context.url(repo.path)}">${repo.repo}</a></h2>
<ol class="issue-list">${repo.threads.slice(0, shown).map((t) => issueEntry(context, t))}</ol>
${repo.threads.length > shown ? html`<p><a href="${context.url(repo.path)}">All ${count(repo.threads.length, "issue")} of ${repo.repo}</a></p>` : ""}
</section>`,
)}
</div>`;
  return basePage(context, {
    title: "Issues",
    description: `The GitHub issues, pull requests and milestones discussed in the ${data.site.config.title}, with every meeting that discussed each.`,
    body,
    scripts: [LIST_FILTER_SCRIPT],
  });
}

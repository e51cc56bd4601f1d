// /issues/<owner>/<repo>/: every issue of one repository the notes mention, the most discussed
// first, on pages of ISSUES_PER_PAGE.

import { basePage } from "../../_includes/layouts/base.js";
import { issueEntry } from "../../_includes/partials/issue-entry.js";
import { LIST_FILTER_SCRIPT, listFilter } from "../../_includes/partials/list-filter.js";
import { pager, pageTitle } from "../../_includes/partials/pager.js";
import { contextFor, onePagePer, type TemplateData, type TemplateThis } from "../render/context.js";
import { count } from "../render/count.js";
import { html } from "../render/html.js";
import type { IssueIndex } from "../site/issue-threads.js";

type RepoPage = IssueIndex["repoPages"][number];

export const data = onePagePer("site.issues.repoPages", "repoPage");

export function render(this: TemplateThis, data: TemplateData & { repoPage: RepoPage }): string {
  const context = contextFor(this, data);
  const { repoPage } = data;
  const { repo } = repoPage;
  const title = `Issues of ${repo.repo}`;
  const body = html`<p class="meeting-date"><a href="${context.url("/issues/")}">All issues</a></p>
<h1>${title}</h1>
<p class="lead">${count(repo.threads.length, "issue, pull request or milestone", "issues, pull requests and milestones")} mentioned in the notes, the most discussed first.
<a href="https://github.com/${repo.repo}">${repo.repo} on GitHub</a></p>
${listFilter("issues", "repo-issues")}
${pager(context, repoPage, title, "top")}
<ol class="issue-list" data-filter-scope="repo-issues">${repoPage.items.map((t) => issueEntry(context, t))}</ol>
${pager(context, repoPage, title, "bottom")}`;
  return basePage(context, {
    title: pageTitle(title, repoPage),
    description: `The issues of ${repo.repo} discussed in the ${data.site.config.title}.`,
    body,
    scripts: [LIST_FILTER_SCRIPT],
  });
}

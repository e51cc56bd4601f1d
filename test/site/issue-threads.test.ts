import { describe, expect, test } from "vitest";
import { buildIssueIndex, threadNeighbours } from "../../src/site/issue-threads.js";
import { keyOf, meeting } from "../helpers/meetings.js";

const meetings = [
  meeting({ date: "2019-08-20", issues: [["osquery/osquery/issues/6280", ["We're waiting on #6280."]], "osquery/foundation/issues/15"] }),
  meeting({ date: "2019-09-03", decisions: [["merge-it", ["osquery/osquery/6280"]], "other"], issues: ["osquery/osquery/pull/6280", "osquery/osquery/milestone/6280"] }),
  meeting({ date: "2019-09-17" }),
  meeting({ date: "2019-10-01", issues: ["osquery/osquery/issues/6280", "osquery/osquery/issues/1"] }),
];

describe("buildIssueIndex", () => {
  const index = buildIssueIndex(meetings);

  test("gathers every meeting that mentions an issue, oldest first, with its sentences and citing decisions", () => {
    const thread = index.threads.get("osquery/osquery/6280")!;
    expect(thread.meetings.map((m) => [m.meeting.slug, m.issue.mentions.map((x) => x.text), m.decisions.map((d) => d.id)])).toEqual([
      ["2019-08-20", ["We're waiting on #6280."], []],
      ["2019-09-03", [], ["merge-it"]],
      ["2019-10-01", [], []],
    ]);
  });

  test("calls it a pull request when any meeting linked it as one", () => {
    const thread = index.threads.get("osquery/osquery/6280")!;
    expect([thread.type, thread.url, thread.path]).toEqual(["pull", "https://github.com/osquery/osquery/pull/6280", "/issues/osquery/osquery/6280/"]);
  });

  test("keeps a milestone apart from the issue with the same number", () => {
    const milestone = index.threads.get(keyOf("osquery/osquery/milestone/6280"))!;
    expect([milestone.key, milestone.path, milestone.meetings.map((m) => m.meeting.slug)]).toEqual([
      "osquery/osquery/milestone/6280",
      "/issues/osquery/osquery/milestone/6280/",
      ["2019-09-03"],
    ]);
  });

  test("groups by repository, the most issues first, each sorted by number of meetings", () => {
    expect(index.repos.map((r) => [r.repo, r.path, r.threads.map((t) => t.key)])).toEqual([
      ["osquery/osquery", "/issues/osquery/osquery/", ["osquery/osquery/6280", "osquery/osquery/1", "osquery/osquery/milestone/6280"]],
      ["osquery/foundation", "/issues/osquery/foundation/", ["osquery/foundation/15"]],
    ]);
  });

  test("pages each issue newest meeting first", () => {
    const page = index.threadPages.find((p) => p.thread.key === "osquery/osquery/6280")!;
    expect([page.path, page.items.map((m) => m.meeting.slug)]).toEqual(["/issues/osquery/osquery/6280/", ["2019-10-01", "2019-09-03", "2019-08-20"]]);
    expect(index.threadPages).toHaveLength(4);
    expect(index.repoPages.map((p) => p.path)).toEqual(["/issues/osquery/osquery/", "/issues/osquery/foundation/"]);
  });
});

describe("threadNeighbours", () => {
  const thread = buildIssueIndex(meetings).threads.get("osquery/osquery/6280")!;

  test.each([
    { slug: "2019-08-20", previous: null, next: "2019-09-03" },
    { slug: "2019-09-03", previous: "2019-08-20", next: "2019-10-01" },
    { slug: "2019-10-01", previous: "2019-09-03", next: null },
    { slug: "2019-09-17", previous: null, next: null },
  ])("in $slug: previously $previous, continued $next", ({ slug, previous, next }) => {
    const found = threadNeighbours(thread, slug);
    expect([found.previous?.slug ?? null, found.next?.slug ?? null]).toEqual([previous, next]);
  });
});

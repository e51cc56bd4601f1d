// The views across meetings on a build of the 38 real osquery notes in ../shared: decision log,
// issue pages, people, feeds, search and sitemap. Runs where ../shared exists.

import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { beforeAll, describe, expect, test } from "vitest";
import { issueKey } from "../../src/extract/github-ref.js";
import type { IssueType } from "../../src/model.js";
import { type Built, buildSite } from "../helpers/build.js";
import { searchSite } from "../helpers/pagefind.js";
import { corpusDir } from "../helpers/paths.js";
import { allMatches, htmlFiles, listPages, readFeed } from "../helpers/read-site.js";

interface PublicMeeting {
  source: string;
  date: string;
  url: string;
  decisions: Array<{ id: string; url: string }>;
  issues: Array<{ repo: string; type: IssueType; number: number }>;
  people: string[];
}

const SITE_URL = "https://example.org/";
let site: Built;
let meetings: PublicMeeting[];

beforeAll(async () => {
  site = await buildSite(corpusDir, { SITE_URL });
  meetings = JSON.parse(site.read("api/meetings.json"));
});

const DECISION_LINK = /<li class="logged-decision" data-filter-item><a href="([^"]+)">/g;

describe("the decision log of the osquery corpus", () => {
  test("holds exactly the decisions of meetings.json, newest meeting first", () => {
    const listed = listPages(site, "/decisions/").flatMap((page) => allMatches(page, DECISION_LINK));
    const expected = [...meetings].reverse().flatMap((m) => m.decisions.map((d) => d.url));
    expect(listed).toEqual(expected);
  });

  test("links each decision to an element with its id on its meeting page", () => {
    const listed = listPages(site, "/decisions/").flatMap((page) => allMatches(page, DECISION_LINK));
    for (const link of listed) {
      const [page, id] = link.split("#") as [string, string];
      expect(site.read(path.join(page, "index.html")), link).toContain(` id="${id}"`);
    }
  });

  test("splits the same decisions by year at /decisions/<year>/", () => {
    const years = [...new Set(meetings.map((m) => m.date.slice(0, 4)))].sort().reverse();
    expect(years).toEqual(["2020", "2019"]);
    for (const year of years) {
      const listed = listPages(site, `/decisions/${year}/`).flatMap((page) => allMatches(page, DECISION_LINK));
      const expected = [...meetings].reverse().filter((m) => m.date.startsWith(year)).flatMap((m) => m.decisions.map((d) => d.url));
      expect(listed, year).toEqual(expected);
    }
  });
});

describe("the issue pages of the osquery corpus", () => {
  const keyOf = (i: PublicMeeting["issues"][number]) => issueKey(i);

  test("list, for each issue, exactly the meetings whose issues contain it, newest first", () => {
    const keys = new Set(meetings.flatMap((m) => m.issues.map(keyOf)));
    expect(keys.size).toBeGreaterThan(150);
    for (const key of keys) {
      const listed = listPages(site, `/issues/${key}/`).flatMap((page) => allMatches(page, /<h2 class="entry-title"><a href="([^"]+)">/g));
      const expected = meetings.filter((m) => m.issues.some((i) => keyOf(i) === key)).map((m) => m.url).reverse();
      expect(listed, key).toEqual(expected);
    }
  });

  test("show PR 6280 with its six meetings, its first and last mention and its GitHub link", () => {
    const page = site.read("issues/osquery/osquery/6280/index.html");
    expect(page).toContain("<h1>osquery/osquery#6280</h1>");
    expect(page).toContain('Discussed in 6 meetings:\nfirst on <a href="/meetings/2020-03-03/"><time datetime="2020-03-03">2020-03-03</time></a>, last on <a href="/meetings/2020-06-23/">');
    expect(page).toContain('<a href="https://github.com/osquery/osquery/pull/6280">Open on GitHub</a>');
    expect(page).toContain("<q>We&#39;re mostly waiting on #6280.</q>");
  });

  test("put milestones at /issues/<owner>/<repo>/milestone/<number>/", () => {
    expect(site.read("issues/osquery/osquery/milestone/49/index.html")).toContain("<h1>osquery/osquery milestone 49</h1>");
  });

  test("are listed on /issues/ by repository, the most discussed first", () => {
    const index = site.read("issues/index.html");
    expect(allMatches(index, /<h2 id="[^"]+"><a href="[^"]+">([^<]+)<\/a><\/h2>/g).slice(0, 2)).toEqual(["osquery/osquery", "osquery/foundation"]);
    const first = allMatches(index, /<a class="issue-number" href="([^"]+)">/g)[0];
    expect(first).toBe("/issues/osquery/osquery/6280/");
  });

  test("are linked from each meeting with the previous and the next meeting that discussed the issue", () => {
    const page = site.read("meetings/2020-06-09/index.html");
    expect(page).toContain(
      'previously discussed <a href="/meetings/2020-05-12/"><time datetime="2020-05-12">2020-05-12</time></a>, continued <a href="/meetings/2020-06-23/"><time datetime="2020-06-23">2020-06-23</time></a> · <a href="/issues/osquery/osquery/6280/">6 meetings</a>',
    );
  });
});

describe("the people pages of the osquery corpus", () => {
  test("exist for every link to a person on any page", () => {
    const links = new Set(htmlFiles(site).flatMap((file) => allMatches(site.read(file), /href="(\/people\/[^"]+\/)"/g)));
    for (const handle of meetings.flatMap((m) => m.people)) expect(links).toContain(`/people/${handle.slice(1)}/`);
    for (const link of links) expect(site.exists(path.join(link, "index.html")), link).toBe(true);
  });

  test("list the meetings that mention a person, newest first", () => {
    const mentioning = meetings.filter((m) => m.people.includes("@directionless")).map((m) => m.url).reverse();
    const listed = listPages(site, "/people/directionless/").flatMap((page) => allMatches(page, /<h2 class="entry-title"><a href="([^"]+)">/g));
    expect(listed.filter((url) => mentioning.includes(url))).toEqual(mentioning);
  });
});

describe("the feeds of the osquery corpus", () => {
  test("/feed.xml is Atom with one entry per meeting, newest first, with absolute links", () => {
    const feed = readFeed(site.read("feed.xml"));
    expect(feed.links).toEqual([`${SITE_URL}feed.xml`, SITE_URL]);
    expect(feed.entries.map((e) => e.link)).toEqual([...meetings].reverse().map((m) => `${SITE_URL}${m.url.slice(1)}`));
    expect(feed.entries[0]!.updated).toBe("2020-12-22T00:00:00Z");
  });

  test("/decisions.xml is Atom with one entry per decision linking to its anchor", () => {
    const feed = readFeed(site.read("decisions.xml"));
    const expected = [...meetings].reverse().flatMap((m) => m.decisions.map((d) => `${SITE_URL}${d.url.slice(1)}`));
    expect(feed.entries.map((e) => e.link)).toEqual(expected);
    expect(feed.entries.map((e) => e.id)).toEqual(expected);
  });

  test("are announced in the head of every page", () => {
    const page = site.read("meetings/2019-09-03/index.html");
    expect(page).toContain('<link rel="alternate" type="application/atom+xml" title="Meetings · osquery office hours" href="/feed.xml">');
    expect(page).toContain('<link rel="alternate" type="application/atom+xml" title="Decisions · osquery office hours" href="/decisions.xml">');
  });
});

describe("search over the osquery corpus", () => {
  test("finds the 2019-09-03 meeting for 'toolchain' in the Pagefind index", async () => {
    const urls = await searchSite(site.outputDir, "toolchain");
    expect(urls).toContain("/meetings/2019-09-03/");
    expect(urls.every((url) => url.startsWith("/meetings/"))).toBe(true);
  });
});

describe("sharing the osquery corpus", () => {
  test("the sitemap lists every meeting page with an absolute URL", () => {
    const xml = site.read("sitemap.xml");
    expect(XMLValidator.validate(xml)).toBe(true);
    const { urlset } = new XMLParser({ isArray: (name) => name === "url" }).parse(xml) as { urlset: { url: Array<{ loc: string }> } };
    const locs = urlset.url.map((u) => u.loc);
    for (const meeting of meetings) expect(locs).toContain(`${SITE_URL}${meeting.url.slice(1)}`);
    expect(locs).toContain(`${SITE_URL}issues/osquery/osquery/6280/`);
  });

  test("each meeting page has a title, a description and Open Graph tags naming the meeting", () => {
    for (const meeting of meetings) {
      const page = site.read(path.join(meeting.url, "index.html"));
      const title = /<title>([^<]+)<\/title>/.exec(page)?.[1];
      expect(title, meeting.source).toMatch(/^osquery (office hours|Office Hours) \d{4}-\d{2}-\d{2} · osquery office hours$/);
      expect(page).toMatch(/<meta name="description" content="[^"]{10,}">/);
      expect(page).toContain(`<meta property="og:url" content="${SITE_URL}${meeting.url.slice(1)}">`);
      expect(page).toContain('<meta property="og:type" content="article">');
      expect(page).toContain(`<meta property="article:published_time" content="${meeting.date}">`);
    }
  });
});

// Builds the project's own notes folder through the command line and reads the real output.

import { spawn } from "node:child_process";
import { once } from "node:events";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { type Built, buildSite, ELEVENTY_ARGS } from "../helpers/build.js";
import { searchSite } from "../helpers/pagefind.js";
import { projectRoot } from "../helpers/paths.js";
import { allMatches, htmlFiles, readFeed } from "../helpers/read-site.js";

const notesDir = path.join(projectRoot, "notes");
let site: Built;
beforeAll(async () => {
  site = await buildSite(notesDir);
});

describe("building notes/", () => {
  test("succeeds and writes a page for the meeting at its date", () => {
    expect(site.code).toBe(0);
    expect(site.exists("meetings/2019-09-03/index.html")).toBe(true);
  });

  test("shows the title, the readable date and the recording at the top of the meeting page", () => {
    const page = site.read("meetings/2019-09-03/index.html");
    expect(page).toContain("<h1>osquery Office Hours 2019-09-03</h1>");
    expect(page).toContain('<time datetime="2019-09-03">Tuesday, 3 September 2019</time>');
    expect(page).toContain('<a href="https://youtu.be/urMFR1ICFbU">Recording</a>');
  });

  test("links every decision in the summary to its sentence in the note", () => {
    const page = site.read("meetings/2019-09-03/index.html");
    const meetings = JSON.parse(site.read("api/meetings.json"));
    for (const decision of meetings[0].decisions) {
      expect(page).toContain(`<a href="#${decision.id}">`);
      expect(page).toContain(`<span id="${decision.id}" class="decision">`);
    }
  });

  test("writes api/meetings.json in the documented shape", () => {
    const [meeting] = JSON.parse(site.read("api/meetings.json"));
    expect(Object.keys(meeting)).toEqual(["source", "date", "title", "url", "recording", "highlights", "decisions", "actions", "issues", "people"]);
    expect(meeting).toMatchObject({ source: "2019-09-03.md", date: "2019-09-03", url: "/meetings/2019-09-03/", recording: "https://youtu.be/urMFR1ICFbU" });
    expect(meeting.decisions).toContainEqual({
      id: "lets-try",
      url: "/meetings/2019-09-03/#lets-try",
      text: "Let's try it.",
      line: 82,
      explicit: false,
    });
    expect(meeting.issues[1]).toEqual({ repo: "osquery/osquery", type: "pull", number: 5706, url: "https://github.com/osquery/osquery/pull/5706", lines: [10, 20] });
  });

  test("lists the meeting on the home page under its year", () => {
    const index = site.read("index.html");
    expect(index).toContain('<h2 id="year-2019">2019</h2>');
    expect(index).toContain('<a href="/meetings/2019-09-03/">osquery Office Hours 2019-09-03</a>');
  });

  test("serves the note's Markdown as its source", () => {
    expect(site.read("notes/2019-09-03.md")).toContain("# osquery Office Hours 2019-09-03");
  });
});

describe("the views across meetings of notes/", () => {
  test("list every decision on /decisions/ and /decisions/2019/, linking to its anchor", () => {
    const [meeting] = JSON.parse(site.read("api/meetings.json"));
    const expected = meeting.decisions.map((d: { url: string }) => d.url);
    const link = /<li class="logged-decision" data-filter-item><a href="([^"]+)">/g;
    expect(allMatches(site.read("decisions/index.html"), link)).toEqual(expected);
    expect(allMatches(site.read("decisions/2019/index.html"), link)).toEqual(expected);
  });

  test("give every issue of the note its page, linking back to the meeting and to GitHub", () => {
    const page = site.read("issues/osquery/osquery/5706/index.html");
    expect(page).toContain("<h1>osquery/osquery#5706</h1>");
    expect(page).toContain('<h2 class="entry-title"><a href="/meetings/2019-09-03/">osquery Office Hours 2019-09-03</a></h2>');
    expect(page).toContain('<a href="https://github.com/osquery/osquery/pull/5706">Open on GitHub</a>');
    expect(site.exists("issues/osquery/osquery/milestone/42/index.html")).toBe(true);
    expect(site.read("meetings/2019-09-03/index.html")).toContain('<a href="/issues/osquery/osquery/5706/">only this meeting</a>');
  });

  test("show an issue that a note gives only as a link under the heading it sits under", () => {
    const page = site.read("issues/osquery/osquery/5636/index.html");
    expect(page).toContain('<li>Under <a href="/meetings/2019-09-03/#4-1-0-extension-support">4.1.0 -- Extension Support</a></li>');
    expect(site.read("meetings/2019-09-03/index.html")).toContain('id="4-1-0-extension-support"');
  });

  test("give every @mention a person page, and link action owners to theirs", () => {
    const links = new Set(htmlFiles(site).flatMap((file) => allMatches(site.read(file), /href="(\/people\/[^"]+\/)"/g)));
    expect(links).toContain("/people/mike-myers-tob/");
    for (const link of links) expect(site.exists(path.join(link, "index.html")), link).toBe(true);
    expect(site.read("meetings/2019-09-03/index.html")).toContain('<span class="owner"><a href="/people/directionless/">@directionless</a></span>');
    expect(site.read("people/directionless/index.html")).toContain("will click some buttons");
  });

  test("write Atom feeds of the meeting and of its decisions", () => {
    const meetings = readFeed(site.read("feed.xml"));
    expect(meetings.entries.map((e) => [e.link, e.updated])).toEqual([["http://localhost:8080/meetings/2019-09-03/", "2019-09-03T00:00:00Z"]]);
    const decisions = readFeed(site.read("decisions.xml"));
    expect(decisions.entries.map((e) => e.link)).toContain("http://localhost:8080/meetings/2019-09-03/#lets-try");
    expect(decisions.entries).toHaveLength(JSON.parse(site.read("api/meetings.json"))[0].decisions.length);
  });

  test("index the meeting for search, with a search box on every page and no inline script", async () => {
    expect(await searchSite(site.outputDir, "toolchain")).toEqual(["/meetings/2019-09-03/"]);
    for (const file of htmlFiles(site)) {
      const page = site.read(file);
      if (file !== "search/index.html") expect(page, file).toContain('<form class="site-search" role="search" action="/search/" method="get">');
      expect(page, file).not.toMatch(/<script(?![^>]*\bsrc=)/);
      expect(page, file).not.toMatch(/\sstyle=/);
    }
    expect(site.read("search/index.html")).toContain('<script type="module" src="/assets/search.js"></script>');
  });
});

describe("building notes/ under a path prefix", () => {
  let prefixed: Built;
  beforeAll(async () => {
    prefixed = await buildSite(notesDir, { PATH_PREFIX: "/office-hours/", SITE_URL: "https://example.org/" });
  });

  test("puts the prefix in every link of the views and in the feeds' absolute URLs", () => {
    expect(prefixed.code).toBe(0);
    const log = prefixed.read("decisions/index.html");
    expect(log).toContain('<a href="/office-hours/meetings/2019-09-03/#lets-try">');
    expect(log).toContain('<form class="site-search" role="search" action="/office-hours/search/" method="get">');
    expect(prefixed.read("meetings/2019-09-03/index.html")).toContain('<a href="/office-hours/issues/osquery/osquery/5706/">only this meeting</a>');
    const feed = readFeed(prefixed.read("decisions.xml"));
    expect(feed.links).toEqual(["https://example.org/office-hours/decisions.xml", "https://example.org/office-hours/decisions/"]);
    expect(feed.entries[0]!.link).toMatch(/^https:\/\/example\.org\/office-hours\/meetings\/2019-09-03\/#/);
    expect(prefixed.read("sitemap.xml")).toContain("<loc>https://example.org/office-hours/meetings/2019-09-03/</loc>");
  });
});

describe("building with Eleventy's own --output", () => {
  test("writes api/meetings.json, the notes' sources and the search index beside the pages, not in OUTPUT_DIR", async () => {
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), "notes-site-unused-"));
    const given = `${elsewhere}-given`;
    const built = await buildSite(notesDir, { OUTPUT_DIR: elsewhere }, [`--output=${given}`]);
    expect(built.code).toBe(0);
    expect(fs.readdirSync(elsewhere)).toEqual([]);
    for (const file of ["meetings/2019-09-03/index.html", "api/meetings.json", "notes/2019-09-03.md", "pagefind/pagefind.js"]) expect(fs.existsSync(path.join(given, file)), file).toBe(true);
  });
});

describe("building with its output piped to a reader that stops early", () => {
  test("finishes the site and exits 0 when stdout and stderr close at once (npm run build | head)", async () => {
    const outputDir = fs.mkdtempSync(path.join(os.tmpdir(), "notes-site-closed-"));
    const build = spawn(process.execPath, ELEVENTY_ARGS, {
      cwd: projectRoot,
      env: { ...process.env, NOTES_DIR: notesDir, OUTPUT_DIR: outputDir, SEARCH_INDEX: "off" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    build.stdout.destroy();
    build.stderr.destroy();
    const [code] = (await once(build, "exit")) as [number | null];
    expect(code).toBe(0);
    expect(fs.existsSync(path.join(outputDir, "api/meetings.json"))).toBe(true);
  }, 60_000);
});

// Builds test/fixtures/hostile (and generated notes too big or too odd to commit) through the
// command line, then reads every file the site wrote: nothing may run, nothing may be lost.

import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type Built, buildSite } from "../helpers/build.js";
import { projectRoot } from "../helpers/paths.js";
import { htmlFiles } from "../helpers/read-site.js";
import { elementIds, scanOutput } from "../helpers/scan-output.js";
import { generatedNotes, hostileNotesFolder } from "./generated-notes.js";

interface PublicMeeting {
  source: string;
  url: string;
  title: string;
  decisions: Array<{ id: string; line: number }>;
  actions: Array<{ line: number }>;
}

let notesDir: string;
let site: Built;
let meetings: PublicMeeting[];

beforeAll(async () => {
  notesDir = hostileNotesFolder();
  site = await buildSite(notesDir);
  meetings = JSON.parse(site.read("api/meetings.json"));
});

afterAll(() => {
  fs.rmSync(notesDir, { recursive: true, force: true });
  fs.rmSync(site.outputDir, { recursive: true, force: true });
});

/** Every `.md` file a user would call a note: any case, any folder, not hidden. */
function markdownFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.md$/i.test(f) && !f.split(path.sep).some((part) => part.startsWith(".")))
    .map((f) => f.split(path.sep).join("/"))
    .sort();
}

describe("building a folder of hostile notes", () => {
  test("succeeds, naming each file it leaves out or shows differently, and only counting other warnings", () => {
    expect(site.code).toBe(0);
    // Eleventy's own lines (a slow filter's benchmark) are not the report's.
    const lines = site.stderr.trimEnd().split("\n").filter((line) => !line.startsWith("[11ty]"));
    const at = (file: string, line: number) => `${path.join(notesDir, file)}:${line}: warning:`;
    expect(lines.slice(0, -1)).toEqual([
      `${at(".hidden-editor-file.md", 1)} ignored: a hidden file`,
      "  hint: rename it without the leading dot to publish it",
      `${at("2021-01-09-invalid-utf8.md", 4)} the file is not valid UTF-8; the bad bytes are shown as \ufffd`,
      "  hint: save the file as UTF-8 in your editor",
      `${at("2022-01-03-deep-quotes.md", 3)} quotes or lists are nested too deeply here; the deepest part is shown as plain text`,
      "  hint: nest lists and quotes less deeply",
      `${at("2022-01-04-deep-list.md", 51)} quotes or lists are nested too deeply here; the deepest part is shown as plain text`,
      "  hint: nest lists and quotes less deeply",
      `${at("README.txt", 1)} ignored: not a Markdown note`,
      "  hint: notes are .md files; move other files out of the notes folder",
      `${at("photo.png", 1)} ignored: not a Markdown note`,
      "  hint: notes are .md files; move other files out of the notes folder",
    ]);
    expect(lines.at(-1)).toMatch(/^\d+ warnings about the notes' content: run `npm run check` to see them$/);
  });

  test("writes nothing that can run: no script, frame or style, no event handler, no script URL, in any file", () => {
    const findings = scanOutput(site.outputDir, {
      verbatim: (file) => {
        const [folder, ...rest] = file.split("/");
        if (folder === "notes") return fs.readFileSync(path.join(notesDir, ...rest));
        if (folder === "assets") return fs.readFileSync(path.join(projectRoot, "src/assets", ...rest));
        return null;
      },
      ownScript: (src) => src.startsWith("/assets/"),
      // Pagefind's search index is written from the pages scanned here; the search page shows its excerpts as text.
      derived: (file) => file.startsWith("pagefind/"),
    });
    expect(findings).toEqual([]);
  });

  test("makes every .md file a meeting with a page and a working link to its source", () => {
    expect(meetings.map((m) => m.source).sort()).toEqual(markdownFiles(notesDir));
    for (const meeting of meetings) {
      const page = site.read(path.join(meeting.url, "index.html"));
      const href = /<a href="(\/notes\/[^"]+)"/.exec(page)?.[1];
      expect(href, meeting.source).toBeDefined();
      const served = decodeURIComponent(href!.replace(/&#39;/g, "'").replace(/&amp;/g, "&"));
      expect(served, meeting.source).toBe(`/notes/${meeting.source}`);
      expect(fs.readFileSync(path.join(site.outputDir, served)).equals(fs.readFileSync(path.join(notesDir, meeting.source))), meeting.source).toBe(true);
    }
  });

  test("keeps the last words of every huge note", () => {
    const lastWords: Record<string, string> = {
      "2022-01-01-long-list.md": "item 19999 with",
      "2022-01-02-megabyte-line.md": "The last words of the long line.",
      "2022-01-03-deep-quotes.md": "the deepest quoted words",
      "2022-01-04-deep-list.md": "- level 999",
      "2022-01-05-many-decisions.md": "We will do thing 9999.",
    };
    for (const [source, words] of Object.entries(lastWords)) {
      const meeting = meetings.find((m) => m.source === source)!;
      expect(site.read(path.join(meeting.url, "index.html")), source).toContain(words);
    }
    const decisions = meetings.find((m) => m.source === "2022-01-05-many-decisions.md")!.decisions;
    expect(decisions).toHaveLength(10_000);
    expect(Object.keys(generatedNotes).every((name) => meetings.some((m) => m.source === name))).toBe(true);
  });

  test("gives notes of one date /date/, /date-2/, /date-3/ in name order", () => {
    const february = meetings.filter((m) => m.url.startsWith("/meetings/2021-02-01")).map((m) => [m.url, m.source]);
    expect(february).toEqual([
      ["/meetings/2021-02-01/", "2021-02-01.md"],
      ["/meetings/2021-02-01-2/", "2021-02-01-second.md"],
      ["/meetings/2021-02-01-3/", "feb-meeting.md"],
    ]);
  });

  test("numbers lines as an editor does, whatever the line ends, byte-order mark or bad bytes", () => {
    const lines = (source: string) => {
      const meeting = meetings.find((m) => m.source === source)!;
      return [...meeting.decisions, ...meeting.actions].map((d) => d.line);
    };
    expect(lines("2021-01-05-bom-crlf.md")).toEqual([9]);
    expect(lines("2021-01-06-cr-only.md")).toEqual([5, 6]);
    expect(lines("2021-01-08-nul.md")).toEqual([3]);
    expect(lines("2021-01-09-invalid-utf8.md")).toEqual([5]);
  });

  test("shows HTML in titles as text", () => {
    expect(meetings.find((m) => m.source === "2021-01-01-script.md")?.title).toBe("</title><script>alert('front matter')</script><img src=x onerror=alert(1)>");
    expect(site.read("meetings/2021-01-04/index.html")).toContain("<h1>&lt;img src=x onerror=alert(1)&gt; Heading only</h1>");
  });

  test("writes every page in Latin-1, other characters as references a browser shows as written", () => {
    const wide = htmlFiles(site).filter((file) => /[^\u0000-\u00ff]/.test(site.read(file)));
    expect(wide).toEqual([]);
    const page = site.read("meetings/2021-06-01/index.html");
    expect(page).toContain("<h1>&#8238;RTL override&#8236; and zero&#8203;width &#127881;</h1>");
  });

  test("gives every element of every page its own id, and every decision one of them", () => {
    for (const meeting of meetings) {
      const found = elementIds(site.read(path.join(meeting.url, "index.html")));
      const unique = new Set(found);
      expect(found.length - unique.size, meeting.source).toBe(0);
      expect(meeting.decisions.filter((d) => !unique.has(d.id)), meeting.source).toEqual([]);
    }
  });
});

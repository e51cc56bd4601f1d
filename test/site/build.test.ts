// Builds the project's own notes folder through the command line and reads the real output.

import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { type Built, buildSite } from "../helpers/build.js";
import { projectRoot } from "../helpers/paths.js";

let site: Built;
beforeAll(async () => {
  site = await buildSite(path.join(projectRoot, "notes"));
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

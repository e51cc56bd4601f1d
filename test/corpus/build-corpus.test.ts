// The 38 real osquery notes in ../shared, built into a temp folder. Runs where ../shared exists.

import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { type Built, buildSite } from "../helpers/build.js";
import { corpusDir } from "../helpers/paths.js";

interface PublicMeeting {
  source: string;
  url: string;
  decisions: Array<{ id: string; url: string }>;
  issues: Array<{ repo: string; type: string; number: number }>;
}

let site: Built;
let meetings: PublicMeeting[];
const notes = fs.readdirSync(corpusDir).filter((f) => f.endsWith(".md"));

beforeAll(async () => {
  site = await buildSite(corpusDir);
  meetings = JSON.parse(site.read("api/meetings.json"));
});

describe("the osquery office hours corpus", () => {
  test("builds every note into a meeting with a page", () => {
    expect(site.code).toBe(0);
    expect(meetings.map((m) => m.source).sort()).toEqual(notes.sort());
    for (const meeting of meetings) expect(site.exists(path.join(meeting.url, "index.html"))).toBe(true);
  });

  test("takes the date from the file name, not from a heading with the wrong year", () => {
    const january = meetings.find((m) => m.source === "20200107_meeting_notes.md");
    expect(january?.url).toBe("/meetings/2020-01-07/");
  });

  test("puts every decision id of meetings.json on an element of that meeting's page", () => {
    for (const meeting of meetings) {
      const page = site.read(path.join(meeting.url, "index.html"));
      for (const decision of meeting.decisions) {
        expect(page, `${meeting.source} #${decision.id}`).toContain(` id="${decision.id}"`);
        expect(decision.url).toBe(`${meeting.url}#${decision.id}`);
      }
    }
  });

  test("lists every GitHub issue, pull request and milestone URL of a note among its issues", () => {
    const url = /https?:\/\/github\.com\/([\w.-]+\/[\w.-]+)\/(issues|pull|milestone)\/(\d+)/g;
    for (const meeting of meetings) {
      const text = fs.readFileSync(path.join(corpusDir, meeting.source), "utf8");
      const listed = new Set(meeting.issues.map((i) => `${i.repo}/${i.type}/${i.number}`));
      for (const [, repo, type, number] of text.matchAll(url)) {
        expect(listed, `${meeting.source}: ${repo}/${type}/${number}`).toContain(`${repo!.toLowerCase()}/${type}/${number}`);
      }
    }
  });
});

// GitHub Pages serves a project's site under /<repo>/: every link of every page must carry the
// path prefix, or it leads off the site. Builds notes/ as the deploy job does, with the values
// actions/configure-pages gives (no trailing slashes).

import path from "node:path";
import { Parser } from "htmlparser2";
import { beforeAll, describe, expect, test } from "vitest";
import { type Built, buildSite } from "../helpers/build.js";
import { projectRoot } from "../helpers/paths.js";
import { htmlFiles } from "../helpers/read-site.js";

const PREFIX = "/meeting-notes/";
const PAGES = { base_path: "/meeting-notes", base_url: "https://octocat.github.io/meeting-notes" };

interface Target {
  page: string;
  tag: string;
  attribute: string;
  value: string;
}

function targetsOf(page: string, html: string): Target[] {
  const targets: Target[] = [];
  let tag = "";
  const parser = new Parser({
    onopentagname: (name) => {
      tag = name;
    },
    onattribute: (attribute, value) => {
      if (attribute === "href" || attribute === "src") targets.push({ page, tag, attribute, value });
    },
  });
  parser.write(html);
  parser.end();
  return targets;
}

let site: Built;
let targets: Target[];
beforeAll(async () => {
  site = await buildSite(path.join(projectRoot, "notes"), { PATH_PREFIX: PAGES.base_path, SITE_URL: PAGES.base_url });
  targets = htmlFiles(site).flatMap((page) => targetsOf(page, site.read(page)));
});

describe(`the site built with PATH_PREFIX=${PAGES.base_path} and SITE_URL=${PAGES.base_url}`, () => {
  test("builds the home page, the meeting and the 404 page", () => {
    expect(site.code).toBe(0);
    expect(htmlFiles(site)).toEqual(expect.arrayContaining(["404.html", "index.html", "meetings/2019-09-03/index.html"]));
  });

  test("starts every internal href and src of every page with the prefix", () => {
    const internal = targets.filter((t) => !/^(?:[a-z][a-z0-9+.-]*:|#)/i.test(t.value));
    expect(internal.length).toBeGreaterThan(10);
    expect(internal.filter((t) => !t.value.startsWith(PREFIX))).toEqual([]);
  });

  test("gives the prefixed URL of every meeting and decision in api/meetings.json", () => {
    const [meeting] = JSON.parse(site.read("api/meetings.json"));
    expect(meeting.url).toBe(`${PREFIX}meetings/2019-09-03/`);
    for (const decision of meeting.decisions) expect(decision.url).toBe(`${PREFIX}meetings/2019-09-03/#${decision.id}`);
  });
});

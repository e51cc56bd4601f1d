// Builds notes/ and checks every page as a browser and a validator would see it: each internal link
// and #fragment resolves, also under a path prefix, and the HTML is valid.

import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { type Built, buildSite } from "../helpers/build.js";
import { findBrokenLinks } from "../helpers/check-links.js";
import { projectRoot } from "../helpers/paths.js";
import { findHtmlErrors } from "../helpers/validate-html.js";

const notesDir = path.join(projectRoot, "notes");
const prefixed = { PATH_PREFIX: "/meeting-notes/", SITE_URL: "https://example.org/meeting-notes/" };
let site: Built;
let prefixedSite: Built;

beforeAll(async () => {
  [site, prefixedSite] = await Promise.all([buildSite(notesDir), buildSite(notesDir, prefixed)]);
  expect([site.code, prefixedSite.code]).toEqual([0, 0]);
});

describe("the site built from notes/", () => {
  test("has no internal link or #fragment that leads nowhere", () => {
    expect(findBrokenLinks(site.outputDir, { siteUrl: "http://localhost:8080/" })).toEqual([]);
  });

  test("keeps every internal link under PATH_PREFIX, canonical links included", () => {
    const options = { pathPrefix: prefixed.PATH_PREFIX, siteUrl: prefixed.SITE_URL };
    expect(findBrokenLinks(prefixedSite.outputDir, options)).toEqual([]);
  });

  test("is valid HTML on every page", async () => {
    expect(await findHtmlErrors(site.outputDir)).toEqual([]);
  });
});

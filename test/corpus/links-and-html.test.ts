// The 38 real osquery notes, built and checked as in test/site/links-and-html.test.ts: their
// headings, links and decision anchors are messier than anything in notes/.

import { beforeAll, describe, expect, test } from "vitest";
import { type Built, buildSite } from "../helpers/build.js";
import { findBrokenLinks } from "../helpers/check-links.js";
import { corpusDir } from "../helpers/paths.js";
import { findHtmlErrors } from "../helpers/validate-html.js";

let site: Built;
beforeAll(async () => {
  site = await buildSite(corpusDir);
  expect(site.code).toBe(0);
});

describe("the site built from the osquery corpus", () => {
  test("has no internal link or #fragment that leads nowhere", () => {
    expect(findBrokenLinks(site.outputDir, { siteUrl: "http://localhost:8080/" })).toEqual([]);
  });

  test("is valid HTML on every page", async () => {
    expect(await findHtmlErrors(site.outputDir)).toEqual([]);
  });
});

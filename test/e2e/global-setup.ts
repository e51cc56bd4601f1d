// Before the browser tests (vitest.e2e.config.ts has made sure Chromium is there): build the corpus,
// or notes/ where ../shared is absent, into a temp folder and serve it on localhost.

import fs from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { buildSite } from "../helpers/build.js";
import { corpusDir, hasCorpus, projectRoot } from "../helpers/paths.js";
import { SCREENSHOTS_DIR, SITE_PAGES } from "./browser.js";
import { serveSite } from "./serve-site.js";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const notesDir = hasCorpus ? corpusDir : path.join(projectRoot, "notes");
  const site = await buildSite(notesDir);
  if (site.code !== 0) throw new Error(`Building ${notesDir} failed:\n${site.stderr}`);
  const server = await serveSite(site.outputDir);
  fs.rmSync(SCREENSHOTS_DIR, { recursive: true, force: true });
  fs.mkdirSync(SCREENSHOTS_DIR, { recursive: true });

  const missing = SITE_PAGES.filter((page) => !fs.existsSync(path.join(site.outputDir, page.path, "index.html")));
  if (missing.length > 0) throw new Error(`The build of ${notesDir} has no ${missing.map((p) => p.path).join(", ")}`);
  console.log(`browser tests: ${notesDir} served at ${server.url}; screenshots in ${path.relative(projectRoot, SCREENSHOTS_DIR)}/`);

  project.provide("siteUrl", server.url);
  project.provide("outputDir", site.outputDir);
  return async () => {
    await server.close();
    fs.rmSync(site.outputDir, { recursive: true, force: true });
  };
}

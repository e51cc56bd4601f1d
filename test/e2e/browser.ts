// What the browser tests share: the site served by the global setup, the table of pages every
// check runs on, and pages opened at a phone's or a desktop's size.

import fs from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { inject } from "vitest";
import { projectRoot } from "../helpers/paths.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** Where the global setup serves the built site, e.g. http://127.0.0.1:41234/ */
    siteUrl: string;
    /** The built site's folder. */
    outputDir: string;
  }
}

export const SCREENSHOTS_DIR = path.join(projectRoot, "test-results/screenshots");

export interface SitePage {
  name: string;
  path: string;
}

/**
 * Every check (phone width, dark mode, axe, screenshots) runs on each page of this table that the
 * build has. Pages of the views branch (issue 4) join by themselves once it is merged.
 */
export const SITE_PAGES: SitePage[] = [
  { name: "index", path: "/" },
  { name: "meeting", path: "/meetings/2019-09-03/" },
  // A corpus note with a long code block, which once scrolled out of a keyboard's reach.
  { name: "meeting-with-code", path: "/meetings/2019-10-15/" },
  { name: "decision-log", path: "/decisions/" },
  { name: "issue", path: "/issues/osquery/osquery/5706/" },
  { name: "person", path: "/people/directionless/" },
  { name: "search", path: "/search/" },
];

export function isBuilt(sitePath: string): boolean {
  return fs.existsSync(path.join(inject("outputDir"), sitePath, "index.html"));
}

export function builtPages(): SitePage[] {
  return SITE_PAGES.filter((page) => isBuilt(page.path));
}

export const PHONE: BrowserContextOptions = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
export const DESKTOP: BrowserContextOptions = { viewport: { width: 1200, height: 900 } };

/**
 * A page in a fresh context (axe needs a page from `browser.newContext()`), opened at a site path.
 * The caller closes the context.
 */
export async function openPage(browser: Browser, sitePath: string, options: BrowserContextOptions = DESKTOP): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: inject("siteUrl"), ...options });
  const page = await context.newPage();
  const response = await page.goto(sitePath);
  if (!response?.ok()) throw new Error(`${sitePath}: HTTP ${response?.status()}`);
  return { context, page };
}

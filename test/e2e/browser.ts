// What the browser tests share: the site served by the global setup, the table of pages every
// check runs on, and pages opened at a phone's or a desktop's size.

import path from "node:path";
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { inject } from "vitest";
import { hasCorpus, projectRoot } from "../helpers/paths.js";

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
  /** Only a build of the shared corpus has this page (notes/ holds one meeting). */
  corpusOnly?: boolean;
}

/** Every check (phone width, dark mode, axe, screenshots) runs on each of these pages. */
const ALL_PAGES: SitePage[] = [
  { name: "index", path: "/" },
  { name: "meeting", path: "/meetings/2019-09-03/" },
  // A corpus note with a long code block, which once scrolled out of a keyboard's reach.
  { name: "meeting-with-code", path: "/meetings/2019-10-15/", corpusOnly: true },
  { name: "decision-log", path: "/decisions/" },
  { name: "issue", path: "/issues/osquery/osquery/5706/" },
  { name: "person", path: "/people/directionless/" },
  { name: "search", path: "/search/" },
];

/** The pages of the site the browser tests build: the corpus where ../shared is there, else notes/. */
export const SITE_PAGES = ALL_PAGES.filter((page) => hasCorpus || !page.corpusOnly);

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

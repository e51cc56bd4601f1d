// Each page of the table in browser.ts, as different readers get it: on a 375 px phone, in light
// and dark mode, through a screen reader's eyes (axe-core), and as screenshots for people to look at.

import fs from "node:fs";
import path from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { DESKTOP, openPage, PHONE, SCREENSHOTS_DIR, SITE_PAGES } from "./browser.js";
import { launchChromium } from "./chromium.js";

const SCHEMES = ["light", "dark"] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The deepest elements that stick out past the right edge of the viewport, for the failure message. */
function findOverflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.body.querySelectorAll("*")].filter((e) => e.getBoundingClientRect().right > width + 0.5);
    const deepest = wide.filter((e) => !wide.some((other) => other !== e && e.contains(other)));
    return {
      scrollsSideways: document.documentElement.scrollWidth > width,
      culprits: deepest.slice(0, 5).map((e) => `<${e.tagName.toLowerCase()} class="${e.className}"> ${e.textContent?.trim().slice(0, 60)}`),
    };
  });
}

// Text with a contrast below 4.5:1 against what is behind it (WCAG AA for body-size text).
function findLowContrast(page: Page) {
  return page.evaluate(() => {
    const SAMPLES: Record<string, string> = {
      "body text": "main p, main li, main td",
      links: "a",
      "secondary text": ".muted, .lead, .entry-date, .entry-counts, .meeting-date, .tag, .site-footer p",
    };
    type Rgba = [number, number, number, number];
    const parse = (colour: string): Rgba => {
      const match = /^rgba?\(([^)]+)\)$/.exec(colour);
      if (!match) throw new Error(`cannot read the colour ${colour}`);
      const [r = 0, g = 0, b = 0, a = 1] = match[1]!.split(/[\s,/]+/).map(Number);
      return [r, g, b, a];
    };
    const over = ([r, g, b, a]: Rgba, [r2, g2, b2]: Rgba): Rgba => [r * a + r2 * (1 - a), g * a + g2 * (1 - a), b * a + b2 * (1 - a), 1];
    const background = (element: Element): Rgba => {
      const layers: Rgba[] = [];
      for (let e: Element | null = element; e; e = e.parentElement) {
        const colour = parse(getComputedStyle(e).backgroundColor);
        if (colour[3] > 0) layers.push(colour);
        if (colour[3] === 1) break;
      }
      return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
    };
    const luminance = ([r, g, b]: Rgba) => {
      const channel = (v: number) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const low: string[] = [];
    for (const [name, selector] of Object.entries(SAMPLES)) {
      for (const element of document.querySelectorAll(selector)) {
        const ownText = [...element.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== "");
        if (!ownText || element.getBoundingClientRect().width === 0) continue;
        const back = background(element);
        const text = over(parse(getComputedStyle(element).color), back);
        const [light, dark] = [luminance(text), luminance(back)].sort((x, y) => y - x) as [number, number];
        const ratio = (light + 0.05) / (dark + 0.05);
        if (ratio < 4.5) low.push(`${name} ${ratio.toFixed(2)}:1 (${getComputedStyle(element).color} on rgb(${back.slice(0, 3).join(", ")})): "${element.textContent!.trim().slice(0, 40)}"`);
      }
    }
    return low;
  });
}

describe.each(SITE_PAGES)("the $name page ($path)", ({ name, path: sitePath }) => {
  test("has no horizontal scrolling 375 px wide", async () => {
    const { context, page } = await openPage(browser, sitePath, PHONE);
    expect(await findOverflow(page)).toEqual({ scrollsSideways: false, culprits: [] });
    await context.close();
  });

  test.each(SCHEMES)("has readable contrast for body text and links in %s mode", async (colorScheme) => {
    const { context, page } = await openPage(browser, sitePath, { ...DESKTOP, colorScheme });
    expect(await findLowContrast(page)).toEqual([]);
    await context.close();
  });

  test.each(SCHEMES)("has no serious or critical accessibility violation in %s mode (axe-core)", async (colorScheme) => {
    const { context, page } = await openPage(browser, sitePath, { ...DESKTOP, colorScheme });
    const { violations } = await new AxeBuilder({ page }).analyze();
    const serious = violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.slice(0, 5).map((n) => n.target.join(" ")).join(", ")}`);
    expect(serious).toEqual([]);
    await context.close();
  });

  test("is photographed at 1200 and 375 px, light and dark, for people to look at", async () => {
    const sizes: Array<[string, BrowserContextOptions]> = [["1200", DESKTOP], ["375", PHONE]];
    for (const [width, options] of sizes) {
      for (const colorScheme of SCHEMES) {
        const { context, page } = await openPage(browser, sitePath, { ...options, colorScheme });
        const file = path.join(SCREENSHOTS_DIR, `${name}-${width}-${colorScheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        // A PNG at the page's own width (twice a phone's CSS pixels), not an empty or clipped file.
        const png = fs.readFileSync(file);
        expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
        expect(png.readUInt32BE(16)).toBe(width === "1200" ? 1200 : 750);
        await context.close();
      }
    }
  });
});

describe("every meeting page", () => {
  const meetings = JSON.parse(fs.readFileSync(path.join(inject("outputDir"), "api/meetings.json"), "utf8")) as Array<{ url: string }>;

  test("has no horizontal scrolling 375 px wide", async () => {
    const context = await browser.newContext({ baseURL: inject("siteUrl"), ...PHONE });
    const page = await context.newPage();
    const sideways: Record<string, string[]> = {};
    for (const { url } of meetings) {
      await page.goto(url);
      const { scrollsSideways, culprits } = await findOverflow(page);
      if (scrollsSideways) sideways[url] = culprits;
    }
    expect(sideways).toEqual({});
    await context.close();
  });
});

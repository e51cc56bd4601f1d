// Reading a meeting as people do: from the index to a meeting to a decision, from a shared decision
// link, with the keyboard alone, and through search.

import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openPage } from "./browser.js";
import { launchChromium } from "./chromium.js";

const MEETING = "/meetings/2019-09-03/";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Where the decision with this id sits on the page, and how it looks next to another decision. */
function inspectDecision(page: Page, id: string) {
  return page.evaluate((decisionId) => {
    const target = document.getElementById(decisionId);
    const other = [...document.querySelectorAll(".note .decision")].find((d) => d !== target);
    if (!target || !other) throw new Error(`no decision #${decisionId}, or no other decision to compare it with`);
    const rect = target.getBoundingClientRect();
    const look = (element: Element) => {
      const style = getComputedStyle(element);
      return `${style.backgroundColor} ${style.backgroundImage} ${style.outlineStyle}`;
    };
    return {
      text: target.textContent,
      inViewport: rect.top >= 0 && rect.bottom <= window.innerHeight && rect.height > 0,
      highlighted: look(target) !== look(other),
    };
  }, id);
}

describe("following a decision link", () => {
  test("from the index to a meeting to a decision in its summary lands on the highlighted sentence", async () => {
    const { context, page } = await openPage(browser, "/");
    await page.locator(`main a[href="${MEETING}"]`).click();
    await page.waitForURL(`**${MEETING}`);
    await page.locator('.summary a[href="#merge-custom-toolchain-work"]').click();
    expect(new URL(page.url()).hash).toBe("#merge-custom-toolchain-work");
    expect(await inspectDecision(page, "merge-custom-toolchain-work")).toEqual({
      text: "We will merge the custom toolchain work.",
      inViewport: true,
      highlighted: true,
    });
    await context.close();
  });

  test("opened directly, as a shared link, lands on the highlighted sentence", async () => {
    const { context, page } = await openPage(browser, `${MEETING}#lets-try`);
    expect(await inspectDecision(page, "lets-try")).toEqual({ text: "Let's try it.", inViewport: true, highlighted: true });
    await context.close();
  });
});

describe("with the keyboard alone", () => {
  /** The focused element: what it is, and whether a reader can see where focus is. */
  const focused = (page: Page) =>
    page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const style = getComputedStyle(element);
      const rect = element.getBoundingClientRect();
      return {
        label: `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""} "${element.textContent?.trim().slice(0, 40)}"`,
        href: element.getAttribute("href"),
        inMain: element.closest("main") !== null,
        inDecisions: element.closest('[aria-labelledby="meeting-decisions"]') !== null,
        outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0,
        inViewport: rect.top >= 0 && rect.bottom <= window.innerHeight && rect.height > 0,
      };
    });

  test("the skip link leads past the header, and Tab reaches the first decision with focus always visible", async () => {
    const { context, page } = await openPage(browser, MEETING);
    await page.keyboard.press("Tab");
    expect(await focused(page)).toMatchObject({ href: "#main", outline: true, inViewport: true });
    await page.keyboard.press("Enter");

    const stops = [];
    for (let tabs = 0; tabs < 40; tabs++) {
      await page.keyboard.press("Tab");
      const stop = await focused(page);
      stops.push(stop);
      if (stop.inDecisions) break;
    }
    expect(stops[0]?.inMain, `first stop after the skip link: ${stops[0]?.label}`).toBe(true);
    expect(stops.filter((s) => !s.outline).map((s) => s.label)).toEqual([]);
    const decision = stops.at(-1)!;
    expect(decision.inDecisions, "a decision link within 40 presses of Tab").toBe(true);

    await page.keyboard.press("Enter");
    expect(new URL(page.url()).hash).toBe(decision.href);
    expect(await inspectDecision(page, decision.href!.slice(1))).toMatchObject({ inViewport: true, highlighted: true });
    await context.close();
  });
});

test("searching for 'toolchain' finds the 2019-09-03 meeting", async () => {
  const { context, page } = await openPage(browser, "/search/");
  await page.locator("main input").first().fill("toolchain");
  await page.locator(`main a[href*="${MEETING}"]`).first().click();
  await page.waitForURL(`**${MEETING}**`);
  expect(new URL(page.url()).pathname).toBe(MEETING);
  await context.close();
});

// Debian's Chromium, driven by playwright-core (never a browser download of Playwright's own).

import fs from "node:fs";
import { type Browser, chromium } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/** Why the browser tests cannot run here and how to fix it, or null when Chromium is installed. */
export function chromiumMissing(): string | null {
  if (fs.existsSync(CHROMIUM)) return null;
  return (
    `The browser tests need Chromium, and there is none at ${CHROMIUM}.\n` +
    "Install it with: sudo apt-get install -y chromium   (Debian/Ubuntu; as root, without sudo)\n" +
    "or set CHROMIUM_PATH to a Chromium or Chrome binary."
  );
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

// `npm run test:e2e`: the browser suite (test/e2e/), kept out of `npm test` because it needs Chromium.
// Without Chromium it fails, saying how to install it: CI must never pass by skipping it.

import { defineConfig } from "vitest/config";
import { chromiumMissing } from "./test/e2e/chromium.js";

const missing = chromiumMissing();
if (missing) {
  console.error(missing);
  process.exit(1);
}

export default defineConfig({
  test: {
    include: ["test/e2e/**/*.test.ts"],
    globalSetup: ["test/temp-folder-setup.ts", "test/e2e/global-setup.ts"],
    // One Chromium at a time: the machines this runs on have two cores.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});

import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "vitest/config";

// The corpus tests read ../shared (present in CI, absent in a fresh clone); say which it is.
const corpus = path.resolve(import.meta.dirname, "../shared/corpus/osquery-office-hours");
const hasCorpus = fs.existsSync(corpus);
console.log(hasCorpus ? `corpus tests: running against ${corpus}` : "corpus tests: not run (../shared/corpus is not beside this checkout)");

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // test/e2e needs Chromium: it runs with `npm run test:e2e` (vitest.e2e.config.ts).
    exclude: ["test/e2e/**", ...(hasCorpus ? [] : ["test/corpus/**"])],
    globalSetup: ["test/temp-folder-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

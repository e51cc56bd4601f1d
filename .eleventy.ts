// Eleventy wiring only: where things are, the site data, filters, and what the build prints.
// Run through tsx: node --import tsx node_modules/@11ty/eleventy/cmd.cjs --config=.eleventy.ts

import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { loadConfig } from "./src/config.js";
import { NotesError } from "./src/diagnostics.js";
import { formatBuildReport } from "./src/load/build-report.js";
import { publishSources } from "./src/load/publish-sources.js";
import { readStats } from "./src/load/read-notes.js";
import { parseStats } from "./src/parse-note.js";
import { writeSearchIndex } from "./src/search/search-index.js";
import { keepBuildingWhenOutputCloses } from "./src/site/closed-output.js";
import { registerFilters } from "./src/site/filters.js";
import { loadSite, type Site } from "./src/site/load-site.js";
import { writeMeetingsJson } from "./src/site/meetings-json.js";
import { MeetingCache } from "./src/site/meeting-cache.js";
import { cacheStats } from "./src/site/parse-cache.js";
import { fastUrlFilter } from "./src/site/url-filter.js";

export default function (eleventyConfig: UserConfig) {
  keepBuildingWhenOutputCloses();
  const config = loadConfig();
  const watching = process.env.ELEVENTY_RUN_MODE !== "build";
  // Under npm start (serve or watch), a rebuild re-reads and re-parses only the notes that changed.
  const cache = new MeetingCache({ betweenBuilds: watching });
  let site: Site | undefined;
  let loadedOnce = false;
  reportBuildStats(eleventyConfig);

  // The notes are read once per build, before Eleventy renders anything, so their problems are
  // reported as `path:line:` lines and not as an Eleventy stack.
  eleventyConfig.on("eleventy.before", async () => {
    site = undefined;
    let notesError: NotesError | undefined;
    try {
      // The parse cache on disk serves builds that start with nothing parsed: a one-off build, npm start's first.
      site = await loadSite(config, cache, { stored: !loadedOnce });
      // Parsing leaves its tokens behind (about 100 MB at 10,000 notes) for V8 to collect later,
      // on top of the pages Eleventy is about to render; `npm run build` exposes gc to free them now.
      (globalThis as { gc?: () => void }).gc?.();
    } catch (error) {
      if (!(error instanceof NotesError)) throw error;
      notesError = error;
    }
    const diagnostics = site?.diagnostics ?? notesError!.diagnostics;
    if (!notesError) {
      for (const line of formatBuildReport(diagnostics, config.notesDir, "built")) console.warn(line);
      return;
    }
    // The command line stops here, saying it once. Once a watched site is up, Eleventy gets the
    // error instead: it prints it, shows it in the dev server and keeps watching. The
    // programmatic API gets it too, to catch.
    if (process.env.ELEVENTY_SOURCE === "cli" && (!watching || !loadedOnce)) {
      for (const line of formatBuildReport(diagnostics, config.notesDir, "stopped")) console.error(line);
      process.exit(1);
    }
    for (const line of formatBuildReport(diagnostics, config.notesDir, "thrown")) console.warn(line);
    throw notesError;
  });
  eleventyConfig.on("eleventy.after", async ({ outputMode, directories }: { outputMode: string; directories: { output: string } }) => {
    if (!site || outputMode !== "fs") return;
    // Where Eleventy wrote the pages: OUTPUT_DIR, unless its own --output said otherwise.
    const outputDir = path.resolve(directories.output);
    writeMeetingsJson(site.meetings, outputDir, eleventyConfig.getFilter("url") as (path: string) => string);
    publishSources(
      cache.changed.map((c) => c.source),
      config.notesDir,
      outputDir,
    );
    // The index is written once under npm start: re-indexing every page would cost each edit
    // seconds. SEARCH_INDEX=off skips it (the benchmark times Pagefind on its own).
    if (process.env.SEARCH_INDEX !== "off" && !loadedOnce) {
      const { outputPath } = await writeSearchIndex(outputDir);
      console.log(`[search] Wrote the search index to ${outputPath}`);
    }
    loadedOnce = true;
  });

  eleventyConfig.addExtension("11ty.ts", { key: "11ty.js" });
  eleventyConfig.addTemplateFormats("11ty.ts");
  eleventyConfig.addGlobalData("site", () => Object.freeze(site));
  registerFilters(eleventyConfig);
  eleventyConfig.addFilter("url", fastUrlFilter(config.pathPrefix, eleventyConfig.getFilter("url")));
  eleventyConfig.addPassthroughCopy({ "src/assets": "assets" });
  eleventyConfig.addWatchTarget(config.notesDir);
  // Eleventy waits until a changed file has kept its size for 150 ms, polling every 25 ms, before it
  // rebuilds: a sixth of the second an author waits at 1,000 notes. A note is saved in one write;
  // one saved in pieces gets a second rebuild, which Eleventy queues behind the first.
  eleventyConfig.setChokidarConfig({ awaitWriteFinish: { stabilityThreshold: 40, pollInterval: 10 } });
  eleventyConfig.setQuietMode(true);
  return {
    dir: { input: "src/pages", includes: "../../_includes", output: config.outputDir },
    pathPrefix: config.pathPrefix,
    templateFormats: ["11ty.ts"],
  };
}

/** NOTES_BUILD_STATS=1 prints how many notes each build read, parsed and took from the parse cache (the exactly-once tests read it). */
function reportBuildStats(eleventyConfig: UserConfig): void {
  if (!process.env.NOTES_BUILD_STATS) return;
  let before = { read: 0, parsed: 0, taken: 0 };
  eleventyConfig.on("eleventy.before", () => {
    before = { read: readStats.files, parsed: parseStats.notes, taken: cacheStats.taken };
  });
  eleventyConfig.on("eleventy.after", () => {
    console.error(`notes: read ${readStats.files - before.read}, parsed ${parseStats.notes - before.parsed}, from the parse cache ${cacheStats.taken - before.taken}`);
  });
}

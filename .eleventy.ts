// Eleventy wiring only: where things are, the site data, filters, and what the build prints.
// Run through tsx: node --import tsx node_modules/@11ty/eleventy/cmd.cjs --config=.eleventy.ts

import type UserConfig from "@11ty/eleventy/UserConfig";
import { loadConfig } from "./src/config.js";
import { writeSearchIndex } from "./src/search/search-index.js";
import { NotesError } from "./src/diagnostics.js";
import { formatBuildReport } from "./src/load/build-report.js";
import { publishSources } from "./src/load/publish-sources.js";
import { registerFilters } from "./src/site/filters.js";
import { loadSite, type Site } from "./src/site/load-site.js";

export default function (eleventyConfig: UserConfig) {
  const config = loadConfig();
  let site: Site | undefined;
  let loadedOnce = false;

  // The notes are read once per build, before Eleventy renders anything, so their problems are
  // reported as `path:line:` lines and not as an Eleventy stack.
  eleventyConfig.on("eleventy.before", () => {
    site = undefined;
    let notesError: NotesError | undefined;
    try {
      site = loadSite(config);
    } catch (error) {
      if (!(error instanceof NotesError)) throw error;
      notesError = error;
    }
    const diagnostics = site?.diagnostics ?? notesError!.diagnostics;
    if (!notesError) {
      for (const line of formatBuildReport(diagnostics, config.notesDir, "built")) console.warn(line);
      loadedOnce = true;
      return;
    }
    // The command line stops here, saying it once. Once a watched site is up, Eleventy gets the
    // error instead: it prints it, shows it in the dev server and keeps watching. The
    // programmatic API gets it too, to catch.
    if (process.env.ELEVENTY_SOURCE === "cli" && (process.env.ELEVENTY_RUN_MODE === "build" || !loadedOnce)) {
      for (const line of formatBuildReport(diagnostics, config.notesDir, "stopped")) console.error(line);
      process.exit(1);
    }
    for (const line of formatBuildReport(diagnostics, config.notesDir, "thrown")) console.warn(line);
    throw notesError;
  });
  eleventyConfig.on("eleventy.after", ({ outputMode }: { outputMode: string }) => {
    if (site && outputMode === "fs") publishSources(site.meetings.map((m) => m.source), config.notesDir, config.outputDir);
  });

  eleventyConfig.addExtension("11ty.ts", { key: "11ty.js" });
  eleventyConfig.addTemplateFormats("11ty.ts");
  eleventyConfig.addGlobalData("site", () => Object.freeze(site));
  registerFilters(eleventyConfig);
  eleventyConfig.addPassthroughCopy({ "src/assets": "assets" });
  eleventyConfig.addWatchTarget(config.notesDir);
  eleventyConfig.setQuietMode(true);
  eleventyConfig.on("eleventy.after", async () => {
    const { outputPath } = await writeSearchIndex(config.outputDir);
    console.log(`[search] Wrote the search index to ${outputPath}`);
  });
  return {
    dir: { input: "src/pages", includes: "../../_includes", output: config.outputDir },
    pathPrefix: config.pathPrefix,
    templateFormats: ["11ty.ts"],
  };
}

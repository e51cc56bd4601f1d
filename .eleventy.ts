// Eleventy wiring only: where things are, the one markdown-it instance, the site data, filters.
// Run through tsx: node --import tsx node_modules/@11ty/eleventy/cmd.cjs --config=.eleventy.ts

import type UserConfig from "@11ty/eleventy/UserConfig";
import { loadConfig } from "./src/config.js";
import { readStats } from "./src/load/read-notes.js";
import { parseStats } from "./src/parse-note.js";
import { copyNotes } from "./src/site/copy-notes.js";
import { registerFilters } from "./src/site/filters.js";
import { loadSite } from "./src/site/load-site.js";
import { MeetingCache } from "./src/site/meeting-cache.js";
import { fastUrlFilter } from "./src/site/url-filter.js";

export default function (eleventyConfig: UserConfig) {
  const config = loadConfig();
  // Under npm start (serve or watch), a rebuild re-reads and re-parses only the notes that changed.
  const cache = new MeetingCache({ betweenBuilds: process.env.ELEVENTY_RUN_MODE !== "build" });
  eleventyConfig.addExtension("11ty.ts", { key: "11ty.js" });
  eleventyConfig.addTemplateFormats("11ty.ts");
  eleventyConfig.addGlobalData("site", async () => Object.freeze(await loadSite(config, cache)));
  registerFilters(eleventyConfig);
  eleventyConfig.addFilter("url", fastUrlFilter(config.pathPrefix, eleventyConfig.getFilter("url")));
  eleventyConfig.addPassthroughCopy({ "src/assets": "assets" });
  eleventyConfig.on("eleventy.after", () => copyNotes(cache.changed, config.outputDir));
  eleventyConfig.addWatchTarget(config.notesDir);
  reportBuildStats(eleventyConfig);
  eleventyConfig.setQuietMode(true);
  return {
    dir: { input: "src/pages", includes: "../../_includes", output: config.outputDir },
    pathPrefix: config.pathPrefix,
    templateFormats: ["11ty.ts"],
  };
}

/** NOTES_BUILD_STATS=1 prints how many notes each build read and parsed (the exactly-once test reads it). */
function reportBuildStats(eleventyConfig: UserConfig): void {
  if (!process.env.NOTES_BUILD_STATS) return;
  let before = { read: 0, parsed: 0 };
  eleventyConfig.on("eleventy.before", () => {
    before = { read: readStats.files, parsed: parseStats.notes };
  });
  eleventyConfig.on("eleventy.after", () => {
    console.error(`notes: read ${readStats.files - before.read}, parsed ${parseStats.notes - before.parsed}`);
  });
}

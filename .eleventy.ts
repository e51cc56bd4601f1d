// Eleventy wiring only: where things are, the one markdown-it instance, the site data, filters.
// Run through tsx: node --import tsx node_modules/@11ty/eleventy/cmd.cjs --config=.eleventy.ts

import type UserConfig from "@11ty/eleventy/UserConfig";
import { loadConfig } from "./src/config.js";
import { registerFilters } from "./src/site/filters.js";
import { loadSite } from "./src/site/load-site.js";
import { fastUrlFilter } from "./src/site/url-filter.js";

export default function (eleventyConfig: UserConfig) {
  const config = loadConfig();
  eleventyConfig.addExtension("11ty.ts", { key: "11ty.js" });
  eleventyConfig.addTemplateFormats("11ty.ts");
  eleventyConfig.addGlobalData("site", () => Object.freeze(loadSite(config)));
  registerFilters(eleventyConfig);
  eleventyConfig.addFilter("url", fastUrlFilter(config.pathPrefix, eleventyConfig.getFilter("url")));
  eleventyConfig.addPassthroughCopy({ "src/assets": "assets" });
  eleventyConfig.addPassthroughCopy({ [`${config.notesDir}/**/*.md`]: "notes" });
  eleventyConfig.addWatchTarget(config.notesDir);
  eleventyConfig.setQuietMode(true);
  return {
    dir: { input: "src/pages", includes: "../../_includes", output: config.outputDir },
    pathPrefix: config.pathPrefix,
    templateFormats: ["11ty.ts"],
  };
}

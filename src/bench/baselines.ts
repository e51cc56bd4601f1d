// The builds the site is measured against, each a project of its own in the benchmark's temp
// folder, so none of our code or configuration is in them: Eleventy with the notes as plain
// Markdown templates, Hugo with a trivial layout, and markdown-it alone.

import fs from "node:fs";
import path from "node:path";
import type { Command } from "./measure.js";

const PAGE = "<!doctype html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>TITLE</title></head>\n<body>\nBODY\n</body>\n</html>\n";

function page(title: string, body: string): string {
  return PAGE.replace("TITLE", title).replace("BODY", body);
}

/**
 * Eleventy as a user would start with it: every note a Markdown template (not run through
 * Liquid first, which the notes' `{{` would trip), one Nunjucks layout, no data of our own.
 * Plain JavaScript config, so no TypeScript loader is timed.
 */
export function bareEleventy(root: string, work: string, notesDir: string, outputDir: string): Command {
  const dir = path.join(work, "bare-eleventy");
  fs.mkdirSync(path.join(dir, "_includes"), { recursive: true });
  fs.writeFileSync(path.join(dir, "_includes", "note.njk"), page("{{ page.fileSlug }}", "{{ content | safe }}"));
  fs.writeFileSync(
    path.join(dir, "eleventy.config.mjs"),
    `export default function (eleventyConfig) {
  eleventyConfig.addGlobalData("layout", "note.njk");
  eleventyConfig.setQuietMode(true);
  return { dir: { includes: ${JSON.stringify(path.relative(notesDir, path.join(dir, "_includes")))} }, markdownTemplateEngine: false, templateFormats: ["md"] };
}
`,
  );
  return {
    command: process.execPath,
    args: [path.join(root, "node_modules/@11ty/eleventy/cmd.cjs"), "--config=eleventy.config.mjs", `--input=${notesDir}`, `--output=${outputDir}`],
    cwd: dir,
  };
}

/** Hugo with one trivial page per note and nothing else (no lists, feeds, sitemap). */
export function hugo(work: string, notesDir: string, outputDir: string): Command {
  const dir = path.join(work, "hugo");
  fs.mkdirSync(path.join(dir, "layouts", "_default"), { recursive: true });
  fs.writeFileSync(
    path.join(dir, "config.toml"),
    `baseURL = "http://localhost/"\ncontentDir = ${JSON.stringify(notesDir)}\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404", "section"]\n`,
  );
  fs.writeFileSync(path.join(dir, "layouts", "_default", "single.html"), page("{{ .File.BaseFileName }}", "{{ .Content }}"));
  fs.writeFileSync(path.join(dir, "layouts", "index.html"), page("notes", ""));
  return { command: "hugo", args: ["--quiet", "--source", dir, "--destination", outputDir], cwd: dir };
}

export function markdownItAlone(root: string, notesDir: string): Command {
  return { command: process.execPath, args: [path.join(root, "src/bench/markdown-it-alone.mjs"), notesDir], cwd: root };
}

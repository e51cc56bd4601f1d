// The site's settings: defaults for the osquery office hours, each overridable from the
// environment so any notes folder builds anywhere (NOTES_DIR=../other npm run build).

import path from "node:path";

export interface SiteConfig {
  /** Absolute path of the folder of Markdown notes. */
  notesDir: string;
  /** Absolute path the site is written to. */
  outputDir: string;
  title: string;
  description: string;
  /** Title of a meeting whose note has no title of its own; the date is appended. */
  meetingTitle: string;
  /** Absolute URL of the published site, for feeds, sitemap and Open Graph tags. */
  siteUrl: string;
  /** Where the site is served under, e.g. `/meeting-notes/` on GitHub Pages. */
  pathPrefix: string;
  /** `owner/name` that short references (`#6280`, `PR 7048`) point to. */
  defaultRepo: string;
  /** Base URL of the notes folder in its repository, for "edit this note" links; optional. */
  sourceUrl: string | null;
  /** Absolute path of the folder the build keeps each note's parse in for the next build; null for none. */
  parseCache: string | null;
}

export const defaults = {
  notesDir: "notes",
  outputDir: "_site",
  title: "osquery office hours",
  description: "Decisions, action items and discussions from the osquery project's office hours.",
  meetingTitle: "osquery office hours",
  siteUrl: "http://localhost:8080/",
  pathPrefix: "/",
  defaultRepo: "osquery/osquery",
  parseCache: ".cache/parse",
} as const;

function withSlashes(prefix: string): string {
  const trimmed = prefix.replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): SiteConfig {
  const sourceUrl =
    env.SOURCE_URL ??
    (env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL ?? "https://github.com"}/${env.GITHUB_REPOSITORY}/blob/${env.GITHUB_REF_NAME ?? "main"}/notes/` : null);
  return {
    notesDir: path.resolve(cwd, env.NOTES_DIR || defaults.notesDir),
    outputDir: path.resolve(cwd, env.OUTPUT_DIR || defaults.outputDir),
    title: env.SITE_TITLE || defaults.title,
    description: defaults.description,
    meetingTitle: env.MEETING_TITLE || defaults.meetingTitle,
    siteUrl: (env.SITE_URL || defaults.siteUrl).replace(/\/*$/, "/"),
    pathPrefix: withSlashes(env.PATH_PREFIX || defaults.pathPrefix),
    defaultRepo: (env.DEFAULT_REPO || defaults.defaultRepo).toLowerCase(),
    sourceUrl: sourceUrl ? sourceUrl.replace(/\/*$/, "/") : null,
    parseCache: env.PARSE_CACHE === "off" ? null : path.resolve(cwd, env.PARSE_CACHE || defaults.parseCache),
  };
}

/** A site path under the path prefix, as Eleventy's `url` filter makes it. */
export function siteUrl(config: Pick<SiteConfig, "pathPrefix">, sitePath: string): string {
  return config.pathPrefix + sitePath.replace(/^\/+/, "");
}

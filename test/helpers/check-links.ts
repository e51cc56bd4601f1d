// Finds the internal links of a built site that lead nowhere: no file at the path, or no element
// with the #fragment's id on the page. Reads the files directly (no server, nothing fetched), so it
// runs in `npm test` on a machine with nothing but Node. External links are left alone.

import fs from "node:fs";
import path from "node:path";
import { Parser } from "htmlparser2";

export interface BrokenLink {
  /** The page holding the link, relative to the output folder. */
  page: string;
  href: string;
  reason: string;
}

export interface LinkCheckOptions {
  /** The site's PATH_PREFIX: every internal link must stay under it. */
  pathPrefix?: string;
  /** The site's SITE_URL: absolute links to its origin (canonical links) are internal too. */
  siteUrl?: string;
}

interface ParsedPage {
  ids: Set<string>;
  links: string[];
}

// Attributes that load or lead to another resource; `srcset` is not used by the site.
const LINK_ATTRIBUTES: Record<string, string[]> = {
  a: ["href"],
  area: ["href"],
  link: ["href"],
  img: ["src"],
  script: ["src"],
  source: ["src"],
  iframe: ["src"],
  form: ["action"],
};

export function listFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

function parsePage(text: string): ParsedPage {
  const ids = new Set<string>();
  const links: string[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      if (attributes.id !== undefined) ids.add(attributes.id);
      if (name === "a" && attributes.name !== undefined) ids.add(attributes.name);
      for (const attribute of LINK_ATTRIBUTES[name] ?? []) {
        const value = attributes[attribute];
        if (value !== undefined) links.push(value);
      }
    },
  });
  parser.end(text);
  return { ids, links };
}

/** The site path a file is served at: `meetings/x/index.html` is `/meetings/x/`. */
function sitePath(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, "$1")}`;
}

/**
 * @example findBrokenLinks("/tmp/site") // [{ page: "index.html", href: "/meetings/nope/", reason: "no such page" }]
 */
export function findBrokenLinks(outputDir: string, options: LinkCheckOptions = {}): BrokenLink[] {
  const prefix = options.pathPrefix ?? "/";
  // Links resolve against this origin; one that leaves it (and is not the site's own URL) is external.
  const origin = "http://site.invalid";
  const siteUrl = options.siteUrl ? new URL(options.siteUrl) : null;
  const files = new Set(listFiles(outputDir));
  const pages = new Map<string, ParsedPage>();
  const pageOf = (file: string): ParsedPage => {
    let page = pages.get(file);
    if (!page) {
      page = parsePage(fs.readFileSync(path.join(outputDir, file), "utf8"));
      pages.set(file, page);
    }
    return page;
  };

  const broken: BrokenLink[] = [];
  for (const file of [...files].filter((f) => f.endsWith(".html"))) {
    const base = new URL(prefix.replace(/\/$/, "") + sitePath(file), origin);
    for (const href of pageOf(file).links) {
      const report = (reason: string) => broken.push({ page: file, href, reason });
      let target: URL;
      try {
        target = new URL(href, base);
      } catch {
        report("not a URL");
        continue;
      }
      // The site is served at its origin under the path prefix, so a page's absolute URL has the
      // same path as its internal links.
      if (siteUrl && target.origin === siteUrl.origin) target = new URL(target.pathname + target.hash, origin);
      if (target.origin !== origin) continue;
      if (!target.pathname.startsWith(prefix)) {
        report(`outside the path prefix ${prefix}`);
        continue;
      }
      const local = decodeURIComponent(target.pathname.slice(prefix.length));
      const targetFile = [local === "" || local.endsWith("/") ? `${local}index.html` : local, `${local}/index.html`].find((f) => files.has(f));
      if (!targetFile) {
        report("no such page");
        continue;
      }
      if (href.includes("#")) {
        const id = decodeURIComponent(target.hash.slice(1));
        if (id === "") report("empty fragment");
        else if (!targetFile.endsWith(".html")) report(`a fragment on ${targetFile}, which is not a page`);
        else if (!pageOf(targetFile).ids.has(id)) report(`no element with id "${id}" on ${targetFile}`);
      }
    }
  }
  return broken;
}


// Reading a built site the way a reader or a feed reader would: a list across its pages, the
// entries of a feed, the links of every page.

import fs from "node:fs";
import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { Built } from "./build.js";

/** The HTML of a list's pages, following its rel="next" links from the first. */
export function listPages(site: Built, first: string): string[] {
  const pages: string[] = [];
  for (let at: string | undefined = first; at; ) {
    const page = site.read(path.join(at, "index.html"));
    pages.push(page);
    at = /<a rel="next" href="([^"]+)">/.exec(page)?.[1];
  }
  return pages;
}

/** Every match of a regular expression's first group, in order. */
export function allMatches(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)].map((m) => m[1]!);
}

export interface FeedEntry {
  title: string;
  id: string;
  link: string;
  updated: string;
  summary: string;
}

/** Parses an Atom feed with a real XML parser; throws if it is not well formed. */
export function readFeed(xml: string): { title: string; links: string[]; entries: FeedEntry[] } {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`not well-formed XML: ${valid.err.msg} at line ${valid.err.line}`);
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name) => name === "entry" || name === "link" });
  const { feed } = parser.parse(xml) as { feed: { title: string; link: Array<{ href: string }>; entry?: Array<Record<string, unknown>> } };
  return {
    title: feed.title,
    links: feed.link.map((l) => l.href),
    entries: (feed.entry ?? []).map((e) => ({
      title: String(e.title),
      id: String(e.id),
      link: (e.link as Array<{ href: string }>)[0]!.href,
      updated: String(e.updated),
      summary: String(e.summary),
    })),
  };
}

/** Every HTML file of the site, as paths relative to its folder. */
export function htmlFiles(site: Built): string[] {
  return fs
    .readdirSync(site.outputDir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".html"))
    .map((f) => f.split(path.sep).join("/"));
}

// Looks through every file a build wrote for anything a browser or a feed reader could run: script
// and frame elements, event-handler and style attributes, script-capable URLs. HTML is read with
// parse5, the WHATWG parser, so markup is found exactly where a browser would find it.

import fs from "node:fs";
import path from "node:path";
import { parse, parseFragment } from "parse5";

export interface Finding {
  file: string;
  problem: string;
}

interface Node {
  nodeName: string;
  tagName?: string;
  attrs?: Array<{ name: string; value: string }>;
  childNodes?: Node[];
  content?: Node;
  value?: string;
}

const ELEMENTS_THAT_RUN = new Set(["script", "iframe", "frame", "frameset", "object", "embed", "applet", "style", "base", "portal", "animate", "set", "handler", "listener", "foreignobject"]);
const URL_ATTRIBUTES = new Set(["href", "src", "action", "formaction", "xlink:href", "poster", "background", "cite", "data", "codebase", "lowsrc", "dynsrc", "ping", "manifest", "srcset", "imagesrcset"]);
const SCRIPT_SCHEME = /^(?:javascript|vbscript|data|file|blob|filesystem):/;

/** A URL as the browser reads it: outer spaces and control characters stripped, tabs and newlines removed. */
function scheme(url: string): string {
  return url
    .replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "")
    .replace(/[\t\n\r]/g, "")
    .toLowerCase();
}

function attributeProblems(tag: string, name: string, value: string, ownScript: (src: string) => boolean): string[] {
  const problems: string[] = [];
  const lower = name.toLowerCase();
  if (lower.startsWith("on")) problems.push(`<${tag}> has an event handler ${name}="${value}"`);
  if (lower === "style") problems.push(`<${tag}> has a style attribute "${value}"`);
  if (URL_ATTRIBUTES.has(lower)) {
    const urls = lower.endsWith("srcset") ? value.split(",").map((part) => part.trim().split(/\s+/)[0] ?? "") : [value];
    for (const url of urls) if (SCRIPT_SCHEME.test(scheme(url))) problems.push(`<${tag} ${name}="${value}"> uses a script-capable URL`);
  }
  if (tag === "meta" && lower === "http-equiv" && value.toLowerCase() !== "content-security-policy") problems.push(`<meta http-equiv="${value}">`);
  if (tag === "script" && lower === "src" && !ownScript(value)) problems.push(`<script src="${value}"> is not one of the site's own scripts`);
  return problems;
}

function walk(node: Node, visit: (element: Node) => void): void {
  if (node.tagName) visit(node);
  for (const child of node.childNodes ?? []) walk(child, visit);
  if (node.content) walk(node.content, visit);
}

function textOf(node: Node): string {
  return node.nodeName === "#text" ? (node.value ?? "") : (node.childNodes ?? []).map(textOf).join("");
}

/** Problems in one HTML document or fragment. A script is ours when it has a `src` under the site's assets and no inline code. */
export function scanHtml(html: string, ownScript: (src: string) => boolean, fragment = false): string[] {
  const problems: string[] = [];
  const root = (fragment ? parseFragment(html) : parse(html)) as unknown as Node;
  walk(root, (element) => {
    const tag = element.tagName!.toLowerCase();
    const attrs = element.attrs ?? [];
    const src = attrs.find((a) => a.name === "src")?.value;
    const isOwnScript = tag === "script" && src !== undefined && ownScript(src) && textOf(element).trim() === "";
    if (ELEMENTS_THAT_RUN.has(tag) && !isOwnScript) problems.push(`<${tag}> element`);
    for (const { name, value } of attrs) problems.push(...attributeProblems(tag, name, value, ownScript));
  });
  return problems;
}

/** Every `id` attribute in an HTML document or fragment, in order, repeats included. */
export function elementIds(html: string, fragment = false): string[] {
  const ids: string[] = [];
  walk((fragment ? parseFragment(html) : parse(html)) as unknown as Node, (element) => {
    for (const { name, value } of element.attrs ?? []) if (name === "id") ids.push(value);
  });
  return ids;
}

/** The Content-Security-Policy of a page, from its meta tag in <head>; null without one. */
export function contentSecurityPolicy(html: string): string | null {
  const root = parse(html) as unknown as Node;
  let policy: string | null = null;
  walk(root, (element) => {
    if (element.tagName !== "meta") return;
    const attrs = new Map((element.attrs ?? []).map((a) => [a.name, a.value]));
    if (attrs.get("http-equiv")?.toLowerCase() === "content-security-policy") policy ??= attrs.get("content") ?? "";
  });
  return policy;
}

const LOOSE_SOURCES = new Set(["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "data:", "blob:", "*", "http:", "https:"]);

/** A page's policy must refuse inline script and style, and script from anywhere but the site. */
export function policyProblems(policy: string | null): string[] {
  if (policy === null) return ["no Content-Security-Policy"];
  const directives = new Map(
    policy
      .split(";")
      .map((d) => d.trim().toLowerCase().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, sources]),
  );
  const problems: string[] = [];
  for (const name of ["script-src", "style-src", "object-src"]) {
    const sources = directives.get(name) ?? directives.get("default-src");
    if (!sources) problems.push(`Content-Security-Policy has no ${name}`);
    else if (sources.some((s) => LOOSE_SOURCES.has(s))) problems.push(`Content-Security-Policy ${name} allows ${sources.join(" ")}`);
  }
  return problems;
}

const XML_ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, "$1")
    .replace(/&(?:#x([0-9a-f]+)|#(\d+)|(\w+));/gi, (all, hex: string, dec: string, name: string) =>
      hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : (XML_ENTITIES[name] ?? all),
    );
}

/**
 * Feeds carry HTML as escaped text that readers decode and render: Atom's `type="html"` elements
 * and RSS's <description>. Each is decoded and scanned as HTML; Atom's plain-text elements (no
 * type) are shown as text by readers, and XHTML ones are markup the first scan already reads.
 */
export function scanXml(xml: string, ownScript: (src: string) => boolean): string[] {
  const problems = scanHtml(xml, ownScript, true);
  // Elements holding text only (escaped markup, or CDATA), so the outer ones do not hide them.
  for (const match of xml.matchAll(/<((?:[\w-]+:)?[\w-]+)\b([^>]*)>((?:[^<]|<!\[CDATA\[[\s\S]*?\]\]>)*)<\/\1>/g)) {
    const [, name, attributes, text] = match as unknown as [string, string, string, string];
    if (!/\btype\s*=\s*["']html["']/.test(attributes) && name !== "description") continue;
    problems.push(...scanHtml(decodeXml(text), ownScript, true).map((p) => `in <${name}>: ${p}`));
  }
  return problems;
}

/** JSON must hold no raw markup, and every URL in it must be a web or site link. */
export function scanJson(json: string): string[] {
  const problems: string[] = [];
  if (json.includes("<")) problems.push("raw < in JSON (markup must be escaped as \\u003c)");
  const visit = (value: unknown, key: string) => {
    if (typeof value === "string") {
      if (/url|href|src|recording|link/i.test(key) && !/^(?:https?:\/\/|\/|#)/.test(scheme(value))) problems.push(`"${key}": "${value}" is not a web or site link`);
    } else if (Array.isArray(value)) value.forEach((v) => visit(v, key));
    else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) visit(v, k);
  };
  visit(JSON.parse(json), "");
  return problems;
}

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

export interface ScanOptions {
  /** Files the site copies verbatim (the notes' sources, our own stylesheet and scripts): relative path -> expected bytes. */
  verbatim: (relativePath: string) => Buffer | null;
  /** Files a tool writes from the scanned pages themselves (a search index), not scanned again. */
  derived?: (relativePath: string) => boolean;
  ownScript: (src: string) => boolean;
}

/** Every problem in every file under `outputDir`; a file of a kind we do not know is a problem too. */
export function scanOutput(outputDir: string, options: ScanOptions): Finding[] {
  const findings: Finding[] = [];
  for (const file of listFiles(outputDir)) {
    const relative = path.relative(outputDir, file).split(path.sep).join("/");
    if (options.derived?.(relative)) continue;
    const bytes = fs.readFileSync(file);
    const add = (problems: string[]) => findings.push(...problems.map((problem) => ({ file: relative, problem })));
    const expected = options.verbatim(relative);
    if (expected) {
      if (!expected.equals(bytes)) add(["differs from the file it copies"]);
      continue;
    }
    const text = bytes.toString("utf8");
    if (/\.html?$/.test(relative)) {
      add(scanHtml(text, options.ownScript));
      add(policyProblems(contentSecurityPolicy(text)));
    } else if (/\.(?:xml|atom|rss|xsl)$/.test(relative)) add(scanXml(text, options.ownScript));
    else if (/\.json$/.test(relative)) add(scanJson(text));
    else add(["a kind of file the site does not write"]);
  }
  return findings;
}

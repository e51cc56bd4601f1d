// Parses Markdown given inline, the way the site parses a note file, for extractor tests.

import { defaults, siteUrl } from "../../src/config.js";
import type { RegisteredDecision } from "../../src/anchors/registry.js";
import { readNote } from "../../src/load/read-notes.js";
import { createMarkdown } from "../../src/markdown/create-markdown.js";
import type { Meeting } from "../../src/model.js";
import { parseNote, type ParsedNote } from "../../src/parse-note.js";

const markdown = createMarkdown({ defaultRepo: defaults.defaultRepo, url: (p) => siteUrl({ pathPrefix: "/" }, p) });

export interface ParseOptions {
  source?: string;
  registered?: RegisteredDecision[];
  noteUrls?: Map<string, string>;
}

export function parseText(text: string | Uint8Array, options: ParseOptions = {}): ParsedNote {
  const source = options.source ?? "2019-09-03.md";
  const read = readNote(source, source, typeof text === "string" ? Buffer.from(text) : text);
  if (!read.note) throw new Error(read.diagnostics.map((d) => d.message).join("; "));
  return parseNote(read.note, {
    markdown,
    slug: read.note.date,
    url: `/meetings/${read.note.date}/`,
    registered: options.registered ?? [],
    noteUrls: options.noteUrls ?? new Map(),
    meetingTitle: "Meeting",
  });
}

export function parse(text: string, options: ParseOptions = {}): Meeting {
  return parseText(text, options).meeting;
}

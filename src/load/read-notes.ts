// Reads every note of a folder once: bytes to text, front matter, date. Problems are collected
// for all files, so one run names every bad file.

import fs from "node:fs";
import path from "node:path";
import type { Diagnostic } from "../model.js";
import { REGISTRY_FILE } from "../anchors/registry.js";
import { decodeNote, invalidUtf8Diagnostic } from "./decode.js";
import { FrontMatterError, splitFrontMatter } from "./front-matter.js";
import { resolveNoteDate } from "./note-date.js";

export interface NoteFile {
  /** Path relative to the notes folder, with forward slashes. */
  source: string;
  body: string;
  /** Lines of the file before the Markdown body. */
  bodyLine: number;
  frontMatter: Record<string, unknown>;
  date: string;
  dateFrom: "front matter" | "file name";
  /** The whole file as text, for checks that read lines. */
  text: string;
  invalidUtf8Line: number | null;
}

export interface ReadResult {
  notes: NoteFile[];
  diagnostics: Diagnostic[];
  /** Every note file listed in the folder, readable or not, as absolute paths. */
  files: string[];
}

/** Counts reads, so a test can prove each note is read exactly once per build. */
export const readStats = { files: 0 };

export interface NoteListing {
  /** Absolute paths of the notes: regular `.md` files (any case), in name order. */
  files: string[];
  /** Files the site leaves out, each with why. */
  ignored: Array<{ file: string; reason: string; hint: string }>;
  /** `.md` entries that are links: never read, since a link can point at any file of the machine. */
  links: string[];
}

const NOT_A_NOTE = { reason: "not a Markdown note", hint: "notes are .md files; move other files out of the notes folder" };
const HIDDEN_NOTE = { reason: "a hidden file", hint: "rename it without the leading dot to publish it" };

/** Every entry of the folder, recursively. Hidden entries are skipped (a hidden `.md` with a warning), links are never followed. */
export function listNoteFiles(notesDir: string): NoteListing {
  const listing: NoteListing = { files: [], ignored: [], links: [] };
  const visit = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      const isNote = /\.md$/i.test(entry.name);
      if (entry.name.startsWith(".")) {
        if (isNote) listing.ignored.push({ file: full, ...HIDDEN_NOTE });
      } else if (entry.isDirectory()) visit(full);
      else if (isNote && entry.isSymbolicLink()) listing.links.push(full);
      else if (isNote && entry.isFile()) listing.files.push(full);
      else if (!(dir === notesDir && entry.name === REGISTRY_FILE)) listing.ignored.push({ file: full, ...NOT_A_NOTE });
    }
  };
  visit(notesDir);
  return listing;
}

export function sourceOf(notesDir: string, file: string): string {
  return path.relative(notesDir, file).split(path.sep).join("/");
}

/** Reads one note. `source` is how messages name it. */
export function readNote(file: string, source: string, bytes: Uint8Array): ReadNoteResult {
  readStats.files++;
  const diagnostics: Diagnostic[] = [];
  const { text, invalidUtf8Line } = decodeNote(bytes);
  if (invalidUtf8Line !== null) diagnostics.push(invalidUtf8Diagnostic(source, invalidUtf8Line, "warning"));
  let frontMatter;
  try {
    frontMatter = splitFrontMatter(text);
  } catch (error) {
    if (!(error instanceof FrontMatterError)) throw error;
    diagnostics.push({ file: source, line: error.line, severity: "error", message: error.message, hint: "fix the YAML between the --- lines" });
    return { note: null, diagnostics };
  }
  if (frontMatter.openingRule) {
    diagnostics.push({
      file: source,
      line: 1,
      severity: "warning",
      message: "the note opens with --- but no `key: value` line follows, so it has no front matter: the dashes are shown as a horizontal rule",
      hint: "delete the first ---, or write front matter as `key: value` lines (`date: 2019-09-03`)",
    });
  }
  const date = resolveNoteDate(file, frontMatter.data, frontMatter.keyLines.date ?? 1);
  if ("error" in date) {
    diagnostics.push({ file: source, line: date.line, severity: "error", message: date.error, hint: date.hint });
    return { note: null, diagnostics };
  }
  return {
    note: {
      source,
      body: frontMatter.body,
      bodyLine: frontMatter.bodyLine,
      frontMatter: frontMatter.data,
      date: date.date,
      dateFrom: "date" in frontMatter.data ? "front matter" : "file name",
      text,
      invalidUtf8Line,
    },
    diagnostics,
  };
}

export type ReadNoteResult = { note: NoteFile | null; diagnostics: Diagnostic[] };

/** Reads one note file; one that cannot be read is an error naming it. */
export function readNoteFile(file: string, source: string): ReadNoteResult {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return {
      note: null,
      diagnostics: [{ file: source, line: 1, severity: "error", message: `cannot read this note (${reason})`, hint: "check that the file can be read by the user who builds the site" }],
    };
  }
  return readNote(file, source, bytes);
}

/** `read` reads one file; the dev server passes one that remembers unchanged files between builds. */
export function readNotes(notesDir: string, read: (file: string, source: string) => ReadNoteResult = readNoteFile): ReadResult {
  if (!fs.existsSync(notesDir) || !fs.statSync(notesDir).isDirectory()) {
    return { notes: [], files: [], diagnostics: [{ file: notesDir, line: 1, severity: "error", message: "the notes folder does not exist", hint: "set NOTES_DIR to a folder of Markdown notes" }] };
  }
  const { files, ignored, links } = listNoteFiles(notesDir);
  const notes: NoteFile[] = [];
  const diagnostics: Diagnostic[] = [
    ...ignored.map(({ file, reason, hint }): Diagnostic => ({ file: sourceOf(notesDir, file), line: 1, severity: "warning", message: `ignored: ${reason}`, hint, lossy: true })),
    ...links.map((file): Diagnostic => ({
      file: sourceOf(notesDir, file),
      line: 1,
      severity: "error",
      message: "this note is a symbolic link; it was not read",
      hint: "commit the note itself: a link could publish any file of the machine that builds the site",
    })),
  ];
  for (const file of files) {
    const result = read(file, sourceOf(notesDir, file));
    if (result.note) notes.push(result.note);
    diagnostics.push(...result.diagnostics);
  }
  return { notes, diagnostics, files };
}

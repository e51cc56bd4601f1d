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
}

/** Counts reads, so a test can prove each note is read exactly once per build. */
export const readStats = { files: 0 };

export function listNoteFiles(notesDir: string): { files: string[]; ignored: string[] } {
  const files: string[] = [];
  const ignored: string[] = [];
  const visit = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.name.startsWith(".")) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (/\.md$/i.test(entry.name)) files.push(full);
      else if (!(dir === notesDir && entry.name === REGISTRY_FILE)) ignored.push(full);
    }
  };
  visit(notesDir);
  return { files, ignored };
}

export function sourceOf(notesDir: string, file: string): string {
  return path.relative(notesDir, file).split(path.sep).join("/");
}

/** Reads one note. `source` is how messages name it. */
export function readNote(file: string, source: string, bytes: Uint8Array = fs.readFileSync(file)): { note: NoteFile | null; diagnostics: Diagnostic[] } {
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

/** `read` reads one file; the dev server passes one that remembers unchanged files between builds. */
export function readNotes(notesDir: string, read: typeof readNote = readNote): ReadResult {
  if (!fs.existsSync(notesDir) || !fs.statSync(notesDir).isDirectory()) {
    return { notes: [], diagnostics: [{ file: notesDir, line: 1, severity: "error", message: "the notes folder does not exist", hint: "set NOTES_DIR to a folder of Markdown notes" }] };
  }
  const { files, ignored } = listNoteFiles(notesDir);
  const notes: NoteFile[] = [];
  const diagnostics: Diagnostic[] = ignored.map((file) => ({
    file: sourceOf(notesDir, file),
    line: 1,
    severity: "warning",
    message: "ignored: not a Markdown note",
    hint: "notes are .md files; move other files out of the notes folder",
  }));
  for (const file of files) {
    const result = read(file, sourceOf(notesDir, file));
    if (result.note) notes.push(result.note);
    diagnostics.push(...result.diagnostics);
  }
  return { notes, diagnostics };
}

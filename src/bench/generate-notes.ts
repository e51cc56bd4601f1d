// The benchmark's notes: any number of them, made deterministically from the real ones, so a
// build of 10,000 meetings is measured on text as messy as the corpus. Each note is a copy of a
// real one with its own date and file name, as issue 7 measures. With `distinctIssues`, later
// copies also cite later issues and other teams' people, as the notes of fifty working groups
// would: then the issue and people pages grow with the notes (about five issues a meeting).

import fs from "node:fs";
import path from "node:path";
import { DateTime } from "luxon";
import { dateFromFileName } from "../load/note-date.js";

export interface SourceNote {
  /** File name in the source folder; its date is the meeting's date. */
  name: string;
  text: string;
}

export interface GeneratedNote {
  /** File name, unique, with the note's date in it. */
  name: string;
  date: string;
  text: string;
}

/** The first generated meeting's date; note i is held i days later. */
export const FIRST_DATE = "2000-01-03";
/** Issue numbers grow by this much with every pass over the source notes. */
const ISSUES_PER_PASS = 997;
/** People are spread over this many teams: pass k mentions team k % TEAMS's handles. */
const TEAMS = 10;

const FILE_NAMES = [
  (date: string) => `${date.replaceAll("-", "")}_meeting_notes.md`,
  (date: string) => `${date}.md`,
  (date: string) => `${date}-office-hours.md`,
];

const DATE_IN_TEXT = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const GITHUB_NUMBER = /(github\.com\/[\w.-]+\/[\w.-]+\/(?:issues|pull)\/)(\d+)/gi;
const MILESTONE_NUMBER = /(github\.com\/[\w.-]+\/[\w.-]+\/milestone\/)(\d+)/gi;
const SHORT_REFERENCE = /((?:^|[^\w&#/])#|\b(?:PRs?|pull requests?|issues?)\s?#?)(\d{1,7})\b/gi;
const HANDLE = /(?<![\w./@-])@([A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9]|[A-Za-z0-9])/g;

function shiftDate(iso: string, days: number): string {
  return DateTime.fromISO(iso, { zone: "utc" }).plus({ days }).toISODate() ?? iso;
}

export interface GenerateOptions {
  /** Later passes cite other issues and people instead of the same ones. */
  distinctIssues?: boolean;
}

/** The source note's text as pass `pass` of it, held on `date`. */
function vary(source: SourceNote, sourceDate: string, pass: number, date: string, options: GenerateOptions): string {
  const days = DateTime.fromISO(date, { zone: "utc" }).diff(DateTime.fromISO(sourceDate, { zone: "utc" }), "days").days;
  // Every date moves by the same number of days, so a heading that had the wrong date still has.
  let text = source.text.replace(DATE_IN_TEXT, (whole) => {
    const moved = DateTime.fromISO(whole, { zone: "utc" });
    return moved.isValid ? shiftDate(whole, days) : whole;
  });
  if (pass === 0 || !options.distinctIssues) return text;
  const issue = (n: string) => String(Number(n) + pass * ISSUES_PER_PASS);
  text = text
    .replace(GITHUB_NUMBER, (_, prefix: string, n: string) => prefix + issue(n))
    .replace(MILESTONE_NUMBER, (_, prefix: string, n: string) => prefix + String(Number(n) + pass))
    .replace(SHORT_REFERENCE, (_, prefix: string, n: string) => prefix + issue(n));
  const team = pass % TEAMS;
  return team === 0 ? text : text.replace(HANDLE, (_, handle: string) => `@${handle}${team}`);
}

/**
 * `count` notes from `sources` (in name order), each on its own day from FIRST_DATE: note i is
 * pass i / sources.length of source i % sources.length.
 * @example generateNotes([{ name: "20190903_meeting_notes.md", text }], 2).map((n) => n.name)
 *   // ["20000103_meeting_notes.md", "2000-01-04.md"]
 */
export function generateNotes(sources: SourceNote[], count: number, options: GenerateOptions = {}): GeneratedNote[] {
  const ordered = [...sources].sort((a, b) => (a.name < b.name ? -1 : 1));
  const dated = ordered.map((source) => {
    const date = dateFromFileName(source.name);
    if (!date) throw new Error(`${source.name}: no date in the file name to generate notes from`);
    return { source, date };
  });
  if (dated.length === 0) throw new Error("no source notes to generate from");
  const notes: GeneratedNote[] = [];
  for (let i = 0; i < count; i++) {
    const { source, date: sourceDate } = dated[i % dated.length]!;
    const date = shiftDate(FIRST_DATE, i);
    notes.push({ name: FILE_NAMES[i % FILE_NAMES.length]!(date), date, text: vary(source, sourceDate, Math.floor(i / dated.length), date, options) });
  }
  return notes;
}

export function readSourceNotes(dir: string): SourceNote[] {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .map((name) => ({ name, text: fs.readFileSync(path.join(dir, name), "utf8") }));
}

export function writeNotes(dir: string, notes: GeneratedNote[]): void {
  fs.mkdirSync(dir, { recursive: true });
  for (const note of notes) fs.writeFileSync(path.join(dir, note.name), note.text);
}

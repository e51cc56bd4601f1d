// A meeting's date comes from front matter `date:`, else from the file name. The heading's date
// never decides: a dozen osquery headings carry the wrong year.

import path from "node:path";
import { DateTime } from "luxon";

export type DateResult = { date: string } | { error: string; hint: string; line: number };

const DASHED = /(\d{4})-(\d{2})-(\d{2})/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The date written with four, two and two digits, if the calendar has it. Checked by hand, not
 * with luxon: every note's file name and every heading with a date is checked, and creating a
 * DateTime cost more than a percent of the parse. For all 4-digit years, months 00-13 and days
 * 00-32, it answers as `DateTime.fromObject(..., { zone: "utc" }).toISODate()` does.
 */
function isoDate(year: string, month: string, day: string): string | null {
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1) return null;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (m === 2 && leap ? 29 : DAYS_IN_MONTH[m - 1]!) ? `${year}-${month}-${day}` : null;
}

/** The date in a file name: `2019-09-03*.md`, `20190903*.md`, or `...-2019-09-03.md`. */
export function dateFromFileName(file: string): string | null {
  const name = path.basename(file);
  const match = COMPACT.exec(name) ?? DASHED.exec(name);
  return match ? isoDate(match[1]!, match[2]!, match[3]!) : null;
}

export function dateFromFrontMatter(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value !== "string") return null;
  // A time is allowed and ignored, as Jekyll and Hugo write it ("2020-12-08 16:00:01 -0600"): the date is the one written.
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*(?:Z|UTC|[+-]\d{2}:?\d{2}))?)?\s*$/.exec(value);
  return match ? isoDate(match[1]!, match[2]!, match[3]!) : null;
}

/** A front-matter value quoted back, shortened; a list or mapping only named, since a YAML alias bomb turned into a string would never end. */
function describeValue(value: unknown): string {
  if (value !== null && typeof value === "object") return `is ${Array.isArray(value) ? "a list" : "a mapping"},`;
  const written = String(value);
  return `${JSON.stringify(written.length > 40 ? `${written.slice(0, 40)}…` : written)} is`;
}

export function resolveNoteDate(file: string, frontMatter: Record<string, unknown>, dateLine: number): DateResult {
  if ("date" in frontMatter) {
    const value = frontMatter.date;
    const date = dateFromFrontMatter(value);
    if (date) return { date };
    return {
      error: `front-matter date ${describeValue(value)} not a date`,
      hint: "write it as YYYY-MM-DD, e.g. `date: 2019-09-03`",
      line: dateLine,
    };
  }
  const date = dateFromFileName(file);
  if (date) return { date };
  return {
    error: "this note has no date",
    hint: "name the file YYYY-MM-DD.md (e.g. 2019-09-03.md) or add front matter `date: 2019-09-03`",
    line: 1,
  };
}

/** A date written in a heading ("# osquery office hours 2019-01-07"), for the mismatch warning. */
export function dateInText(text: string): string | null {
  const match = DASHED.exec(text);
  return match ? isoDate(match[1]!, match[2]!, match[3]!) : null;
}

// Each date is shown on several pages (its meeting, its neighbours, the index, the views), and
// its formatting is slow enough to matter over 10,000 meetings.
const readableDates = new Map<string, string>();
/**
 * luxon's DATE_HUGE in British English, the format `DateTime.toLocaleString(DateTime.DATE_HUGE)`
 * hands to Intl, made once: through luxon each new date cost about 43 µs (0.4 s of a build of
 * 10,000 meetings), parsing the date and looking its formatter up again.
 */
const HUGE_DATE = new Intl.DateTimeFormat("en-GB", { ...DateTime.DATE_HUGE, timeZone: "UTC" });

/** @example readableDate("2019-09-03") === "Tuesday, 3 September 2019" */
export function readableDate(iso: string): string {
  let readable = readableDates.get(iso);
  if (readable === undefined) {
    readable = HUGE_DATE.format(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))));
    readableDates.set(iso, readable);
  }
  return readable;
}

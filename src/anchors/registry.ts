// anchors.json, committed beside the notes, remembers every decision id ever published, so a
// link keeps landing on its decision after the note is edited, and on a notice once it is gone.

import fs from "node:fs";
import path from "node:path";
import type { Diagnostic, Meeting } from "../model.js";

export const REGISTRY_FILE = "anchors.json";

export interface RegisteredDecision {
  id: string;
  text: string;
  /** Title of the heading it was under, to tell like sentences apart. */
  section?: string;
  /** Set by `npm run anchors` when the decision is no longer in the note. */
  removed?: true;
}

export interface RegisteredMeeting {
  source: string;
  decisions: RegisteredDecision[];
}

export interface Registry {
  version: 1;
  /** By meeting slug. */
  meetings: Record<string, RegisteredMeeting>;
}

export interface ReadRegistry {
  registry: Registry;
  /** The file as read; null when the folder has no anchors.json, or one that cannot be used. */
  text: string | null;
  diagnostics: Diagnostic[];
}

export function emptyRegistry(): Registry {
  return { version: 1, meetings: {} };
}

/** What is wrong with the shape of a parsed anchors.json, or null. */
function shapeProblem(data: unknown): string | null {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return "it is not an object";
  const meetings = (data as { meetings?: unknown }).meetings;
  if (typeof meetings !== "object" || meetings === null || Array.isArray(meetings)) return 'it has no "meetings" object';
  for (const [slug, meeting] of Object.entries(meetings)) {
    const m = meeting as Partial<RegisteredMeeting> | null;
    if (typeof m !== "object" || m === null || typeof m.source !== "string" || !Array.isArray(m.decisions)) {
      return `meeting "${slug}" needs a "source" and a "decisions" list`;
    }
    const bad = m.decisions.findIndex((d: Partial<RegisteredDecision> | null) => typeof d?.id !== "string" || typeof d.text !== "string");
    if (bad >= 0) return `decision ${bad + 1} of meeting "${slug}" needs an "id" and a "text"`;
  }
  return null;
}

/** The 1-based line of a character offset, from JSON.parse's "at position N" when it gives one. */
function lineOfJsonError(text: string, message: string): number {
  const position = /at position (\d+)/.exec(message);
  return position ? text.slice(0, Number(position[1])).split("\n").length : 1;
}

export function readRegistry(notesDir: string): ReadRegistry {
  const file = path.join(notesDir, REGISTRY_FILE);
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    return { registry: emptyRegistry(), text: null, diagnostics: [] };
  }
  const refuse = (line: number, message: string): ReadRegistry => ({
    registry: emptyRegistry(),
    text: null,
    diagnostics: [
      {
        file: REGISTRY_FILE,
        line,
        severity: "error",
        message,
        hint: "restore it from git, or delete it and run `npm run anchors` to record the current ids",
      },
    ],
  });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = (error as Error).message;
    // The position is given as a line instead; Node versions word it differently.
    return refuse(lineOfJsonError(text, reason), `the anchor registry is not valid JSON (${reason.replace(/ in JSON at position \d+.*$/, "")})`);
  }
  const problem = shapeProblem(data);
  if (problem) return refuse(1, `the anchor registry is malformed: ${problem}`);
  return { registry: { version: 1, meetings: (data as Registry).meetings }, text, diagnostics: [] };
}

/** The line of anchors.json where a meeting's entry starts, for messages. */
export function registryLine(text: string | null, slug: string): number {
  const index = text?.split("\n").findIndex((line) => line.trimStart().startsWith(`${JSON.stringify(slug)}:`)) ?? -1;
  return index + 1 || 1;
}

/**
 * The registry after recording the meetings as built: every meeting under its slug, every current
 * decision under its id, and every registered decision that is gone, kept and marked removed so
 * its anchor stays. A meeting whose note is gone is kept as it was (`npm run check` names it).
 */
export function recordMeetings(previous: Registry, meetings: Meeting[]): Registry {
  const next: Registry = { version: 1, meetings: {} };
  const bySlug = new Map(meetings.map((m) => [m.slug, m]));
  const slugs = new Set([...Object.keys(previous.meetings), ...bySlug.keys()]);
  for (const slug of [...slugs].sort()) {
    const meeting = bySlug.get(slug);
    const old = previous.meetings[slug];
    if (!meeting) {
      next.meetings[slug] = old!;
      continue;
    }
    const current: RegisteredDecision[] = meeting.decisions.map((d) => {
      const section = meeting.sections.findLast((s) => s.line <= d.line)?.title;
      return section === undefined ? { id: d.id, text: d.text } : { id: d.id, text: d.text, section };
    });
    const ids = new Set(current.map((d) => d.id));
    const removed: RegisteredDecision[] = (old?.decisions ?? []).filter((d) => !ids.has(d.id)).map((d) => ({ ...d, removed: true }));
    next.meetings[slug] = { source: meeting.source, decisions: [...current, ...removed] };
  }
  return next;
}

export type RegistryChange =
  | { kind: "meeting-added"; slug: string; source: string }
  | { kind: "renamed"; slug: string; source: string; was: string }
  | { kind: "added" | "edited" | "removed" | "restored"; slug: string; source: string; id: string; text: string };

/**
 * What recording would change, meeting by meeting: the check reports these as errors, and
 * `npm run anchors` lists them. The order of decisions is not a change.
 */
export function registryChanges(previous: Registry, next: Registry): RegistryChange[] {
  const changes: RegistryChange[] = [];
  for (const [slug, entry] of Object.entries(next.meetings)) {
    const old = previous.meetings[slug];
    const { source } = entry;
    if (!old && entry.decisions.length === 0) changes.push({ kind: "meeting-added", slug, source });
    if (old && old.source !== source) changes.push({ kind: "renamed", slug, source, was: old.source });
    const before = new Map((old?.decisions ?? []).map((d) => [d.id, d]));
    for (const { id, text, removed } of entry.decisions) {
      const was = before.get(id);
      const kind = removed
        ? was && !was.removed ? "removed" : null
        : !was ? "added" : was.removed ? "restored" : was.text !== text ? "edited" : null;
      if (kind) changes.push({ kind, slug, source, id, text });
    }
  }
  return changes;
}

export function writeRegistry(notesDir: string, registry: Registry): void {
  fs.writeFileSync(path.join(notesDir, REGISTRY_FILE), `${JSON.stringify(registry, null, 2)}\n`);
}

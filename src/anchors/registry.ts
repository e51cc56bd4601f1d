// anchors.json, committed beside the notes, remembers every decision id ever published, so a
// link keeps landing on its decision after the note is edited, and on a notice once it is gone.

import fs from "node:fs";
import path from "node:path";
import type { Diagnostic, Meeting } from "../model.js";

export const REGISTRY_FILE = "anchors.json";

export interface RegisteredDecision {
  id: string;
  text: string;
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

export function emptyRegistry(): Registry {
  return { version: 1, meetings: {} };
}

export function readRegistry(notesDir: string): { registry: Registry; diagnostics: Diagnostic[] } {
  const file = path.join(notesDir, REGISTRY_FILE);
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    return { registry: emptyRegistry(), diagnostics: [] };
  }
  try {
    const data = JSON.parse(text) as Partial<Registry>;
    if (typeof data !== "object" || data === null || typeof data.meetings !== "object" || data.meetings === null) throw new Error("no \"meetings\" object");
    return { registry: { version: 1, meetings: data.meetings }, diagnostics: [] };
  } catch (error) {
    return {
      registry: emptyRegistry(),
      diagnostics: [
        {
          file: REGISTRY_FILE,
          line: 1,
          severity: "error",
          message: `the anchor registry is not valid JSON (${(error as Error).message})`,
          hint: `restore it from git, or delete it and run \`npm run anchors\` to record the current ids`,
        },
      ],
    };
  }
}

/**
 * The registry after recording the meetings as built: every current decision under its id, and
 * every registered decision that is gone, kept and marked removed so its anchor stays.
 */
export function recordMeetings(previous: Registry, meetings: Meeting[]): Registry {
  const next: Registry = { version: 1, meetings: {} };
  const slugs = new Set([...Object.keys(previous.meetings), ...meetings.map((m) => m.slug)]);
  const bySlug = new Map(meetings.map((m) => [m.slug, m]));
  for (const slug of [...slugs].sort()) {
    const meeting = bySlug.get(slug);
    const old = previous.meetings[slug];
    const current: RegisteredDecision[] = (meeting?.decisions ?? []).map((d) => ({ id: d.id, text: d.text }));
    const ids = new Set(current.map((d) => d.id));
    const removed: RegisteredDecision[] = (old?.decisions ?? []).filter((d) => !ids.has(d.id)).map((d) => ({ id: d.id, text: d.text, removed: true }));
    const decisions = [...current, ...removed];
    if (decisions.length === 0) continue;
    next.meetings[slug] = { source: meeting?.source ?? old?.source ?? "", decisions };
  }
  return next;
}

export function writeRegistry(notesDir: string, registry: Registry): void {
  fs.writeFileSync(path.join(notesDir, REGISTRY_FILE), `${JSON.stringify(registry, null, 2)}\n`);
}

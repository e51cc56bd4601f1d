// A decision's id is made from its words, so it does not move when other text changes; ids
// recorded in the registry win, so a published link survives edits to the sentence itself.

import { slugify } from "../markdown/slugify.js";
import { uniqueId } from "../markdown/unique-id.js";
import type { RegisteredDecision } from "./registry.js";

const FILLER = new Set(["a", "an", "the", "is", "are", "was", "be", "that", "this", "it", "its", "of", "to", "and", "so", "we", "will", "ll", "for", "on", "in", "at", "with", "as", "then", "there", "which", "decision"]);
const ID_WORDS = 6;

/**
 * @example decisionSlug("We **will** merge the custom toolchain work.") === "merge-custom-toolchain-work"
 */
export function decisionSlug(text: string): string {
  const words = slugify(text.replace(/[*_`]/g, "")).split("-").filter(Boolean);
  const content = words.filter((w) => !FILLER.has(w));
  const chosen = (content.length >= 2 ? content : words).slice(0, ID_WORDS).join("-");
  return chosen || "decision";
}

export function words(text: string): string[] {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").split(" ").filter(Boolean);
}

/** Dice coefficient of two word multisets: 1 for the same words, 0 for none shared. */
export function similarity(a: string, b: string): number {
  const left = words(a);
  const right = words(b);
  if (left.length + right.length === 0) return 1;
  const bag = new Map<string, number>();
  for (const w of left) bag.set(w, (bag.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of right) {
    const n = bag.get(w) ?? 0;
    if (n > 0) {
      shared++;
      bag.set(w, n - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

/** How alike an edited sentence must stay to keep its registered id. */
export const SAME_DECISION = 0.5;

export interface IdRequest {
  text: string;
  explicitId: string | null;
  /** Title of the heading the decision is under, if known. */
  section?: string | null;
}

/** Breaks ties between like sentences ("Let's try it." twice): the one under its old heading wins. */
const SAME_SECTION = 0.01;

export interface IdResult {
  ids: string[];
  /** Registered decisions that no sentence matched any more. */
  missing: RegisteredDecision[];
  /** Explicit ids written more than once: index of each repeat. */
  duplicateExplicit: number[];
}

/**
 * Gives every decision of a meeting its id: the explicit `{#id}` if written, else the id of the
 * registered decision it is (or was edited from), else a new id from its words. `taken` holds the
 * ids already used on the page (headings) and is updated.
 */
export function assignDecisionIds(requests: IdRequest[], registered: RegisteredDecision[], taken: Set<string>): IdResult {
  const ids: Array<string | null> = requests.map(() => null);
  const duplicateExplicit: number[] = [];
  const explicit = new Set<string>();
  requests.forEach((r, i) => {
    if (!r.explicitId) return;
    if (explicit.has(r.explicitId)) duplicateExplicit.push(i);
    else {
      explicit.add(r.explicitId);
      ids[i] = r.explicitId;
    }
  });
  for (const r of registered) taken.add(r.id);
  for (const id of explicit) taken.add(id);

  // Removed entries take part too: a sentence put back gets its old id, and the notice goes.
  const open = registered.filter((r) => !explicit.has(r.id));
  const pairs: Array<[score: number, request: number, entry: number]> = [];
  requests.forEach((r, i) => {
    if (ids[i] !== null) return;
    open.forEach((entry, j) => {
      const score = entry.text === r.text ? 2 : similarity(entry.text, r.text);
      if (score >= SAME_DECISION) pairs.push([score + (entry.section !== undefined && entry.section === r.section ? SAME_SECTION : 0), i, j]);
    });
  });
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const usedEntries = new Set<number>();
  for (const [, i, j] of pairs) {
    if (ids[i] !== null || usedEntries.has(j)) continue;
    ids[i] = open[j]!.id;
    usedEntries.add(j);
  }
  const result = ids.map((id, i) => id ?? uniqueId(decisionSlug(requests[i]!.text), taken, 2));
  const present = new Set(result);
  return {
    ids: result,
    missing: registered.filter((r) => !present.has(r.id)),
    duplicateExplicit,
  };
}

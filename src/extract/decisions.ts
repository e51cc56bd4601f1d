// Decisions: what the meeting settled. Authors can state one explicitly (`Decision: ...`, a
// "Decisions" section, or `{#id}` after a sentence); the rest are inferred from how groups
// phrase a shared outcome in prose. A decision is one sentence.

import type { Block, NoteText, Sentence } from "./walk.js";

export interface FoundDecision {
  sentence: Sentence;
  /** The decision's words, without an explicit `Decision:` marker. */
  text: string;
  explicit: boolean;
}

const EXPLICIT_MARKER = /^decision\s*[:：]\s*/i;
const DECISIONS_HEADING = /^(?:decisions?|decided|resolutions?)\b/i;
const CONCLUSIONS_LEAD_IN = /\b(?:conclusions?|decisions?|decided|agreed|consensus|outcomes?|resolved)\b[^.?!]*:\s*$/i;
const NOT_A_DECISION = /^not an? decision$/i;

/** Negated or open cues: "No conclusion.", "No clear consensus", "Consensus on location?" */
const OPEN_OUTCOME = /\b(?:no|not(?: yet)?(?: a)?|without|lack of|maybe we can get|try to reach|hard to reach)\s+(?:clear\s+|real\s+|firm\s+|final\s+)?(?:conclusion|consensus|decision|agreement|resolution)s?\b/i;

const GROUP_OUTCOME =
  /\b(?:conclusion|consensus|concluded|agreed|agreement|decided|decision is|settled on|settled that|general sentiment|sentiment is|general theory|broad support|no objections?|we are settling|resolved to)\b/i;
const COMMITMENT =
  /^(?:so,?\s+|then,?\s+|and\s+|but\s+|instead,?\s+|for now,?\s+|therefore,?\s+)?(?:we(?:'ll| will| are going to|'re going to| plan to| plan on| do not need to| don't need to| won't| will not| should| shall| need to| want to| do want to| agree| decided| concluded)|let's|let us|the plan is|our plan is|our goal is|the goal is|the decision)\b/i;
const TARGET = /\b(?:aim(?:ing)? for|target(?:ing)?|pushed (?:forward |back )?to|deferred to|defer (?:it|this|that)|postponed? to|moved to the|slated for|scheduled for)\b/i;
const DEFERRAL = /\b(?:topic for another time|another time|for (?:a )?later (?:discussion|meeting)|revisit (?:this|it) later|table (?:this|it) for now)\b/i;
const REJECTION = /\b(?:not (?:something )?worth pursuing|decided against|won't do|will not do|not going to do)\b/i;

function isQuestion(sentence: Sentence): boolean {
  return /\?\s*["')\]]*$/.test(sentence.text);
}

function inDecisionsSection(block: Block): boolean {
  return block.kind === "item" && block.itemStart && DECISIONS_HEADING.test(block.section?.title ?? "");
}

function underConclusionsLeadIn(block: Block): boolean {
  return block.kind === "item" && block.itemStart && CONCLUSIONS_LEAD_IN.test(block.leadIn ?? "");
}

function inferred(sentence: Sentence): boolean {
  const text = sentence.text.replace(/[*_`]/g, "");
  if (isQuestion(sentence) || OPEN_OUTCOME.test(text)) return false;
  return GROUP_OUTCOME.test(text) || COMMITMENT.test(text) || TARGET.test(text) || DEFERRAL.test(text) || REJECTION.test(text);
}

/**
 * @example extractDecisions(walkNote(md.parse("Discussion. Conclusion is that we ship.", env), 0))
 *   // [{ text: "Conclusion is that we ship.", explicit: false, sentence }]
 */
export function extractDecisions(note: NoteText): FoundDecision[] {
  const found: FoundDecision[] = [];
  for (const block of note.blocks) {
    if (block.kind === "heading" || block.kind === "cell") continue;
    for (const sentence of block.sentences) {
      if (sentence.comments.some((c) => NOT_A_DECISION.test(c))) continue;
      const marker = EXPLICIT_MARKER.exec(sentence.text);
      if (marker && sentence.text.length > marker[0].length) {
        found.push({ sentence, text: sentence.text.slice(marker[0].length), explicit: true });
      } else if (sentence.explicitId || (inDecisionsSection(block) && sentence === block.sentences[0])) {
        found.push({ sentence, text: sentence.text, explicit: true });
      } else if (!block.quoted && ((underConclusionsLeadIn(block) && sentence === block.sentences[0]) || inferred(sentence))) {
        found.push({ sentence, text: sentence.text, explicit: false });
      }
    }
  }
  return found;
}

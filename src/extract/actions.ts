// Action items: someone named is to do something after the meeting. Owners are @handles or
// names at the start of the sentence, "TODO: seph: ...", "... -- seph" in an action list, or
// "He'll" meaning the person just named.

import type { Action } from "../model.js";
import { personKey } from "./people.js";
import type { Block, NoteText, Sentence } from "./walk.js";

const ACTIONS_HEADING = /\b(?:action items?|next steps?|todos?|follow[- ]?ups?)\b/i;
const NOT_AN_ACTION = /^not an? action(?: item)?$/i;

const NAME = String.raw`(?:@[A-Za-z0-9][\w-]*|[A-Z][\p{L}'-]+(?:\s[A-Z]\.)?)`;
const NAMES = String.raw`${NAME}(?:(?:,\s*|\s+and\s+|,\s*and\s+|\s*&\s*)${NAME})*`;
const COMMITS = String.raw`(?:will|'ll|is going to|are going to|is probably going to|should|to|can|offers? to|volunteers? to|plans? to|is planning (?:on|to)|agreed to|said (?:he|she|they)(?:'d| would)|says (?:he|she|they)(?:'ll| will))\b`;
const OWNER_FIRST = new RegExp(String.raw`^(?<owner>${NAMES})\s+${COMMITS}`, "u");
const PRONOUN_FIRST = /^(?:he|she|they)(?:'ll| will| is going to| are going to| should| can)\b/i;
const TODO = /^todo(?:\s*\((?<paren>[^)]+)\))?\s*[:\-]?\s*(?:(?<owner>@?[\w-]+)\s*:\s*)?/i;
const TRAILING_OWNER = /\s+(?:--|—|–)\s*(?<owner>@?[\w-]+)\s*$/;

const NOT_NAMES = new Set(["we", "this", "that", "it", "there", "they", "he", "she", "these", "those", "the", "a", "an", "everyone", "people", "some", "someone", "what", "which", "who", "if", "when", "then", "also", "so"]);

function splitOwners(owner: string): string[] {
  return owner.split(/\s*(?:,\s*and\s+|,|\s+and\s+|&)\s*/).map((s) => s.trim()).filter(Boolean);
}

function lastPersonBefore(sentences: Sentence[], index: number): string | null {
  for (let i = index - 1; i >= 0; i--) {
    const sentence = sentences[i]!;
    const person = sentence.references.findLast((r) => r.person)?.person;
    if (person) return person;
    const named = OWNER_FIRST.exec(sentence.text)?.groups?.owner ?? /^(?<name>[A-Z][\p{L}'-]+)\s/u.exec(sentence.text)?.groups?.name;
    if (named && !NOT_NAMES.has(named.toLowerCase())) return named;
  }
  return null;
}

function ownerOf(sentence: Sentence, sentences: Sentence[], index: number, block: Block): string | null {
  const text = sentence.text.replace(/[*_`]/g, "");
  const todo = TODO.exec(text);
  if (todo && /^todo/i.test(text)) return todo.groups?.owner ?? todo.groups?.paren ?? null;
  const first = OWNER_FIRST.exec(text)?.groups?.owner;
  if (first && !NOT_NAMES.has(first.toLowerCase())) return first;
  if (PRONOUN_FIRST.test(text)) return lastPersonBefore(sentences, index);
  if (block.kind === "item" && (ACTIONS_HEADING.test(block.section?.title ?? "") || ACTIONS_HEADING.test(block.leadIn ?? ""))) {
    return TRAILING_OWNER.exec(text)?.groups?.owner ?? null;
  }
  return null;
}

/**
 * @example extractActions(walkNote(md.parse("@directionless will click some buttons.", env), 0), render)
 *   // [{ owner: "@directionless", owners: ["directionless"], text: "@directionless will click some buttons.", line: 1 }]
 */
export function extractActions(note: NoteText, renderSentence: (sentence: Sentence) => string): Action[] {
  const actions: Action[] = [];
  // Pronouns look back across blocks: "@theopolis has anecdotes. He'll dig those up."
  const sentences = note.blocks.filter((b) => b.kind === "paragraph" || b.kind === "item").flatMap((b) => b.sentences);
  sentences.forEach((sentence, index) => {
    const block = sentence.block;
    if (block.quoted || /\?\s*$/.test(sentence.text)) return;
    if (sentence.comments.some((c) => NOT_AN_ACTION.test(c))) return;
    const owner = ownerOf(sentence, sentences, index, block);
    if (!owner) return;
    actions.push({
      owner,
      owners: splitOwners(owner).map(personKey),
      text: sentence.text,
      html: renderSentence(sentence),
      line: sentence.line,
    });
  });
  return actions;
}

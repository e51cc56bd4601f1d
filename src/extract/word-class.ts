// What kind of word opens a phrase, by `compromise`'s tagger, which knows a word's class from its
// lexicon and its suffix ("different" is an adjective). Its tags for verbs are not to be trusted
// ("kick" and "comment" come out as nouns after a comma), so there it is asked only what a word is
// not; a verb opening an item ("Push 14.2 out") it tags well.

import { compromise } from "./compromise.js";

/** Classes of words that never start a command: "Jeremiah, different perf concerns", "Matteo, today don't have to ...". */
const NOT_A_VERB = ["Adjective", "Date", "Adverb", "Value", "Pronoun", "Determiner", "Preposition", "Conjunction", "QuestionWord"];

/** How many words the tagger reads: enough context for the first word's class, and a long sentence costs no more. */
const CONTEXT_WORDS = 5;

const NO_TAGS: ReadonlySet<string> = new Set();

/** The tags of the first word of `phrase`, or none if it has no words. */
function firstWordTags(phrase: string): ReadonlySet<string> {
  const opening = phrase.trimStart().split(/\s+/, CONTEXT_WORDS).join(" ");
  return compromise()(opening).docs[0]?.[0]?.tags ?? NO_TAGS;
}

/** Whether `phrase` may open with a verb: false when its first word is tagged as another class. */
export function mayOpenWithVerb(phrase: string): boolean {
  const tags = firstWordTags(phrase);
  return tags.size > 0 && !NOT_A_VERB.some((tag) => tags.has(tag));
}

/** Whether `phrase` opens with a verb in its bare form, as a task does: "Push 14.2 out", "Get a moderator"; not "Needs polish", "Linking issues". */
export function opensWithCommand(phrase: string): boolean {
  const tags = firstWordTags(phrase);
  return (tags.has("Infinitive") || tags.has("Imperative")) && !tags.has("Gerund") && !tags.has("PastTense") && !tags.has("Noun");
}

// What kind of word opens a phrase, by `compromise`'s tagger, which knows a word's class from its
// lexicon and its suffix ("different" is an adjective). Its tags for verbs are not to be trusted
// ("kick" and "comment" come out as nouns), so it is asked only what a word is not.

import { compromise } from "./compromise.js";

/** Classes of words that never start a command: "Jeremiah, different perf concerns", "Matteo, today don't have to ...". */
const NOT_A_VERB = new Set(["Adjective", "Date", "Adverb", "Value", "Pronoun", "Determiner", "Preposition", "Conjunction", "QuestionWord"]);

/** Whether `phrase` may open with a verb: false when its first word is tagged as another class. */
export function mayOpenWithVerb(phrase: string): boolean {
  const first = compromise()(phrase).json()[0]?.terms[0];
  return first !== undefined && !first.tags.some((tag) => NOT_A_VERB.has(tag));
}

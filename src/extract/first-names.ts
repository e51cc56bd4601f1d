// Whether a word is a first name, or a verb, by the lexicon of `compromise`: notes write "Tom to
// write an RFC" with a name they give no other sign of, and only a lexicon tells "Tom" from
// "Dockerfile" or "Hesitancy", or "Carol to file" from "Need to visit".

import { compromise } from "./compromise.js";

const NAME_TAGS = new Set(["FirstName", "MaleName", "FemaleName", "Person"]);
let lexicon: Readonly<Record<string, string>> | null = null;

/** "Tom", "Tracy", "Olivier": true; "Dockerfile", "Time", "Easier": false. */
export function isFirstName(word: string): boolean {
  lexicon ??= compromise().model().one.lexicon;
  return NAME_TAGS.has(lexicon[word.toLowerCase()] ?? "");
}

const VERB_TAGS = new Set(["Infinitive", "Modal", "PresentTense", "Imperative", "Auxiliary"]);

/** "Need", "Try", "Remember": a verb by the same lexicon, as a task after a marker opens ("AI: Need to visit ..."). */
export function isVerb(word: string): boolean {
  lexicon ??= compromise().model().one.lexicon;
  return VERB_TAGS.has(lexicon[word.toLowerCase()] ?? "");
}

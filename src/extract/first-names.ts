// Whether a word is a first name, by the lexicon of `compromise` (an English NLP library): notes
// write "Tom to write an RFC" with a name they give no other sign of, and only a lexicon tells
// "Tom" from "Dockerfile" or "Hesitancy". The lexicon costs about 0.13 s to load, so it is loaded
// the first time a note asks, and most notes never do.

import { createRequire } from "node:module";

const NAME_TAGS = new Set(["FirstName", "MaleName", "FemaleName", "Person"]);
let lexicon: Readonly<Record<string, string>> | null = null;

function loadLexicon(): Readonly<Record<string, string>> {
  // compromise's CommonJS build, required synchronously: extraction is synchronous.
  const nlp = createRequire(import.meta.url)("compromise/two") as { model(): { one: { lexicon: Record<string, string> } } };
  return nlp.model().one.lexicon;
}

/** "Tom", "Tracy", "Olivier": true; "Dockerfile", "Time", "Easier": false. */
export function isFirstName(word: string): boolean {
  lexicon ??= loadLexicon();
  return NAME_TAGS.has(lexicon[word.toLowerCase()] ?? "");
}

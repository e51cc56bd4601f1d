// `compromise` (an English NLP library), loaded the first time a note asks: loading it costs about
// 0.13 s, and most notes never need it. Its CommonJS build is required synchronously, since
// extraction is synchronous.

import { createRequire } from "node:module";

interface Term {
  tags?: Set<string>;
}
export interface Compromise {
  /** The tagged text, its terms sentence by sentence (read directly: `.json()` copies every term, a third of the time of a call). */
  (text: string): { docs: Term[][] };
  model(): { one: { lexicon: Record<string, string> } };
}

let nlp: Compromise | null = null;

export function compromise(): Compromise {
  nlp ??= createRequire(import.meta.url)("compromise/two") as Compromise;
  return nlp;
}

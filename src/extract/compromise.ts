// `compromise` (an English NLP library), loaded the first time a note asks: loading it costs about
// 0.13 s, and most notes never need it. Its CommonJS build is required synchronously, since
// extraction is synchronous.

import { createRequire } from "node:module";

interface Term {
  tags: string[];
}
export interface Compromise {
  (text: string): { json(): Array<{ terms: Term[] }> };
  model(): { one: { lexicon: Record<string, string> } };
}

let nlp: Compromise | null = null;

export function compromise(): Compromise {
  nlp ??= createRequire(import.meta.url)("compromise/two") as Compromise;
  return nlp;
}

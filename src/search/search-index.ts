// Full-text search: after Eleventy writes the site, Pagefind indexes the meeting pages (those
// marked data-pagefind-body) into <output>/pagefind/, which the /search/ page loads in the browser.
// Static files only: no server code.

import path from "node:path";
import * as pagefind from "pagefind";
import { displayPath } from "../diagnostics.js";

export interface SearchIndexResult {
  /** Pages Pagefind read; it indexes only those marked data-pagefind-body. */
  pagesRead: number;
  outputPath: string;
}

/** Eleventy prints the message without a stack trace. */
export class SearchIndexError extends Error {
  readonly skipOriginalStack = true;
  override name = "SearchIndexError";
}

/** @throws SearchIndexError naming what Pagefind could not do, e.g. when its binary is missing. */
export async function writeSearchIndex(outputDir: string): Promise<SearchIndexResult> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
    if (!index) throw new Error(errors.join("; "));
    const added = await index.addDirectory({ path: outputDir });
    if (added.errors.length > 0) throw new Error(added.errors.join("; "));
    const written = await index.writeFiles({ outputPath: path.join(outputDir, "pagefind") });
    if (written.errors.length > 0) throw new Error(written.errors.join("; "));
    return { pagesRead: added.page_count, outputPath: written.outputPath };
  } catch (error) {
    throw new SearchIndexError(`${displayPath(path.join(outputDir, "pagefind"))}: error: the search index could not be written: ${(error as Error).message}
  hint: \`npm ci\` installs Pagefind's binary for this platform (the optional dependency @pagefind/<platform>)`);
  } finally {
    await pagefind.close();
  }
}

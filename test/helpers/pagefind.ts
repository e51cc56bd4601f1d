// Searches a built site's Pagefind index from Node with the same pagefind.js the /search/ page
// loads in the browser. That script fetches its index files relative to its own URL; Node's fetch
// cannot read file: URLs, so they are served from disk while a search runs.

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

interface PagefindResult {
  data(): Promise<{ url: string; meta: Record<string, string>; excerpt: string }>;
}

interface PagefindModule {
  options(options: { baseUrl: string }): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] }>;
  destroy(): Promise<void>;
}

/** The URLs of the pages that match, best first. */
export async function searchSite(outputDir: string, query: string): Promise<string[]> {
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url.startsWith("file:")) return new Response(fs.readFileSync(fileURLToPath(url)));
    return realFetch(input, init);
  };
  try {
    const pagefind = (await import(pathToFileURL(path.join(outputDir, "pagefind/pagefind.js")).href)) as PagefindModule;
    await pagefind.options({ baseUrl: "/" });
    const { results } = await pagefind.search(query);
    const urls = await Promise.all(results.map(async (r) => (await r.data()).url));
    await pagefind.destroy();
    return urls;
  } finally {
    globalThis.fetch = realFetch;
  }
}

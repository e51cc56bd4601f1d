import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { describe, expect, test } from "vitest";
import { fastUrlFilter } from "../../src/site/url-filter.js";

/** Eleventy's own `url` filter, taken from a real (empty) Eleventy project with this prefix. */
async function eleventyUrlFilter(pathPrefix: string): Promise<(url: string) => string> {
  const input = fs.mkdtempSync(path.join(os.tmpdir(), "url-filter-"));
  let filter: ((url: string) => string) | undefined;
  const eleventy = new Eleventy(input, path.join(input, "_site"), {
    quietMode: true,
    pathPrefix,
    config(eleventyConfig: { getFilter(name: string): (url: string) => string; on(event: string, run: () => void): void }) {
      // Eleventy adds its own filters after this function runs; they are all there by the build.
      eleventyConfig.on("eleventy.before", () => {
        filter = eleventyConfig.getFilter("url");
      });
    },
  });
  await eleventy.toJSON();
  fs.rmSync(input, { recursive: true, force: true });
  return filter!;
}

const urls = ["/", "/notes/2021-01-12%20%231%20100%25%20%5Bdraft%5D%20%7Bx%7D%20(copy)%20%26%20more.md", "/meetings/2019-09-03/", "/meetings/2019-09-03/#merge-custom-toolchain-work", "/assets/site.css", "/notes/2019%2009.md", "/sub/", "/sub", "/people/seph/", "/a//b/", "/a/../b/", "/./a", "/a b/", "/a?x=1", "https://github.com/osquery/osquery/pull/1", "//example.com/x", "#top", "relative/path", ""];

describe("the url filter", () => {
  test.each(["/", "/sub/"])("gives what Eleventy's url filter gives, under the path prefix %j", async (pathPrefix) => {
    const eleventyUrl = await eleventyUrlFilter(pathPrefix);
    const fast = fastUrlFilter(pathPrefix, eleventyUrl);
    expect(urls.map(fast)).toEqual(urls.map((url) => eleventyUrl(url)));
  });
});

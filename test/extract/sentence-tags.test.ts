import { describe, expect, test } from "vitest";
import { sentenceTags } from "../../src/extract/sentence-tags.js";

describe("tags an author writes to say what a sentence is", () => {
  test("reads the tags closing a sentence, or one opening it, and gives the words without them", () => {
    expect(sentenceTags("Set up the home page [decision] [todo]")).toEqual({ kinds: new Set(["decision", "task"]), rest: "Set up the home page" });
    expect(sentenceTags("[Decision] We ship on Friday.")).toEqual({ kinds: new Set(["decision"]), rest: "We ship on Friday." });
    expect(sentenceTags("Open a PR [action item].")).toEqual({ kinds: new Set(["task"]), rest: "Open a PR" });
  });

  test("ignores tags that mark nothing, tags in the middle, and a sentence that is only tags", () => {
    expect(sentenceTags("Meeting notes [link]")).toBeNull();
    expect(sentenceTags("See below for the [todo] markers")).toBeNull();
    expect(sentenceTags("[todo] [decision]")).toBeNull();
    expect(sentenceTags("No brackets at all")).toBeNull();
  });

  test("reads the end of a sentence of a hundred thousand brackets, not backtracking over them", () => {
    expect(sentenceTags(`${"[ab] ".repeat(100_000)}x`)).toBeNull();
    expect(sentenceTags(`${"[ab] ".repeat(100_000)}x [todo]`)?.kinds).toEqual(new Set(["task"]));
  });
});

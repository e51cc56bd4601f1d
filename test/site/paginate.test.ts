import { describe, expect, test } from "vitest";
import { groupRuns } from "../../src/site/grouping.js";
import { jumpTargets, pagePath, paginate } from "../../src/site/paginate.js";

describe("paginate", () => {
  test("keeps a short list on one page at the base path", () => {
    expect(paginate(["a", "b"], "/decisions/", 5)).toEqual([
      { path: "/decisions/", number: 1, count: 1, items: ["a", "b"], previous: null, next: null },
    ]);
  });

  test("still makes one empty page for an empty list, so the page exists", () => {
    expect(paginate([], "/people/", 5).map((p) => [p.path, p.items])).toEqual([["/people/", []]]);
  });

  test("splits by summed weight without splitting an item, and links the pages", () => {
    const pages = paginate([3, 3, 1, 5, 2], "/x/", 5, (n) => n);
    expect(pages.map((p) => p.items)).toEqual([[3], [3, 1], [5], [2]]);
    expect(pages.map((p) => [p.path, p.previous, p.next])).toEqual([
      ["/x/", null, "/x/page/2/"],
      ["/x/page/2/", "/x/", "/x/page/3/"],
      ["/x/page/3/", "/x/page/2/", "/x/page/4/"],
      ["/x/page/4/", "/x/page/3/", null],
    ]);
  });

  test("gives an item heavier than the budget a page of its own", () => {
    expect(paginate([1, 9, 1], "/", 4, (n) => n).map((p) => p.items)).toEqual([[1], [9], [1]]);
  });

  test.each([
    { base: "/", n: 1, expected: "/" },
    { base: "/", n: 2, expected: "/page/2/" },
    { base: "/decisions/2019/", n: 3, expected: "/decisions/2019/page/3/" },
  ])("pagePath($base, $n) is $expected", ({ base, n, expected }) => {
    expect(pagePath(base, n)).toBe(expected);
  });
});

describe("jumpTargets", () => {
  test("points each group at the first page holding it, with its total weight", () => {
    const pages = paginate(["2020a", "2020b", "2019a", "2019b", "2018a"], "/", 2);
    expect(jumpTargets(pages, (s) => s.slice(0, 4), (y) => `year-${y}`)).toEqual([
      { key: "2020", path: "/#year-2020", size: 2 },
      { key: "2019", path: "/page/2/#year-2019", size: 2 },
      { key: "2018", path: "/page/3/#year-2018", size: 1 },
    ]);
  });
});

describe("groupRuns", () => {
  test("groups consecutive items with the same key, keeping order", () => {
    expect(groupRuns(["a1", "a2", "b1", "a3"], (s) => s[0]!)).toEqual([
      { key: "a", items: ["a1", "a2"] },
      { key: "b", items: ["b1"] },
      { key: "a", items: ["a3"] },
    ]);
  });
});

import { describe, expect, test } from "vitest";
import { buildPeopleIndex } from "../../src/site/people-index.js";
import { personSlug } from "../../src/site/person-path.js";
import { meeting } from "../helpers/meetings.js";

const meetings = [
  meeting({ date: "2019-08-20", people: ["@zwass", "@seph"], actions: ["@zwass", "Seph"] }),
  meeting({ date: "2019-09-03", actions: ["Nick and Alessandro", "Matt K."] }),
  meeting({ date: "2019-09-17", people: ["@zwass"], actions: ["seph"] }),
];

describe("buildPeopleIndex", () => {
  const index = buildPeopleIndex(meetings);

  test("lists everyone @mentioned or owning an action, alphabetically by key", () => {
    expect(index.sorted.map((p) => [p.key, p.name, p.path])).toEqual([
      ["alessandro", "Alessandro", "/people/alessandro/"],
      ["matt-k", "Matt K.", "/people/matt-k/"],
      ["nick", "Nick", "/people/nick/"],
      ["seph", "@seph", "/people/seph/"],
      ["zwass", "@zwass", "/people/zwass/"],
    ]);
  });

  test("gives each person their meetings newest first, whether mentioned, and the actions they own", () => {
    const seph = index.people.get("seph")!;
    expect(seph.meetings.map((m) => [m.meeting.slug, m.mentioned, m.actions.map((a) => a.owner)])).toEqual([
      ["2019-09-17", false, ["seph"]],
      ["2019-08-20", true, ["Seph"]],
    ]);
    expect(seph.actions).toBe(2);
    expect(index.people.get("zwass")!.meetings.map((m) => [m.meeting.slug, m.mentioned, m.actions.length])).toEqual([
      ["2019-09-17", true, 0],
      ["2019-08-20", true, 1],
    ]);
  });

  test("counts an action owned by two people for each of them", () => {
    expect(["nick", "alessandro"].map((k) => index.people.get(k)!.meetings[0]!.actions.map((a) => a.owner))).toEqual([
      ["Nick and Alessandro"],
      ["Nick and Alessandro"],
    ]);
  });

  test("finds where each initial starts on the index pages", () => {
    expect(index.initials.map((i) => [i.key, i.path])).toEqual([
      ["a", "/people/#initial-a"],
      ["m", "/people/#initial-m"],
      ["n", "/people/#initial-n"],
      ["s", "/people/#initial-s"],
      ["z", "/people/#initial-z"],
    ]);
    expect(index.personPages.map((p) => p.path)).toEqual(["/people/alessandro/", "/people/matt-k/", "/people/nick/", "/people/seph/", "/people/zwass/"]);
  });
});

describe("personSlug", () => {
  test.each([
    { input: "@Directionless", expected: "directionless" },
    { input: "@mike-myers-tob", expected: "mike-myers-tob" },
    { input: "Matt K.", expected: "matt-k" },
    { input: "Zoë", expected: "zoe" },
    { input: "?", expected: "" },
  ])("$input has the page key '$expected'", ({ input, expected }) => {
    expect(personSlug(input)).toBe(expected);
  });
});

import { describe, expect, test } from "vitest";
import { buildDecisionLog, DECISIONS_PER_PAGE } from "../../src/site/decision-log.js";
import { meeting } from "../helpers/meetings.js";

const meetings = [
  meeting({ date: "2019-11-26", decisions: ["a", "b"] }),
  meeting({ date: "2019-12-10" }),
  meeting({ date: "2020-01-07", decisions: ["c"] }),
  meeting({ date: "2020-01-21", decisions: ["d", "e", "f"] }),
];

describe("buildDecisionLog", () => {
  const log = buildDecisionLog(meetings);

  test("lists meetings with decisions newest first on /decisions/, skipping those without", () => {
    const all = log.pages.filter((p) => p.year === null);
    expect(all.map((p) => [p.path, p.items.map((m) => m.slug)])).toEqual([["/decisions/", ["2020-01-21", "2020-01-07", "2019-11-26"]]]);
    expect(log.total).toBe(6);
  });

  test("makes a page per year at /decisions/<year>/, newest year first", () => {
    const yearly = log.pages.filter((p) => p.year !== null);
    expect(yearly.map((p) => [p.path, p.year, p.items.map((m) => m.slug)])).toEqual([
      ["/decisions/2020/", "2020", ["2020-01-21", "2020-01-07"]],
      ["/decisions/2019/", "2019", ["2019-11-26"]],
    ]);
  });

  test("counts the decisions of each year for the year links", () => {
    expect(log.years).toEqual([
      { key: "2020", path: "/decisions/2020/", size: 4 },
      { key: "2019", path: "/decisions/2019/", size: 2 },
    ]);
  });

  test("splits a long log into pages of whole meetings within the page budget", () => {
    const many = Array.from({ length: 30 }, (_, i) =>
      meeting({ date: `2020-01-${String(i + 1).padStart(2, "0")}`, decisions: Array.from({ length: 10 }, (_, j) => `d${i}-${j}`) }),
    );
    const pages = buildDecisionLog(many).pages.filter((p) => p.year === null);
    const perPage = DECISIONS_PER_PAGE / 10;
    expect(pages.map((p) => p.path)).toEqual(["/decisions/", "/decisions/page/2/"]);
    expect(pages.map((p) => p.items.length)).toEqual([perPage, 30 - perPage]);
    expect(pages[0]!.items[0]!.slug).toBe("2020-01-30");
  });

  test("leaves out decisions removed from the notes, whose anchors only their meeting keeps", () => {
    const removed = { ...meeting({ date: "2020-02-04", decisions: ["kept"] }), removedDecisions: [{ id: "gone", text: "Gone." }] };
    const ids = buildDecisionLog([removed]).pages[0]!.items.flatMap((m) => m.decisions.map((d) => d.id));
    expect(ids).toEqual(["kept"]);
  });

  test("has one empty page when no meeting has a decision", () => {
    const empty = buildDecisionLog([meeting({ date: "2020-01-01" })]);
    expect(empty.pages.map((p) => [p.path, p.items])).toEqual([["/decisions/", []]]);
    expect(empty.years).toEqual([]);
  });
});

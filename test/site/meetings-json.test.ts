// api/meetings.json is written a meeting at a time; what a tool reads must be what one
// JSON.stringify of every meeting would give, with no markup from a note in it.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { publicMeeting, writeMeetingsJson } from "../../src/site/meetings-json.js";
import { decision, meeting } from "../helpers/meetings.js";

const url = (p: string) => `/sub${p}`;

function written(meetings: Parameters<typeof writeMeetingsJson>[0]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "meetings-json-"));
  writeMeetingsJson(meetings, dir, url);
  const text = fs.readFileSync(path.join(dir, "api/meetings.json"), "utf8");
  expect(fs.readdirSync(path.join(dir, "api"))).toEqual(["meetings.json"]);
  return text;
}

describe("api/meetings.json", () => {
  test("is an empty array when there are no meetings", () => {
    expect(written([])).toBe("[]");
  });

  test("holds every meeting, oldest first, as one JSON.stringify of them all would lay it out", () => {
    const meetings = [
      meeting({ date: "2019-09-03", decisions: ["ship-it"], actions: ["@seph"], people: ["@seph"], issues: ["osquery/osquery/pull/6280"] }),
      meeting({ date: "2019-09-17" }),
      meeting({ date: "2019-10-01", decisions: ["drop-centos-6"] }),
    ];
    expect(written(meetings)).toBe(JSON.stringify(meetings.map((m) => publicMeeting(m, url)), null, 1));
  });

  test("gives each decision the URL of its anchor under the path prefix", () => {
    const [only] = JSON.parse(written([meeting({ date: "2020-01-07", decisions: ["ship-it"] })]));
    expect(only.url).toBe("/sub/meetings/2020-01-07/");
    expect(only.decisions[0].url).toBe("/sub/meetings/2020-01-07/#ship-it");
  });

  test("escapes < so a note's markup is never in the file, and still reads back as written", () => {
    const hostile = meeting({ date: "2020-02-04", decisions: [{ ...decision("x"), text: "Ship </script><script>alert(1)</script>" }] });
    const text = written([hostile]);
    expect(text).not.toContain("<");
    expect(JSON.parse(text)[0].decisions[0].text).toBe("Ship </script><script>alert(1)</script>");
  });
});

// Notes are written in a hurry and formatted every which way. How a note is typed (line endings,
// list markers, prose on one line or wrapped at 72 columns, front matter) must not change what the
// site finds in it. Every note of this project and its fixtures is read as written and in each
// variant, and the corpus's 38 as well where ../shared is beside the checkout.

import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { corpusDir, fixturesDir, hasCorpus, projectRoot } from "../helpers/paths.js";
import { parseText } from "../helpers/parse.js";

const LIST_OR_BLOCK = /^\s*(?:[-*+]\s|\d+[.)]\s|#|>|```|~~~|\||<)|^\s{4}/;

/** Joins each top-level paragraph's lines into one, as many editors write prose. */
function unwrap(text: string): string {
  const out: string[] = [];
  let fenced = false;
  for (const line of text.split("\n")) {
    const previous = out.at(-1);
    const joins = !fenced && previous !== undefined && previous.trim() !== "" && line.trim() !== "" && !LIST_OR_BLOCK.test(line) && !LIST_OR_BLOCK.test(previous);
    if (/^\s*(?:```|~~~)/.test(line)) fenced = !fenced;
    if (joins) out[out.length - 1] = `${previous} ${line}`;
    else out.push(line);
  }
  return out.join("\n");
}

/** Hard-wraps every line of prose at `width` columns; lists, headings, code and long links stay whole. */
function wrap(text: string, width: number): string {
  let fenced = false;
  return text
    .split("\n")
    .map((line) => {
      if (/^\s*(?:```|~~~)/.test(line)) fenced = !fenced;
      if (fenced || line.length <= width || LIST_OR_BLOCK.test(line)) return line;
      const rows: string[] = [];
      for (const word of line.split(" ")) {
        const last = rows.at(-1);
        if (last !== undefined && `${last} ${word}`.length <= width) rows[rows.length - 1] = `${last} ${word}`;
        else rows.push(word);
      }
      return rows.join("\n");
    })
    .join("\n");
}

/** Each rewrite, and whether it keeps every line where it was (then line numbers must not move either). */
const variants: Array<{ name: string; rewrite: (text: string) => string; keepsLines: boolean }> = [
  { name: "CRLF line endings", rewrite: (text) => text.replace(/\r?\n/g, "\r\n"), keepsLines: true },
  { name: "dashes for list markers", rewrite: (text) => text.replace(/^(\s*)\* /gm, "$1- "), keepsLines: true },
  { name: "each paragraph on one line", rewrite: unwrap, keepsLines: false },
  { name: "prose wrapped at 72 columns", rewrite: (text) => wrap(unwrap(text), 72), keepsLines: false },
  { name: "front matter", rewrite: (text) => `---\ntags: [notes]\n---\n${text}`, keepsLines: false },
];

const notes = [
  path.join(projectRoot, "notes/2019-09-03.md"),
  ...fs.readdirSync(path.join(fixturesDir, "other-projects")).map((name) => path.join(fixturesDir, "other-projects", name)),
  ...(hasCorpus ? fs.readdirSync(corpusDir).filter((name) => name.endsWith(".md")).map((name) => path.join(corpusDir, name)) : []),
];

const oneSpace = (text: string) => text.replace(/\s+/g, " ").trim();

function found(text: string, source: string, withLines: boolean) {
  const { meeting } = parseText(text, { source });
  const at = (line: number) => (withLines ? `${line} ` : "");
  return {
    decisions: meeting.decisions.map((d) => `${at(d.line)}${oneSpace(d.text)}`),
    actions: meeting.actions.map((a) => `${at(a.line)}${a.owner}: ${oneSpace(a.text)}`),
    issues: meeting.issues.map((i) => i.url),
  };
}

describe.each(variants)("a note written with $name", ({ rewrite, keepsLines }) => {
  test.each(notes.map((file) => ({ name: path.basename(file), file })))("reads the same decisions, actions and issues as written: $name", ({ name, file }) => {
    const text = fs.readFileSync(file, "utf8").replace(/\r\n/g, "\n");
    expect(found(rewrite(text), name, keepsLines)).toEqual(found(text, name, keepsLines));
  });
});

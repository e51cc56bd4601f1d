// Optional YAML front matter (`title:`, `date:`). Its lines count in every line number. The core
// schema keeps dates as strings: js-yaml would silently roll 2019-13-45 over into 2020.

import yaml from "js-yaml";

export interface FrontMatter {
  data: Record<string, unknown>;
  /** Lines before the Markdown body (the front matter with its fences), 0 without front matter. */
  bodyLine: number;
  body: string;
  /** 1-based line of each top-level key, for messages. */
  keyLines: Record<string, number>;
  /** The note opens with `---` and Markdown, not YAML: the dashes are a horizontal rule. */
  openingRule?: true;
}

export class FrontMatterError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

const FENCE = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;
/** A line YAML front matter is made of: a key (`date: ...`, `"title":`), a comment, or nothing. */
const YAML_KEY = /^\s*(?:"[^"]*"|'[^']*'|[^\s#"':][^:]*):(?:\s|$)/;
const BLANK_OR_COMMENT = /^\s*(?:#.*)?$/;

/** @throws FrontMatterError with the file line of the YAML error. */
export function splitFrontMatter(text: string): FrontMatter {
  const firstEnd = text.indexOf("\n");
  const first = firstEnd < 0 ? text : text.slice(0, firstEnd);
  if (!FENCE.test(first)) return { data: {}, bodyLine: 0, body: text, keyLines: {} };
  const lines = text.split("\n");
  const close = lines.findIndex((l, i) => i > 0 && CLOSE.test(l));
  if (close < 0) throw new FrontMatterError("front matter starts with --- but never ends", 1);
  const inside = lines.slice(1, close);
  // Exports from wikis and document tools open with a rule and a bold title ("---\n**Steering
  // Committee**\n---"): with no `key:` line between the dashes, that is Markdown, as GitHub shows it.
  if (!inside.some((l) => YAML_KEY.test(l)) && inside.some((l) => !BLANK_OR_COMMENT.test(l))) {
    return { data: {}, bodyLine: 0, body: text, keyLines: {}, openingRule: true };
  }
  const source = inside.join("\n");
  let data: unknown;
  try {
    data = yaml.load(source, { schema: yaml.CORE_SCHEMA });
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message;
    throw new FrontMatterError(`front matter is not valid YAML: ${reason}`, 2 + (mark?.line ?? 0));
  }
  if (data !== null && data !== undefined && (typeof data !== "object" || Array.isArray(data))) {
    throw new FrontMatterError("front matter must be `key: value` lines", 2);
  }
  const keyLines: Record<string, number> = {};
  lines.slice(1, close).forEach((l, i) => {
    const key = /^([A-Za-z_][\w-]*)\s*:/.exec(l)?.[1];
    if (key && !(key in keyLines)) keyLines[key] = i + 2;
  });
  return { data: (data ?? {}) as Record<string, unknown>, bodyLine: close + 1, body: lines.slice(close + 1).join("\n"), keyLines };
}

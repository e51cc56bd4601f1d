// Random strings made the way a regular expression reads: for each alternation one branch, for
// each quantifier a count, for each class a character it accepts. Property tests use them to
// reach the phrases a pattern is written for. Assertions (\b, ^, lookarounds) produce nothing,
// so a sample may miss its pattern; tests keep the ones that match.

/** Characters a class or an escape is drawn from. */
const POOL = [..." \u00a0\t", ..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", ..."'\"’“”.,:;!?-–—()[]@#/_*&+：", "日", "✅"];

type Node =
  | { kind: "alternation"; branches: Node[][] }
  | { kind: "chars"; chars: string[] }
  | { kind: "nothing" }
  | { kind: "repeat"; node: Node; min: number; max: number };

function charsMatching(source: string, flags: string): string[] {
  const matcher = new RegExp(`^${source}$`, flags.replace("g", ""));
  const chars = POOL.filter((c) => matcher.test(c));
  if (chars.length === 0) throw new Error(`no sample character for ${source}`);
  return chars;
}

/** Parses the subset of pattern syntax the extractors use. */
function parse(source: string, flags: string): Node {
  let i = 0;
  const alternation = (): Node => {
    const branches: Node[][] = [[]];
    while (i < source.length && source[i] !== ")") {
      if (source[i] === "|") {
        i++;
        branches.push([]);
        continue;
      }
      branches.at(-1)!.push(quantified(atom()));
    }
    return { kind: "alternation", branches };
  };
  const atom = (): Node => {
    const c = source[i]!;
    if (c === "(") {
      const opening = /^\((?:\?(?:<?[=!]|:|<[A-Za-z]\w*>))?/.exec(source.slice(i))![0];
      const lookaround = /[=!]$/.test(opening);
      i += opening.length;
      const inner = alternation();
      i++; // ")"
      return lookaround ? { kind: "nothing" } : inner;
    }
    if (c === "[") {
      const start = i;
      for (i++; source[i] !== "]"; i++) if (source[i] === "\\") i++;
      i++;
      return { kind: "chars", chars: charsMatching(source.slice(start, i), flags) };
    }
    if (c === "\\") {
      const escape = source.slice(i, i + 2);
      i += 2;
      if (escape === "\\b" || escape === "\\B") return { kind: "nothing" };
      if (escape === "\\p" || escape === "\\P") {
        const end = source.indexOf("}", i) + 1;
        const property = escape + source.slice(i, end);
        i = end;
        return { kind: "chars", chars: charsMatching(property, flags) };
      }
      return { kind: "chars", chars: charsMatching(escape, flags) };
    }
    i++;
    if (c === "^" || c === "$") return { kind: "nothing" };
    if (c === ".") return { kind: "chars", chars: charsMatching(".", flags) };
    return { kind: "chars", chars: [c] };
  };
  const quantified = (node: Node): Node => {
    const rest = source.slice(i);
    const q = /^(?:([?*+])|\{(\d+)(?:(,)(\d*))?\})\??/.exec(rest);
    if (!q) return node;
    i += q[0].length;
    if (q[1]) return { kind: "repeat", node, min: q[1] === "+" ? 1 : 0, max: q[1] === "?" ? 1 : Infinity };
    const min = Number(q[2]);
    return { kind: "repeat", node, min, max: q[3] === undefined ? min : q[4] ? Number(q[4]) : Infinity };
  };
  const tree = alternation();
  if (i < source.length) throw new Error(`unbalanced ) at ${i} in ${source}`);
  return tree;
}

function generate(node: Node, random: () => number, ignoreCase: boolean): string {
  const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)]!;
  switch (node.kind) {
    case "nothing":
      return "";
    case "chars": {
      const c = pick(node.chars);
      return ignoreCase && random() < 0.2 ? (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()) : c;
    }
    case "alternation":
      return pick(node.branches).map((n) => generate(n, random, ignoreCase)).join("");
    case "repeat": {
      const count = node.min + Math.floor(random() * (Math.min(node.max, node.min + 2) - node.min + 1));
      return Array.from({ length: count }, () => generate(node.node, random, ignoreCase)).join("");
    }
  }
}

/** A sampler of strings written the way `pattern` reads; `random` returns numbers in [0, 1). */
export function regexSampler(pattern: RegExp): (random: () => number) => string {
  const tree = parse(pattern.source, pattern.flags);
  return (random) => generate(tree, random, pattern.flags.includes("i"));
}

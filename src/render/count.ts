// "1 decision", "3 decisions": counts in prose, the same way on every page.

/** @example count(3, "decision") === "3 decisions"; count(1, "person", "people") === "1 person" */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;
}

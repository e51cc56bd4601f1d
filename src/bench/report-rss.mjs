// Loaded with --import into a Node build when GNU time is missing: writes the process's peak
// resident memory (bytes) to BENCH_RSS_FILE as it exits.
import fs from "node:fs";

process.on("exit", () => {
  if (process.env.BENCH_RSS_FILE) fs.appendFileSync(process.env.BENCH_RSS_FILE, `${process.resourceUsage().maxRSS * 1024}\n`);
});

// Loaded with --import into a Node build when GNU time is missing: appends the process's peak
// resident memory (KB) and CPU seconds to BENCH_RSS_FILE as it exits, as GNU time would.
import fs from "node:fs";

process.on("exit", () => {
  const usage = process.resourceUsage();
  if (process.env.BENCH_RSS_FILE) fs.appendFileSync(process.env.BENCH_RSS_FILE, `${usage.maxRSS} ${usage.userCPUTime / 1e6} ${usage.systemCPUTime / 1e6}\n`);
});

import fs from "node:fs";
import path from "node:path";

export const projectRoot = path.resolve(import.meta.dirname, "../..");
export const corpusDir = path.resolve(projectRoot, "../shared/corpus/osquery-office-hours");
export const goldFile = path.resolve(projectRoot, "../shared/corpus/osquery-office-hours.gold.json");
export const hasCorpus = fs.existsSync(corpusDir);
export const fixturesDir = path.join(projectRoot, "test/fixtures");

// Validates every page of a built site with html-validate and the project's .htmlvalidate.mjs,
// returning one readable line per error (`page:line:column rule: message`).

import path from "node:path";
import { type ConfigData, HtmlValidate } from "html-validate";
import { listFiles } from "./check-links.js";
import { projectRoot } from "./paths.js";

export async function findHtmlErrors(outputDir: string): Promise<string[]> {
  // The built pages live in a temp folder, outside the project: load its config explicitly.
  const { default: config } = (await import(path.join(projectRoot, ".htmlvalidate.mjs"))) as { default: ConfigData };
  const validator = new HtmlValidate(config);
  const errors: string[] = [];
  for (const file of listFiles(outputDir).filter((f) => f.endsWith(".html"))) {
    const report = await validator.validateFile(path.join(outputDir, file));
    for (const result of report.results) {
      for (const m of result.messages) errors.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  return errors;
}

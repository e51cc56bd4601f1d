// The GitHub Actions workflow is valid YAML, checks pull requests the way .ci/run checks main,
// and publishes main on GitHub Pages under the repository's path.

import fs from "node:fs";
import path from "node:path";
import yaml from "js-yaml";
import { describe, expect, test } from "vitest";
import { formatDiagnostic } from "../../src/diagnostics.js";
import { projectRoot } from "../helpers/paths.js";

interface Step {
  uses?: string;
  run?: string;
  if?: string;
  id?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}

interface Workflow {
  on: { pull_request: unknown; push: { branches: string[] } };
  jobs: Record<string, { if?: string; needs?: string; permissions?: Record<string, string>; steps: Step[] }>;
}

const read = (file: string) => fs.readFileSync(path.join(projectRoot, file), "utf8");
const workflow = yaml.load(read(".github/workflows/site.yml")) as Workflow;
const scripts = Object.keys(JSON.parse(read("package.json")).scripts as Record<string, string>);

/** The npm commands a shell script runs, as `ci`, `test` or `run <script>`, comments left out. */
function npmCommands(shell: string): string[] {
  const code = shell.split("\n").filter((line) => !line.trim().startsWith("#")).join("\n");
  return [...code.matchAll(/\bnpm\s+(ci|test|run\s+(?:--silent\s+|-s\s+)?([\w:-]+))/g)].map((m) => (m[2] ? `run ${m[2]}` : m[1]!));
}

const checkJob = workflow.jobs.check!;
const deployJob = workflow.jobs.deploy!;
const stepRunning = (job: typeof checkJob, command: string) => job.steps.find((s) => s.run !== undefined && npmCommands(s.run).includes(command));

describe(".github/workflows/site.yml", () => {
  test("runs on pull requests and on pushes to main", () => {
    expect(workflow.on.pull_request).toBeDefined();
    expect(workflow.on.push.branches).toEqual(["main"]);
  });

  test("runs the npm scripts that .ci/run runs, in the same order", () => {
    const ciRun = npmCommands(read(".ci/run"));
    expect(ciRun).toEqual(expect.arrayContaining(["ci", "run check", "test", "run build"]));
    expect(checkJob.steps.flatMap((s) => (s.run ? npmCommands(s.run) : []))).toEqual(ciRun);
  });

  test("runs only npm scripts that exist", () => {
    const all = [read(".ci/run"), ...Object.values(workflow.jobs).flatMap((j) => j.steps.map((s) => s.run ?? ""))].flatMap(npmCommands);
    for (const command of all.filter((c) => c.startsWith("run "))) expect(scripts).toContain(command.slice(4));
  });

  test("posts the check's summary of the changed notes to the job summary", () => {
    const check = stepRunning(checkJob, "run check")!.run!;
    expect(check).toContain("git diff --name-only --diff-filter=d HEAD^1 HEAD -- notes");
    expect(check).toContain('npm run --silent check -- --summary "${notes[@]}" >> "$GITHUB_STEP_SUMMARY"');
  });

  test("uploads the built site of a pull request as an artifact", () => {
    const upload = checkJob.steps.find((s) => s.uses?.startsWith("actions/upload-artifact@"));
    expect(upload).toMatchObject({ if: "github.event_name == 'pull_request'", with: { name: "site", path: "_site" } });
  });

  test("deploys main to GitHub Pages, built under the Pages path and address", () => {
    expect(deployJob).toMatchObject({ if: "github.event_name == 'push' && github.ref == 'refs/heads/main'", needs: "check" });
    expect(deployJob.permissions).toEqual({ contents: "read", pages: "write", "id-token": "write" });
    const uses = deployJob.steps.flatMap((s) => (s.uses ? [s.uses.split("@")[0]] : []));
    expect(uses).toEqual(["actions/checkout", "actions/setup-node", "actions/configure-pages", "actions/cache", "actions/upload-pages-artifact", "actions/deploy-pages"]);
    expect(stepRunning(deployJob, "run build")!.env).toEqual({
      PATH_PREFIX: "${{ steps.pages.outputs.base_path }}",
      SITE_URL: "${{ steps.pages.outputs.base_url }}",
    });
    expect(deployJob.steps.find((s) => s.uses?.startsWith("actions/configure-pages@"))?.id).toBe("pages");
  });

  test("restores each job's own parse cache before it parses the notes", () => {
    const caches = [
      { job: checkJob, first: "run check" },
      { job: deployJob, first: "run build" },
    ].map(({ job, first }) => {
      const cache = job.steps.findIndex((s) => s.uses?.startsWith("actions/cache@"));
      expect(cache).toBeGreaterThan(job.steps.indexOf(stepRunning(job, "ci")!));
      expect(cache).toBeLessThan(job.steps.indexOf(stepRunning(job, first)!));
      const { path: folder, key, "restore-keys": restore } = job.steps[cache]!.with!;
      expect(folder).toBe(".cache/parse");
      expect(key).toBe(`${restore}\${{ github.sha }}`);
      return key;
    });
    expect(caches).toEqual(["parse-${{ runner.os }}-${{ github.sha }}", "parse-pages-${{ runner.os }}-${{ github.sha }}"]);
  });

  test("turns the check's problem lines into annotations", () => {
    const matcher = JSON.parse(read(".github/check-problem-matcher.json")).problemMatcher[0].pattern[0];
    const line = formatDiagnostic({ file: "notes/2024-01-07.md", line: 3, severity: "warning", message: "no recording link", hint: "add one" }).split("\n")[0]!;
    const match = new RegExp(matcher.regexp).exec(line)!;
    expect([match[matcher.file], match[matcher.line], match[matcher.severity], match[matcher.message]]).toEqual(["notes/2024-01-07.md", "3", "warning", "no recording link"]);
    expect(new RegExp(matcher.regexp).test("  hint: add one")).toBe(false);
  });
});

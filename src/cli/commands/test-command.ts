import { readFileSync, statSync, writeFileSync } from "node:fs";
import { toDotPath } from "../../errors/adjudicator-error.js";
import { formatCaseResult } from "../../testing/format-case-result.js";
import { readCaseFiles } from "../../testing/read-case-files.js";
import { formatRuleCoverage } from "../../testing/rule-coverage.js";
import { runCases } from "../../testing/run-cases.js";
import { EXIT, painter, UsageError, writeLine, type CliIo } from "../cli-io.js";
import { loadAdjudicator, loadFile, required } from "../load-inputs.js";
import { formatIssue } from "../report-issues.js";

export interface TestOptions {
  readonly policy?: string;
  readonly rules?: string;
  /** The operations configuration: decisions then carry risk, routing and sampling, which cases may expect. */
  readonly operations?: string;
  readonly coverage?: boolean;
  readonly coverageJson?: string;
  readonly requireFullCoverage?: boolean;
  readonly json?: boolean;
}

/**
 * `claim-adjudicator test <cases...> --policy p.json --rules r.json`: runs case files and prints a diff for each
 * failure; `--coverage` prints rule coverage, `--coverage-json` writes it. Exit 0 when every case passes (and, with
 * `--require-full-coverage`, every rule fired), 1 otherwise.
 */
export async function testCommand(io: CliIo, paths: readonly string[], options: TestOptions): Promise<number> {
  if (paths.length === 0) throw new UsageError("give the case files or folders of case files to run");
  const policy = loadFile(io, required(options.policy, "--policy <file>", "test"), "policy");
  const rules = loadFile(io, required(options.rules, "--rules <file>", "test"), "rule set");
  const operations = options.operations === undefined ? undefined : loadFile(io, options.operations, "operations configuration");
  const adjudicator = loadAdjudicator(io, policy, rules, operations);
  checkCasePaths(paths);
  const { cases, problems } = readCaseFiles(paths);
  if (problems.some((problem) => problem.message === "no such file or folder")) {
    throw new UsageError(`no such case file or folder: ${problems.filter((p) => p.message === "no such file or folder").map((p) => p.file).join(", ")}`);
  }
  const paint = painter(io, "stdout");
  const run = await runCases(adjudicator, cases, (result) => {
    if (options.json === true) return;
    const text = formatCaseResult(result);
    writeLine(io.stdout, result.status === "passed" ? text.replace(/^✓/, paint("green", "✓")) : text.replace(/^✗/, paint("red", "✗")));
  });

  // A case file that is not a valid case counts as one case that could not run, however many problems it has: it
  // tests nothing until it is fixed. A folder without case files is reported, but is no case.
  const texts = new Map<string, { text?: string }>();
  const textOf = (file: string) => {
    let entry = texts.get(file);
    if (entry === undefined) {
      entry = readText(file);
      texts.set(file, entry);
    }
    return entry;
  };
  const problemLines = problems.map((problem) =>
    formatIssue({ file: problem.file, path: problem.path, severity: "error", message: problem.message, ...(problem.line === undefined ? textOf(problem.file) : { line: problem.line, column: problem.column ?? 1 }) }),
  );
  const invalidCaseFiles = new Set(problems.map((problem) => problem.file).filter((file) => !isFolder(file))).size;
  const couldNotRun = run.errors + invalidCaseFiles;
  const failed = run.failed + couldNotRun > 0 || problems.length > 0;
  const neverFired = run.coverage.rules.filter((rule) => rule.firedIn.length === 0).map((rule) => rule.ruleId);
  if (options.coverageJson !== undefined) {
    const json = `${JSON.stringify(run.coverage, null, 2)}\n`;
    if (options.coverageJson === "-") io.stdout.write(json);
    else writeFileSync(options.coverageJson, json);
  }
  const coverageFails = options.requireFullCoverage === true && neverFired.length > 0;

  if (options.json === true) {
    writeLine(
      io.stdout,
      JSON.stringify(
        {
          passed: run.passed,
          failed: run.failed,
          errors: couldNotRun,
          results: run.results.map((result) =>
            result.status === "error"
              ? { name: result.testCase.name, file: result.testCase.file, status: result.status, message: result.message, issues: result.issues }
              : { name: result.testCase.name, file: result.testCase.file, status: result.status, mismatches: result.mismatches },
          ),
          problems: problems.map((problem) => ({ ...problem, path: toDotPath(problem.path) })),
          coverage: run.coverage,
        },
        null,
        2,
      ),
    );
  } else {
    for (const line of problemLines) writeLine(io.stdout, `${paint("red", "✗")} ${line}`);
    if (options.coverage === true) writeLine(io.stdout, `\n${formatRuleCoverage(run.coverage)}`);
    const total = run.results.length + invalidCaseFiles;
    const notPassed = run.failed + couldNotRun;
    const summary =
      notPassed === 0 ? `${run.passed} of ${total} case${total === 1 ? "" : "s"} passed` : `${run.passed} of ${total} case${total === 1 ? "" : "s"} passed, ${notPassed} did not (${run.failed} failed, ${couldNotRun} could not run)`;
    writeLine(io.stdout, `\n${failed ? paint("red", summary) : paint("green", summary)}`);
    if (coverageFails) writeLine(io.stderr, `--require-full-coverage: ${neverFired.length} rule${neverFired.length === 1 ? "" : "s"} never fired: ${neverFired.join(", ")}`);
  }
  return failed || coverageFails ? EXIT.problems : EXIT.ok;
}

/** The text of a case file, to show a problem's line; nothing when it cannot be read. */
function readText(file: string): { text?: string } {
  try {
    return { text: readFileSync(file, "utf8") };
  } catch {
    return {};
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** A named pipe or a device given as a case file is a usage error, as for every other input (it would hang). */
function checkCasePaths(paths: readonly string[]): void {
  for (const path of paths) {
    let info;
    try {
      info = statSync(path);
    } catch {
      continue; // reported as "no such case file or folder"
    }
    if (!info.isDirectory() && !info.isFile()) throw new UsageError(`case file ${path}: is not a regular file (a named pipe, a device or a socket): give a file or a folder of case files`);
  }
}

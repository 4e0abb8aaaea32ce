import { toDotPath } from "../errors/adjudicator-error.js";
import type { CaseMismatch } from "./check-decision.js";
import type { CaseResult, TestCase } from "./run-cases.js";

/**
 * Where an issue of a case's claim or options is in the files: a claim read from its own file is named by that file;
 * an inline claim and the options (`asOf`, `accumulators`) are keys of the case file.
 */
export function locateCaseIssue(testCase: TestCase, path: readonly (string | number)[]): { file: string | undefined; path: readonly (string | number)[] } {
  const [root, ...rest] = path;
  if (root === "claim" && testCase.claimFile !== undefined) return { file: testCase.claimFile, path: rest };
  if (root === "options") return { file: testCase.file, path: rest };
  return { file: testCase.file, path };
}

/**
 * The lines of a readable diff: `-` what the case expects, `+` what the decision says.
 * @example
 * formatMismatches([{ kind: "value", field: "payable", expected: "3600.00", actual: "3500.00" }]);
 * //=> "payable\n  - expected  3600.00\n  + actual    3500.00"
 */
export function formatMismatches(mismatches: readonly CaseMismatch[]): string {
  return mismatches
    .flatMap((mismatch) => {
      if (mismatch.kind === "value") return [mismatch.field, `  - expected  ${mismatch.expected}`, `  + actual    ${mismatch.actual}`];
      const width = Math.max(...[...mismatch.missing, ...mismatch.unexpected].map((item) => item.length));
      return [
        mismatch.field,
        ...mismatch.missing.map((item) => `  - ${item.padEnd(width)}  expected, not in the decision`),
        ...mismatch.unexpected.map((item) => `  + ${item.padEnd(width)}  in the decision, not expected`),
      ];
    })
    .join("\n");
}

const indent = (text: string, by: string) =>
  text
    .split("\n")
    .map((line) => (line === "" ? line : `${by}${line}`))
    .join("\n");

/**
 * One case's result as a terminal shows it: `✓ name` when it passed; the name, the file and a diff when it failed.
 * @param result - from `runCase`
 * @returns text without a trailing newline
 * @example
 * formatCaseResult(failedResult);
 * //=> "✗ Annual limit reached  (cases/04-annual-limit-reached.json)\n    payable\n      - expected  3600.00\n      + actual    3500.00"
 */
export function formatCaseResult(result: CaseResult): string {
  const { testCase } = result;
  const where = testCase.file === undefined ? "" : `  (${testCase.file})`;
  if (result.status !== "error") {
    return result.status === "passed" ? `✓ ${testCase.name}` : `✗ ${testCase.name}${where}\n${indent(formatMismatches(result.mismatches), "    ")}`;
  }
  const issues = result.issues.map((issue) => {
    const located = locateCaseIssue(testCase, issue.path);
    return `${located.file === undefined ? "" : `${located.file}: `}${toDotPath(located.path)}: ${issue.message}`;
  });
  return `✗ ${testCase.name}${where}\n    cannot run the case: ${result.message}\n${indent(issues.join("\n"), "      ")}`;
}

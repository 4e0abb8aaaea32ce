/**
 * Reading case files from disk: part of `claim-adjudicator/testing` and of the CLI, not of the pure core.
 */
import { readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { parseCaseFile } from "./case-file-schema.js";
import { readDocument } from "./read-document.js";
import type { TestCase } from "./run-cases.js";

/** A case file that could not be read or does not match the case-file schema. */
export interface CaseFileProblem {
  /** The file at fault: the case file, or the claim file it names. */
  readonly file: string;
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
}

/** Case files read from disk: the cases that loaded, and the problems of those that did not. */
export interface CaseFiles {
  readonly cases: readonly TestCase[];
  readonly problems: readonly CaseFileProblem[];
}

const CASE_FILE = /\.(json|ya?ml)$/i;

/** The case files of a folder (sorted by name, not recursive) or the files given. */
function listCaseFiles(paths: readonly string[]): { files: string[]; problems: CaseFileProblem[] } {
  const files: string[] = [];
  const problems: CaseFileProblem[] = [];
  for (const path of paths) {
    let isFolder: boolean;
    try {
      isFolder = statSync(path).isDirectory();
    } catch {
      problems.push({ file: path, path: [], message: "no such file or folder" });
      continue;
    }
    if (!isFolder) files.push(path);
    else {
      const found = readdirSync(path)
        .filter((name) => CASE_FILE.test(name))
        .sort()
        .map((name) => join(path, name));
      if (found.length === 0) problems.push({ file: path, path: [], message: "the folder has no case files (*.json, *.yaml, *.yml)" });
      files.push(...found);
    }
  }
  return { files, problems };
}

/**
 * Reads case files (JSON or YAML) and the claim files they name, ready for `runCases` or `test.each`.
 * A file that cannot be read or is not a valid case is listed in `problems` with its JSON path; the others still load.
 * @pure false
 * @param paths - case files and folders of case files (each folder's `*.json`, `*.yaml`, `*.yml`, sorted by name)
 * @param options - `relativeTo`: how file names appear in the cases and problems (default: as given)
 * @returns the cases, named by their `name`, and the problems
 * @example
 * const { cases, problems } = readCaseFiles(["examples/medical/cases"]);
 * cases[0]?.name; //=> "Approved in full: deductible already met this year"
 */
export function readCaseFiles(paths: readonly string[], options: { readonly relativeTo?: string } = {}): CaseFiles {
  const show = (file: string) => (options.relativeTo === undefined ? file : relative(options.relativeTo, resolve(file)) || file);
  const listed = listCaseFiles(paths);
  const cases: TestCase[] = [];
  const problems: CaseFileProblem[] = [...listed.problems.map((problem) => ({ ...problem, file: show(problem.file) }))];
  for (const file of listed.files) {
    const read = readDocument(file);
    if (!read.ok) {
      for (const problem of read.problems) {
        problems.push({ file: show(file), path: problem.path ?? [], message: problem.message, ...(problem.line === undefined ? {} : { line: problem.line, column: problem.column ?? 1 }) });
      }
      continue;
    }
    const parsed = parseCaseFile(read.value);
    if (!parsed.ok) {
      problems.push(...parsed.issues.map((issue) => ({ file: show(file), path: issue.path, message: issue.message })));
      continue;
    }
    const { claim: claimRef, $schema: _schema, description: _description, ...rest } = parsed.value;
    let claim: unknown = claimRef;
    let claimFile: string | undefined;
    if (typeof claimRef === "string") {
      const claimPath = resolve(dirname(file), claimRef);
      const claimRead = readDocument(claimPath);
      if (!claimRead.ok) {
        const message = claimRead.notFound === true ? `claim file "${claimRef}" not found (looked for ${show(claimPath)}); the path is relative to the case file` : `claim file "${claimRef}": ${claimRead.message}`;
        problems.push({ file: show(file), path: ["claim"], message });
        continue;
      }
      claim = claimRead.value;
      claimFile = show(claimPath);
    }
    cases.push({ ...rest, file: show(file), claim, ...(claimFile === undefined ? {} : { claimFile }) });
  }
  return { cases, problems };
}

/** Thrown by `caseFileTests` when a case file cannot be used: lists every problem with its file and JSON path. */
export class CaseFileError extends Error {
  override name = "CaseFileError" as const;
  readonly problems: readonly CaseFileProblem[];

  constructor(problems: readonly CaseFileProblem[]) {
    super(`${problems.length} problem${problems.length === 1 ? "" : "s"} in case files:\n${problems.map((p) => `${p.file}: ${p.path.length === 0 ? "" : `${formatPath(p.path)}: `}${p.message}`).join("\n")}`);
    this.problems = problems;
  }
}

function formatPath(path: readonly (string | number)[]): string {
  return path.map((segment, i) => (typeof segment === "number" ? `[${segment}]` : i === 0 ? segment : `.${segment}`)).join("");
}

/**
 * A folder of case files as test cases, for `test.each`; throws `CaseFileError` when a file is not a valid case,
 * so a broken case fails loudly instead of being skipped.
 * @pure false
 * @param paths - case files and folders of case files
 * @returns the cases, each with `name`, `claim`, `asOf`, `accumulators` and `expect`
 * @example
 * test.each(caseFileTests("examples/medical/cases"))("$name", async (testCase) => {
 *   const { claim, asOf, accumulators } = testCase;
 *   const decision = await adjudicator.adjudicate(claim, { asOf, ...(accumulators !== undefined ? { accumulators } : {}) });
 *   expect(decision).toMatchCase(testCase.expect);
 * });
 */
export function caseFileTests(...paths: readonly string[]): TestCase[] {
  const { cases, problems } = readCaseFiles(paths);
  if (problems.length > 0) throw new CaseFileError(problems);
  return [...cases];
}

// claim-adjudicator/testing: case files, rule coverage and vitest matchers for rule authors.
export { CaseFileSchema, CaseExpectationSchema, parseCaseFile } from "./case-file-schema.js";
export type { CaseFile, CaseExpectation, ParsedCaseFile } from "./case-file-schema.js";
export { readCaseFiles, caseFileTests, CaseFileError } from "./read-case-files.js";
export type { CaseFiles, CaseFileProblem } from "./read-case-files.js";
export { runCase, runCases } from "./run-cases.js";
export type { TestCase, CaseResult, TestRun } from "./run-cases.js";
export { checkDecision } from "./check-decision.js";
export type { CaseMismatch } from "./check-decision.js";
export { collectRuleCoverage, formatRuleCoverage } from "./rule-coverage.js";
export type { RuleCoverage, RuleCoverageEntry, ConditionCoverage, TracedCase } from "./rule-coverage.js";
export { formatCaseResult, formatMismatches } from "./format-case-result.js";
export { claimMatchers } from "./claim-matchers.js";
export type { ClaimMatchers } from "./claim-matchers.js";

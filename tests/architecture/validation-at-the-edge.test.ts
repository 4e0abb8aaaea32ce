import { readFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { expect, test } from "vitest";
import { readImportGraph } from "./import-graph.js";

/**
 * Issue 8: "values already validated are validated again on every claim (two zod parses inside the pipeline)". Only
 * public functions validate: a zod parse in the core is in one of the files below, each the edge of a public function;
 * the stages a claim flows through after intake take validated values. A parse added anywhere else fails here.
 */
const root = resolve(new URL("../../src", import.meta.url).pathname);
const ADAPTERS = new Set(["fhir", "analytics", "many", "store", "audit", "lint", "what-if", "testing", "json-schema", "cli", "precheck"]);
const EDGES: Record<string, string> = {
  "create-adjudicator.ts": "createAdjudicator: the policy, rule set, operations and signals, once",
  "intake/validate-claim-input.ts": "adjudicate and traceRules: the claim and the options, once per claim",
  "configuration/check-rules-one-by-one.ts": "createAdjudicator, when the rule set is invalid: each rule alone, for every problem at once",
  "ledger/reverse-decision.ts": "adjudicator.reverse: its options",
  "explanation/read-decision.ts": "renderNotice, renderPayeeNotices, explainDecision: the decision read back and the options",
  "operations/reproduce-sample.ts": "reproduceSample: the operations and the decisions",
  "lifecycle/apply-claim-event.ts": "applyClaimEvent: the event",
  "deadlines/compute-claim-deadlines.ts": "computeClaimDeadlines (claim-adjudicator/deadlines); the pipeline calls countClaimDeadlines",
  "deadlines/deadline-status.ts": "deadlineStatus (claim-adjudicator/deadlines)",
  "deadlines/apply-product-deadline-terms.ts": "applyProductDeadlineTerms (claim-adjudicator/deadlines)",
  "deadlines/is-limitation-period-expired.ts": "isLimitationPeriodExpired (claim-adjudicator/deadlines)",
  "deadlines/jurisdiction-profile-schema.ts": "parseJurisdictionProfile (claim-adjudicator/deadlines)",
  "deadlines/prc-insurance-law-profile.ts": "the PRC profile, parsed once when the module loads",
  "values/parse-input.ts": "the parse helpers themselves",
};
const PARSE = /\.safeParse\(|(?<!JSON)\.parse\(|\bparseInput\(|\bsafeParseInput\(|\bsafeParseInputInWords\(/;

test("a zod parse in the core is only at the edge of a public function", () => {
  const graph = readImportGraph(root);
  const parsing = graph.files
    .filter((file) => !ADAPTERS.has(graph.folderOf(file)))
    .filter((file) => PARSE.test(readFileSync(file, "utf8").replace(/^\s*(\/\/|\*).*$/gm, "")))
    .map((file) => relative(root, file));
  expect(parsing.filter((file) => EDGES[file] === undefined)).toEqual([]);
  // Every edge listed still parses (a stale entry would hide a move).
  expect(Object.keys(EDGES).filter((file) => !parsing.includes(file))).toEqual([]);
});

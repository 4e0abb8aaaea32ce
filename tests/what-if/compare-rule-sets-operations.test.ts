import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { readCaseFiles } from "../../src/testing/read-case-files.js";
import { checkDecision } from "../../src/testing/check-decision.js";
import { createAdjudicator, type AdjudicateOptions } from "../../src/create-adjudicator.js";
import { compareRuleSets, type WhatIfInput } from "../../src/what-if/compare-rule-sets.js";

/*
 * compareRuleSets and checkDecision with an operations configuration (examples/medical/operations.json), worked in
 * tests/cli/commands/operations-option.test.ts: case 04 scores 25 (early claim 15 + billed 48,000.00 just under the
 * 50,000.00 automatic limit 10), low, straight through; case 05 scores 15, low, and as a denial goes to
 * claims_review at level L2. v2 adds a high-severity flag on more than 15,000.00 billed, worth 10 points through the
 * "high-rule-flags" indicator: 04 becomes 35, medium, routed to claims_review at L1; 05 becomes 25, still low and
 * in the same queue.
 */
const dir = new URL("../../examples/medical/", import.meta.url).pathname;
const readJson = (file: string): any => JSON.parse(readFileSync(`${dir}${file}`, "utf8"));
const policy = readJson("policy.json");
const rules = readJson("rules.json");
const operations = readJson("operations.json");
const v2 = structuredClone(rules);
v2.version = "2026.2.0";
v2.rules.push({
  id: "costly-stay-5.4",
  clauseId: "5.4",
  conditions: { all: [{ fact: "totalBilled", operator: "moneyGreaterThan", value: "15000.00" }] },
  event: { type: "flag", severity: "high", reasonCode: "COSTLY_STAY", message: { zh: "申请金额超过 15,000 元。", en: "More than CNY 15,000 was billed." } },
});
const cases = readCaseFiles([`${dir}cases`]).cases.filter((c) => /\/0[45]-[^/]+$/.test(c.file ?? ""));
const corpus: WhatIfInput[] = cases.map((c) => ({ claim: c.claim, asOf: c.asOf, ...(c.accumulators !== undefined ? { accumulators: c.accumulators } : {}) }));

describe("compareRuleSets with an operations configuration", () => {
  test("a change of routing or risk score is a change; each side gives its risk and route; straight-through counts", async () => {
    const report = await compareRuleSets({ policy, rules, operations }, { policy, rules: v2, operations }, corpus);
    expect(report.straightThrough).toEqual({ before: 1, after: 0 });
    expect(report.changedClaims.map((claim) => [claim.claimId, claim.changes, claim.before.risk, claim.before.routing, claim.after.risk, claim.after.routing])).toEqual([
      ["CLM-2026-0915-0204", ["flags", "routing", "risk"], "25 low", "straight through", "35 medium", "claims_review L1"],
      ["CLM-2026-0330-0002", ["flags", "risk"], "15 low", "claims_review L2", "25 low", "claims_review L2"],
    ]);
  });

  test("without one, nothing about routing or risk in the report", async () => {
    const report = await compareRuleSets({ policy, rules }, { policy, rules: v2 }, corpus);
    expect(report.straightThrough).toBeUndefined();
    expect(report.changedClaims.map((claim) => [claim.changes, Object.keys(claim.before), Object.keys(claim.after)])).toEqual([
      [["flags"], ["outcome", "payable"], ["outcome", "payable"]],
      [["flags"], ["outcome", "payable"], ["outcome", "payable"]],
    ]);
  });
});

describe("checkDecision: expectations of risk, routing and sampling", () => {
  const adjudicator = createAdjudicator({ policy, rules, operations });
  const case04 = cases[0];
  const decide = () => adjudicator.adjudicate(case04?.claim, { asOf: case04?.asOf ?? "", ...(case04?.accumulators !== undefined ? { accumulators: case04.accumulators } : {}) } as AdjudicateOptions);

  test.each([
    { name: "the score compares as a decimal", expect: { risk: { score: "25.00", level: "low" } }, mismatches: [] },
    { name: "straight through: no queue, no level", expect: { routing: { straightThrough: true, queue: null, level: null }, sampled: false }, mismatches: [] },
    { name: "just above the score", expect: { risk: { score: "25.01" } }, mismatches: [{ kind: "value", field: "risk.score", expected: "25.01", actual: "25" }] },
    { name: "another queue", expect: { routing: { queue: "claims_review" } }, mismatches: [{ kind: "value", field: "routing.queue", expected: "claims_review", actual: "null" }] },
    { name: "sampled", expect: { sampled: true }, mismatches: [{ kind: "value", field: "sampled", expected: "true", actual: "false" }] },
  ])("$name", async ({ expect: wanted, mismatches }) => {
    expect(checkDecision(await decide(), { outcome: "partially_approved", ...wanted })).toEqual(mismatches);
  });
});

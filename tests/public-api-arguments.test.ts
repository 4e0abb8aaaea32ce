import { describe, expect, test } from "vitest";
import { AuditLog } from "../src/audit/index.js";
import { createAdjudicator, isValidationError, toDotPath, type Issue } from "../src/index.js";
import { validatePolicy, validateRuleSet } from "../src/lint/index.js";
import { smallClaim, smallPolicy, smallRules } from "./support/fixtures.js";
const approved = { claimId: "CLM-2026-0042", outcome: "approved", payable: "3000.00", meta: { asOf: "2026-03-10" } };

/** The issues of the ValidationError `action` throws, as dotted paths and messages (anything else fails the test). */
function validationIssues(action: () => unknown): { path: string; message: string }[] {
  try {
    action();
  } catch (error) {
    if (!isValidationError(error)) throw error;
    return error.issues.map((issue: Issue) => ({ path: toDotPath(issue.path), message: issue.message }));
  }
  throw new Error("expected a ValidationError");
}

/** A value nested `depth` levels: [[[…]]]. */
function nested(depth: number): unknown {
  let value: unknown = [];
  for (let i = 1; i < depth; i++) value = [value];
  return value;
}

describe("a wrong argument is a ValidationError, never a TypeError", () => {
  // Issue 9: createAdjudicator(undefined), validateRuleSet(rules, null) and verify({ expectedHead: null }) threw TypeErrors.
  test.each([undefined, null, "policy.json", [], 42])("createAdjudicator(%j)", (config) => {
    expect(validationIssues(() => createAdjudicator(config as never))).toEqual([
      { path: "(root)", message: `createAdjudicator takes an object { policy, rules } (jurisdiction, coverageKinds and facts optional), not ${config === undefined || config === null ? String(config) : Array.isArray(config) ? "an array" : `a ${typeof config}`}` },
    ]);
  });

  test.each([null, "x", []])("validateRuleSet(rules, %j) and validatePolicy(policy, %j)", (options) => {
    expect(validationIssues(() => validateRuleSet(smallRules(), options as never))[0]?.path).toBe("options");
    expect(validationIssues(() => validatePolicy(smallPolicy(), options as never))[0]?.path).toBe("options");
  });

  test("validateRuleSet with documentTypes that are not names", () => {
    expect(validationIssues(() => validateRuleSet(smallRules(), { documentTypes: "x" as never }))).toEqual([{ path: "options.documentTypes", message: "must be an array of document type names" }]);
  });

  test.each([{ sequence: -1, entryHash: "x" }, { sequence: 0 }, "head", 7])("verify({ expectedHead: %j })", (head) => {
    const log = AuditLog.empty().append(approved, { recordedAt: "2026-03-10T09:30:00+08:00" });
    expect(validationIssues(() => log.verify({ expectedHead: head as never }))[0]?.path).toBe("options.expectedHead");
  });

  test.each([null, "x"])("verify(%j)", (options) => {
    expect(validationIssues(() => AuditLog.empty().verify(options as never))[0]?.path).toBe("options");
  });

  test("verify({ expectedHead: null }) is the head of an empty log, as AuditLog.head gives it", () => {
    const empty = AuditLog.empty();
    expect(empty.head).toBeNull();
    expect(empty.verify({ expectedHead: empty.head }).ok).toBe(true);
    const log = empty.append(approved, { recordedAt: "2026-03-10T09:30:00+08:00" });
    const result = log.verify({ expectedHead: null });
    expect(result.ok).toBe(false);
    expect(result.problems?.map((problem) => problem.code)).toEqual(["head_mismatch"]);
  });
});

describe("nesting past the limit is a ValidationError with its path, not a stack overflow", () => {
  // Issue 9: 644 levels overflowed the stack in createAdjudicator and validateRuleSet; AuditLog.fromJSON at 10,000.
  test.each([101, 644, 10_000])("createAdjudicator with rules nested %i deep", (depth) => {
    const issues = validationIssues(() => createAdjudicator({ policy: smallPolicy(), rules: { ...smallRules(), extra: nested(depth) } }));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toMatch(/^rules\.extra(\[0\])+$/);
    expect(issues[0]?.message).toMatch(/nested deeper than 100 levels/);
  });

  test("createAdjudicator with a policy and a jurisdiction nested 10,000 deep reports both", () => {
    const issues = validationIssues(() => createAdjudicator({ policy: nested(10_000), rules: smallRules(), jurisdiction: { a: nested(10_000) } }));
    expect(issues.map((issue) => issue.path.replace(/(\[0\])+$/, ""))).toEqual(["policy", "jurisdiction.a"]);
  });

  test("100 levels still validate as usual", () => {
    const issues = validationIssues(() => createAdjudicator({ policy: smallPolicy(), rules: { ...smallRules(), extra: nested(98) } }));
    expect(issues.map((issue) => issue.path)).toEqual(["rules"]);
  });

  test("validateRuleSet at 10,000 levels", () => {
    const report = validateRuleSet({ ...smallRules(), rules: nested(10_000) });
    expect(report.issues.map((issue) => issue.message)).toEqual([expect.stringMatching(/nested deeper than 100 levels/)]);
  });

  test("adjudicate with a claim nested 10,000 deep", async () => {
    const adjudicator = createAdjudicator({ policy: smallPolicy(), rules: smallRules() });
    const claim = { ...smallClaim([{ amount: "1.00" }]), description: nested(10_000) };
    const error: unknown = await adjudicator.adjudicate(claim, { asOf: "2026-06-20" }).catch((thrown: unknown) => thrown);
    expect(isValidationError(error) && error.issues.map((issue) => toDotPath(issue.path).replace(/(\[0\])+$/, ""))).toEqual(["claim.description"]);
  });

  test("AuditLog.fromJSON with a decision nested 10,000 deep", () => {
    const entry = { ...JSON.parse(JSON.stringify(AuditLog.empty().append(approved, { recordedAt: "2026-03-10T09:30:00+08:00" }).entries[0])), decision: { deep: nested(10_000) } };
    const issues = validationIssues(() => AuditLog.fromJSON([entry]));
    expect(issues.map((issue) => issue.path.replace(/(\[0\])+$/, ""))).toEqual(["auditLog[0].decision.deep"]);
  });
});

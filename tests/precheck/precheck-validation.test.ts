import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { createPrecheck, isValidationError, type Issue } from "../../src/precheck/index.js";

const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(`../../examples/${path}`, import.meta.url), "utf8"));
const policy = readJson("medical/policy.json") as Record<string, unknown>;
const rules = readJson("medical/rules.json") as Record<string, unknown>;
const claim = readJson("medical/claims/07-pending-several-documents.json") as Record<string, unknown>;
const clone = <T>(value: T): T => structuredClone(value);

function issuesOf(run: () => unknown): Issue[] {
  try {
    run();
  } catch (error) {
    if (isValidationError(error)) return [...error.issues];
    throw error;
  }
  throw new Error("no ValidationError");
}
const at = (issues: readonly Issue[]) => issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);

describe("createPrecheck validates what it reads, every problem at once", () => {
  test.each([
    ["no configuration", undefined, [": createPrecheck needs { policy, rules? }"]],
    ["a policy that is not an object", { policy: [] }, ["policy: must be an object, got a list"]],
    [
      "a requirement naming a fact a draft cannot tell, an unknown operator and an unknown clause",
      (() => {
        const broken = clone(policy) as { documentRequirements: Record<string, unknown>[] };
        broken.documentRequirements[2] = { ...broken.documentRequirements[2], when: { all: [{ fact: "paidThisPolicyYear", operator: "moneyGreaterThan", value: "0.00" }, { fact: "lineCount", operator: "biggerThan", value: 1 }] } };
        broken.documentRequirements[3] = { ...broken.documentRequirements[3], clauseId: "9.9" };
        return { policy: broken };
      })(),
      [
        expect.stringMatching(/^policy\.documentRequirements\.2\.when\.all\.0\.fact: fact "paidThisPolicyYear" cannot be known before the claim is submitted, so a pre-check cannot tell whether this document is needed; a pre-check knows claimantIsInsured, /),
        'policy.documentRequirements.2.when.all.1.operator: unknown operator "biggerThan"',
        'policy.documentRequirements.3.clauseId: clause "9.9" is not among the policy\'s clauses',
      ],
    ],
    [
      "a require_document rule per bill line, and one without a document type",
      (() => {
        const broken = clone(rules) as { rules: Record<string, unknown>[] };
        const index = broken.rules.findIndex((rule) => (rule["event"] as { type: string }).type === "require_document");
        const rule = broken.rules[index] as Record<string, unknown>;
        broken.rules.push({ ...rule, id: "per-line", scope: "item" }, { ...rule, id: "no-type", event: { ...(rule["event"] as object), documentType: undefined } });
        return { policy, rules: broken, index: broken.rules.length };
      })(),
      [
        expect.stringMatching(/^rules\.rules\.\d+\.scope: a "require_document" rule evaluated per bill line \("scope": "item"\) cannot be pre-checked: give it "scope": "claim"$/),
        expect.stringMatching(/^rules\.rules\.\d+\.event\.documentType: is required$/),
      ],
    ],
    ["a policy nested 10,000 deep", { policy: JSON.parse(`${"[".repeat(10_000)}${"]".repeat(10_000)}`) }, [expect.stringMatching(/^policy(\.0)+: nested deeper than 100 levels/)]],
  ] as const)("%s", (_name, input, expected) => {
    expect(at(issuesOf(() => createPrecheck(input as never)))).toEqual(expected);
  });
});

describe("precheck validates the draft and the options, every problem at once", () => {
  const check = createPrecheck({ policy, rules });
  test.each([
    ["null", null, { asOf: "2026-10-22" }, ["claim: must be an object, got null"]],
    ["no options", claim, undefined, ["options: must be an object, got nothing"]],
    [
      "amounts that fail the format (the fuzzed crashes of issue 9), finer than cents, a date out of range",
      { ...claim, incident: { ...(claim["incident"] as object), date: "0050-03-01" }, lines: [{ invoiceNumber: "A", amount: "１２" }, { invoiceNumber: "B", amount: "12.345" }, { invoiceNumber: "C", amount: "1e200" }, { invoiceNumber: "D", amount: 12 }] },
      { asOf: "2026-10-22" },
      [
        'claim.incident.date: "0050-03-01" must be a date between the years 1900 and 2199',
        'claim.lines.0.amount: "１２" must be a non-negative decimal string such as "1234.50", without exponent or sign',
        "claim.lines.1.amount: 12.345 has 3 decimals; CNY amounts have at most 2",
        'claim.lines.2.amount: "1e200" must be a non-negative decimal string such as "1234.50", without exponent or sign',
        'claim.lines.3.amount: must be a decimal string such as "1234.50" (not a JSON number)',
      ],
    ],
    [
      "another policy, another currency without a rate, an incident after asOf",
      { ...claim, policyId: "P-OTHER", currency: "USD" },
      { asOf: "2026-10-01" },
      ['claim.policyId: claim is on policy "P-OTHER", this pre-check holds policy "P-MED-2026-000187"', "claim.incident.date: the incident on 2026-10-05 is after asOf 2026-10-01", 'claim.currency: claim is in USD, the policy pays in CNY: give "exchangeRate" (CNY per USD)'],
    ],
  ] as const)("%s", (_name, draft, options, expected) => {
    expect(at(issuesOf(() => check.precheck(draft, options as never)))).toEqual(expected);
  });

  test("a draft with nothing sent yet asks for everything the wording asks for, and never changes its input", () => {
    const draft = { incident: { date: "2026-10-05", type: "illness", diagnosisCodes: ["K35.8"] }, claimant: { relationship: "self" } };
    const before = clone(draft);
    const answer = check.precheck(draft, { asOf: "2026-10-22" });
    expect(draft).toEqual(before);
    // No lines: no invoice requirement (it applies above 2,000.00 billed); the claim form and ID, always.
    expect(answer.missingDocuments.map((document) => document.requirementId ?? document.ruleId)).toEqual(["req-claim-form", "req-insured-id"]);
    expect(answer.message.zh).toBe("提交理赔申请前，请一并准备以下全部资料：\n1. 保险金给付申请书（申请人签字）。依据第 5.2 条「保险金申请」。\n2. 被保险人身份证明，用于核实被保险人身份。依据第 5.2 条「保险金申请」。");
    expect(JSON.stringify(check.precheck(draft, { asOf: "2026-10-22" }))).toBe(JSON.stringify(answer));
  });

  test("changing the policy after createPrecheck changes nothing the pre-check answers", () => {
    // Accident product: relationship proof when the claimant is the insured's spouse, parent or child.
    const own = clone(readJson("accident/policy.json")) as { documentRequirements: { id: string; when?: { all: { value: unknown }[] } }[] };
    const precheck = createPrecheck({ policy: own });
    const draft = { incident: { date: "2026-10-05", type: "accident" }, claimant: { relationship: "self" } };
    const before = precheck.precheck(draft, { asOf: "2026-10-22" });
    const relationship = own.documentRequirements.find((requirement) => requirement.id === "req-relationship");
    (relationship?.when?.all[0]?.value as string[]).push("self"); // would now ask the insured for proof of relationship
    expect(precheck.precheck(draft, { asOf: "2026-10-22" })).toEqual(before);
    expect(before.missingDocuments.map((document) => document.documentType)).not.toContain("relationship_proof");
    expect(createPrecheck({ policy: own }).precheck(draft, { asOf: "2026-10-22" }).missingDocuments.map((document) => document.documentType)).toContain("relationship_proof");
  });

  test("a complete draft can be submitted", () => {
    const documents = ["claim_form", "insured_id"].map((type) => ({ type, id: `${type}-1`, issuedOn: "2026-10-20", original: true }));
    const answer = check.precheck({ incident: { date: "2026-10-05", type: "illness" }, claimant: { relationship: "self" }, documents }, { asOf: "2026-10-22" });
    expect(answer).toMatchObject({ complete: true, missingDocuments: [], message: { zh: "所需资料已齐全，可以提交理赔申请。", en: "Your documents are complete: you can submit your claim." } });
  });

  test("any JSON at all: an answer or a ValidationError, never another exception", () => {
    const json = fc.jsonValue({ maxDepth: 4 });
    const draftish = fc.record(
      {
        incident: fc.oneof(json, fc.record({ date: fc.oneof(json, fc.constant("2026-10-05")), type: fc.oneof(json, fc.constantFrom("illness", "accident")) })),
        claimant: fc.oneof(json, fc.record({ relationship: fc.oneof(json, fc.constantFrom("self", "spouse")) })),
        documents: fc.oneof(json, fc.array(fc.oneof(json, fc.record({ type: json, id: json, issuedOn: json, original: json })))),
        lines: fc.oneof(json, fc.array(fc.oneof(json, fc.record({ invoiceNumber: json, amount: fc.oneof(json, fc.constant("10.00")) })))),
        hospitalStay: json,
        currency: json,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(json, draftish), fc.oneof(json, fc.record({ asOf: fc.oneof(json, fc.constant("2026-10-22")) })), (draft, options) => {
        try {
          check.precheck(draft, options as never);
        } catch (error) {
          if (!isValidationError(error)) throw error;
          expect(error.issues.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 2000, seed: 9 },
    );
  });
});

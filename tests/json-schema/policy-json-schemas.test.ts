import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, test } from "vitest";
import { createAdjudicator, isValidationError, toDotPath } from "../../src/index.js";
import { generatePolicyJsonSchemas } from "../../src/json-schema/index.js";
import { smallClaim, smallPolicy, smallRules } from "../support/fixtures.js";

// Signals listed in the JSON Schemas of one policy (issue 12): the claim schema's `signals` holds exactly the declared
// signals with their types, the rule-set schema's facts complete them, so an editor refuses what createAdjudicator
// would refuse.
const fraudScore = { name: "fraudScore", type: "number", min: 0, max: 1, description: { en: "The fraud model's score, 0 to 1.", zh: "反欺诈模型评分（0 至 1）。" }, source: "fraud-model v3" } as const;
const einvoiceVerified = { name: "einvoiceVerified", type: "boolean", default: true, description: { en: "The e-invoice platform verified every invoice.", zh: "电子发票平台已查验全部发票。" } } as const;
const blacklist = { name: "providerBlacklist", type: "string" as const, values: ["none", "watch", "blocked"], default: "none", description: { en: "The provider blacklist's verdict.", zh: "医疗机构黑名单核查结果。" } };
const adjudicator = createAdjudicator({ policy: { ...smallPolicy(), signals: [fraudScore] }, rules: smallRules(), signals: [einvoiceVerified, blacklist] });
const schemas = generatePolicyJsonSchemas({ policy: adjudicator.policy, signals: [einvoiceVerified, blacklist], facts: [{ name: "ownFact" }] });
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validClaim = ajv.compile(schemas.claim);
const validRuleSet = ajv.compile(schemas["rule-set"]);
const claimWith = (signals?: Record<string, unknown>) => JSON.parse(JSON.stringify({ ...smallClaim([{ amount: "100.00" }]), ...(signals === undefined ? {} : { signals }) }));

async function adjudicatorAccepts(claim: unknown): Promise<boolean> {
  const result: unknown = await adjudicator.adjudicate(claim, { asOf: "2026-06-20" }).catch((thrown: unknown) => thrown);
  if (isValidationError(result)) return !result.issues.some((issue) => toDotPath(issue.path).startsWith("claim.signals"));
  return true;
}

describe("the JSON Schemas of one policy list its signals", () => {
  test("the claim's signals: each declared one with its type and meaning, the policy's and the adjudicator's", () => {
    const signals = (schemas.claim["properties"] as Record<string, Record<string, unknown>>)["signals"];
    expect(signals).toEqual({
      type: "object",
      description: `The signals declared for policy ${adjudicator.policy.id}, by name (an undeclared one is refused).`,
      properties: {
        fraudScore: { description: "The fraud model's score, 0 to 1. / 反欺诈模型评分（0 至 1）。 (fraud-model v3)", type: "number", minimum: 0, maximum: 1 },
        einvoiceVerified: { description: "The e-invoice platform verified every invoice. / 电子发票平台已查验全部发票。", default: true, type: "boolean" },
        providerBlacklist: { description: "The provider blacklist's verdict. / 医疗机构黑名单核查结果。", default: "none", type: "string", enum: ["none", "watch", "blocked"] },
      },
      required: ["fraudScore"],
      additionalProperties: false,
    });
    expect(schemas.claim["required"]).toContain("signals");
    expect(schemas.claim["title"]).toBe(`claim-adjudicator claim for policy ${adjudicator.policy.id}`);
  });

  test.each([
    { name: "in range", signals: { fraudScore: 0.5 }, valid: true },
    { name: "at the bounds", signals: { fraudScore: 1, einvoiceVerified: false, providerBlacklist: "blocked" }, valid: true },
    { name: "above the maximum", signals: { fraudScore: 1.01 }, valid: false },
    { name: "of the wrong type", signals: { fraudScore: "0.5" }, valid: false },
    { name: "a value not listed", signals: { fraudScore: 0.1, providerBlacklist: "maybe" }, valid: false },
    { name: "undeclared", signals: { fraudScore: 0.1, mlScore: 0.3 }, valid: false },
    { name: "a required one missing", signals: { einvoiceVerified: true }, valid: false },
    { name: "no signals at all, one required", signals: undefined, valid: false },
  ])("a claim with signals $name: the schema and the adjudicator agree ($valid)", async ({ signals, valid }) => {
    const claim = claimWith(signals);
    expect(validClaim(claim)).toBe(valid);
    expect(await adjudicatorAccepts(claim)).toBe(valid);
  });

  test("a rule set may name the signals and the integrator's facts, not an unknown fact", () => {
    const rules = (fact: string) => ({ ...smallRules(), rules: [{ ...smallRules().rules[0], conditions: { all: [{ fact, operator: "greaterThan", value: 0.8 }] } }] });
    expect([validRuleSet(rules("fraudScore")), validRuleSet(rules("ownFact")), validRuleSet(rules("fraudScoree"))]).toEqual([true, true, false]);
  });

  test("an ill-declared signal is a ValidationError at its path", () => {
    let error: unknown;
    try {
      generatePolicyJsonSchemas({ policy: { id: "P-1" }, signals: [{ ...fraudScore, type: "vector" } as never] });
    } catch (caught) {
      error = caught;
    }
    expect(isValidationError(error) ? error.issues.map((issue) => toDotPath(issue.path)) : error).toEqual(["signals[0].type"]);
  });
});

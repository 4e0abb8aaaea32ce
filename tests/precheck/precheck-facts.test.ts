import { describe, expect, test } from "vitest";
import { loadExamples } from "../../examples/load-examples.js";
import { createAdjudicator, FACT_CATALOGUE } from "../../src/index.js";
import { PRECHECK_FACT_NAMES, PRECHECK_FACTS } from "../../src/precheck/precheck-facts.js";
import { readClaimDraft } from "../../src/precheck/read-claim-draft.js";
import { readPrecheckConfig } from "../../src/precheck/read-precheck-config.js";

// Each pre-check fact is the library fact of the same name, derived the same way: on every example claim, the value
// the pre-check derives from the draft is the value `adjudicate`'s rules see (read from a rule trace's evidence).
const OPERATOR: Record<string, string> = { boolean: "equal", number: "equal", string: "equal", date: "equal", money: "moneyEqual", "string[]": "contains" };
const VALUE: Record<string, unknown> = { boolean: true, number: 0, string: "", date: "2000-01-01", money: "0.00", "string[]": "" };

describe("pre-check facts", () => {
  test("every one is a fact of the library's catalogue", () => {
    const catalogue = new Map(FACT_CATALOGUE.map((fact) => [fact.name, fact]));
    expect(PRECHECK_FACT_NAMES.filter((name) => !catalogue.has(name))).toEqual([]);
  });

  const products = loadExamples();
  test.each(products.map((product) => [product.product, product] as const))("%s: on every example claim, the values adjudicate derives", async (_name, product) => {
    const catalogue = new Map(FACT_CATALOGUE.map((fact) => [fact.name, fact]));
    const policy = product.policy as { clauses: { id: string }[] };
    const probe = {
      id: "probe",
      version: "1",
      rules: PRECHECK_FACT_NAMES.map((name) => {
        const type = catalogue.get(name)?.type as string;
        return {
          id: `probe-${name}`,
          clauseId: policy.clauses[0]?.id,
          conditions: { all: [{ fact: name, operator: OPERATOR[type], value: name === "incidentType" ? "illness" : name === "claimantRelationship" ? "self" : name === "socialInsurance" ? "used" : name === "socialInsuranceSettlements" ? "used" : VALUE[type] }] },
          event: { type: "flag", reasonCode: "PROBE", message: { zh: "探测。", en: "Probe." } },
        };
      }),
    };
    const adjudicator = createAdjudicator({ policy: product.policy, rules: probe });
    const config = readPrecheckConfig(product.policy, undefined);
    if (Array.isArray(config)) throw new Error(JSON.stringify(config));
    let compared = 0;
    for (const entry of product.cases) {
      const evaluations = await adjudicator.traceRules(entry.claim, { asOf: entry.asOf, ...(entry.accumulators !== undefined ? { accumulators: entry.accumulators as never } : {}) });
      const draft = readClaimDraft(entry.claim, config);
      if (Array.isArray(draft)) throw new Error(JSON.stringify(draft));
      for (const evaluation of evaluations) {
        const name = evaluation.ruleId.slice("probe-".length);
        expect(PRECHECK_FACTS[name]?.(draft, config.currency.minorUnits), `${entry.file}: ${name}`).toEqual(evaluation.evidence[0]?.actual);
        compared += 1;
      }
    }
    expect(compared).toBe(product.cases.length * PRECHECK_FACT_NAMES.length);
  });
});

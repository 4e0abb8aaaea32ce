/**
 * `npm run bench:lint`: how validation scales. Each scenario is run at two sizes, so that the ratio of the times
 * shows the growth (≈ 10× for 10× the input when linear, ≈ 100× when quadratic):
 * - independent rules (item exclusions by code, denials by diagnosis, referrals, flags), linted with the policy;
 * - one `all` of many comparisons, and one `all` of many one-alternative `any`s;
 * - the CLI's report of a file with many errors, each located at its line and column.
 * `BENCH_SCALE=0.1` runs everything ten times smaller.
 */
import { readFileSync } from "node:fs";
import { formatIssue } from "../src/cli/report-issues.js";
import { validateRuleSet } from "../src/lint/validate-rule-set.js";

const policy: unknown = JSON.parse(readFileSync(new URL("../examples/medical/policy.json", import.meta.url), "utf8"));
const scale = Number(process.env["BENCH_SCALE"] ?? 1);
const message = (en: string) => ({ zh: "说明。", en });

/** Rules that do not depend on each other, as a large product has them: many with the same effect. */
function independentRules(count: number): unknown {
  const rules = Array.from({ length: count }, (_, i) => {
    switch (i % 4) {
      case 0:
        return { id: `x-${i}`, clauseId: "4.2", scope: "item", conditions: { all: [{ fact: "line", path: "$.itemCode", operator: "equal", value: `C${i}` }] }, event: { type: "exclude_item", reasonCode: "NOT_COVERED", message: message("Not covered.") } };
      case 1:
        return { id: `d-${i}`, clauseId: "4.1", conditions: { all: [{ fact: "diagnosisCodes", operator: "contains", value: `Z${i}` }] }, event: { type: "deny", reasonCode: "EXCLUDED_DIAGNOSIS", message: message("Excluded.") } };
      case 2:
        return {
          id: `r-${i}`,
          clauseId: "5.4",
          conditions: { all: [{ fact: "diagnosisCodes", operator: "containsAny", value: [`Y${i}`, `W${i}`] }, { fact: "totalBilled", operator: "moneyGreaterThan", value: `${1000 + i}.00` }] },
          event: { type: "refer", reasonCode: "REVIEW", message: message("Needs review.") },
        };
      default:
        return { id: `f-${i}`, clauseId: "5.1", conditions: { all: [{ fact: "reportDelayDays", operator: "greaterThan", value: i }] }, event: { type: "flag", reasonCode: `LATE_${i}`, severity: "low", message: message("Late.") } };
    }
  });
  return { id: "RS-BENCH", version: "1", rules };
}

/** One rule whose `all` has `count` comparisons (bounds and exclusions of one fact, codes of another). */
function oneLargeAll(count: number): unknown {
  const all = Array.from({ length: count }, (_, i) =>
    i % 2 === 0 ? { fact: "reportDelayDays", operator: "notEqual", value: i } : { fact: "diagnosisCodes", operator: "doesNotContain", value: `Q${i}` },
  );
  all.push({ fact: "reportDelayDays", operator: "greaterThan", value: 5 }, { fact: "reportDelayDays", operator: "lessThan", value: 3 });
  return { id: "RS-BENCH", version: "1", rules: [{ id: "large", clauseId: "5.1", conditions: { all }, event: { type: "refer", reasonCode: "REVIEW", message: message("Review.") } }] };
}

/** A rule set file with `count` errors (an unknown fact in every rule), as the CLI reads it. */
function fileWithErrors(count: number): { text: string; value: unknown } {
  const value = {
    id: "RS-BENCH",
    version: "1",
    rules: Array.from({ length: count }, (_, i) => ({ id: `e-${i}`, clauseId: "5.1", conditions: { all: [{ fact: "reportDelay", operator: "greaterThan", value: i }] }, event: { type: "refer", reasonCode: "REVIEW", message: message("Review.") } })),
  };
  return { text: `${JSON.stringify(value, null, 2)}\n`, value };
}

function time(run: () => number): { seconds: number; found: number } {
  const start = process.hrtime.bigint();
  const found = run();
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, found };
}

const scenarios: { name: string; sizes: readonly number[]; unit: string; run: (size: number) => () => number }[] = [
  {
    name: "validateRuleSet, independent rules, with the policy",
    sizes: [1_000, 10_000],
    unit: "rules",
    run: (size) => {
      const ruleSet = independentRules(size);
      return () => validateRuleSet(ruleSet, { policy }).issues.length;
    },
  },
  {
    name: "validateRuleSet, one `all` of many comparisons",
    sizes: [10_000, 100_000],
    unit: "comparisons",
    run: (size) => {
      const ruleSet = oneLargeAll(size);
      return () => validateRuleSet(ruleSet).issues.length;
    },
  },
  {
    name: "validateRuleSet, one `all` of many `any`s of one alternative each",
    sizes: [10_000, 100_000],
    unit: "alternatives",
    run: (size) => {
      const all = Array.from({ length: size }, (_, i) => ({ any: [{ fact: "reportDelayDays", operator: "notEqual", value: i }] }));
      const ruleSet = { id: "RS-BENCH", version: "1", rules: [{ id: "anys", clauseId: "5.1", conditions: { all }, event: { type: "refer", reasonCode: "REVIEW", message: message("Review.") } }] };
      return () => validateRuleSet(ruleSet).issues.length;
    },
  },
  {
    name: "validate in the CLI: lint, then locate every issue in the file's text",
    sizes: [1_000, 10_000],
    unit: "errors",
    run: (size) => {
      const { text, value } = fileWithErrors(size);
      return () => validateRuleSet(value).issues.map((issue) => formatIssue({ file: "rules.json", text, ...issue })).length;
    },
  },
];

for (const scenario of scenarios) {
  const results = scenario.sizes.map((base) => {
    const size = Math.max(1, Math.round(base * scale));
    return { size, ...time(scenario.run(size)) };
  });
  console.log(scenario.name);
  for (const { size, seconds, found } of results) console.log(`  ${String(size).padStart(7)} ${scenario.unit}: ${seconds.toFixed(2)} s (${found} issues)`);
  const [small, large] = results;
  if (small !== undefined && large !== undefined) {
    console.log(`  ${large.size / small.size}× the input took ${(large.seconds / Math.max(small.seconds, 1e-6)).toFixed(1)}× the time`);
  }
}

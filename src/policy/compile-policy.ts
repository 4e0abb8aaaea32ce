import type { AnyCoverageKind, CompiledCoverage } from "../coverage-kinds/coverage-kind-definition.js";
import type { PolicyLists } from "../coverage-kinds/reimbursement/line-checks.js";
import { COVERAGE_KIND_DEFINITIONS } from "../coverage-kinds/coverage-kinds.js";
import type { Issue } from "../errors/adjudicator-error.js";
import { checkMinorUnits } from "../money/check-minor-units.js";
import type { RoundingMode } from "../money/money.js";
import type { FeeSchedule } from "./fee-schedule-schema.js";
import type { Clause, Insured, Policy } from "./policy-schema.js";

/** A policy compiled once, at `createAdjudicator`: lookups by id, each coverage compiled by its kind. */
export interface CompiledPolicy {
  readonly source: Policy;
  readonly clauses: ReadonlyMap<string, Clause>;
  /** Everyone the policy insures, the main insured first. */
  readonly insureds: readonly Insured[];
  readonly coverages: readonly CompiledCoverage[];
  /** The definition of each coverage's kind, by kind name. */
  readonly kinds: ReadonlyMap<string, AnyCoverageKind>;
  readonly feeSchedules: ReadonlyMap<string, FeeSchedule>;
  readonly minorUnits: number;
  readonly rounding: RoundingMode;
  /** The policy's provider and drug lists, by id. */
  readonly lists: PolicyLists;
}

/** The definition of a kind the policy was validated against (the schema let no other kind through). */
export function kindOf(policy: CompiledPolicy, coverage: { readonly kind: string }): AnyCoverageKind {
  return policy.kinds.get(coverage.kind) as AnyCoverageKind;
}

export function compilePolicy(policy: Policy, kinds: readonly AnyCoverageKind[] = COVERAGE_KIND_DEFINITIONS): CompiledPolicy {
  const byKind = new Map(kinds.map((kind) => [kind.kind, kind]));
  return {
    source: policy,
    clauses: new Map(policy.clauses.map((clause) => [clause.id, clause])),
    insureds: policy.insureds === undefined ? [policy.insured] : [policy.insured, ...policy.insureds.filter((insured) => insured.id !== policy.insured.id)],
    coverages: policy.coverages.map((coverage) => (byKind.get(coverage.kind) as AnyCoverageKind).compile(coverage) as CompiledCoverage),
    kinds: byKind,
    feeSchedules: new Map(policy.feeSchedules.map((schedule) => [schedule.id, schedule])),
    minorUnits: policy.currency.minorUnits,
    rounding: policy.currency.rounding,
    lists: {
      providers: new Map((policy.providerLists ?? []).map((list) => [list.id, { name: list.name, ids: new Set(list.providers) }])),
      drugs: new Map((policy.drugLists ?? []).map((list) => [list.id, { name: list.name, drugs: new Map(list.drugs.map((drug) => [drug.code, drug])) }])),
    },
  };
}

/**
 * Every amount of the policy no finer than its currency's minor unit (an amount with more decimals would be rounded
 * silently later), then each kind's own checks of its amounts.
 */
export function checkPolicyAmounts(policy: Policy, kinds: readonly AnyCoverageKind[] = COVERAGE_KIND_DEFINITIONS): Issue[] {
  const byKind = new Map(kinds.map((kind) => [kind.kind, kind]));
  const { code, minorUnits } = policy.currency;
  const issues: Issue[] = [];
  policy.coverages.forEach((coverage, i) => {
    for (const { amount, path } of byKind.get(coverage.kind)?.amounts?.(coverage) ?? []) issues.push(...checkMinorUnits(amount, minorUnits, ["policy", "coverages", i, ...path], code));
  });
  policy.feeSchedules.forEach((schedule, j) =>
    schedule.items.forEach((item, k) => issues.push(...checkMinorUnits(item.maxAmount, minorUnits, ["policy", "feeSchedules", j, "items", k, "maxAmount"], code))),
  );
  policy.coverages.forEach((coverage, i) => {
    for (const issue of byKind.get(coverage.kind)?.checkAmounts?.(coverage) ?? []) issues.push({ ...issue, path: ["policy", "coverages", i, ...issue.path] });
  });
  return issues;
}

/** The insured a claim is for (validated: one of the policy's). */
export function insuredOf(policy: CompiledPolicy, insuredId: string): Insured {
  return policy.insureds.find((insured) => insured.id === insuredId) ?? policy.source.insured;
}

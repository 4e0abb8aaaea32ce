import type { LedgerScope } from "../coverage-kinds/coverage-kind-definition.js";
import { COMMON_LEDGER_SCOPES } from "../coverage-kinds/coverage-ledger.js";
import { kindOf, type CompiledPolicy } from "../policy/compile-policy.js";
import { addCounters, type CounterValue } from "./counter-arithmetic.js";
import type { Counters, CoverageAccumulator } from "./counters-schema.js";
import type { Ledger } from "./ledger-schema.js";

/** Where a claim sits in the policy's history: whose it is, which incident, which policy year. */
export interface ClaimPlace {
  readonly insuredId: string;
  readonly incidentId: string;
  readonly policyYear: string;
}

/** Whether counters kept at `kept` add into a field of scope `scope` seen from `place`. */
function counts(scope: LedgerScope, place: ClaimPlace, kept: { readonly insuredId?: string | undefined; readonly incidentId?: string | undefined; readonly policyYear?: string | undefined }): boolean {
  const insured = (kept.insuredId ?? place.insuredId) === place.insuredId;
  const year = (kept.policyYear ?? place.policyYear) === place.policyYear;
  switch (scope) {
    case "year":
      return insured && year;
    case "lifetime":
      return insured;
    case "incident":
      return kept.incidentId !== undefined && kept.incidentId === place.incidentId;
    case "family_year":
      return year;
    case "family_lifetime":
      return true;
    default:
      return scope satisfies never;
  }
}

/** The scope of every ledger field of a coverage: the common fields', then its kind's, as the coverage sets them. */
export function fieldScopes(policy: CompiledPolicy, coverageId: string): (field: string) => LedgerScope {
  const coverage = policy.coverages.find((candidate) => candidate.id === coverageId);
  const own = coverage === undefined ? {} : (kindOf(policy, coverage).ledgerScopes?.(coverage.source) ?? {});
  return (field) => (Object.hasOwn(own, field) ? (own[field] as LedgerScope) : Object.hasOwn(COMMON_LEDGER_SCOPES, field) ? COMMON_LEDGER_SCOPES[field as keyof typeof COMMON_LEDGER_SCOPES] : "year");
}

/**
 * The counters a claim sees, per coverage of the policy: each field the sum of what the opening counters and the
 * other decided claims added, over the claims its scope spans (the insured's year, life or incident, the family's
 * year or life). `excluding` leaves out a claim's own record, when that claim is decided again.
 */
export function countersFor(ledger: Ledger, place: ClaimPlace, policy: CompiledPolicy, empty: CoverageAccumulator, excluding?: string): Counters {
  const coverages: Record<string, CoverageAccumulator> = {};
  for (const coverage of policy.coverages) {
    const scopeOf = fieldScopes(policy, coverage.id);
    const entry: Record<string, CounterValue> = { ...(empty as unknown as Record<string, CounterValue>) };
    const add = (contribution: Readonly<Record<string, unknown>> | undefined, kept: Parameters<typeof counts>[2]) => {
      if (contribution === undefined) return;
      for (const [field, value] of Object.entries(contribution)) {
        if (value === undefined || !Object.hasOwn(entry, field) || !counts(scopeOf(field), place, kept)) continue;
        entry[field] = addCounters(entry[field], value as CounterValue, policy.minorUnits) as CounterValue;
      }
    };
    for (const opening of ledger.opening) add(Object.hasOwn(opening.coverages, coverage.id) ? opening.coverages[coverage.id] : undefined, opening);
    for (const [claimId, record] of Object.entries(ledger.claims)) {
      if (claimId === excluding) continue;
      add(Object.hasOwn(record.coverages, coverage.id) ? record.coverages[coverage.id] : undefined, record);
    }
    coverages[coverage.id] = entry as unknown as CoverageAccumulator;
  }
  return { coverages };
}

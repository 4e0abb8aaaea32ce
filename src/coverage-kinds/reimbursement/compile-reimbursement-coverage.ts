import type Decimal from "decimal.js";
import { PAYER_SOURCES, type PayerSource } from "../../claim/payer-sources.js";
import { toMoney, ZERO, type Money } from "../../money/money.js";
import type { SocialInsuranceUse } from "../../claim/claim-schema.js";
import type { CompiledCoverage } from "../coverage-kind-definition.js";
import { compileRatio, ratesOf, type CompiledRatio, type RatesBySettlement } from "./compiled-ratio.js";
import type { ReimbursementCoverage, SubLimit } from "./reimbursement-coverage-schema.js";
import type { CataloguePart, Copay } from "./reimbursement-terms-schema.js";

/** Which part of a line's amount a part of the terms pays: all of it, or the part inside or outside the catalogue. */
export type PartKey = "all" | "in_catalogue" | "out_of_catalogue";

/** The lower terms for declared pre-existing conditions, compiled. */
export interface CompiledPreExisting {
  readonly appliesTo: "related_expenses" | "insured";
  readonly rates: RatesBySettlement;
  readonly annualDeductible: Money | undefined;
  readonly clauseId: string | undefined;
}

/** The terms of one part: its own annual deductible (besides the coverage's), ratio and pre-existing terms. */
export interface CompiledPart {
  readonly key: PartKey;
  readonly annualDeductible: Money;
  readonly ratio: CompiledRatio;
  readonly preExisting: CompiledPreExisting | undefined;
  readonly clauseId: string | undefined;
}

export interface CompiledCopay extends Copay {
  readonly cap: Money;
  readonly categorySet: ReadonlySet<string>;
  readonly deductibleOrder: "does_not_apply" | "before_copay" | "after_copay";
}

/** A reimbursement coverage with its amounts parsed once, at `createAdjudicator`. */
export interface CompiledReimbursementCoverage extends CompiledCoverage<ReimbursementCoverage> {
  readonly annualDeductible: Money;
  readonly familyDeductible: Money | undefined;
  readonly perClaimDeductible: Money;
  readonly perIncidentDeductible: Money;
  readonly perClaimLimit: Money | undefined;
  readonly annualLimit: Money;
  /** The flat ratio by settlement when the coverage has one (the first band otherwise). */
  readonly ratio: Readonly<Record<SocialInsuranceUse, Decimal>>;
  /** The parts a line's amount is paid in: `all`, or the catalogue's parts. */
  readonly parts: readonly CompiledPart[];
  readonly preExisting: CompiledPreExisting | undefined;
  readonly credited: ReadonlySet<PayerSource>;
  readonly deducted: ReadonlySet<PayerSource>;
  readonly copays: readonly CompiledCopay[];
  readonly deductibleExempt: ReadonlySet<string>;
  readonly outOfPocket: { readonly amount: Money; readonly familyAmount: Money | undefined; readonly counts: ReadonlySet<"deductible" | "copay" | "coinsurance">; readonly clauseId: string | undefined } | undefined;
  readonly eligibleCategories: ReadonlySet<string>;
  readonly subLimits: readonly (SubLimit & { readonly cap: Money; readonly categorySet: ReadonlySet<string> })[];
}

function compilePreExisting(terms: ReimbursementCoverage["preExisting"]): CompiledPreExisting | undefined {
  if (terms === undefined) return undefined;
  return { appliesTo: terms.appliesTo, rates: ratesOf(terms.ratio), annualDeductible: terms.annualDeductible === undefined ? undefined : toMoney(terms.annualDeductible), clauseId: terms.clauseId };
}

function compilePart(key: PartKey, part: CataloguePart, fallback: CompiledPreExisting | undefined): CompiledPart {
  // The coverage's own pre-existing terms give a part their ratio, never a second deductible.
  const inherited = fallback === undefined ? undefined : { ...fallback, annualDeductible: undefined };
  return { key, annualDeductible: toMoney(part.annualDeductible ?? "0"), ratio: compileRatio(part.ratio), preExisting: compilePreExisting(part.preExisting) ?? inherited, clauseId: part.clauseId };
}

export function compileReimbursementCoverage(coverage: ReimbursementCoverage): CompiledReimbursementCoverage {
  const preExisting = compilePreExisting(coverage.preExisting);
  const ratio = compileRatio(coverage.ratio);
  const catalogue = coverage.catalogueParts;
  const parts: CompiledPart[] =
    catalogue === undefined
      ? [{ key: "all", annualDeductible: ZERO, ratio, preExisting, clauseId: undefined }]
      : [compilePart("in_catalogue", catalogue.inCatalogue, preExisting), ...(catalogue.outOfCatalogue !== undefined ? [compilePart("out_of_catalogue", catalogue.outOfCatalogue, preExisting)] : [])];
  const oop = coverage.outOfPocketMaximum;
  return {
    kind: "reimbursement",
    id: coverage.id,
    clauseId: coverage.clauseId,
    source: coverage,
    annualDeductible: toMoney(coverage.annualDeductible),
    familyDeductible: coverage.familyDeductible === undefined ? undefined : toMoney(coverage.familyDeductible),
    perClaimDeductible: toMoney(coverage.perClaimDeductible),
    perIncidentDeductible: toMoney(coverage.perIncidentDeductible),
    perClaimLimit: coverage.perClaimLimit === undefined ? undefined : toMoney(coverage.perClaimLimit),
    annualLimit: toMoney(coverage.annualLimit),
    ratio: (ratio[0] as (typeof ratio)[number]).rates,
    parts,
    preExisting,
    credited: new Set(coverage.deductibleCredits),
    deducted: new Set(coverage.deductedPayers ?? PAYER_SOURCES),
    copays: (coverage.copays ?? []).map((copay) => ({ ...copay, cap: toMoney(copay.amount), categorySet: new Set(copay.categories), deductibleOrder: copay.deductible ?? "does_not_apply" })),
    deductibleExempt: new Set(coverage.deductibleExemptCategories ?? []),
    outOfPocket:
      oop === undefined
        ? undefined
        : { amount: toMoney(oop.amount), familyAmount: oop.familyAmount === undefined ? undefined : toMoney(oop.familyAmount), counts: new Set(oop.counts ?? ["deductible", "copay", "coinsurance"]), clauseId: oop.clauseId },
    eligibleCategories: new Set(coverage.eligibleCategories),
    subLimits: coverage.subLimits.map((subLimit) => ({ ...subLimit, cap: toMoney(subLimit.amount), categorySet: new Set(subLimit.categories) })),
  };
}

import type { z } from "zod";
import type { BillLine, Claim } from "../claim/claim-schema.js";
import type { TemplateTable } from "../codes/localized-template.js";
import type { Issue } from "../errors/adjudicator-error.js";
import type { Money, RoundingMode } from "../money/money.js";
import type { Condition } from "../rules/condition-schema.js";
import type { EvaluatedComparison } from "../rules/condition-evaluator.js";
import type { CalculationStep } from "../trace/calculation-step-schema.js";
import type { DecisionBenefit } from "../trace/decision-benefit-schema.js";
import type { CoverageTerm } from "../trace/decision-coverage-schema.js";
import type { DecisionLine } from "../trace/decision-line-schema.js";
import type { Reason } from "../trace/reason-schema.js";
import type { LocalizedText } from "../values/primitives.js";
import type { CommonLedgerEntry } from "./coverage-ledger.js";
import type { CoverageCommon } from "./coverage-common.js";
import type { PolicyLists } from "./reimbursement/line-checks.js";

type Path = readonly (string | number)[];

/**
 * Over which of the policy's decided claims a ledger field adds up, seen from the claim being decided:
 * `year`: the insured's claims of the same policy year; `lifetime`: all the insured's claims; `incident`: the claims
 * for the same incident; `family_year`: every insured's claims of the policy year; `family_lifetime`: every claim.
 */
export type LedgerScope = "year" | "lifetime" | "incident" | "family_year" | "family_lifetime";

/** A stay of one of the insured's other claims, as a readmission is compared with it. */
export interface EarlierStay {
  readonly claimId: string;
  readonly admission: string;
  readonly discharge: string;
  readonly principalDiagnosis?: string | undefined;
  /** The days each per-diem coverage paid on it, by coverage id. */
  readonly daysPaid: Readonly<Record<string, readonly string[]>>;
}

/** What a kind's reference checks may use: the policy's clauses and coverages, and a way to report each problem. */
export interface PolicyReferenceChecks {
  /** Reports a problem at a path relative to the coverage (`["subLimits", 0, "id"]`). */
  readonly report: (path: Path, message: string) => void;
  /** Reports the clause id unless the policy has that clause. */
  readonly checkClause: (clauseId: string | undefined, path: Path) => void;
  /** Reports every id that repeats an earlier one, at its path. */
  readonly checkUnique: (ids: readonly string[], path: (index: number) => Path, what: string) => void;
  /** Reports the coverage id unless the policy has that coverage. */
  readonly checkCoverage: (coverageId: string, path: Path) => void;
  /** Reports the list id unless the policy has a provider list (`providerLists`) or drug list (`drugLists`) of that id. */
  readonly checkList?: (kind: "provider" | "drug", listId: string, path: Path) => void;
}

/** The ids a ledger field of a coverage is keyed by: what they are (`"sub-limit"`) and which there are. */
export interface LedgerKeys {
  readonly what: string;
  readonly ids: readonly string[];
}

/** A condition a coverage holds (a tier's `when`), evaluated on the claim's facts with the rules. */
export interface CoverageCondition {
  /** Unique within the coverage, e.g. the tier's id. */
  readonly id: string;
  readonly conditions: Condition;
  /** Where it is, relative to the coverage. */
  readonly path: Path;
}

/** A coverage compiled once, at `createAdjudicator`: its source, and whatever its kind parses ahead of claims. */
export interface CompiledCoverage<Source extends CoverageCommon = CoverageCommon> {
  readonly kind: Source["kind"];
  readonly id: string;
  readonly clauseId: string;
  readonly source: Source;
}

/** The insured person a claim is for, as the policy records them (definitions by sex or age read it). */
export interface InsuredPerson {
  readonly id: string;
  readonly birthDate?: string | undefined;
  readonly sex?: "female" | "male" | undefined;
  /** Conditions declared or known at underwriting (既往症), as ICD-10 code prefixes. */
  readonly preExistingConditions: readonly string[];
}

/** The policy-wide figures a calculation needs. */
export interface CalculationContext {
  readonly currency: string;
  readonly minorUnits: number;
  readonly rounding: RoundingMode;
  /** What a coverage has paid so far: its ledger plus what this claim's coverages before it pay. */
  readonly paidSoFar: (coverageId: string) => Money;
  /** The limits this coverage shares with others (policy `sharedLimits`), with what is left of each for this claim. */
  readonly sharedLimits: (coverageId: string) => readonly SharedLimitLeft[];
  /** The period of insurance. */
  readonly period: { readonly effective: string; readonly expiry: string };
  /** The claim's insured person, as the policy declares them (definitions by sex or age read it). */
  readonly insured: InsuredPerson;
  /** The policy's lists of providers and drugs, by id. */
  readonly lists: PolicyLists;
  /** The hospital days the insured's other claims were paid under a coverage, by day, with the claim that paid each. */
  readonly hospitalDaysPaidElsewhere?: (coverageId: string) => ReadonlyMap<string, string>;
  /** The hospital stays of the insured's other claims (kept when a coverage counts readmissions), with the days paid on each. */
  readonly earlierStays?: () => readonly EarlierStay[];
  /**
   * In the grace period (PRC Insurance Law art. 36): the premium due and unpaid, what is left of it to deduct after the
   * benefits before this one, its due date and clause; `undefined` when no premium is due.
   */
  readonly unpaidPremium?: () => UnpaidPremium | undefined;
  /**
   * The premiums a waiver on an event of `date` waives (豁免保险费): the instalments of the contract falling due after
   * it; `undefined` without a premium schedule or when none is left to fall due.
   */
  readonly premiumsWaivable?: (date: string) => PremiumsWaivable | undefined;
  /** Splits a death benefit among the insured's beneficiaries (or the estate), with the notes saying why. */
  readonly deathPayees?: (amount: Money) => { readonly payees: NonNullable<DecisionBenefit["payees"]>; readonly notes: readonly LocalizedText[] };
}

/** The instalments a waiver waives: the first due date, how many, each of how much, the last due date. */
export interface PremiumsWaivable {
  readonly from: string;
  readonly instalments: number;
  readonly instalment: string;
  readonly total: string;
  readonly lastDueOn: string;
  readonly clauseId: string;
}

/** A waiver of premium a payout grants, as the decision states it. */
export interface PremiumWaiver extends PremiumsWaivable {
  readonly coverageId: string;
  readonly benefitId: string;
  readonly reason: Reason;
}

/** The premium due in the grace period, and what is left of it to deduct. */
export interface UnpaidPremium {
  readonly total: Money;
  readonly left: Money;
  readonly dueOn: string;
  readonly clauseId: string;
  /** How many instalments `total` is (from `dueOn` on); default 1. */
  readonly instalments?: number;
}

/** What is left of a limit several coverages share, as a coverage of it is assessed. */
export interface SharedLimitLeft {
  readonly id: string;
  readonly clauseId: string;
  readonly name: LocalizedText;
  readonly left: Money;
}

/** What item rules decided for a bill line: excluded, or capped at a reasonable fee. */
export interface LineRuleDecision {
  readonly ruleId: string;
  readonly clauseId: string;
  readonly reasonCode: string;
  readonly message: LocalizedText;
}
export interface LineCap extends LineRuleDecision {
  readonly maxAmount: Money;
  /** Where the cap's figure comes from, e.g. `"fees-2026 CT01: 450.00 per line"`. */
  readonly basis: string;
}
/** What a coverage kind tells the rules about each bill line: whether it is covered and the most it may be paid. */
export interface LineRules {
  readonly exclusions: ReadonlyMap<string, LineRuleDecision>;
  readonly caps: ReadonlyMap<string, LineCap>;
}

/** Everything a kind's calculation is given for one coverage and one claim. */
export interface CoverageCalculationInput<Compiled, Ledger> {
  readonly coverage: Compiled;
  readonly claim: Claim;
  /** The coverage's ledger entry before this claim. */
  readonly ledger: Ledger;
  /** The bill lines assigned to this coverage (kinds that pay bill lines); empty for the others. */
  readonly lines: readonly BillLine[];
  readonly lineRules: LineRules;
  /** The coverage's conditions that held on the claim, by id, with their evidence. */
  readonly held: ReadonlyMap<string, readonly EvaluatedComparison[]>;
  readonly context: CalculationContext;
}

/** What a coverage made of a claim it answers for. The coverage stage turns it into the decision's entries. */
export type CoverageAssessment<Ledger> =
  | { readonly applies: false }
  | {
      readonly applies: true;
      readonly payable: Money;
      /** The bill lines it assessed, in the order it was given them. */
      readonly lines: readonly DecisionLine[];
      /** The benefit it pays, for kinds that pay a benefit rather than bill lines. */
      readonly benefit?: DecisionBenefit;
      readonly steps: readonly CalculationStep[];
      readonly ledgerAfter: Ledger;
      /** Reductions it states itself (a line's reducing adjustments are reasons already). */
      readonly reductions: readonly Reason[];
      /** A person must decide (the amount stands if they confirm). */
      readonly referrals: readonly Reason[];
      readonly terms: readonly CoverageTerm[];
      /** Other coverages this payout ends. */
      readonly endsCoverages: readonly string[];
      /** The premiums this payout waives (豁免保险费), when it waives them. */
      readonly premiumWaiver?: PremiumWaiver;
      /** The hospital days it paid (per-diem kinds), recorded so that no day is paid twice. */
      readonly hospitalDaysPaid?: readonly string[];
    };

/** One entry of a coverage's benefit balance (FHIR ExplanationOfBenefit `benefitBalance.financial`), neutral of FHIR. */
export interface BalanceEntry {
  /** `benefit-type`: an HL7 benefit type (`deductible`, `benefit`); `accumulator`, `sub-limit`, `fixed-benefit`: ours. */
  readonly system: "benefit-type" | "accumulator" | "sub-limit" | "fixed-benefit";
  readonly code: string;
  readonly display?: string;
  readonly text?: LocalizedText;
  readonly allowedMoney?: { readonly amount: string; readonly path: Path };
  readonly usedMoney?: { readonly amount: string; readonly path: Path };
  readonly allowedCount?: number;
  readonly usedCount?: number;
}

/** A coverage's balances: over the policy year, and over the policy's life. */
export interface CoverageBalances {
  readonly annual: readonly BalanceEntry[];
  readonly lifetime: readonly BalanceEntry[];
}

/**
 * Everything about one kind of coverage, in one place: its policy schema, checks, compile step, conditions,
 * calculation, ledger fields, benefit balances and texts. `COVERAGE_KINDS` lists the library's; an integrator may
 * pass more to `createAdjudicator`.
 */
export interface CoverageKindDefinition<
  Kind extends string = string,
  Schema extends z.ZodType<CoverageCommon & { readonly kind: Kind }> = z.ZodType<CoverageCommon & { readonly kind: Kind }>,
  Compiled extends CompiledCoverage<z.output<Schema>> = CompiledCoverage<z.output<Schema>>,
  LedgerShape extends z.ZodRawShape = z.ZodRawShape,
> {
  readonly kind: Kind;
  /** A zod object with `...coverageCommonShape` and `kind: z.literal(kind)`. */
  readonly schema: Schema;
  /** Its fields in the coverage's ledger entry, each with its default (nothing used). */
  readonly ledgerShape: LedgerShape;
  /**
   * Over which claims each ledger field adds up (`year` unless said): a deductible shared by the family adds up over
   * every insured's claims of the policy year, a payout count over the insured's whole history. Fields of the common
   * part may be given too (`paid`, `ended`).
   */
  readonly ledgerScopes?: (coverage: z.output<Schema>) => Readonly<Record<string, LedgerScope>>;
  /**
   * The ledger fields keyed by an id of the coverage (a sub-limit's, a tier's), with what such an id is and the ids the
   * coverage has: an entry of a ledger or of counters under any other id is refused, with its path.
   */
  readonly ledgerKeys?: (coverage: z.output<Schema>) => Readonly<Record<string, LedgerKeys>>;
  /** Reason codes only this kind gives, with their templates. */
  readonly reasons: TemplateTable;
  /** Calculation steps only this kind writes, with their templates. */
  readonly steps: TemplateTable;
  /** It pays bill lines: which expense categories it lists (lines are assigned to the first that lists theirs). */
  readonly billLines?: {
    /** The expense categories the compiled coverage lists. */
    readonly categories: (coverage: Compiled) => ReadonlySet<string>;
  };
  /** The references of a coverage to clauses, coverages and its own ids. */
  readonly checkReferences?: (coverage: z.output<Schema>, checks: PolicyReferenceChecks) => void;
  /** Its amounts, with their paths relative to the coverage, to check against the currency's minor unit. */
  readonly amounts?: (coverage: z.output<Schema>) => readonly { readonly amount: string; readonly path: Path }[];
  /** Other checks of its amounts (e.g. a per-claim limit above the annual one), paths relative to the coverage. */
  readonly checkAmounts?: (coverage: z.output<Schema>) => readonly (Omit<Issue, "path"> & { readonly path: Path })[];
  /** The conditions it holds, evaluated with the rules. */
  readonly conditions?: (coverage: z.output<Schema>) => readonly CoverageCondition[];
  /** Compiles one coverage of the kind once, at `createAdjudicator`: what does not depend on a claim. */
  readonly compile: (coverage: z.output<Schema>) => Compiled;
  /** Assesses the coverage on one claim: its benefits, line payables, adjustments and steps, and its ledger entry after it. */
  readonly calculate: (input: CoverageCalculationInput<Compiled, CommonLedgerEntry & z.output<z.ZodObject<LedgerShape>>>) => CoverageAssessment<CommonLedgerEntry & z.output<z.ZodObject<LedgerShape>>>;
  /**
   * The ledger keeps each claim's hospital stay for this coverage (a per-diem coverage that counts a readmission as
   * the same stay compares it with the earlier stays, `CalculationContext.earlierStays`). Default: no.
   */
  readonly keepsStays?: (coverage: z.output<Schema>) => boolean;
  /** Its balances for the ExplanationOfBenefit, from its ledger entry (and its terms, when the policy is given). */
  readonly balances?: (ledger: CommonLedgerEntry & z.output<z.ZodObject<LedgerShape>>, coverage: z.output<Schema> | undefined, paths: { readonly ledger: Path; readonly coverage: Path }) => CoverageBalances;
}

/** Any coverage kind, whatever its types: what the registries hold. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCoverageKind = CoverageKindDefinition<string, any, any, any>;

/** Declares a coverage kind, keeping its precise types. */
export function defineCoverageKind<Kind extends string, Schema extends z.ZodType<CoverageCommon & { readonly kind: Kind }>, Compiled extends CompiledCoverage<z.output<Schema>>, LedgerShape extends z.ZodRawShape>(
  definition: CoverageKindDefinition<Kind, Schema, Compiled, LedgerShape>,
): CoverageKindDefinition<Kind, Schema, Compiled, LedgerShape> {
  return definition;
}


import type { DeadlineId } from "../deadlines/jurisdiction-profile-schema.js";
import type { Outcome } from "../decision/decision-schema.js";
import type { LocalizedText } from "../values/primitives.js";
import type { DaySummary } from "./day-quantiles.js";

/**
 * The numbers of the operation, as `analyzeDecisions` returns them: plain JSON. Amounts are decimal strings in the
 * report's currency; rates are decimal strings between "0" and "1" with four decimals (`null` when nothing was
 * counted); days are whole calendar days.
 */
export interface DecisionAnalytics {
  readonly asOf: string;
  /** The report's currency; `null` when there was no decision to take it from. */
  readonly currency: string | null;
  /** The month of `asOf`, `YYYY-MM`: "this month" of the headline. */
  readonly month: string;
  readonly input: InputSummary;
  readonly headline: Headline;
  readonly totals: GroupFigures;
  readonly byOutcome: readonly GroupFigures[];
  readonly byProduct: readonly GroupFigures[];
  readonly byCoverage: readonly CoverageFigures[];
  readonly byMonth: readonly MonthFigures[];
  readonly reasons: readonly ReasonFigures[];
  readonly rules: readonly RuleFigures[];
  readonly automation: AutomationFigures;
  readonly cycleTimes: readonly CycleTimeFigures[];
  readonly deadlines: DeadlineCompliance;
  readonly pendingDocuments: PendingDocumentsFigures;
  readonly flags: FlagFigures;
  readonly duplicates: DuplicateFigures;
  readonly providers: ProviderFigures;
  readonly risk: RiskFigures;
  readonly sampling: SamplingFigures;
}

/** A rate as a decimal string with four decimals ("0.8125"), or `null` when its denominator is zero. */
export type Rate = string | null;

/** An amount's quantile: exact to the cent, or an estimate within 0.5% (see `MoneyQuantiles`). */
export interface AmountQuantile {
  readonly value: string;
  readonly exact: boolean;
}

/** What the report read: decisions analysed, superseded by a later revision, unreadable, and dated after `asOf`. */
export interface InputSummary {
  /** Decisions read and counted (each is work done: months, routing, rules, clocks and cycle times count every one). */
  readonly analysed: number;
  /**
   * Decisions replaced by a later revision of the same claim (`revision.number`) in the input: left out of the outcome
   * figures (totals, outcomes, products, coverages), where each claim counts once, as its latest revision. Found
   * within the last `revisionWindow` claims seen.
   */
  readonly superseded: number;
  /** Lines or records that were not valid decisions (listed in `problems`, at most `problemLimit`). */
  readonly unreadable: number;
  /** Decisions made after `asOf`: left out, the report describes the operation as it stood on `asOf`. */
  readonly afterAsOf: number;
  /** Decisions in another currency than the report's: left out, amounts in two currencies do not add up. */
  readonly otherCurrency: number;
  readonly problems: readonly InputProblem[];
  /** Earliest and latest decision date counted. */
  readonly firstDecidedOn: string | null;
  readonly lastDecidedOn: string | null;
}

/** A decision line the report could not read: its line number and what was wrong with it. */
export interface InputProblem {
  readonly code: "unreadable" | "after_as_of" | "other_currency" | "extension_unreadable";
  readonly line?: number;
  readonly source?: string;
  readonly claimId?: string;
  /** JSON path of the problem, e.g. `decision.deadlines.byId.payment.dueOn`. */
  readonly path: string;
  readonly message: string;
}

/** Counts and amounts of one group of decisions (an outcome, a product, a month, all of them). */
export interface GroupFigures {
  readonly key: string;
  readonly label: LocalizedText;
  readonly decisions: number;
  readonly outcomes: Readonly<Record<Outcome, number>>;
  /** Σ billed of the group's decisions. */
  readonly billed: string;
  /** Σ payable of the group's decisions (for referred ones, what is paid if the reviewer confirms). */
  readonly payable: string;
  /** Approved, partially approved or denied: the decisions that determine the claim. */
  readonly determined: number;
  /** Determined decisions paying more than zero, and what they pay. */
  readonly paid: PaidFigures;
  /** 获赔率: paid ÷ determined. */
  readonly approvalRate: Rate;
  /** Σ payable ÷ Σ billed over the approved and partially approved decisions that have bill lines. */
  readonly paidToBilled: Rate;
}

/** Decisions that paid: how many, the amount, its average and median (decimal strings in the currency's minor units). */
export interface PaidFigures {
  readonly count: number;
  readonly amount: string;
  /** amount ÷ count, rounded half up to the currency's minor unit. */
  readonly average: string | null;
  readonly median: AmountQuantile | null;
  readonly p90: AmountQuantile | null;
}

/** A coverage's figures: decisions it concerned (its status other than `not_applicable`), by its own status. */
export interface CoverageFigures extends GroupFigures {
  readonly coverageId: string;
  /** The product the coverage belongs to (coverage ids repeat across products). */
  readonly product: { readonly key: string; readonly label: LocalizedText };
  readonly statuses: Readonly<Record<"paid" | "nothing_payable" | "refused" | "referred", number>>;
}

export interface MonthFigures extends GroupFigures {
  readonly straightThroughRate: Rate;
  readonly referralRate: Rate;
  /** Determination deadlines missed by the decisions of this month (met late, or overdue on `asOf`). */
  readonly determinationBreaches: number;
  /** The change from the calendar month before (absent for the first month). */
  readonly change: MonthChange | null;
}

/** This month against the month before: decisions, claims paid and their amount, and the approval rate. */
export interface MonthChange {
  readonly decisions: number;
  readonly paidCount: number;
  /** Signed decimal string. */
  readonly paidAmount: string;
  /** Relative change of the paid amount, signed ("0.1250" = +12.5%); `null` when the month before paid nothing. */
  readonly paidAmountRate: string | null;
  /** Change of the approval rate in points of rate ("0.0200" = +2 percentage points), signed. */
  readonly approvalRate: string | null;
}

/** One reason code over the decisions: how many gave it, by outcome, and their share. */
export interface ReasonFigures {
  readonly code: string;
  readonly clauseId: string;
  readonly label: LocalizedText;
  /** Decisions giving this reason (once per decision). */
  readonly decisions: number;
  readonly denied: number;
  readonly referred: number;
  readonly partiallyApproved: number;
  /** decisions ÷ all decisions analysed. */
  readonly share: Rate;
}

/** One rule over the decisions: how many it held on, its hits and hit rate. */
export interface RuleFigures {
  readonly ruleSetId: string;
  readonly ruleId: string;
  readonly clauseId: string;
  readonly eventType: string;
  readonly reasonCode: string;
  readonly label: LocalizedText;
  /** Decisions on which the rule fired (once per decision, however many lines). */
  readonly decisions: number;
  /** Times it fired, counting each bill line of an item rule. */
  readonly hits: number;
  /** decisions ÷ decisions of the same rule set. */
  readonly hitRate: Rate;
  /** Of those decisions, how many were denied (a refusal by this rule). */
  readonly denied: number;
}

/** How decisions were handled: straight through (no person), referred or pending documents, by queue and authority level. */
export interface AutomationFigures {
  /** `routing` when every decision carried it; `outcome` when none did (see the README); `mixed` otherwise. */
  readonly source: "routing" | "outcome" | "mixed";
  readonly withRouting: number;
  readonly straightThrough: number;
  readonly straightThroughRate: Rate;
  readonly referred: number;
  readonly referralRate: Rate;
  readonly pendingDocuments: number;
  readonly queues: readonly QueueFigures[];
  /** Authority levels required (from `routing.level`), when routing gives them. */
  readonly levels: readonly { readonly level: string; readonly decisions: number }[];
}

/** One work queue (with an operations configuration): decisions routed to it, still open, their payable, and how long they wait. */
export interface QueueFigures {
  readonly queue: string;
  readonly label: LocalizedText;
  /** Every decision routed here. */
  readonly routed: number;
  /** Still open on `asOf`: no determination recorded. */
  readonly open: number;
  /** Σ payable of the open ones: what is at stake. */
  readonly openPayable: string;
  /** Days the open ones have waited since the decision that routed them. */
  readonly waiting: DaySummary;
}

/** The claim cycle times the report measures: incident to report, submission to decision, documents complete to decision, decision to payment. */
export type CycleTimeId = "incident_to_report" | "submission_to_decision" | "documents_to_decision" | "decision_to_payment";

/** One claim cycle time (for example submission to decision), summarised in days. */
export interface CycleTimeFigures extends DaySummary {
  readonly id: CycleTimeId;
  readonly label: LocalizedText;
}

/** Deadline compliance: each claim clock, the share of determinations made on time, and the determination periods. */
export interface DeadlineCompliance {
  readonly byDeadline: readonly DeadlineFigures[];
  /** The headline figure: determinations made within their period ÷ determinations made. */
  readonly determinationOnTimeRate: Rate;
  /** The periods of the determination deadlines seen (30 calendar days under PRC Insurance Law art. 23, unless a product sets less). */
  readonly determinationPeriods: readonly { readonly length: number; readonly unit: string }[];
}

/** One claim clock over the decisions: how often it applied, was met on time or late, is due or overdue. */
export interface DeadlineFigures {
  readonly id: DeadlineId;
  readonly label: LocalizedText;
  readonly party: "claimant" | "insurer";
  /** Decisions this deadline applies to. */
  readonly applicable: number;
  readonly metOnTime: number;
  readonly metLate: number;
  /** Met, where the deadline has no fixed number of days. */
  readonly metUndated: number;
  readonly due: number;
  readonly overdue: number;
  /** Applies but its clock has not started. */
  readonly open: number;
  /** Payment and notices are met by events a decision cannot know: without the event they are not counted as breaches. */
  readonly notRecorded: number;
  /** metLate + overdue. */
  readonly breaches: number;
  /** Days late (met late) or overdue, over the breaches. */
  readonly daysOver: DaySummary;
}

/** Claims waiting for documents: how many, for how many days (in bands), and which documents are missing most. */
export interface PendingDocumentsFigures {
  /** Pending decisions with no determination recorded: still waiting on `asOf`. */
  readonly waiting: number;
  /** Days since the decision that asked for the documents. */
  readonly waitingDays: DaySummary;
  /** How many wait up to 7, 14, 30, 60 days, and longer. */
  readonly bands: readonly { readonly upTo: number | null; readonly count: number }[];
  readonly missingDocuments: readonly { readonly documentType: string; readonly label: LocalizedText; readonly decisions: number }[];
}

/** Rule flags: decisions flagged, flags raised, by severity and by rule. */
export interface FlagFigures {
  readonly decisionsFlagged: number;
  readonly flags: number;
  readonly bySeverity: Readonly<Record<"low" | "medium" | "high", number>>;
  readonly byRule: readonly { readonly ruleId: string; readonly reasonCode: string; readonly severity: string; readonly label: LocalizedText; readonly decisions: number }[];
}

/** Invoices claimed more than once: caught by rules or by the risk score, possible duplicates, any paid twice and the amount, with examples. */
export interface DuplicateFigures {
  /** Decisions with a reason, flag or rule whose code names a duplicate (`duplicateCodes`). */
  readonly caughtByRules: number;
  /** Decisions whose risk score has a duplicate indicator contributing. */
  readonly caughtByRisk: number;
  /** Found by this analysis: same policy, incident date, billed amount and provider as an earlier decision. */
  readonly possible: number;
  /** Of those, how many were paid although the earlier one was paid too, and what they paid. */
  readonly paidTwice: number;
  readonly paidTwiceAmount: string;
  readonly examples: readonly { readonly claimId: string; readonly duplicateOf: string; readonly billed: string; readonly provider: string | null }[];
  /** How many earlier decisions each one is compared with (the most recent ones). */
  readonly window: number;
}

/** Providers (hospitals, clinics, pharmacies): the largest by amount and the most flagged. */
export interface ProviderFigures {
  readonly available: boolean;
  /** Decisions that named a provider. */
  readonly withProvider: number;
  readonly byAmount: readonly ProviderRow[];
  readonly byFlags: readonly ProviderRow[];
}

/** One provider's row: decisions, billed, paid, denials, flags and possible duplicate invoices. */
export interface ProviderRow {
  readonly id: string;
  readonly label: LocalizedText;
  readonly decisions: number;
  readonly billed: string;
  readonly paidAmount: string;
  /**
   * Paid against billed as the report defines it: the payable of approved and partially approved decisions with
   * bill lines ÷ what they billed (null when there were none). A lump sum has nothing billed and is not in it.
   */
  readonly paidToBilled: Rate;
  /** Of `paidAmount`, what was paid on decisions with nothing billed (lump sums: critical illness, hospital cash, death). */
  readonly lumpSumsPaid: string;
  readonly denied: number;
  readonly flags: number;
  readonly decisionsFlagged: number;
  readonly possibleDuplicates: number;
}

/** Risk scores and bands of the decisions, and how often each red-flag indicator fired (with an operations configuration). */
export interface RiskFigures {
  readonly available: boolean;
  readonly scored: number;
  readonly averageScore: string | null;
  readonly byLevel: readonly { readonly level: string; readonly decisions: number }[];
  readonly indicators: readonly { readonly id: string; readonly label: LocalizedText; readonly decisions: number; readonly totalContribution: string }[];
}

/** Quality sampling (抽检): decisions considered, drawn and the rate, by segment. */
export interface SamplingFigures {
  readonly available: boolean;
  /** Decisions carrying `sampling`. */
  readonly considered: number;
  readonly sampled: number;
  readonly sampledRate: Rate;
  /**
   * By segment (`sampling.segment`; "" for decisions in no segment): its name (`sampling.segmentName`, else its id),
   * the rate the configuration set (null when decisions of the segment record different rates, e.g. two
   * configurations), how many decisions fell in it and how many were sampled.
   */
  readonly bySegment: readonly { readonly segment: string; readonly label: LocalizedText; readonly rate: string | null; readonly considered: number; readonly sampled: number; readonly sampledRate: Rate }[];
}

/** The answers a claims manager asks first: paid this month, the straight-through rate, the rule refusing most, determination deadlines missed, the most flagged providers. */
export interface Headline {
  readonly month: string;
  readonly paidThisMonth: { readonly count: number; readonly amount: string };
  readonly straightThroughRate: Rate;
  readonly topRefusingRule: RuleFigures | null;
  /** Determination deadlines missed, met late or overdue on `asOf`. */
  readonly determinationBreaches: number;
  readonly topFlaggedProviders: readonly ProviderRow[];
}

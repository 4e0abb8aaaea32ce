import type Decimal from "decimal.js";
import { z } from "zod";
import { OUTCOMES, type Decision } from "../decision/decision-schema.js";
import { currencyMinorUnits } from "../money/currency-minor-units.js";
import { Dec, formatMoney, ZERO } from "../money/money.js";
import { parseInput } from "../values/parse-input.js";
import { IsoDateSchema } from "../dates/iso-date-schema.js";
import type { LocalizedText } from "../values/primitives.js";
import { idLabel, monthLabel, OUTCOME_LABELS, PRODUCT_LABELS, ruleSetLabel } from "./analytics-labels.js";
import type { CoverageFigures, DecisionAnalytics, InputProblem, MonthFigures } from "./analytics-report.js";
import { AutomationCounts, classifyRouting } from "./automation-counts.js";
import { CycleTimes } from "./cycle-times.js";
import { DeadlineComplianceCounts } from "./deadline-compliance-counts.js";
import type { DecisionContext } from "./decision-context.js";
import { readDecisionDates } from "./decision-dates.js";
import { readDecisionExtensions } from "./decision-extensions-schema.js";
import { type DecisionInput, isDecisionRecord, isUnreadableDecision, type ProductRef } from "./decision-record-schema.js";
import { DEFAULT_DUPLICATE_CODE, DuplicateFinder } from "./duplicate-finder.js";
import { FlagCounts } from "./flag-counts.js";
import { GroupAccumulator, Groups } from "./group-accumulator.js";
import { monthFigures, MonthAccumulator, monthsBetween } from "./month-accumulator.js";
import { PendingDocumentsCounts } from "./pending-documents-counts.js";
import { ProviderCounts } from "./provider-counts.js";
import { decisionShapeProblem } from "./decision-shape-problem.js";
import { ReasonAndRuleCounts, topRefusingRule } from "./reason-and-rule-counts.js";
import { RiskAndSamplingCounts } from "./risk-and-sampling-counts.js";

/** The schema of the analysis options: checked before any decision is read. */
export const AnalyzeDecisionsOptionsSchema = z.strictObject({
  /** The day the report describes: decisions after it are left out, clocks and waiting times are taken on it. Required. */
  asOf: IsoDateSchema,
  /** The report's currency; default the first decision's. Decisions in another currency are left out and reported. */
  currency: z.string().regex(/^[A-Z]{3}$/).optional(),
  /** How many providers each ranking lists (default 10). */
  topProviders: z.int().min(1).default(10),
  /** How many earlier decisions with bill lines a decision is compared with to find duplicates (default 50,000). */
  duplicateWindow: z.int().min(1).default(50_000),
  /** Codes that name a duplicate (default: containing DUPLICATE). */
  duplicateCodes: z.instanceof(RegExp).default(DEFAULT_DUPLICATE_CODE),
  /** How many input problems are listed (all are counted; default 100). */
  problemLimit: z.int().min(0).default(100),
  /** How many distinct providers are tracked (default 100,000). */
  maxProviders: z.int().min(1).default(100_000),
  /**
   * How many claims' latest decisions are remembered to find a revision's earlier decision (default 50,000, the most
   * recently seen): a revision of a claim seen earlier than that counts as the claim's only decision.
   */
  revisionWindow: z.int().min(1).default(50_000),
});
/** Options of `analyzeDecisions` as they may be given: `asOf`, the currency, how many providers to list, the duplicate-invoice window and codes, how many problems to keep. */
export type AnalyzeDecisionsOptions = z.input<typeof AnalyzeDecisionsOptionsSchema>;

type CoverageStatus = "paid" | "nothing_payable" | "refused" | "referred";

/** What a decision added to the outcome figures: what its revision takes back. */
interface OutcomeContribution {
  readonly revision: number;
  readonly outcome: Decision["outcome"];
  readonly billed: string;
  readonly payable: string;
  readonly productKey: string;
  /** The provider the record named ("" for none): its figures take the revision back too. */
  readonly providerId: string;
  readonly coverages: readonly { readonly key: string; readonly status: CoverageStatus; readonly billed: string; readonly payable: string }[];
}

// Kept as one string per claim (a fifth of the memory of the object): fields apart by U+0001, coverages by U+0002.
const FIELD = "\u0001";
const COVERAGE = "\u0002";

function packContribution(contribution: OutcomeContribution): string {
  const coverages = contribution.coverages.map((coverage) => [coverage.key, coverage.status, coverage.billed, coverage.payable].join(FIELD)).join(COVERAGE);
  return [contribution.revision, contribution.outcome, contribution.billed, contribution.payable, contribution.productKey, contribution.providerId].join(FIELD) + COVERAGE + coverages;
}

function unpackContribution(packed: string): OutcomeContribution {
  const [head = "", ...coverages] = packed.split(COVERAGE);
  const [revision = "1", outcome, billed = "0", payable = "0", productKey = "", providerId = ""] = head.split(FIELD);
  return {
    revision: Number(revision),
    outcome: outcome as Decision["outcome"],
    billed,
    payable,
    productKey,
    providerId,
    coverages: coverages
      .filter((coverage) => coverage !== "")
      .map((coverage) => {
        const [key = "", status, coverageBilled = "0", coveragePayable = "0"] = coverage.split(FIELD);
        return { key, status: status as CoverageStatus, billed: coverageBilled, payable: coveragePayable };
      }),
  };
}

/** The revision number at the head of a packed contribution, without unpacking the rest. */
function packedRevision(packed: string): number {
  return Number(packed.slice(0, packed.indexOf(FIELD)));
}

class CoverageAccumulator extends GroupAccumulator {
  readonly statuses = { paid: 0, nothing_payable: 0, refused: 0, referred: 0 };
  constructor(key: string, label: LocalizedText, readonly product: { key: string; label: LocalizedText }, readonly coverageId: string) {
    super(key, label);
  }
}

function productOf(decision: Decision, product: ProductRef | undefined): { key: string; label: () => LocalizedText } {
  if (product === undefined) return { key: decision.meta.ruleSetId, label: () => ruleSetLabel(decision.meta.ruleSetId) };
  if (typeof product === "string") return { key: product, label: () => PRODUCT_LABELS[product] ?? idLabel(product) };
  return { key: product.id, label: () => product.name ?? PRODUCT_LABELS[product.id] ?? idLabel(product.id) };
}

/**
 * The numbers of the operation, one decision at a time, in memory that does not grow with the number of decisions
 * (it grows with the products, coverages, months, rules, reasons, queues and providers seen). `add` each decision,
 * then `report()`; `analyzeDecisions` does both over an iterable. Pure: `asOf` is the only date it uses.
 */
export class DecisionAnalyzer {
  readonly #options: z.output<typeof AnalyzeDecisionsOptionsSchema>;
  #currency: string | undefined;
  readonly #problems: InputProblem[] = [];
  /** Inputs given so far (decisions, records and unreadable lines), to number a malformed one. */
  #given = 0;
  #unreadable = 0;
  #afterAsOf = 0;
  #otherCurrency = 0;
  #analysed = 0;
  #superseded = 0;
  /** Each claim's latest decision seen (by policy and claim id), the oldest first: at most `revisionWindow`. */
  readonly #latest = new Map<string, string>();
  #first: string | undefined;
  #last: string | undefined;
  readonly #totals = new GroupAccumulator("all", { zh: "全部", en: "All decisions" });
  readonly #outcomes = new Groups((key, label) => new GroupAccumulator(key, label));
  readonly #products = new Groups((key, label) => new GroupAccumulator(key, label));
  readonly #months = new Groups((key, label) => new MonthAccumulator(key, label));
  readonly #coverages = new Map<string, CoverageAccumulator>();
  readonly #reasonsAndRules = new ReasonAndRuleCounts();
  readonly #automation: AutomationCounts;
  readonly #cycleTimes: CycleTimes;
  readonly #deadlines: DeadlineComplianceCounts;
  readonly #pending: PendingDocumentsCounts;
  readonly #flags = new FlagCounts();
  readonly #duplicates: DuplicateFinder;
  readonly #providers: ProviderCounts;
  readonly #riskAndSampling = new RiskAndSamplingCounts();

  /** @throws ValidationError when an option is invalid (`options.asOf`, …). */
  constructor(options: AnalyzeDecisionsOptions) {
    this.#options = parseInput(AnalyzeDecisionsOptionsSchema, options, "options");
    const { asOf } = this.#options;
    this.#currency = this.#options.currency;
    this.#automation = new AutomationCounts(asOf);
    this.#cycleTimes = new CycleTimes(asOf);
    this.#deadlines = new DeadlineComplianceCounts(asOf);
    this.#pending = new PendingDocumentsCounts(asOf);
    this.#duplicates = new DuplicateFinder(this.#options.duplicateWindow, this.#options.duplicateCodes, 20);
    this.#providers = new ProviderCounts(this.#options.maxProviders);
  }

  #problem(problem: InputProblem): void {
    if (this.#problems.length < this.#options.problemLimit) this.#problems.push(problem);
  }

  /** Counts one decision, record, or unreadable line. */
  add(input: DecisionInput): void {
    this.#given++;
    // An object handed in by a caller (not a line read by parseDecisionLines) that is not a decision is reported
    // with the path of what is wrong, and left out: the run goes on.
    const shapeProblem = typeof input === "object" && input !== null && isUnreadableDecision(input) ? undefined : decisionShapeProblem(input);
    if (shapeProblem !== undefined) {
      this.#unreadable++;
      this.#problem({ code: "unreadable", ...shapeProblem, message: `input ${this.#given}: ${shapeProblem.message}` });
      return;
    }
    if (isUnreadableDecision(input)) {
      this.#unreadable++;
      for (const problem of input.problems) {
        this.#problem({ code: "unreadable", ...(input.line === undefined ? {} : { line: input.line }), ...(input.source === undefined ? {} : { source: input.source }), ...problem });
      }
      return;
    }
    const record = isDecisionRecord(input) ? input : { decision: input };
    const { decision } = record;
    const where = { claimId: decision.claimId };
    this.#currency ??= decision.currency;
    if (decision.currency !== this.#currency) {
      this.#otherCurrency++;
      this.#problem({ code: "other_currency", ...where, path: "decision.currency", message: `in ${decision.currency}, not the report's ${this.#currency}: left out` });
      return;
    }
    const { asOf } = this.#options;
    if (decision.meta.asOf > asOf) {
      this.#afterAsOf++;
      this.#problem({ code: "after_as_of", ...where, path: "decision.meta.asOf", message: `decided on ${decision.meta.asOf}, after the report's date ${asOf}: left out` });
      return;
    }
    const extensions = readDecisionExtensions(decision);
    for (const unreadable of extensions.unreadable) {
      this.#problem({ code: "extension_unreadable", ...where, path: unreadable.path, message: `${unreadable.message}; ${unreadable.name} is read as absent` });
    }
    const context: DecisionContext = {
      decision,
      ...(record.product === undefined ? {} : { product: record.product }),
      ...(record.provider === undefined ? {} : { provider: record.provider }),
      events: record.events ?? {},
      extensions,
      dates: readDecisionDates(decision, record.events),
      clauseTitle: (clauseId) => decision.clauses.find((clause) => clause.id === clauseId)?.title,
    };
    const decidedOn = decision.meta.asOf;
    if (this.#first === undefined || decidedOn < this.#first) this.#first = decidedOn;
    if (this.#last === undefined || decidedOn > this.#last) this.#last = decidedOn;

    this.#analysed++;
    const routing = classifyRouting(context);
    const determinationMissed = this.#deadlines.add(context);
    const { outcome, payable } = decision;
    const billedAmount = new Dec(decision.billed);
    const payableAmount = new Dec(payable);
    const product = productOf(decision, record.product);
    const month = decidedOn.slice(0, 7);
    this.#months.get(month, () => monthLabel(month)).addDecision(outcome, billedAmount, payableAmount, payable, routing, determinationMissed);
    const countsOutcome = this.#countOutcome(decision, product, billedAmount, payableAmount, record.provider?.id ?? "");
    this.#reasonsAndRules.add(context);
    this.#automation.add(context, routing);
    this.#cycleTimes.add(context);
    this.#pending.add(context);
    this.#flags.add(context);
    const possibleDuplicate = this.#duplicates.add(context);
    this.#providers.add(context, possibleDuplicate, countsOutcome);
    this.#riskAndSampling.add(context);
  }

  /**
   * The outcome figures count each claim once, as its latest revision: a decision whose claim was seen before with
   * an earlier (or the same) revision takes back what that one added; one older than the revision seen adds nothing.
   */
  #countOutcome(decision: Decision, product: { key: string; label: () => LocalizedText }, billedAmount: Decimal, payableAmount: Decimal, providerId: string): boolean {
    const claimKey = `${decision.policyId}\u0000${decision.claimId}`;
    const revision = decision.revision.number;
    const seen = this.#latest.get(claimKey);
    if (seen !== undefined && packedRevision(seen) > revision) {
      this.#superseded++;
      return false;
    }
    if (seen !== undefined) {
      this.#superseded++;
      this.#withdraw(unpackContribution(seen));
      this.#latest.delete(claimKey);
    }
    const { outcome, payable } = decision;
    this.#totals.addAmounts(outcome, billedAmount, payableAmount, payable);
    this.#outcomes.get(outcome, () => OUTCOME_LABELS[outcome]).addAmounts(outcome, billedAmount, payableAmount, payable);
    this.#products.get(product.key, product.label).addAmounts(outcome, billedAmount, payableAmount, payable);
    const coverages: OutcomeContribution["coverages"][number][] = [];
    for (const coverage of decision.coverages) {
      if (coverage.status === "not_applicable") continue;
      const key = `${product.key}/${coverage.coverageId}`;
      let group = this.#coverages.get(key);
      if (group === undefined) {
        group = new CoverageAccumulator(key, coverage.name, { key: product.key, label: product.label() }, coverage.coverageId);
        this.#coverages.set(key, group);
      }
      const coverageBilled = decision.lines.filter((line) => line.coverageId === coverage.coverageId).reduce((sum, line) => sum.plus(line.billed), new Dec(0));
      group.add(outcome, coverageBilled, coverage.payable);
      group.statuses[coverage.status]++;
      coverages.push({ key, status: coverage.status, billed: coverageBilled.toString(), payable: coverage.payable });
    }
    this.#latest.set(claimKey, packContribution({ revision, outcome, billed: decision.billed, payable, productKey: product.key, providerId, coverages }));
    if (this.#latest.size > this.#options.revisionWindow) {
      const oldest = this.#latest.keys().next();
      if (oldest.done !== true) this.#latest.delete(oldest.value);
    }
    return true;
  }

  #withdraw(seen: OutcomeContribution): void {
    const { outcome, payable } = seen;
    const billedAmount = new Dec(seen.billed);
    const payableAmount = new Dec(payable);
    this.#totals.withdrawAmounts(outcome, billedAmount, payableAmount, payable);
    this.#outcomes.get(outcome, () => OUTCOME_LABELS[outcome]).withdrawAmounts(outcome, billedAmount, payableAmount, payable);
    this.#products.get(seen.productKey, () => idLabel(seen.productKey)).withdrawAmounts(outcome, billedAmount, payableAmount, payable);
    if (seen.providerId !== "") this.#providers.withdraw(seen.providerId, outcome, billedAmount, payableAmount);
    for (const coverage of seen.coverages) {
      const group = this.#coverages.get(coverage.key);
      if (group === undefined) continue;
      group.withdrawAmounts(outcome, new Dec(coverage.billed), new Dec(coverage.payable), coverage.payable);
      group.statuses[coverage.status]--;
    }
  }

  /** The report of everything added so far. */
  report(): DecisionAnalytics {
    const { asOf } = this.#options;
    const minorUnits = this.#currency === undefined ? 2 : currencyMinorUnits(this.#currency);
    const totals = this.#totals.figures(minorUnits);
    const months = new Map(this.#months.values().map((group) => [group.key, group]));
    const monthKeys = this.#first === undefined || this.#last === undefined ? [] : monthsBetween(this.#first.slice(0, 7), this.#last.slice(0, 7));
    const byMonth: MonthFigures[] = monthFigures(monthKeys.map((key) => months.get(key) ?? new MonthAccumulator(key, monthLabel(key))), minorUnits);
    const month = asOf.slice(0, 7);
    const thisMonth = byMonth.find((row) => row.key === month);
    const rules = this.#reasonsAndRules.rules();
    const automation = this.#automation.figures(minorUnits);
    const deadlines = this.#deadlines.figures();
    const providers = this.#providers.figures(minorUnits, this.#options.topProviders);
    const determination = deadlines.byDeadline.find((row) => row.id === "determination");
    const outcomeOrder = (key: string) => OUTCOMES.indexOf(key as (typeof OUTCOMES)[number]);
    // A group whose every decision a revision replaced (an outcome the claims no longer have) is not listed.
    const byCoverage: CoverageFigures[] = [...this.#coverages.values()]
      .filter((group) => group.decisions > 0)
      .map((group) => ({ ...group.figures(minorUnits), statuses: { ...group.statuses }, product: group.product, coverageId: group.coverageId }))
      .sort((a, b) => b.decisions - a.decisions || (a.key < b.key ? -1 : 1));
    return {
      asOf,
      currency: this.#currency ?? null,
      month,
      input: {
        analysed: this.#analysed,
        superseded: this.#superseded,
        unreadable: this.#unreadable,
        afterAsOf: this.#afterAsOf,
        otherCurrency: this.#otherCurrency,
        problems: [...this.#problems],
        firstDecidedOn: this.#first ?? null,
        lastDecidedOn: this.#last ?? null,
      },
      headline: {
        month,
        paidThisMonth: { count: thisMonth?.paid.count ?? 0, amount: thisMonth?.paid.amount ?? formatMoney(ZERO, minorUnits) },
        straightThroughRate: automation.straightThroughRate,
        topRefusingRule: topRefusingRule(rules),
        determinationBreaches: determination?.breaches ?? 0,
        topFlaggedProviders: providers.byFlags.slice(0, 5),
      },
      totals,
      byOutcome: this.#outcomes
        .values()
        .filter((group) => group.decisions > 0)
        .map((group) => group.figures(minorUnits))
        .sort((a, b) => outcomeOrder(a.key) - outcomeOrder(b.key)),
      byProduct: this.#products
        .values()
        .filter((group) => group.decisions > 0)
        .map((group) => group.figures(minorUnits))
        .sort((a, b) => b.decisions - a.decisions || (a.key < b.key ? -1 : 1)),
      byCoverage,
      byMonth,
      reasons: this.#reasonsAndRules.reasons(this.#analysed),
      rules,
      automation,
      cycleTimes: this.#cycleTimes.figures(),
      deadlines,
      pendingDocuments: this.#pending.figures(),
      flags: this.#flags.figures(),
      duplicates: this.#duplicates.figures(minorUnits),
      providers,
      risk: this.#riskAndSampling.risk(),
      sampling: this.#riskAndSampling.sampling(),
    };
  }
}


import Decimal from "decimal.js";
import { formatMoney, ZERO } from "../money/money.js";
import type { LocalizedText } from "../values/primitives.js";
import { UNNAMED_PROVIDER } from "./analytics-labels.js";
import type { ProviderFigures, ProviderRow } from "./analytics-report.js";
import { byCountThenKey, type DecisionContext } from "./decision-context.js";
import { rate } from "./group-accumulator.js";
import type { ProviderRef } from "./decision-record-schema.js";

interface ProviderCount {
  label: LocalizedText;
  decisions: number;
  billed: Decimal;
  paidAmount: Decimal;
  /** Billed and payable of the approved and partially approved decisions with bill lines (paid against billed). */
  billedCovered: Decimal;
  payableCovered: Decimal;
  /** Paid on approved and partially approved decisions with nothing billed. */
  lumpSums: Decimal;
  denied: number;
  flags: number;
  decisionsFlagged: number;
  possibleDuplicates: number;
}

function providerLabel(provider: ProviderRef): LocalizedText {
  if (provider.name === undefined) return UNNAMED_PROVIDER;
  return typeof provider.name === "string" ? { zh: provider.name, en: provider.name } : provider.name;
}

/**
 * Figures per provider, for the records that name one (decisions do not carry providers yet). Memory grows with
 * the number of providers, up to `maxProviders`; later ones are left out of the ranking and counted in `overflow`.
 */
export class ProviderCounts {
  readonly #providers = new Map<string, ProviderCount>();
  #withProvider = 0;
  #overflow = 0;

  constructor(private readonly maxProviders: number) {}

  /**
   * Counts a decision at its provider. `countsOutcome`: whether it counts in the outcome figures (a claim counts once,
   * as its latest revision; an older revision arriving after a newer one does not): decisions, billed, paid and
   * denials follow it, flags and possible duplicates count every decision, as the flags section does.
   */
  add({ decision, provider }: DecisionContext, possibleDuplicate: boolean, countsOutcome = true): void {
    if (provider === undefined) return;
    this.#withProvider++;
    let count = this.#providers.get(provider.id);
    if (count === undefined) {
      if (this.#providers.size >= this.maxProviders) {
        this.#overflow++;
        return;
      }
      count = { label: providerLabel(provider), decisions: 0, billed: ZERO, paidAmount: ZERO, billedCovered: ZERO, payableCovered: ZERO, lumpSums: ZERO, denied: 0, flags: 0, decisionsFlagged: 0, possibleDuplicates: 0 };
      this.#providers.set(provider.id, count);
    }
    if (countsOutcome) ProviderCounts.#amounts(count, decision.outcome, new Decimal(decision.billed), new Decimal(decision.payable), 1);
    count.flags += decision.flags.length;
    if (decision.flags.length > 0) count.decisionsFlagged++;
    if (possibleDuplicate) count.possibleDuplicates++;
  }

  /** Takes back what a decision added to its provider's amounts, when a later revision of the claim replaces it. */
  withdraw(providerId: string, outcome: DecisionContext["decision"]["outcome"], billed: Decimal, payable: Decimal): void {
    const count = this.#providers.get(providerId);
    if (count !== undefined) ProviderCounts.#amounts(count, outcome, billed, payable, -1);
  }

  /** Adds (sign 1) or takes back (sign −1) one decision's count and amounts. */
  static #amounts(count: ProviderCount, outcome: DecisionContext["decision"]["outcome"], billed: Decimal, payable: Decimal, sign: 1 | -1): void {
    count.decisions += sign;
    count.billed = count.billed.plus(billed.times(sign));
    if (outcome === "approved" || outcome === "partially_approved") {
      count.paidAmount = count.paidAmount.plus(payable.times(sign));
      // As the report's paid against billed: over the decisions with bill lines; a lump sum bills nothing.
      if (billed.greaterThan(0)) {
        count.billedCovered = count.billedCovered.plus(billed.times(sign));
        count.payableCovered = count.payableCovered.plus(payable.times(sign));
      } else count.lumpSums = count.lumpSums.plus(payable.times(sign));
    }
    if (outcome === "denied") count.denied += sign;
  }

  /** Providers left out because there were more than `maxProviders`. */
  get overflow(): number {
    return this.#overflow;
  }

  figures(minorUnits: number, top: number): ProviderFigures {
    const money = (amount: Decimal) => formatMoney(amount.toDecimalPlaces(minorUnits), minorUnits);
    const rows: (ProviderRow & { paid: Decimal })[] = [...this.#providers.entries()].map(([id, count]) => ({
      id,
      label: count.label,
      decisions: count.decisions,
      billed: money(count.billed),
      paidAmount: money(count.paidAmount),
      paidToBilled: rate(count.payableCovered, count.billedCovered),
      lumpSumsPaid: money(count.lumpSums),
      paid: count.paidAmount,
      denied: count.denied,
      flags: count.flags,
      decisionsFlagged: count.decisionsFlagged,
      possibleDuplicates: count.possibleDuplicates,
    }));
    const strip = ({ paid: _paid, ...row }: ProviderRow & { paid: Decimal }): ProviderRow => row;
    const byAmount = [...rows].sort((a, b) => b.paid.comparedTo(a.paid) || (a.id < b.id ? -1 : 1));
    const byFlags = rows.filter((row) => row.flags + row.possibleDuplicates > 0).sort(byCountThenKey((row) => row.flags + row.possibleDuplicates, (row) => row.id));
    return { available: this.#withProvider > 0, withProvider: this.#withProvider, byAmount: byAmount.slice(0, top).map(strip), byFlags: byFlags.slice(0, top).map(strip) };
  }
}

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

  add({ decision, provider }: DecisionContext, possibleDuplicate: boolean): void {
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
    count.decisions++;
    count.billed = count.billed.plus(decision.billed);
    if (decision.outcome === "approved" || decision.outcome === "partially_approved") {
      count.paidAmount = count.paidAmount.plus(decision.payable);
      // As the report's paid against billed: over the decisions with bill lines; a lump sum bills nothing.
      if (new Decimal(decision.billed).greaterThan(0)) {
        count.billedCovered = count.billedCovered.plus(decision.billed);
        count.payableCovered = count.payableCovered.plus(decision.payable);
      } else count.lumpSums = count.lumpSums.plus(decision.payable);
    }
    if (decision.outcome === "denied") count.denied++;
    count.flags += decision.flags.length;
    if (decision.flags.length > 0) count.decisionsFlagged++;
    if (possibleDuplicate) count.possibleDuplicates++;
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

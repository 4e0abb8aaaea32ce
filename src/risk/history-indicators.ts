import type { ClaimInvoice } from "../claim/claim-invoices.js";
import { INVESTIGATION_CHECKS, RISK_EVIDENCE } from "../codes/risk-texts.js";
import { daysBetween } from "../dates/iso-date.js";
import { otherClaims } from "../ledger/claim-history.js";
import type { ClaimRecord } from "../ledger/ledger-schema.js";
import { toMoney } from "../money/money.js";
import { textsOf, type FilledText } from "../trace/make-text.js";
import { providerWords } from "./claim-indicators.js";
import type { RiskIndicator } from "./risk-config-schema.js";
import type { IndicatorFinding, RiskInput } from "./risk-input.js";

type Of<Kind extends RiskIndicator["kind"]> = Extract<RiskIndicator, { kind: Kind }>;

/** At most this many findings are written out as sentences; the figures still count them all. */
const MAX_SENTENCES = 10;

const texts = (input: RiskInput) => ({
  evidence: textsOf(RISK_EVIDENCE, input.policy.source.currency.code),
  check: textsOf(INVESTIGATION_CHECKS, input.policy.source.currency.code),
});

/** The insured's other claims submitted in the `windowDays` days up to (and on) this claim's submission, oldest first. */
function insuredClaimsWithin(input: RiskInput, windowDays: number): [string, ClaimRecord][] {
  const submittedOn = input.claim.submittedOn;
  return otherClaims(input.ledger, input.claim.id)
    .filter(([, record]) => record.insuredId === input.place.insuredId && record.submittedOn <= submittedOn && daysBetween(submittedOn, record.submittedOn) < windowDays)
    .sort(([a, left], [b, right]) => (left.submittedOn < right.submittedOn ? -1 : left.submittedOn > right.submittedOn ? 1 : a < b ? -1 : a > b ? 1 : 0));
}

/** The insured's other claims in the window number at least `atLeast`. */
export function claimFrequency(indicator: Of<"claim_frequency">, input: RiskInput): IndicatorFinding {
  const { evidence, check } = texts(input);
  const claims = insuredClaimsWithin(input, indicator.windowDays).map(([id]) => id);
  const fired = claims.length >= indicator.atLeast;
  return {
    fired,
    evidence: [evidence("CLAIM_FREQUENCY", { windowDays: String(indicator.windowDays), count: String(claims.length), atLeast: String(indicator.atLeast) })],
    ...(fired ? { check: check("claim_frequency", { claims }) } : {}),
  };
}

/** The insured's other claims in the window with an invoice of one of this claim's providers: the most repeated provider. */
export function repeatedProvider(indicator: Of<"repeated_provider">, input: RiskInput): IndicatorFinding {
  const { evidence, check } = texts(input);
  const providers = [...new Set(input.invoices.flatMap((invoice) => (invoice.provider === undefined ? [] : [invoice.provider])))];
  if (providers.length === 0) return { fired: false, evidence: [evidence("NO_PROVIDER", {})] };
  const earlier = insuredClaimsWithin(input, indicator.windowDays);
  const counts = providers.map((provider) => ({
    provider,
    count: earlier.filter(([, record]) => Object.values(record.billedInvoices ?? {}).some((invoice) => invoice.provider === provider)).length,
  }));
  const top = counts.reduce((best, entry) => (entry.count > best.count ? entry : best));
  const fired = top.count >= indicator.atLeast;
  return {
    fired,
    evidence: [evidence("REPEATED_PROVIDER", { provider: top.provider, windowDays: String(indicator.windowDays), count: String(top.count), atLeast: String(indicator.atLeast) })],
    ...(fired ? { check: check("repeated_provider", { provider: top.provider }) } : {}),
  };
}

interface InvoiceMatch {
  readonly invoice: ClaimInvoice;
  readonly kind: "number" | "near";
  readonly other: string;
  readonly otherClaim: string;
}

/** Same amount, date (within the tolerance) and provider, both invoices naming one. */
function near(invoice: ClaimInvoice, other: { readonly date: string; readonly amount: string; readonly provider?: string | undefined }, toleranceDays: number): boolean {
  return (
    invoice.provider !== undefined &&
    invoice.provider === other.provider &&
    toMoney(invoice.amount).equals(toMoney(other.amount)) &&
    Math.abs(daysBetween(invoice.date, other.date)) <= toleranceDays
  );
}

/**
 * Invoices billed before: the same number on another claim of the policy (any insured, any outcome but a reversal),
 * or the same amount, date and provider under another number, on another claim or on this one.
 */
export function duplicateInvoice(indicator: Of<"duplicate_invoice">, input: RiskInput): IndicatorFinding {
  const { evidence, check } = texts(input);
  const matches: InvoiceMatch[] = [];
  const others = otherClaims(input.ledger, input.claim.id).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  input.invoices.forEach((invoice, i) => {
    for (const [claimId, record] of others) {
      for (const [number, billed] of Object.entries(record.billedInvoices ?? {})) {
        if (number === invoice.number) matches.push({ invoice, kind: "number", other: number, otherClaim: claimId });
        else if (near(invoice, billed, indicator.dateToleranceDays)) matches.push({ invoice, kind: "near", other: number, otherClaim: claimId });
      }
      // Records kept before invoices' details were: the invoice number is all they hold.
      if (record.billedInvoices === undefined && Object.hasOwn(record.invoices, invoice.number)) matches.push({ invoice, kind: "number", other: invoice.number, otherClaim: claimId });
    }
    for (const earlier of input.invoices.slice(0, i)) if (near(invoice, earlier, indicator.dateToleranceDays)) matches.push({ invoice, kind: "near", other: earlier.number, otherClaim: input.claim.id });
  });
  const sentences = matches.slice(0, MAX_SENTENCES).map(({ invoice, kind, other, otherClaim }): FilledText =>
    kind === "number"
      ? evidence("DUPLICATE_INVOICE_NUMBER", { invoice: invoice.number, otherClaim })
      : evidence("DUPLICATE_INVOICE_NEAR", { invoice: invoice.number, amount: invoice.amount, date: invoice.date, provider: invoice.provider as string, other, otherClaim }),
  );
  const [first, ...rest] = sentences;
  if (first === undefined) return { fired: false, evidence: [evidence("DUPLICATE_INVOICE_NONE", {})] };
  const match = matches[0] as InvoiceMatch;
  return {
    fired: true,
    evidence: [first, ...rest],
    check: check("duplicate_invoice", { invoice: match.invoice.number, provider: providerWords(match.invoice.provider), other: match.other, otherClaim: match.otherClaim }),
  };
}

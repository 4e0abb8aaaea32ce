import { claimInvoices } from "../claim/claim-invoices.js";
import type { Claim } from "../claim/claim-schema.js";
import type { Outcome } from "../codes/outcomes.js";
import { canonicalJson } from "../hashing/canonical-json.js";
import { subtractCounters, type CounterValue } from "../ledger/counter-arithmetic.js";
import type { ClaimPlace } from "../ledger/counters-view.js";
import type { Counters } from "../ledger/counters-schema.js";
import { tookEffect } from "../ledger/claim-history.js";
import type { ClaimRecord, Ledger } from "../ledger/ledger-schema.js";
import type { RevisionRequest } from "../intake/validate-claim-input.js";
import { formatMoney, toMoney, ZERO, type Money } from "../money/money.js";
import type { DecisionLine } from "../trace/decision-line-schema.js";
import type { Reason } from "../trace/reason-schema.js";
import type { Revision } from "./revision-schema.js";
import { sumMoneyStrings } from "../money/sum-money-strings.js";

export interface RecordInput {
  readonly claim: Claim;
  readonly claimHash: string;
  readonly decisionId: string;
  readonly asOf: string;
  readonly outcome: Outcome;
  readonly place: ClaimPlace;
  readonly payable: Money;
  readonly lines: readonly DecisionLine[];
  readonly reasons: readonly Reason[];
  readonly countersBefore: Counters;
  readonly countersAfter: Counters;
  /** The hospital days each per-diem coverage paid, by coverage id. */
  readonly hospitalDaysPaid: Readonly<Record<string, readonly string[]>>;
  /** Keep the claim's hospital stay on its record (a coverage of the policy counts readmissions). */
  readonly recordStay?: boolean;
  readonly ledger: Ledger;
  readonly previous: ClaimRecord | undefined;
  readonly request: RevisionRequest | undefined;
  readonly minorUnits: number;
}

/** The claim's invoices as the ledger keeps them; nothing for a claim without bill lines. */
function billedInvoicesOf(claim: Claim, minorUnits: number): Pick<ClaimRecord, "billedInvoices"> {
  const invoices = claimInvoices(claim, minorUnits);
  if (invoices.length === 0) return {};
  return { billedInvoices: Object.fromEntries(invoices.map(({ number, date, amount, provider }) => [number, { date, amount, ...(provider === undefined ? {} : { provider }) }])) };
}

/**
 * What each invoice of the claim paid, by invoice number, written in minor units: the lines' payables added as
 * whole units where they fit (`sumMoneyStrings`), in the order the invoices first appear (integer-like numbers first,
 * as an object orders them).
 */
function invoicesPaid(input: RecordInput): Record<string, string> {
  const claimLines = new Map(input.claim.lines.map((line) => [line.id, line]));
  const paidBy = new Map<string, string[]>();
  for (const line of input.lines) {
    // A line refused because its invoice was claimed before does not claim the invoice again.
    if (line.adjustments.some((adjustment) => adjustment.kind === "duplicate_invoice")) continue;
    const invoice = claimLines.get(line.lineId)?.invoiceNumber;
    if (invoice === undefined) continue;
    // An invoice numbered "__proto__" is summed as it always was (it set the object's prototype and was left out).
    if (invoice === "__proto__") return invoicesPaidByDecimal(input, claimLines);
    const paid = paidBy.get(invoice);
    if (paid === undefined) paidBy.set(invoice, [line.payable]);
    else paid.push(line.payable);
  }
  const invoices: Record<string, string> = {};
  for (const [invoice, paid] of paidBy) invoices[invoice] = sumMoneyStrings(paid, input.minorUnits);
  return invoices;
}

/** `invoicesPaid` as it was first written, with Decimal: kept for an invoice numbered `__proto__`. */
function invoicesPaidByDecimal(input: RecordInput, claimLines: ReadonlyMap<string, Claim["lines"][number]>): Record<string, string> {
  const invoices: Record<string, Money> = {};
  for (const line of input.lines) {
    if (line.adjustments.some((adjustment) => adjustment.kind === "duplicate_invoice")) continue;
    const invoice = claimLines.get(line.lineId)?.invoiceNumber;
    if (invoice !== undefined) invoices[invoice] = (Object.hasOwn(invoices, invoice) ? (invoices[invoice] as Money) : ZERO).plus(line.payable);
  }
  return Object.fromEntries(Object.entries(invoices).map(([invoice, paid]) => [invoice, formatMoney(paid, input.minorUnits)]));
}

/** What a record says of a decision, leaving out which decision it is and when it was made: equal means unchanged. */
const effectOf = (record: ClaimRecord) => canonicalJson({ ...record, revision: 0, revisionReason: undefined, decisionId: "", asOf: "" });

/**
 * The decision's place in the policy's history: its record (what it added to each coverage's counters, what each
 * line and invoice paid), the ledger with it (replacing the claim's earlier record, never adding to it), and which
 * revision it is, with what changes against the one it replaces. The same claim decided again to the same effect
 * changes nothing: same revision, the ledger as it was.
 */
export function recordDecision(input: RecordInput): { readonly ledgerAfter: Ledger; readonly revision: Revision } {
  const money = (amount: Money) => formatMoney(amount, input.minorUnits);
  const coverages: Record<string, Record<string, CounterValue>> = {};
  for (const [coverageId, after] of Object.entries(input.countersAfter.coverages)) {
    const before = input.countersBefore.coverages[coverageId] as unknown as Record<string, CounterValue>;
    const contribution = subtractCounters(after as unknown as CounterValue, before as unknown as CounterValue, input.minorUnits);
    if (contribution !== undefined) coverages[coverageId] = contribution as Record<string, CounterValue>;
  }
  const invoices = invoicesPaid(input);
  const draft: ClaimRecord = {
    revision: 1,
    decisionId: input.decisionId,
    claimHash: input.claimHash,
    asOf: input.asOf,
    outcome: input.outcome,
    insuredId: input.place.insuredId,
    incidentId: input.place.incidentId,
    policyYear: input.place.policyYear,
    incidentDate: input.claim.incident.date,
    submittedOn: input.claim.submittedOn,
    payable: money(input.payable),
    lines: Object.fromEntries(input.lines.map((line) => [line.lineId, line.payable])),
    reasons: [...new Set(input.reasons.map((reason) => reason.code))],
    invoices,
    coverages: coverages as ClaimRecord["coverages"],
    ...billedInvoicesOf(input.claim, input.minorUnits),
  };
  // Only a decision that took effect claims its invoices, counters and hospital days.
  const days = Object.entries(input.hospitalDaysPaid);
  const record: ClaimRecord = !tookEffect(draft)
    ? { ...draft, invoices: {}, coverages: {} }
    : { ...(days.length === 0 ? draft : { ...draft, hospitalDaysPaid: Object.fromEntries(days.map(([id, paid]) => [id, [...paid]])) }), ...stayOf(input) };
  const { previous, request } = input;
  const recorded = { ...(request?.grounds !== undefined ? { grounds: request.grounds } : {}), ...(request?.reviewer !== undefined ? { reviewer: { ...request.reviewer } } : {}) };
  if (previous === undefined) {
    return { ledgerAfter: { ...input.ledger, claims: { ...input.ledger.claims, [input.claim.id]: record } }, revision: { number: 1, reason: "first", unchanged: false, ...recorded } };
  }
  const effective = (entry: ClaimRecord) => (tookEffect(entry) ? toMoney(entry.payable) : ZERO);
  const change = effective(record).minus(effective(previous));
  const before = (lineId: string) => (Object.hasOwn(previous.lines, lineId) ? (previous.lines[lineId] as string) : money(ZERO));
  const lineIds = new Set(input.lines.map((line) => line.lineId));
  const delta = {
    payable: money(change),
    settlement: change.isZero() ? ("no_change" as const) : change.greaterThan(0) ? ("additional_payment" as const) : ("recovery" as const),
    amount: money(change.abs()),
    lines: [
      ...input.lines.filter((line) => !toMoney(line.payable).equals(before(line.lineId))).map((line) => ({ lineId: line.lineId, before: before(line.lineId), after: line.payable })),
      // A line the claim no longer has (billed in error, corrected away) pays nothing now: what it paid is recovered.
      ...Object.entries(previous.lines)
        .filter(([lineId, paid]) => !lineIds.has(lineId) && !toMoney(paid).isZero())
        .map(([lineId, paid]) => ({ lineId, before: paid, after: money(ZERO) })),
    ],
    reasonsAdded: record.reasons.filter((code) => !previous.reasons.includes(code)),
    reasonsRemoved: previous.reasons.filter((code) => !record.reasons.includes(code)),
  };
  const supersedes = { decisionId: previous.decisionId, revision: previous.revision, outcome: previous.outcome, payable: previous.payable };
  const reason = request?.reason ?? "re_adjudication";
  if (previous.claimHash === input.claimHash && effectOf(previous) === effectOf(record)) {
    return { ledgerAfter: input.ledger, revision: { number: previous.revision, reason, unchanged: true, supersedes, delta, ...recorded } };
  }
  const number = previous.revision + 1;
  return {
    ledgerAfter: { ...input.ledger, claims: { ...input.ledger.claims, [input.claim.id]: { ...record, revision: number, revisionReason: reason } } },
    revision: { number, reason, unchanged: false, supersedes, delta, ...recorded },
  };
}


/** The claim's stay as the record keeps it for later readmissions: only when the policy counts them. */
function stayOf(input: RecordInput): Pick<ClaimRecord, "hospitalStay"> {
  const stay = input.claim.hospitalStay;
  if (input.recordStay !== true || stay === undefined) return {};
  const principal = input.claim.incident.principalDiagnosis ?? input.claim.incident.diagnosisCodes[0];
  return { hospitalStay: { admission: stay.admission, discharge: stay.discharge, ...(principal === undefined ? {} : { principalDiagnosis: principal }) } };
}

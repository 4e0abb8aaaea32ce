/**
 * The medical example (examples/medical) adjudicated by hand-written JavaScript: its 14 rules as `if`s, its document
 * requirements, and its reimbursement (social insurance, exclusions, reasonable fees, other insurers, the annual
 * deductible credited with other insurers' payments, the ratio rounded per line, the rehabilitation sub-limits, the
 * annual limit) with decimal.js, straight from the claim JSON. No validation, no trace, no explanation, no hashes:
 * the floor a rules engine is measured against. The bench checks it gives the library's outcome, payable, line
 * payables and rule hits on every example claim before it times anything.
 */
import Decimal from "decimal.js";

const D = Decimal.clone({ precision: 34, rounding: Decimal.ROUND_HALF_UP });
type Dec = InstanceType<typeof D>;

interface Line {
  readonly id: string;
  readonly category: string;
  readonly itemCode?: string;
  readonly quantity?: number;
  readonly amount: string;
  readonly serviceDate: string;
  readonly invoiceNumber: string;
  readonly selfPay?: string;
  readonly socialInsurancePaid?: string;
  readonly otherInsurancePaid?: string;
  readonly diagnosisCodes?: readonly string[];
}
interface Claim {
  readonly claimant: { readonly relationship: string };
  readonly incident: { readonly date: string; readonly type: string; readonly diagnosisCodes?: readonly string[]; readonly principalDiagnosis?: string; readonly firstSymptomsOn?: string };
  readonly reportedOn: string;
  readonly documents: readonly { readonly type: string; readonly id: string; readonly original: boolean }[];
  readonly hospitalStay?: unknown;
  readonly socialInsurance?: "used" | "not_used" | "could_not_be_used";
  readonly lines?: readonly Line[];
}
interface Ledger {
  readonly deductibleUsed?: string;
  readonly paid?: string;
  readonly subLimitsUsed?: Readonly<Record<string, string>>;
}

export interface HandWrittenDecision {
  readonly outcome: "approved" | "partially_approved" | "denied" | "pending_documents" | "referred";
  readonly payable: string;
  readonly lines: Readonly<Record<string, string>>;
  /** `ruleId` or `ruleId@lineId`, highest priority first, then rule order, then line order. */
  readonly hits: readonly string[];
}

const EFFECTIVE = "2026-03-01";
const EXPIRY = "2027-02-28";
const PRE_EXISTING = ["I10", "E11"];
const ELIGIBLE = new Set(["bed", "examination", "treatment", "surgery", "medicine", "nursing", "icu", "rehabilitation"]);
const NON_MEDICAL = new Set(["nutrition", "cosmetic_product", "private_attendant"]);
const FEES: Readonly<Record<string, { max: string; perUnit: boolean }>> = {
  "MRI-3T": { max: "900.00", perUnit: true },
  "PETCT-WB": { max: "7300.00", perUnit: true },
  "IMPLANT-LCP": { max: "16800.00", perUnit: false },
};
const RATIO = { used: new D("1"), not_used: new D("0.6"), could_not_be_used: new D("1") };
const ANNUAL_DEDUCTIBLE = new D("10000.00");
const ANNUAL_LIMIT = new D("3000000.00");
const REHAB_PER_SESSION = new D("200.00");
const REHAB_PER_YEAR = new D("3000.00");
const LARGE_CLAIM = new D("200000.00");
const ZERO = new D(0);

const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
const startsWithAny = (codes: readonly string[], prefixes: readonly string[]) => codes.some((code) => prefixes.some((prefix) => code.startsWith(prefix)));
const min = (a: Dec, b: Dec) => (a.lessThan(b) ? a : b);
const fixed = (amount: Dec) => amount.toFixed(2);

export function adjudicateMedicalByHand(claim: Claim, ledger: Ledger = {}): HandWrittenDecision {
  const codes = claim.incident.diagnosisCodes ?? [];
  const lines = claim.lines ?? [];
  const incident = claim.incident.date;
  const sinceInception = day(incident) - day(EFFECTIVE);
  const illness = claim.incident.type === "illness";
  let billed = ZERO;
  let otherPaid = ZERO;
  for (const line of lines) {
    billed = billed.plus(line.amount);
    otherPaid = otherPaid.plus(line.otherInsurancePaid ?? "0");
  }

  // Claim rules, by priority then rule order; item rules (priority 50) per line.
  const hits: string[] = [];
  const deny: string[] = [];
  const refer: string[] = [];
  const fire = (id: string, into?: string[]) => {
    hits.push(id);
    into?.push(id);
  };
  if (incident < EFFECTIVE || incident > EXPIRY) fire("not-in-force-1.4", deny);
  if (illness && sinceInception < 30) fire("waiting-period-3.1", deny);
  if (startsWithAny(codes, PRE_EXISTING)) fire("pre-existing-declared-4.1", deny);
  // Item rule of the same priority, next in the rule set: a line treating a pre-existing condition (its own
  // diagnoses, else the principal one) is excluded.
  const excluded = new Set<string>();
  const principal = claim.incident.principalDiagnosis ?? codes[0];
  for (const line of lines) {
    const treats = line.diagnosisCodes ?? (principal === undefined ? [] : [principal]);
    if (startsWithAny(treats, PRE_EXISTING)) hits.push(`pre-existing-lines-4.1@${line.id}`), excluded.add(line.id);
  }
  if (claim.incident.firstSymptomsOn !== undefined && claim.incident.firstSymptomsOn < EFFECTIVE) fire("pre-existing-symptoms-4.1", deny);
  if (startsWithAny(codes, ["Z41", "Z42"]) && illness) fire("cosmetic-4.2", deny);
  if (startsWithAny(codes, ["X6", "X7", "X80", "X81", "X82", "X83", "X84"])) fire("self-harm-4.3", deny);
  const itemHits: string[][] = [[], [], []];
  for (const line of lines) {
    if (NON_MEDICAL.has(line.category)) (itemHits[0] as string[]).push(`non-medical-items-4.4@${line.id}`), excluded.add(line.id);
    if (line.serviceDate < incident) (itemHits[1] as string[]).push(`before-incident-4.4@${line.id}`), excluded.add(line.id);
    if (line.itemCode !== undefined && line.itemCode in FEES) (itemHits[2] as string[]).push(`reasonable-fee-2.7@${line.id}`);
  }
  hits.push(...itemHits.flat());
  const thirdPartyProof = claim.socialInsurance === "could_not_be_used";
  if (thirdPartyProof) fire("third-party-proof-2.3");
  if (billed.greaterThan(LARGE_CLAIM)) fire("large-claim-5.4", refer);
  if (claim.claimant.relationship === "other") fire("claimant-other-5.3", refer);
  if (day(claim.reportedOn) - day(incident) > 10) fire("late-report-5.1");
  if (sinceInception < 15) fire("early-claim-5.4");

  const nothing = (outcome: HandWrittenDecision["outcome"]): HandWrittenDecision => ({ outcome, payable: "0.00", lines: Object.fromEntries(lines.map((line) => [line.id, "0.00"])), hits });
  if (deny.length > 0) return nothing("denied");

  // Documents: the policy's requirements and the rule's, all at once.
  const has = (type: string, id?: string, original?: boolean) => claim.documents.some((d) => d.type === type && (id === undefined || d.id === id) && (original !== true || d.original));
  const invoices = [...new Set(lines.map((line) => line.invoiceNumber))];
  let missing = !has("claim_form") || !has("insured_id");
  if (billed.greaterThan("2000.00") && otherPaid.isZero()) missing ||= invoices.some((id) => !has("invoice", id, true));
  if (otherPaid.greaterThan(0)) missing ||= invoices.some((id) => !has("invoice", id)) || !has("other_insurer_settlement", undefined, true);
  if (claim.hospitalStay !== undefined) missing ||= !has("discharge_summary") || !has("itemized_expense_list");
  if (claim.socialInsurance === "used") missing ||= !has("social_insurance_settlement");
  if (claim.incident.type === "accident") missing ||= !has("accident_report");
  if (claim.claimant.relationship !== "self") missing ||= !has("relationship_proof");
  if (thirdPartyProof) missing ||= !has("si_exclusion_proof");
  if (missing) return nothing("pending_documents");

  // The reimbursement, line by line, then in service-date order.
  let reduced = false;
  let otherTaken = ZERO;
  const working = lines.map((line) => {
    const amount = new D(line.amount);
    let left = amount.minus(min(new D(line.socialInsurancePaid ?? "0"), amount));
    if (excluded.has(line.id) || !ELIGIBLE.has(line.category)) {
      if (left.greaterThan(0)) reduced = true;
      left = ZERO;
    }
    const fee = line.itemCode === undefined ? undefined : FEES[line.itemCode];
    if (fee !== undefined) {
      const max = fee.perUnit ? new D(fee.max).times(line.quantity ?? 1) : new D(fee.max);
      if (amount.greaterThan(max)) {
        const cut = min(left, amount.minus(max));
        if (cut.greaterThan(0)) reduced = true;
        left = left.minus(cut);
      }
    }
    const other = min(new D(line.otherInsurancePaid ?? "0"), left);
    otherTaken = otherTaken.plus(other);
    return { line, left: left.minus(other) };
  });
  const ordered = [...working].sort((a, b) => (a.line.serviceDate !== b.line.serviceDate ? (a.line.serviceDate < b.line.serviceDate ? -1 : 1) : a.line.id < b.line.id ? -1 : 1));
  const used = new D(ledger.deductibleUsed ?? "0");
  let deductible = ANNUAL_DEDUCTIBLE.minus(min(used, ANNUAL_DEDUCTIBLE));
  deductible = deductible.minus(min(deductible, otherTaken));
  const ratio = RATIO[claim.socialInsurance ?? "used"];
  for (const entry of ordered) {
    const taken = min(entry.left, deductible);
    deductible = deductible.minus(taken);
    entry.left = entry.left.minus(taken).times(ratio).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  }
  let rehabYear = REHAB_PER_YEAR.minus(min(new D(ledger.subLimitsUsed?.["rehabilitation-per-year"] ?? "0"), REHAB_PER_YEAR));
  const cap = (entry: (typeof working)[number], allowance: Dec) => {
    if (entry.left.greaterThan(allowance)) {
      entry.left = allowance;
      reduced = true;
    }
  };
  for (const entry of ordered) if (entry.line.category === "rehabilitation") cap(entry, REHAB_PER_SESSION.times(entry.line.quantity ?? 1));
  for (const entry of ordered) {
    if (entry.line.category !== "rehabilitation") continue;
    cap(entry, rehabYear);
    rehabYear = rehabYear.minus(entry.left);
  }
  let limit = ANNUAL_LIMIT.minus(min(new D(ledger.paid ?? "0"), ANNUAL_LIMIT));
  for (const entry of ordered) {
    cap(entry, limit);
    limit = limit.minus(entry.left);
  }
  let payable = ZERO;
  for (const entry of working) payable = payable.plus(entry.left);

  const outcome = refer.length > 0 ? "referred" : payable.isZero() && reduced ? "denied" : reduced ? "partially_approved" : "approved";
  return { outcome, payable: fixed(payable), lines: Object.fromEntries(working.map((entry) => [entry.line.id, fixed(entry.left)])), hits };
}

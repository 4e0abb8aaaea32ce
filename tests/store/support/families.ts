import { Decimal } from "decimal.js";
import { createAdjudicator, type Adjudicator } from "../../../src/index.js";
import { addCalendarDays } from "../../../src/dates/add-calendar-days.js";
import { ClaimSchema, contentHash } from "../../../src/index.js";
import { medicalPolicy, medicalRules } from "./medical-fixtures.js";

/** A seeded pseudo-random generator (mulberry32): the same seed, the same claims, on every machine. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type LineKind = "original" | "duplicate" | "retry" | "duplicate_invoice";

/** One line of the batch: a claim, its decision date, the caller's idempotency key if it sent one. */
export interface FamilyLine {
  readonly kind: LineKind;
  readonly claim: any;
  readonly asOf: string;
  readonly idempotencyKey?: string;
}

export interface FamilyBatch {
  readonly policies: any[];
  readonly rules: any;
  readonly lines: readonly FamilyLine[];
  /** Claims with a new id that reuse an earlier claim's invoice: refused once the ledger carries invoices (issue 10). */
  readonly duplicateInvoiceClaims: number;
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");
const ILLNESSES = [
  ["K35.8", "急性阑尾炎 / Acute appendicitis"],
  ["M51.2", "腰椎间盘突出 / Lumbar disc herniation"],
  ["J18.9", "肺炎 / Pneumonia"],
  ["N20.0", "肾结石 / Kidney stone"],
  ["K80.2", "胆囊结石 / Gallstones"],
] as const;
const INJURIES = [
  ["S82.1", "胫骨近端骨折 / Fracture of the upper tibia"],
  ["S52.5", "桡骨远端骨折 / Fracture of the lower radius"],
  ["S42.2", "肱骨近端骨折 / Fracture of the upper humerus"],
] as const;
const CATEGORIES = ["surgery", "medicine", "bed", "examination", "nursing"] as const;

/**
 * The families of the concurrency test: `families` policies (the medical example, one per family), their claims,
 * and a batch of `lineCount` lines that mixes in duplicate submissions (the same claim again, another day, without a
 * key), retried requests (the same envelope with the same idempotency key) and claims reusing an earlier invoice.
 *
 * Every claim settles through social insurance (ratio 100%) and no claim has a per-year sub-limit, so what a family
 * is paid in total does not depend on the order its claims are decided in: min(limit, Σ eligible − deductible).
 * That is what lets a concurrent run be compared with the sequential one to the cent. Every fifth family claims
 * large amounts and reaches the annual limit; some claims are denied (cosmetic, waiting period), pend (no discharge
 * summary) or are referred (over 200,000 billed).
 */
export function generateFamilyBatch(options: { readonly seed: number; readonly families: number; readonly lineCount: number }): FamilyBatch {
  const random = seeded(options.seed);
  const int = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const policies = Array.from({ length: options.families }, (_, f) => {
    const policy = medicalPolicy(`P-FAM-${pad(f, 2)}`);
    const idNumber = `1101051988${pad(f, 2)}15452X`;
    return { ...policy, insured: { ...policy.insured, id: `INS-FAM-${pad(f, 2)}`, name: `家庭${pad(f, 2)}`, idNumber }, holder: { id: `HLD-FAM-${pad(f, 2)}`, name: `家庭${pad(f, 2)}`, idNumber } };
  });

  const duplicates = Math.round(options.lineCount * 0.075);
  const retries = Math.round(options.lineCount * 0.05);
  const duplicateInvoiceClaims = Math.round(options.lineCount * 0.025);
  const originals = options.lineCount - duplicates - retries - duplicateInvoiceClaims;

  const claimFor = (f: number, n: number) => {
    const policy = policies[f];
    const big = f % 5 === 0;
    const roll = random();
    const cosmetic = roll < 0.04;
    const inWaitingPeriod = roll >= 0.04 && roll < 0.07;
    const pending = roll >= 0.07 && roll < 0.12;
    const accident = !cosmetic && !inWaitingPeriod && random() < 0.15;
    const incidentOn = inWaitingPeriod ? addCalendarDays("2026-03-04", int(0, 24)) : addCalendarDays("2026-04-05", int(0, 280));
    const discharge = addCalendarDays(incidentOn, int(1, 10));
    const submittedOn = addCalendarDays(discharge, int(1, 10));
    const [code, description] = cosmetic ? (["Z41.1", "鼻部整形 / Cosmetic rhinoplasty"] as const) : accident ? pick(INJURIES) : pick(ILLNESSES);
    const invoice = `INV-F${pad(f, 2)}-${pad(n, 4)}`;
    const lines = Array.from({ length: int(1, 4) }, (_, i) => {
      const cents = (big ? int(40_000, 120_000) : int(300, 25_000)) * 100 + int(0, 99);
      const socialCents = Math.floor((cents * int(30, 60)) / 100);
      const money = (value: number) => `${Math.floor(value / 100)}.${pad(value % 100, 2)}`;
      return { id: `L${i + 1}`, category: pick(CATEGORIES), amount: money(cents), serviceDate: addCalendarDays(incidentOn, Math.min(i, 1)), invoiceNumber: invoice, selfPay: "0.00", socialInsurancePaid: money(socialCents) };
    });
    const id = `CLM-F${pad(f, 2)}-${pad(n, 4)}`;
    const documents = [
      { type: "claim_form", id: `CF-${id}`, issuedOn: submittedOn, original: true },
      { type: "insured_id", id: policy.insured.idNumber, issuedOn: "2021-04-02", original: true },
      { type: "invoice", id: invoice, issuedOn: discharge, original: true },
      ...(pending ? [] : [{ type: "discharge_summary", id: `DS-${id}`, issuedOn: discharge, original: true }]),
      { type: "itemized_expense_list", id: `EL-${id}`, issuedOn: discharge, original: true },
      { type: "social_insurance_settlement", id: `YB-${id}`, issuedOn: discharge, original: true },
      ...(accident ? [{ type: "accident_report", id: `AR-${id}`, issuedOn: incidentOn, original: true }] : []),
    ];
    return {
      id,
      policyId: policy.id,
      currency: "CNY",
      claimant: { name: policy.insured.name, relationship: "self", idNumber: policy.insured.idNumber },
      incident: { date: incidentOn, type: accident ? "accident" : "illness", diagnosisCodes: [code], description },
      reportedOn: addCalendarDays(incidentOn, int(0, 1)),
      submittedOn,
      documents,
      hospitalStay: { admission: incidentOn, discharge },
      socialInsurance: "used",
      lines,
    };
  };

  const originalLines: FamilyLine[] = Array.from({ length: originals }, (_, i) => {
    const claim = claimFor(i % options.families, Math.floor(i / options.families));
    return { kind: "original", claim, asOf: claim.submittedOn, ...(random() < 0.3 ? { idempotencyKey: `req-${claim.id}` } : {}) };
  });
  const keyed = originalLines.filter((line) => line.idempotencyKey !== undefined);
  const extra: FamilyLine[] = [
    ...Array.from({ length: duplicates }, () => {
      const original = pick(originalLines);
      return { kind: "duplicate" as const, claim: structuredClone(original.claim), asOf: addCalendarDays(original.asOf, 3) };
    }),
    ...Array.from({ length: retries }, () => ({ ...pick(keyed), kind: "retry" as const })),
    ...Array.from({ length: duplicateInvoiceClaims }, (_, k) => {
      const original = pick(originalLines).claim;
      const claim = { ...structuredClone(original), id: `${original.id}-D${k}` };
      claim.documents = claim.documents.map((document: { type: string; id: string }) => (document.type === "claim_form" ? { ...document, id: `CF-${claim.id}` } : document));
      return { kind: "duplicate_invoice" as const, claim, asOf: claim.submittedOn };
    }),
  ];
  const lines = [...originalLines, ...extra];
  for (let i = lines.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [lines[i], lines[j]] = [lines[j] as FamilyLine, lines[i] as FamilyLine];
  }
  return { policies, rules: medicalRules(), lines, duplicateInvoiceClaims };
}

/** What the sequential, in-memory run pays: the pure core, one line after the other, with the store's replay rules. */
export interface SequentialResult {
  readonly paidByPolicy: ReadonlyMap<string, Decimal>;
  readonly ledgerByPolicy: ReadonlyMap<string, unknown>;
  readonly decided: number;
  readonly replayed: number;
  readonly total: Decimal;
}

/**
 * Replays the batch's lines in file order through the pure core: a line whose idempotency key or claim (same id and
 * content) was already decided is a replay and pays nothing; every other line is decided against the policy's
 * ledger so far, which its decision replaces.
 */
export async function runSequentially(batch: FamilyBatch): Promise<SequentialResult> {
  const adjudicators = new Map<string, Adjudicator>(batch.policies.map((policy) => [policy.id, createAdjudicator({ policy, rules: batch.rules })]));
  const ledgers = new Map<string, unknown>();
  const paid = new Map<string, Decimal>();
  const keys = new Set<string>();
  const claims = new Map<string, string>();
  let decided = 0;
  let replayed = 0;
  for (const line of batch.lines) {
    const hash = contentHash(ClaimSchema.parse(line.claim));
    const known = claims.get(line.claim.id);
    if ((line.idempotencyKey !== undefined && keys.has(line.idempotencyKey)) || known !== undefined) {
      if (known !== undefined && known !== hash) throw new Error(`the generator made a revision of ${line.claim.id}`);
      replayed++;
      if (line.idempotencyKey !== undefined) keys.add(line.idempotencyKey);
      continue;
    }
    const adjudicator = adjudicators.get(line.claim.policyId) as Adjudicator;
    const ledger = ledgers.get(line.claim.policyId);
    const decision = await adjudicator.adjudicate(line.claim, { asOf: line.asOf, ...(ledger === undefined ? {} : { accumulators: ledger as never }) });
    ledgers.set(line.claim.policyId, decision.accumulatorsAfter);
    paid.set(line.claim.policyId, (paid.get(line.claim.policyId) ?? new Decimal(0)).plus(decision.payable));
    claims.set(line.claim.id, hash);
    if (line.idempotencyKey !== undefined) keys.add(line.idempotencyKey);
    decided++;
  }
  const total = [...paid.values()].reduce((sum, amount) => sum.plus(amount), new Decimal(0));
  return { paidByPolicy: paid, ledgerByPolicy: ledgers, decided, replayed, total };
}

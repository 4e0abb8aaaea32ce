/**
 * A year of claim decisions for the example products, seeded (the same seed gives the same decisions, byte for
 * byte): claims made from the example claims with their dates moved through the year and their amounts varied,
 * decided by the real adjudicator (`createAdjudicator`), with what a claims system would add about each
 * (product, provider, when a person determined it, when it was paid). Every product is worked under the claims
 * operation's configuration of examples/medical/operations.json (risk score, routing to queues with the authority
 * each decision needs, the quality sample of what goes straight through), so decisions carry `risk`, `routing` and
 * `sampling` as the core writes them. The mix has what an operation sees: mostly
 * approvals, partial approvals and denials, claims waiting for documents (most completed and decided later),
 * referrals (a person decides them later, some after the 30 days), late reports, resubmitted duplicates
 * concentrated at two providers, a backlog now and then that misses the statutory period, and late payments.
 *
 * The year runs from 2026-03-01 to 2027-02-28; report it as of 2027-02-28.
 */
import { readFileSync } from "node:fs";
import Decimal from "decimal.js";
import type { DecisionRecord } from "../../src/analytics/index.js";
import { addCalendarDays } from "../../src/dates/add-calendar-days.js";
import { daysBetween } from "../../src/dates/iso-date.js";
import { createAdjudicator, type Adjudicator, type Decision } from "../../src/index.js";
import { loadExamples } from "../load-examples.js";

/** The claims operation's configuration every product of the year is worked under. */
const OPERATIONS: unknown = JSON.parse(readFileSync(new URL("../medical/operations.json", import.meta.url), "utf8"));

export const YEAR_START = "2026-03-01";
export const YEAR_END = "2027-02-28";

export interface GenerateOptions {
  readonly seed?: number;
  /** Claims per month on average (default 150: about 1,800 a year, plus resubmissions). */
  readonly claimsPerMonth?: number;
}

/** mulberry32: a small seeded generator, so the example data is the same on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Hospitals (fictional), the first two the ones where resubmissions and late reports cluster. */
const PROVIDERS = [
  { id: "H-110105-017", name: { zh: "北京朝阳康泰医院", en: "Beijing Chaoyang Kangtai Hospital" }, weight: 5 },
  { id: "H-310115-042", name: { zh: "上海浦东仁和医院", en: "Shanghai Pudong Renhe Hospital" }, weight: 5 },
  { id: "H-110108-001", name: { zh: "北京海淀人民医院", en: "Beijing Haidian People's Hospital" }, weight: 14 },
  { id: "H-440106-003", name: { zh: "广州天河中心医院", en: "Guangzhou Tianhe Central Hospital" }, weight: 12 },
  { id: "H-330106-008", name: { zh: "杭州西湖第一医院", en: "Hangzhou Xihu First Hospital" }, weight: 11 },
  { id: "H-510107-005", name: { zh: "成都武侯妇幼医院", en: "Chengdu Wuhou Women and Children's Hospital" }, weight: 8 },
  { id: "H-420106-011", name: { zh: "武汉武昌协和医院", en: "Wuhan Wuchang Union Hospital" }, weight: 9 },
  { id: "H-320102-006", name: { zh: "南京玄武中医院", en: "Nanjing Xuanwu Hospital of Chinese Medicine" }, weight: 7 },
  { id: "H-610113-009", name: { zh: "西安雁塔骨科医院", en: "Xi'an Yanta Orthopaedic Hospital" }, weight: 6 },
  { id: "H-120101-004", name: { zh: "天津和平口腔医院", en: "Tianjin Heping Dental Hospital" }, weight: 4 },
  { id: "H-500103-012", name: { zh: "重庆渝中肿瘤医院", en: "Chongqing Yuzhong Cancer Hospital" }, weight: 6 },
  { id: "H-370102-002", name: { zh: "济南历下第二医院", en: "Jinan Lixia Second Hospital" }, weight: 7 },
] as const;
const SUSPICIOUS = new Set<string>([PROVIDERS[0].id, PROVIDERS[1].id]);

/** How often each product is claimed on, and how often each outcome of its example claims is drawn. */
const PRODUCT_WEIGHTS: Readonly<Record<string, number>> = { medical: 40, accident: 18, "hospital-cash": 16, "flight-delay": 16, "critical-illness": 10 };
const OUTCOME_WEIGHTS: Readonly<Record<string, number>> = { approved: 10, partially_approved: 4, denied: 1.6, pending_documents: 2.2, referred: 4 };

/** A claim as JSON, with the fields the generator moves and changes. */
interface ClaimJson {
  readonly id?: string;
  readonly incident: { readonly date: string };
  readonly reportedOn: string;
  readonly submittedOn: string;
  readonly documentsCompleteOn?: string;
  readonly documents: readonly { readonly type: string; readonly id: string; readonly [key: string]: unknown }[];
  readonly lines?: readonly LineJson[];
  readonly [key: string]: unknown;
}

interface LineJson {
  readonly amount: string;
  readonly selfPay?: string;
  readonly socialInsurancePaid?: string;
  readonly otherInsurancePaid?: string;
  readonly [key: string]: unknown;
}

interface Template {
  readonly product: string;
  readonly adjudicator: Adjudicator;
  readonly claim: ClaimJson;
  readonly accumulators?: unknown;
  readonly weight: number;
  /** Denials and early-cover claims depend on where the dates fall in the policy: they move a little, not through the year. */
  readonly near: boolean;
  readonly effective: string;
  readonly expiry: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})(T.*)$/;

/** Every date (and the date of every date-time) in a claim, moved by `days`. */
function shiftDates(value: unknown, days: number): unknown {
  if (typeof value === "string") {
    if (ISO_DATE.test(value)) return addCalendarDays(value, days);
    const match = ISO_DATE_TIME.exec(value);
    return match === null ? value : `${addCalendarDays(match[1] as string, days)}${match[2] as string}`;
  }
  if (Array.isArray(value)) return value.map((item) => shiftDates(item, days));
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, key === "$schema" ? item : shiftDates(item, days)]));
  return value;
}

/** Bill lines with every amount times `factor`, rounded down to the cent (so the parts never exceed the whole). */
function scaleLines(lines: readonly LineJson[], factor: Decimal): LineJson[] {
  const scale = (amount: string) => new Decimal(amount).times(factor).toDecimalPlaces(2, Decimal.ROUND_DOWN).toFixed(2);
  // Every amount of the line, the medical ones too (a negotiated rate, 乙类先行自付, what other payers paid), so they still fit in it.
  const optional = (line: LineJson, key: string) => (typeof (line as Record<string, unknown>)[key] === "string" ? { [key]: scale((line as Record<string, string>)[key] as string) } : {});
  const paidBy = (line: LineJson) => {
    const by = (line as { paidBy?: Record<string, string> }).paidBy;
    return by === undefined ? {} : { paidBy: Object.fromEntries(Object.entries(by).map(([payer, amount]) => [payer, scale(amount)])) };
  };
  return lines.map((line) => ({
    ...line,
    amount: scale(line.amount),
    selfPay: scale(line.selfPay ?? "0"),
    socialInsurancePaid: scale(line.socialInsurancePaid ?? "0"),
    otherInsurancePaid: scale(line.otherInsurancePaid ?? "0"),
    ...optional(line, "negotiatedAmount"),
    ...optional(line, "classBSelfPay"),
    ...paidBy(line),
  }));
}

/**
 * The policy with every premium paid to its expiry when its arrears would suspend it within the year: the year moves
 * each example claim to other dates, and an example's own arrears (the accident product's grace period and suspension
 * from 2027-01-01) would deny or reduce every claim moved past them. Those arrears are the example claims' own story,
 * not the year's. Arrears whose grace outlasts the year stay (the waiver of premium reads them).
 */
function paidUp(policy: unknown): unknown {
  const source = policy as { period: { expiry: string }; contract?: { premium?: { paidToDate: string; graceDays?: number } } };
  const premium = source.contract?.premium;
  if (premium === undefined || addCalendarDays(premium.paidToDate, premium.graceDays ?? 60) >= YEAR_END) return policy;
  return { ...source, contract: { ...source.contract, premium: { ...premium, paidToDate: addCalendarDays(source.period.expiry, 1) } } };
}

function templates(): Template[] {
  const out: Template[] = [];
  for (const example of loadExamples()) {
    // The report is in one currency: the products sold in CNY (the USD plan would be left out of it, and the
    // operations configuration's amounts are in CNY).
    if ((example.policy as { currency?: { code?: string } }).currency?.code !== "CNY") continue;
    const adjudicator = createAdjudicator({ policy: paidUp(example.policy), rules: example.rules, operations: OPERATIONS });
    const { effective, expiry } = adjudicator.policy.period;
    for (const entry of example.cases) {
      if (entry.asOf > YEAR_END || entry.asOf < YEAR_START) continue;
      const outcome = entry.expect.outcome ?? "approved";
      const claim = entry.claim as ClaimJson;
      const incident = claim.incident.date;
      out.push({
        product: example.product,
        adjudicator,
        claim,
        ...(entry.accumulators === undefined ? {} : { accumulators: entry.accumulators }),
        weight: ((PRODUCT_WEIGHTS[example.product] ?? 10) * (OUTCOME_WEIGHTS[outcome] ?? 1)) / example.cases.length,
        near: outcome === "denied" || daysBetween(incident, effective) < 20,
        effective,
        expiry,
      });
    }
  }
  return out;
}

function pick<T>(items: readonly T[], weight: (item: T) => number, next: () => number): T {
  const total = items.reduce((sum, item) => sum + weight(item), 0);
  let at = next() * total;
  for (const item of items) {
    at -= weight(item);
    if (at < 0) return item;
  }
  return items[items.length - 1] as T;
}

const between = (next: () => number, low: number, high: number) => low + Math.floor(next() * (high - low + 1));

interface Generated {
  readonly template: Template;
  readonly claim: ClaimJson;
  readonly provider?: (typeof PROVIDERS)[number];
  /** The policy's ledger to decide on (a resubmission is decided on the ledger after the claim it copies). */
  readonly accumulators?: unknown;
}

/** The documents a pending decision asks for, added as they would arrive: the claim as it stands once complete. */
function completeDocuments(claim: ClaimJson, decision: Decision, arrivedOn: string): ClaimJson {
  const documents = [...claim.documents];
  decision.missingDocuments.forEach((missing, i) => {
    const existing = documents.findIndex((document) => document.type === missing.documentType && (missing.documentId === undefined || document.id === missing.documentId));
    const found = documents[existing];
    if (missing.problem === "copy_only" && found !== undefined) documents[existing] = { ...found, original: true };
    else documents.push({ type: missing.documentType, id: missing.documentId ?? `${missing.documentType.toUpperCase()}-${decision.claimId}-${i + 1}`, issuedOn: arrivedOn, original: true });
  });
  return { ...claim, documents, documentsCompleteOn: arrivedOn };
}

/**
 * The year's decisions as NDJSON lines, one record `{ decision, product, provider, events }` a line, in the order
 * the decisions were made.
 * @example
 * for await (const line of generateYearOfDecisions({ seed: 2026 })) out.write(`${line}\n`);
 */
export async function* generateYearOfDecisions(options: GenerateOptions = {}): AsyncGenerator<string> {
  const next = random(options.seed ?? 2026);
  const pool = templates();
  const claimsPerMonth = options.claimsPerMonth ?? 150;
  const count = claimsPerMonth * 12;
  const recentPaid: Generated[] = [];
  // Kept as NDJSON text until the end, to be written in the order the decisions were made.
  const records: { decidedOn: string; seq: number; line: string }[] = [];
  let seq = 0;

  const decide = async (generated: Generated, submittedOn: string): Promise<void> => {
    const { template, provider } = generated;
    let claim = generated.claim;
    // Most claims are decided within days; now and then a backlog leaves one past the 30 days of art. 23.
    let asOf = addCalendarDays(submittedOn, next() < 0.03 ? between(next, 31, 40) : between(next, 0, 5));
    if (asOf > YEAR_END) return;
    const accumulators = generated.accumulators ?? template.accumulators;
    const options = (on: string) => ({ asOf: on, ...(accumulators === undefined ? {} : { accumulators: accumulators as never }) });
    let decision = await template.adjudicator.adjudicate(claim, options(asOf));
    if (decision.outcome === "pending_documents" && next() < 0.8) {
      const arrivedOn = addCalendarDays(asOf, between(next, 4, 28));
      const decidedOn = addCalendarDays(arrivedOn, between(next, 0, 4));
      if (decidedOn <= YEAR_END) {
        claim = completeDocuments(claim, decision, arrivedOn);
        asOf = decidedOn;
        decision = await template.adjudicator.adjudicate(claim, options(asOf));
      }
    }
    const events: { determinedOn?: string; paidOn?: string; denialNoticeSentOn?: string } = {};
    if (decision.outcome === "referred") {
      // A person decides a referral in days, some only after the 30-day period.
      const determinedOn = addCalendarDays(asOf, next() < 0.15 ? between(next, 31, 55) : between(next, 2, 20));
      if (determinedOn <= YEAR_END) events.determinedOn = determinedOn;
    }
    const determinedOn = decision.outcome === "approved" || decision.outcome === "partially_approved" || decision.outcome === "denied" ? asOf : events.determinedOn;
    const pays = (decision.outcome === "approved" || decision.outcome === "partially_approved") && new Decimal(decision.payable).greaterThan(0);
    if (pays && determinedOn !== undefined) {
      const paidOn = addCalendarDays(determinedOn, next() < 0.06 ? between(next, 11, 20) : between(next, 1, 8));
      if (paidOn <= YEAR_END) events.paidOn = paidOn;
    }
    if ((decision.outcome === "denied" || decision.outcome === "partially_approved") && determinedOn !== undefined) {
      const sentOn = addCalendarDays(determinedOn, next() < 0.04 ? between(next, 4, 6) : between(next, 0, 2));
      if (sentOn <= YEAR_END) events.denialNoticeSentOn = sentOn;
    }
    // Each product its own id (the example's folder: medical, family-medical, huiminbao, …), named as its policy is.
    // The policy's `product` is the kind of product (medical_reimbursement), which three of the examples share: as an
    // id it made one row of three products under the first one's name.
    const product = { id: template.product, name: template.adjudicator.policy.name };
    const record: DecisionRecord = { decision, product, ...(provider === undefined ? {} : { provider: { id: provider.id, name: provider.name } }), ...(Object.keys(events).length === 0 ? {} : { events }) };
    records.push({ decidedOn: decision.meta.asOf, seq: seq++, line: JSON.stringify(record) });
    if (pays) {
      const { accumulators: _before, ...paid } = generated;
      recentPaid.push({ ...paid, claim, accumulators: decision.accumulatorsAfter });
      if (recentPaid.length > 200) recentPaid.shift();
    }
  };

  for (let i = 0; i < count; i++) {
    const template = pick(pool, (entry) => entry.weight, next);
    const claim = template.claim;
    const incident = claim.incident.date;
    const submitted = claim.submittedOn;
    const span = daysBetween(submitted, incident);
    const start = template.effective > YEAR_START ? template.effective : YEAR_START;
    const lastIncident = addCalendarDays(template.expiry < YEAR_END ? template.expiry : YEAR_END, -span - 10);
    let offset: number;
    if (template.near) offset = between(next, 0, 40);
    else {
      const target = addCalendarDays(start, between(next, 0, Math.max(0, daysBetween(lastIncident, start))));
      offset = daysBetween(target, incident);
    }
    let generated = shiftDates(claim, offset) as ClaimJson;
    const provider = template.product.startsWith("flight-delay") ? undefined : pick(PROVIDERS, (entry) => entry.weight, next);
    // Late reports: the claimant told the insurer weeks after the incident, more often at two of the hospitals.
    if (next() < (provider !== undefined && SUSPICIOUS.has(provider.id) ? 0.45 : 0.06)) {
      const reportedOn = addCalendarDays(generated.incident.date, between(next, 11, 45));
      const submittedOn = generated.submittedOn;
      generated = { ...generated, reportedOn, submittedOn: reportedOn > submittedOn ? addCalendarDays(reportedOn, between(next, 1, 6)) : submittedOn };
    }
    const lines = generated.lines ?? [];
    if (lines.length > 0) {
      const large = !template.near && template.product === "medical" && next() < 0.04;
      const factor = new Decimal(large ? between(next, 700, 900) : between(next, 60, 160)).div(100);
      generated = { ...generated, lines: scaleLines(lines, factor) };
    }
    const month = generated.submittedOn.slice(0, 7).replace("-", "");
    generated = { ...generated, id: `CLM-${month}-${String(i + 1).padStart(5, "0")}` };
    await decide({ template, claim: generated, ...(provider === undefined ? {} : { provider }) }, generated.submittedOn);

    // Resubmissions: the same bills sent again weeks later under a new claim number, mostly through two hospitals,
    // decided on the policy's ledger after the claim they copy (its invoices are there: the duplicate is caught).
    if (recentPaid.length > 0 && next() < 0.025) {
      const suspicious = recentPaid.filter((entry) => entry.provider !== undefined && SUSPICIOUS.has(entry.provider.id));
      const source = suspicious.length > 0 && next() < 0.7 ? suspicious : recentPaid;
      const original = source[Math.floor(next() * source.length)] as Generated;
      const submittedOn = addCalendarDays(original.claim.submittedOn, between(next, 12, 45));
      const copy = { ...original.claim, id: `CLM-${submittedOn.slice(0, 7).replace("-", "")}-R${String(i + 1).padStart(4, "0")}`, submittedOn };
      const { documentsCompleteOn: _complete, ...resubmitted } = copy;
      await decide({ ...original, claim: resubmitted }, submittedOn);
    }
  }
  records.sort((a, b) => (a.decidedOn < b.decidedOn ? -1 : a.decidedOn > b.decidedOn ? 1 : a.seq - b.seq));
  for (const { line } of records) yield line;
}

import { stayDays } from "../claim/stay-days.js";
import { INVESTIGATION_CHECKS, RISK_EVIDENCE, RISK_WORDS } from "../codes/risk-texts.js";
import { addCalendarDays } from "../dates/add-calendar-days.js";
import { daysBetween } from "../dates/iso-date.js";
import { Dec, toMoney } from "../money/money.js";
import { coverStart, daysSinceInception } from "../policy/policy-period.js";
import { textsOf } from "../trace/make-text.js";
import type { FilledText } from "../trace/make-text.js";
import type { RiskIndicator } from "./risk-config-schema.js";
import type { IndicatorFinding, RiskInput } from "./risk-input.js";

type Of<Kind extends RiskIndicator["kind"]> = Extract<RiskIndicator, { kind: Kind }>;

const texts = (input: RiskInput) => ({
  evidence: textsOf(RISK_EVIDENCE, input.policy.source.currency.code),
  check: textsOf(INVESTIGATION_CHECKS, input.policy.source.currency.code),
});

const one = (text: FilledText): readonly [FilledText] => [text];

/** A provider as the adjuster's sentences name it: its id, or "the provider" / "the hospital" when the claim gives none. */
export function providerWords(provider: string | undefined, fallback: "provider" | "hospital" = "provider") {
  return provider ?? RISK_WORDS[fallback];
}

/** An exact decimal as a plain string (`10.5`, `7`). */
const plain = (value: number) => new Dec(String(value)).toString();

/** The incident happened within the first `withinDays` days of continuous cover. */
export function soonAfterInception(indicator: Of<"soon_after_inception">, input: RiskInput): IndicatorFinding {
  const { evidence, check } = texts(input);
  const since = daysSinceInception(input.policy.source.period, input.claim.incident.date);
  const start = coverStart(input.policy.source.period);
  const fired = since < indicator.withinDays;
  return {
    fired,
    evidence: one(evidence("SOON_AFTER_INCEPTION", { day: String(since + 1), coverStart: start, withinDays: String(indicator.withinDays) })),
    ...(fired ? { check: check("soon_after_inception", { coverStart: start }) } : {}),
  };
}

/** Each invoice dated before admission or after discharge, by more than the tolerance. */
export function invoiceOutsideStay(indicator: Of<"invoice_outside_stay">, input: RiskInput): IndicatorFinding {
  const { evidence, check } = texts(input);
  const stay = input.claim.hospitalStay;
  if (stay === undefined) return { fired: false, evidence: one(evidence("NO_HOSPITAL_STAY", {})) };
  const from = addCalendarDays(stay.admission, -indicator.toleranceDays);
  const to = addCalendarDays(stay.discharge, indicator.toleranceDays);
  const outside = input.invoices.filter((invoice) => invoice.date < from || invoice.date > to);
  const [first, ...rest] = outside.map((invoice) => evidence("INVOICE_OUTSIDE_STAY", { invoice: invoice.number, date: invoice.date, admission: stay.admission, discharge: stay.discharge }));
  if (first === undefined) return { fired: false, evidence: one(evidence("INVOICES_WITHIN_STAY", { admission: stay.admission, discharge: stay.discharge, toleranceDays: String(indicator.toleranceDays) })) };
  const invoice = outside[0] as (typeof outside)[number];
  return {
    fired: true,
    evidence: [first, ...rest],
    check: check("invoice_outside_stay", { provider: providerWords(invoice.provider), invoice: invoice.number, date: invoice.date, admission: stay.admission, discharge: stay.discharge }),
  };
}

/** The norm of a diagnosis: the longest of the norms' prefixes it starts with. */
function normOf(code: string, norms: Of<"long_stay">["norms"]): Of<"long_stay">["norms"][number] | undefined {
  let best: Of<"long_stay">["norms"][number] | undefined;
  for (const norm of norms) if (code.startsWith(norm.diagnosis) && (best === undefined || norm.diagnosis.length > best.diagnosis.length)) best = norm;
  return best;
}

/** The stay is longer than `factor` times the norm of its diagnosis (挂床): the most lenient norm of the claim's diagnoses. */
export function longStay(indicator: Of<"long_stay">, input: RiskInput): IndicatorFinding {
  const { evidence, check } = texts(input);
  const stay = input.claim.hospitalStay;
  if (stay === undefined) return { fired: false, evidence: one(evidence("NO_HOSPITAL_STAY", {})) };
  const codes = input.claim.incident.diagnosisCodes;
  let chosen: { code: string; days: number } | undefined;
  for (const code of codes) {
    const norm = normOf(code, indicator.norms);
    if (norm !== undefined && (chosen === undefined || norm.days > chosen.days)) chosen = { code, days: norm.days };
  }
  if (chosen === undefined) return { fired: false, evidence: one(evidence("NO_STAY_NORM", { diagnoses: codes.length === 0 ? ["—"] : [...codes] })) };
  const days = stayDays(stay);
  const limit = new Dec(chosen.days).times(String(indicator.factor));
  const fired = limit.lessThan(days);
  const figures = { days: String(days), diagnosis: chosen.code, normDays: String(chosen.days) };
  return {
    fired,
    evidence: one(evidence("LONG_STAY", { ...figures, factor: plain(indicator.factor), limitDays: limit.toString() })),
    ...(fired ? { check: check("long_stay", { ...figures, provider: providerWords(input.invoices.find((invoice) => invoice.provider !== undefined)?.provider, "hospital") }) } : {}),
  };
}

/** The amount lies within `within` under a threshold: at least threshold × (1 − within), below the threshold. */
export function amountNearThreshold(indicator: Of<"amount_near_threshold">, input: RiskInput): IndicatorFinding {
  const { evidence, check } = texts(input);
  const amount = indicator.measure === "billed" ? input.billed : input.payable;
  const measure = RISK_WORDS[indicator.measure];
  const value = toMoney(amount);
  const near = indicator.thresholds.filter((threshold) => {
    const limit = toMoney(threshold.amount);
    return value.lessThan(limit) && value.greaterThanOrEqualTo(limit.times(new Dec(1).minus(indicator.within)));
  });
  const [first, ...rest] = near.map((threshold) => evidence("AMOUNT_NEAR_THRESHOLD", { measure, amount, threshold: threshold.name, limit: threshold.amount, within: indicator.within }));
  if (first === undefined) return { fired: false, evidence: one(evidence("AMOUNT_CLEAR_OF_THRESHOLDS", { measure, amount, within: indicator.within })) };
  const threshold = near[0] as (typeof near)[number];
  return { fired: true, evidence: [first, ...rest], check: check("amount_near_threshold", { threshold: threshold.name, limit: threshold.amount }) };
}

/** Reported at least `atLeast` days after the claimant knew of the incident (PRC Insurance Law art. 21). */
export function lateReport(indicator: Of<"late_report">, input: RiskInput): IndicatorFinding {
  const { evidence, check } = texts(input);
  const { claim } = input;
  const days = Math.max(0, daysBetween(claim.reportedOn, claim.incident.knownOn ?? claim.incident.date));
  const fired = days >= indicator.atLeast;
  return {
    fired,
    evidence: one(evidence("LATE_REPORT", { days: String(days), atLeast: String(indicator.atLeast) })),
    ...(fired ? { check: check("late_report", { days: String(days) }) } : {}),
  };
}

/** The claimant is not the insured (and is among the relationships counted). */
export function claimantNotInsured(indicator: Of<"claimant_not_insured">, input: RiskInput): IndicatorFinding {
  const { evidence, check } = texts(input);
  const relationship = input.claim.claimant.relationship;
  if (relationship === "self") return { fired: false, evidence: one(evidence("CLAIMANT_IS_INSURED", {})) };
  const counted = indicator.relationships === undefined || indicator.relationships.includes(relationship);
  if (!counted) return { fired: false, evidence: one(evidence("CLAIMANT_NOT_COUNTED", { relationship: RISK_WORDS[relationship] })) };
  return { fired: true, evidence: one(evidence("CLAIMANT_NOT_INSURED", { relationship: RISK_WORDS[relationship] })), check: check("claimant_not_insured", {}) };
}

/** A numeric fact (an external model's score) is at least `atLeast`; a fact with no number gives no score. */
export function externalScore(indicator: Of<"external_score">, input: RiskInput): IndicatorFinding {
  const { evidence, check } = texts(input);
  const value = input.facts[indicator.fact];
  if (typeof value !== "number" || !Number.isFinite(value)) return { fired: false, evidence: one(evidence("EXTERNAL_SCORE_MISSING", {})) };
  const fired = value >= indicator.atLeast;
  const shown = plain(value);
  return {
    fired,
    evidence: one(evidence("EXTERNAL_SCORE", { value: shown, atLeast: plain(indicator.atLeast) })),
    ...(fired ? { check: check("external_score", { value: shown }) } : {}),
  };
}

/** A `flag` rule fired with a severity (and reason code) counted. The library's own flags are indicators of their own. */
export function ruleFlags(indicator: Of<"rule_flags">, input: RiskInput): IndicatorFinding {
  const { evidence, check } = texts(input);
  const counted = input.flags.filter((flag) => flag.ruleId !== undefined && indicator.severities.includes(flag.severity) && (indicator.reasonCodes === undefined || indicator.reasonCodes.includes(flag.reasonCode)));
  if (counted.length === 0) {
    const severities = { en: indicator.severities.map((severity) => RISK_WORDS[severity].en).join(", "), zh: indicator.severities.map((severity) => RISK_WORDS[severity].zh).join("、") };
    return { fired: false, evidence: one(evidence("NO_RULE_FLAGS", { severities })) };
  }
  const flags = { en: counted.map((flag) => flag.message.en).join(" "), zh: counted.map((flag) => flag.message.zh).join("") };
  return { fired: true, evidence: one(evidence("RULE_FLAGS", { flags })), check: check("rule_flags", { flags }) };
}

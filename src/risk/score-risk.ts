import { RISK_INDICATOR_NAMES } from "../codes/risk-texts.js";
import { Dec, ZERO } from "../money/money.js";
import type { LocalizedText } from "../values/primitives.js";
import { amountNearThreshold, claimantNotInsured, externalScore, invoiceOutsideStay, lateReport, longStay, ruleFlags, soonAfterInception } from "./claim-indicators.js";
import type { DecisionRisk, RiskIndicatorResult } from "./decision-risk-schema.js";
import { claimFrequency, duplicateInvoice, repeatedProvider } from "./history-indicators.js";
import type { RiskConfig, RiskIndicator, RiskIndicatorKind } from "./risk-config-schema.js";
import type { IndicatorFinding, RiskInput } from "./risk-input.js";

// Every kind has its name in the code table: a kind added without one does not compile.
const NAMES: Readonly<Record<RiskIndicatorKind, LocalizedText>> = RISK_INDICATOR_NAMES;

function find(indicator: RiskIndicator, input: RiskInput): IndicatorFinding {
  switch (indicator.kind) {
    case "soon_after_inception":
      return soonAfterInception(indicator, input);
    case "claim_frequency":
      return claimFrequency(indicator, input);
    case "duplicate_invoice":
      return duplicateInvoice(indicator, input);
    case "invoice_outside_stay":
      return invoiceOutsideStay(indicator, input);
    case "long_stay":
      return longStay(indicator, input);
    case "amount_near_threshold":
      return amountNearThreshold(indicator, input);
    case "repeated_provider":
      return repeatedProvider(indicator, input);
    case "late_report":
      return lateReport(indicator, input);
    case "claimant_not_insured":
      return claimantNotInsured(indicator, input);
    case "external_score":
      return externalScore(indicator, input);
    case "rule_flags":
      return ruleFlags(indicator, input);
    default: {
      const unknown: never = indicator;
      throw new TypeError(`unknown risk indicator kind ${JSON.stringify(unknown)}`);
    }
  }
}

/**
 * The claim's risk score: every indicator of the configuration computed from the claim and its history, each
 * contributing its points when it fires; the score is the sum of the contributions, and its band the last level
 * whose `from` it reaches. Pure: the same claim, history and configuration give the same score.
 *
 * @example
 * scoreRisk({ indicators: [{ id: "late", kind: "late_report", atLeast: 10, points: 15 }] }, input).score //=> "15"
 */
export function scoreRisk(config: RiskConfig, input: RiskInput): DecisionRisk {
  let score = ZERO;
  const indicators = config.indicators.map((indicator): RiskIndicatorResult => {
    const finding = find(indicator, input);
    const points = new Dec(String(indicator.points));
    const contribution = finding.fired ? points : ZERO;
    score = score.plus(contribution);
    return {
      id: indicator.id,
      kind: indicator.kind,
      name: indicator.name ?? NAMES[indicator.kind],
      fired: finding.fired,
      points: points.toString(),
      contribution: contribution.toString(),
      evidence: [...finding.evidence],
      ...(finding.check !== undefined ? { check: finding.check } : {}),
    };
  });
  const level = config.levels?.filter((band) => score.greaterThanOrEqualTo(String(band.from))).at(-1);
  return {
    score: score.toString(),
    ...(level !== undefined ? { level: level.id, levelName: level.name } : {}),
    indicators,
  };
}

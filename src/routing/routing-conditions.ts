import { ROUTING_REASONS, ROUTING_WORDS } from "../codes/routing-texts.js";
import type { Outcome } from "../codes/outcomes.js";
import { toMoney } from "../money/money.js";
import type { DecisionRisk } from "../risk/decision-risk-schema.js";
import { textsOf } from "../trace/make-text.js";
import type { LocalizedText } from "../values/primitives.js";
import type { RoutingReason } from "./decision-routing-schema.js";
import type { RoutingCondition, RoutingRule } from "./routing-config-schema.js";

/** What routing reads of a decided claim. */
export interface RoutingInput {
  readonly outcome: Outcome;
  /** The policy wants a person to confirm a denial: the decision is referred for that. */
  readonly humanConfirmationRequired: boolean;
  readonly payable: string;
  readonly billed: string;
  /** The codes of the decision's reasons, in order. */
  readonly reasonCodes: readonly string[];
  /** Every code the decision gives: its reasons', its flags' and its triggered rules'. */
  readonly codes: readonly string[];
  readonly flags: readonly { readonly severity: "low" | "medium" | "high"; readonly message: LocalizedText }[];
  readonly risk?: DecisionRisk | undefined;
  /** The policy's product. */
  readonly product: string;
  readonly currency: string;
}

/** Words of a list, as each language joins them. */
export function joinWords(items: readonly LocalizedText[]): LocalizedText {
  return { en: items.map((item) => item.en).join(", "), zh: items.map((item) => item.zh).join("、") };
}

/**
 * Whether a routing rule holds for the claim, and the reason each of its conditions gives: every condition given
 * must hold.
 */
export function routingRuleHolds(rule: RoutingRule, input: RoutingInput): RoutingReason[] | undefined {
  const text = textsOf(ROUTING_REASONS, input.currency);
  const reasons: RoutingReason[] = [];
  const when: RoutingCondition = rule.when;
  const add = (reason: ReturnType<typeof text>) => reasons.push({ ...reason, ruleId: rule.id });
  const risk = input.risk;
  if (when.scoreAtLeast !== undefined) {
    if (risk === undefined || toMoney(risk.score).lessThan(String(when.scoreAtLeast))) return undefined;
    add(text("RISK_SCORE", { score: risk.score, threshold: String(when.scoreAtLeast) }));
  }
  if (when.riskLevels !== undefined) {
    if (risk?.level === undefined || !when.riskLevels.includes(risk.level)) return undefined;
    add(text("RISK_LEVEL", { level: risk.levelName ?? { en: risk.level, zh: risk.level } }));
  }
  if (when.indicators !== undefined) {
    const listed = new Set(when.indicators);
    const fired = (risk?.indicators ?? []).filter((indicator) => indicator.fired && listed.has(indicator.id));
    if (fired.length === 0) return undefined;
    add(text("RISK_INDICATORS", { indicators: joinWords(fired.map((indicator) => indicator.name)) }));
  }
  if (when.outcomes !== undefined) {
    if (!when.outcomes.includes(input.outcome)) return undefined;
    add(text("OUTCOME", { outcome: ROUTING_WORDS[input.outcome] }));
  }
  if (when.payableAtLeast !== undefined) {
    if (toMoney(input.payable).lessThan(when.payableAtLeast)) return undefined;
    add(text("PAYABLE_AT_LEAST", { amount: input.payable, threshold: when.payableAtLeast }));
  }
  if (when.billedAtLeast !== undefined) {
    if (toMoney(input.billed).lessThan(when.billedAtLeast)) return undefined;
    add(text("BILLED_AT_LEAST", { amount: input.billed, threshold: when.billedAtLeast }));
  }
  if (when.reasonCodes !== undefined) {
    const given = new Set(input.codes);
    const codes = when.reasonCodes.filter((code) => given.has(code));
    if (codes.length === 0) return undefined;
    add(text("REASON_CODES", { codes }));
  }
  if (when.flagSeverities !== undefined) {
    const severities = when.flagSeverities;
    const flags = input.flags.filter((flag) => severities.includes(flag.severity));
    if (flags.length === 0) return undefined;
    const shown = [...new Set(flags.map((flag) => flag.severity))].map((severity) => ROUTING_WORDS[severity]);
    add(text("FLAG_SEVERITIES", { severities: joinWords(shown), flags: { en: flags.map((flag) => flag.message.en).join(" "), zh: flags.map((flag) => flag.message.zh).join("") } }));
  }
  if (when.products !== undefined) {
    if (!(when.products as readonly string[]).includes(input.product)) return undefined;
    add(text("PRODUCT", { product: input.product }));
  }
  return reasons;
}

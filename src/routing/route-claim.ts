import { ROUTING_REASONS, ROUTING_WORDS } from "../codes/routing-texts.js";
import { toMoney } from "../money/money.js";
import { textsOf } from "../trace/make-text.js";
import type { DecisionRouting, InvestigationTask, RoutingReason } from "./decision-routing-schema.js";
import type { AuthorityAmount, AuthorityOutcome, RoutingConfig, RoutingRule } from "./routing-config-schema.js";
import { routingRuleHolds, type RoutingInput } from "./routing-conditions.js";

export type { RoutingInput } from "./routing-conditions.js";

/**
 * The outcome a person signs off, for authority: the decision's own, or for a referred claim what it stands to be
 * once confirmed (a denial awaiting confirmation is a denial; a claim that pays nothing, a denial; one paying what was
 * billed, or with nothing billed, an approval; else a partial approval). A claim pending documents has none yet.
 */
export function authorityOutcome(input: Pick<RoutingInput, "outcome" | "humanConfirmationRequired" | "payable" | "billed">): AuthorityOutcome | undefined {
  switch (input.outcome) {
    case "approved":
    case "partially_approved":
    case "denied":
      return input.outcome;
    case "pending_documents":
      return undefined;
    case "referred": {
      if (input.humanConfirmationRequired) return "denied";
      const payable = toMoney(input.payable);
      if (payable.isZero()) return "denied";
      const billed = toMoney(input.billed);
      return billed.isZero() || payable.greaterThanOrEqualTo(billed) ? "approved" : "partially_approved";
    }
    default: {
      const unknown: never = input.outcome;
      throw new TypeError(`unknown outcome ${String(unknown)}`);
    }
  }
}

/** Whether `amount` is within a limit (`undefined`: no authority for the outcome at all). */
function within(amount: string, limit: AuthorityAmount | undefined): boolean {
  return limit !== undefined && (limit === "unlimited" || toMoney(amount).lessThanOrEqualTo(limit));
}

/**
 * Routes a decided claim: straight through when no routing rule holds, the system may decide the outcome and amount
 * alone, no second person is needed and a denial needs no level; a claim pending documents with no rule holding
 * waits for the claimant; otherwise to the queue of the first rule that holds (else the default queue), with the
 * lowest authority level that may decide its outcome and amount, raised to what a denial or a rule requires.
 *
 * @example
 * routeClaim(config, { outcome: "approved", payable: "7202.80", billed: "7202.80", … }).straightThrough //=> true
 */
export function routeClaim(config: RoutingConfig, input: RoutingInput): DecisionRouting {
  const text = textsOf(ROUTING_REASONS, input.currency);
  const queues = new Map(config.queues.map((queue) => [queue.id, { id: queue.id, name: queue.name }]));
  const levels = config.authority.levels;
  const matched: { rule: RoutingRule; reasons: RoutingReason[] }[] = [];
  for (const rule of config.rules) {
    const reasons = routingRuleHolds(rule, input);
    if (reasons !== undefined) matched.push({ rule, reasons });
  }
  const reasons: RoutingReason[] = matched.flatMap((entry) => entry.reasons);
  const rules = matched.map((entry) => entry.rule.id);
  const outcome = authorityOutcome(input);
  const amount = outcome === "denied" ? input.billed : input.payable;
  const fourEyesAbove = config.authority.fourEyesAbove;
  const fourEyes = outcome !== undefined && fourEyesAbove !== undefined && toMoney(amount).greaterThan(fourEyesAbove);
  const denialsRequire = outcome === "denied" ? config.authority.denialsRequire : undefined;
  const automaticLimit = outcome === undefined || input.outcome === "referred" ? undefined : config.straightThrough.maxAmount[outcome];
  const outcomeWords = outcome === undefined ? undefined : ROUTING_WORDS[outcome];

  if (matched.length === 0 && outcome === undefined) {
    return { straightThrough: false, queue: null, level: null, fourEyes: false, rules, reasons: [text("AWAITING_DOCUMENTS", {})], tasks: [] };
  }
  if (matched.length === 0 && outcome !== undefined && outcomeWords !== undefined && within(amount, automaticLimit) && !fourEyes && denialsRequire === undefined) {
    return { straightThrough: true, queue: null, level: null, fourEyes: false, rules, reasons: [text("STRAIGHT_THROUGH", { amount, outcome: outcomeWords })], tasks: [] };
  }

  // Why a person decides it, beside the rules that held.
  if (input.outcome === "referred") reasons.push(text("REFERRED_BY_ADJUDICATION", { codes: [...new Set(input.reasonCodes)] }));
  else if (outcome !== undefined && outcomeWords !== undefined) {
    if (automaticLimit === undefined) reasons.push(text("OUTCOME_NOT_AUTOMATIC", { outcome: outcomeWords }));
    else if (!within(amount, automaticLimit)) reasons.push(text("ABOVE_AUTOMATIC_LIMIT", { measure: ROUTING_WORDS[outcome === "denied" ? "billed" : "payable"], amount, limit: automaticLimit as string, outcome: outcomeWords }));
  }
  if (fourEyes && fourEyesAbove !== undefined) reasons.push(text("FOUR_EYES", { threshold: fourEyesAbove }));

  // The authority it needs: the lowest level whose limit covers it, raised to what a denial or a rule requires.
  let required = -1;
  if (outcome !== undefined && outcomeWords !== undefined) {
    const byAmount = levels.findIndex((level) => within(amount, level.maxAmount[outcome]));
    const top = levels.length - 1;
    const level = levels[byAmount < 0 ? top : byAmount];
    if (level !== undefined) reasons.push(text(byAmount < 0 ? "BEYOND_AUTHORITY" : "AUTHORITY_LEVEL", { amount, outcome: outcomeWords, level: level.name }));
    required = byAmount < 0 ? top : byAmount;
  }
  if (denialsRequire !== undefined) {
    const index = levels.findIndex((level) => level.id === denialsRequire);
    const level = levels[index];
    if (level !== undefined) reasons.push(text("DENIAL_LEVEL", { level: level.name }));
    required = Math.max(required, index);
  }
  for (const { rule } of matched) {
    if (rule.level === undefined) continue;
    const index = levels.findIndex((level) => level.id === rule.level);
    const level = levels[index];
    if (level !== undefined) reasons.push({ ...text("RULE_LEVEL", { rule: rule.id, level: level.name }), ruleId: rule.id });
    required = Math.max(required, index);
  }
  const first = matched[0]?.rule;
  const queueId = first?.queue ?? config.defaultQueue;
  const queue = queues.get(queueId) ?? { id: queueId, name: { en: queueId, zh: queueId } };
  if (first === undefined) reasons.push(text("DEFAULT_QUEUE", { queue: queue.name }));
  const level = levels[required];
  return {
    straightThrough: false,
    queue,
    level: level?.id ?? null,
    ...(level !== undefined ? { levelName: level.name } : {}),
    fourEyes,
    rules,
    reasons,
    tasks: investigationTasks(matched.map((entry) => entry.rule), queues, input),
  };
}

/**
 * The investigations the rules that held ask for, one per kind and queue. A task checks the red flags that fired
 * which its rules name (every one that fired, for a rule naming none), in the risk configuration's order, then the
 * rules' own checks; each once.
 */
function investigationTasks(rules: readonly RoutingRule[], queues: ReadonlyMap<string, InvestigationTask["queue"]>, input: RoutingInput): InvestigationTask[] {
  const fired = (input.risk?.indicators ?? []).filter((indicator) => indicator.fired && indicator.check !== undefined);
  const tasks = new Map<string, { kind: InvestigationTask["kind"]; rules: string[]; queue: InvestigationTask["queue"]; flagged: Set<string>; own: Map<string, InvestigationTask["checks"][number]> }>();
  for (const rule of rules) {
    if (rule.investigation === undefined) continue;
    const key = `${rule.investigation.kind}\u0000${rule.queue}`;
    let task = tasks.get(key);
    if (task === undefined) {
      task = { kind: rule.investigation.kind, rules: [], queue: queues.get(rule.queue) ?? { id: rule.queue, name: { en: rule.queue, zh: rule.queue } }, flagged: new Set(), own: new Map() };
      tasks.set(key, task);
    }
    task.rules.push(rule.id);
    const named = rule.when.indicators;
    for (const indicator of fired) if (named === undefined || named.includes(indicator.id)) task.flagged.add(indicator.id);
    for (const check of rule.investigation.checks) if (!task.own.has(check.id)) task.own.set(check.id, { id: check.id, message: check.text });
  }
  return [...tasks.values()].map((task) => ({
    kind: task.kind,
    rules: task.rules,
    queue: task.queue,
    checks: [
      ...fired.filter((indicator) => task.flagged.has(indicator.id)).map((indicator) => ({ id: indicator.id, indicatorId: indicator.id, message: (indicator.check as NonNullable<typeof indicator.check>).message })),
      ...task.own.values(),
    ],
  }));
}

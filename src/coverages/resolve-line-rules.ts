import { toMoney } from "../money/money.js";
import type { CompiledPolicy } from "../policy/compile-policy.js";
import type { LineCap, LineRuleDecision, LineRules } from "../coverage-kinds/coverage-kind-definition.js";
import type { RuleHit } from "../rules/compile-rule-set.js";
import type { BillLine } from "../claim/claim-schema.js";

/**
 * What item rules decided for each line: the first `exclude_item` hit excludes it (hits come in priority order);
 * `cap_item` hits cap it at the reasonable fee, the lowest when several apply. A fee-schedule cap needs the line's
 * `itemCode` in the schedule; without it the line is not capped.
 */
export function resolveLineRules(hits: readonly RuleHit[], lines: readonly BillLine[], policy: CompiledPolicy): LineRules {
  const byId = new Map(lines.map((line) => [line.id, line]));
  const exclusions = new Map<string, LineRuleDecision>();
  const caps = new Map<string, LineCap>();
  for (const hit of hits) {
    const line = hit.lineId === undefined ? undefined : byId.get(hit.lineId);
    if (line === undefined) continue;
    const { event } = hit.rule;
    const source = { ruleId: hit.rule.id, clauseId: hit.rule.clauseId, reasonCode: event.reasonCode, message: event.message };
    if (event.type === "exclude_item" && !exclusions.has(line.id)) exclusions.set(line.id, source);
    if (event.type !== "cap_item" || event.cap === undefined) continue;
    let cap: LineCap | undefined;
    if ("feeScheduleId" in event.cap) {
      const schedule = policy.feeSchedules.get(event.cap.feeScheduleId);
      const item = schedule?.items.find((entry) => entry.code === line.itemCode);
      if (schedule === undefined || item === undefined) continue;
      const maxAmount = item.per === "unit" ? toMoney(item.maxAmount).times(line.quantity) : toMoney(item.maxAmount);
      cap = { ...source, clauseId: schedule.clauseId, maxAmount, basis: `${schedule.id} ${item.code}: ${item.maxAmount}${item.per === "unit" ? ` × ${line.quantity}` : " per line"}` };
    } else {
      const maxAmount = event.cap.per === "unit" ? toMoney(event.cap.amount).times(line.quantity) : toMoney(event.cap.amount);
      cap = { ...source, maxAmount, basis: `${event.cap.amount}${event.cap.per === "unit" ? ` × ${line.quantity}` : " per line"}` };
    }
    const earlier = caps.get(line.id);
    if (earlier === undefined || cap.maxAmount.lessThan(earlier.maxAmount)) caps.set(line.id, cap);
  }
  return { exclusions, caps };
}

import Decimal from "decimal.js";
import { daysBetween } from "../dates/iso-date.js";
import { formatMoney, ZERO } from "../money/money.js";
import type { LocalizedText } from "../values/primitives.js";
import { clauseLabel, idLabel, referralQueueLabel } from "./analytics-labels.js";
import type { AutomationFigures } from "./analytics-report.js";
import { byCountThenKey, type DecisionContext } from "./decision-context.js";
import { queueId } from "./decision-extensions-schema.js";
import { DayQuantiles } from "./day-quantiles.js";
import { rate } from "./group-accumulator.js";

/** How one decision went: straight through, or to a person (referred), and to which queue. */
export interface RoutingClass {
  readonly straightThrough: boolean;
  readonly referred: boolean;
  readonly queue?: { readonly id: string; readonly label: () => LocalizedText };
}

/**
 * Straight through or not, and the queue, for one decision. With `decision.routing`: `straightThrough` as routing
 * says, and a decision not straight through is referred to `routing.queue` (a pending claim routing sent to no
 * queue waits for the claimant, and is neither). Without it (today's decisions): a
 * decision goes straight through when it determines the claim (approved, partially approved, denied) and needs no
 * person to confirm it (`automation.humanConfirmationRequired` false); it is referred when its outcome is `referred`,
 * to the queue of the rule (or reason) that referred it; a pending claim is neither, it waits for the claimant.
 */
export function classifyRouting({ decision, extensions, clauseTitle }: DecisionContext): RoutingClass {
  const routing = extensions.routing;
  if (routing !== undefined) {
    if (routing.straightThrough) return { straightThrough: true, referred: false };
    const queue = routing.queue;
    // A pending claim no rule sent to a queue waits for the claimant's documents: no one works it.
    if (queue === null && decision.outcome === "pending_documents") return { straightThrough: false, referred: false };
    if (queue === null) return { straightThrough: false, referred: true, queue: { id: "unassigned", label: () => ({ zh: "未指定队列", en: "No queue named" }) } };
    const id = queueId(queue);
    return { straightThrough: false, referred: true, queue: { id, label: () => queue.name } };
  }
  const outcome = decision.outcome;
  if (outcome === "referred") {
    const rule = decision.triggeredRules.find((triggered) => triggered.eventType === "refer");
    const reason = decision.reasons[0];
    const code = rule?.reasonCode ?? reason?.code ?? "REFERRED";
    const clauseId = rule?.clauseId ?? reason?.clauseId;
    return {
      straightThrough: false,
      referred: true,
      queue: { id: `referred:${code}`, label: () => referralQueueLabel(clauseId === undefined ? idLabel(code) : clauseLabel(clauseId, rule?.clauseTitle ?? clauseTitle(clauseId)), code) },
    };
  }
  const determines = outcome === "approved" || outcome === "partially_approved" || outcome === "denied";
  return { straightThrough: determines && !decision.automation.humanConfirmationRequired, referred: false };
}

interface QueueCount {
  label: LocalizedText;
  routed: number;
  open: number;
  openPayable: Decimal;
  waiting: DayQuantiles;
}

/** The straight-through and referral rates and each queue's load. */
export class AutomationCounts {
  #decisions = 0;
  #withRouting = 0;
  #straightThrough = 0;
  #referred = 0;
  #pending = 0;
  readonly #queues = new Map<string, QueueCount>();
  readonly #levels = new Map<string, number>();

  constructor(private readonly asOf: string) {}

  add(context: DecisionContext, routing: RoutingClass): void {
    this.#decisions++;
    const { decision, extensions, dates } = context;
    if (extensions.routing !== undefined) this.#withRouting++;
    const level = extensions.routing?.level;
    if (level !== undefined && level !== null) this.#levels.set(level, (this.#levels.get(level) ?? 0) + 1);
    if (routing.straightThrough) this.#straightThrough++;
    if (routing.referred) this.#referred++;
    if (decision.outcome === "pending_documents") this.#pending++;
    if (routing.queue === undefined) return;
    let queue = this.#queues.get(routing.queue.id);
    if (queue === undefined) {
      queue = { label: routing.queue.label(), routed: 0, open: 0, openPayable: ZERO, waiting: new DayQuantiles() };
      this.#queues.set(routing.queue.id, queue);
    }
    queue.routed++;
    if (dates.determinedOn === undefined || dates.determinedOn > this.asOf) {
      queue.open++;
      queue.openPayable = queue.openPayable.plus(decision.payable);
      queue.waiting.add(daysBetween(this.asOf, dates.decidedOn));
    }
  }

  figures(minorUnits: number): AutomationFigures {
    const source = this.#withRouting === 0 ? "outcome" : this.#withRouting === this.#decisions ? "routing" : "mixed";
    return {
      source,
      withRouting: this.#withRouting,
      straightThrough: this.#straightThrough,
      straightThroughRate: rate(this.#straightThrough, this.#decisions),
      referred: this.#referred,
      referralRate: rate(this.#referred, this.#decisions),
      pendingDocuments: this.#pending,
      queues: [...this.#queues.entries()]
        .map(([queue, count]) => ({ queue, label: count.label, routed: count.routed, open: count.open, openPayable: formatMoney(count.openPayable.toDecimalPlaces(minorUnits), minorUnits), waiting: count.waiting.summary() }))
        .sort(byCountThenKey((row) => row.open, (row) => row.queue)),
      levels: [...this.#levels.entries()].map(([level, decisions]) => ({ level, decisions })).sort(byCountThenKey((row) => row.decisions, (row) => row.level)),
    };
  }
}

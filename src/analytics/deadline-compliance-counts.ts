import { DEADLINE_IDS, type DeadlineId } from "../deadlines/jurisdiction-profile-schema.js";
import type { LocalizedText } from "../values/primitives.js";
import type { DeadlineCompliance, DeadlineFigures } from "./analytics-report.js";
import type { DecisionContext } from "./decision-context.js";
import { DayQuantiles } from "./day-quantiles.js";
import { deadlineStateOn } from "./deadline-status-on.js";
import { rate } from "./group-accumulator.js";

/** Deadlines met by an event the decision cannot know; without the event they are "not recorded", not breached. */
const MET_BY_EVENT: Partial<Record<DeadlineId, "paidOn" | "denialNoticeSentOn">> = { payment: "paidOn", denialNotice: "denialNoticeSentOn" };

interface DeadlineCount {
  label: LocalizedText | undefined;
  party: "claimant" | "insurer";
  applicable: number;
  metOnTime: number;
  metLate: number;
  metUndated: number;
  due: number;
  overdue: number;
  open: number;
  notRecorded: number;
  daysOver: DayQuantiles;
}

/**
 * Statutory-clock compliance over the decisions' own clocks (`decision.deadlines`), each taken on `asOf` as
 * `deadlineStatus` takes it (`deadlineStateOn`). The events of the record say when a clock was met outside the decision: `determinedOn` (the
 * determination of a referred or pending claim, and with it the advance payment), `paidOn` (the payment),
 * `denialNoticeSentOn` (the denial notice).
 */
export class DeadlineComplianceCounts {
  readonly #counts = new Map<DeadlineId, DeadlineCount>(
    DEADLINE_IDS.map((id) => [id, { label: undefined, party: "insurer", applicable: 0, metOnTime: 0, metLate: 0, metUndated: 0, due: 0, overdue: 0, open: 0, notRecorded: 0, daysOver: new DayQuantiles() }]),
  );
  readonly #periods = new Map<string, { length: number; unit: string }>();

  constructor(private readonly asOf: string) {}

  /** Counts one decision's clocks; returns whether its determination deadline was missed (met late or overdue). */
  add({ decision, events }: DecisionContext): boolean {
    const metOn: Partial<Record<DeadlineId, string>> = {};
    if (events.determinedOn !== undefined) {
      metOn.determination = events.determinedOn;
      metOn.advancePayment = events.determinedOn;
    }
    if (events.paidOn !== undefined) metOn.payment = events.paidOn;
    if (events.denialNoticeSentOn !== undefined) metOn.denialNotice = events.denialNoticeSentOn;
    const determination = decision.deadlines.byId.determination;
    if (determination.kind === "dated") this.#periods.set(`${determination.period.length} ${determination.period.unit}`, { ...determination.period });
    let determinationMissed = false;
    for (const id of DEADLINE_IDS) {
      const deadline = decision.deadlines.byId[id];
      const count = this.#counts.get(id) as DeadlineCount;
      count.label ??= deadline.title;
      count.party = deadline.party;
      const state = deadlineStateOn(deadline, metOn[id], this.asOf);
      if (state.status === "not_applicable") continue;
      count.applicable++;
      const event = MET_BY_EVENT[id];
      if ((state.status === "due" || state.status === "overdue") && event !== undefined && events[event] === undefined) {
        count.notRecorded++;
        continue;
      }
      switch (state.status) {
        case "met_undated":
          count.metUndated++;
          break;
        case "met_on_time":
          count.metOnTime++;
          break;
        case "met_late":
          count.metLate++;
          count.daysOver.add(state.days);
          if (id === "determination") determinationMissed = true;
          break;
        case "due":
          count.due++;
          break;
        case "overdue":
          count.overdue++;
          count.daysOver.add(state.days);
          if (id === "determination") determinationMissed = true;
          break;
        case "open":
          count.open++;
          break;
      }
    }
    return determinationMissed;
  }

  figures(): DeadlineCompliance {
    const byDeadline: DeadlineFigures[] = DEADLINE_IDS.map((id) => {
      const { daysOver, label, ...count } = this.#counts.get(id) as DeadlineCount;
      return { id, label: label ?? { zh: id, en: id }, ...count, breaches: count.metLate + count.overdue, daysOver: daysOver.summary() };
    });
    const determination = byDeadline.find((row) => row.id === "determination");
    return {
      byDeadline,
      determinationOnTimeRate: determination === undefined ? null : rate(determination.metOnTime, determination.metOnTime + determination.metLate),
      determinationPeriods: [...this.#periods.values()].sort((a, b) => a.length - b.length),
    };
  }
}

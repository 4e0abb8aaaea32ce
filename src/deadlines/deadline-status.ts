import { z } from "zod";
import { daysBetween, type IsoDate } from "../dates/iso-date.js";
import { parseInput } from "../values/parse-input.js";
import { type LocalizedText } from "../values/primitives.js";
import { IsoDateSchema } from "../dates/iso-date-schema.js";
import { type ClaimDeadlines, ClaimDeadlinesSchema, type Deadline, type DeadlineWhy } from "./claim-deadlines-schema.js";
import { DEADLINE_IDS, type DeadlineId } from "./jurisdiction-profile-schema.js";

/** The schema of `deadlineStatus`'s options. */
export const DeadlineStatusOptionsSchema = z.strictObject({
  /** The day the status is taken on. Required: there is no "today". */
  asOf: IsoDateSchema,
  /** When each deadline was met, where the deadlines do not say yet (notice sent on, paid on, …). Wins over `metOn` in the deadline. */
  metOn: z.partialRecord(z.enum(DEADLINE_IDS), IsoDateSchema).optional(),
});
/** Options of `deadlineStatus`: the day to report on (`asOf`), and when each deadline was met (`metOn`). */
export type DeadlineStatusOptions = z.input<typeof DeadlineStatusOptionsSchema>;

interface StatusCommon {
  readonly id: DeadlineId;
  readonly party: "claimant" | "insurer";
  readonly title: LocalizedText;
}

/**
 * Where one deadline stands on `asOf`. `met` counts only when `metOn` is on or before `asOf`; `onTime` is `null`
 * when there was no due date to compare with. Day counts are calendar days, also for working-day periods.
 */
export type DeadlineStatus =
  | (StatusCommon & { readonly status: "met"; readonly dueOn: IsoDate | null; readonly metOn: IsoDate; readonly onTime: boolean | null; readonly daysLate: number })
  | (StatusCommon & { readonly status: "due"; readonly dueOn: IsoDate; readonly daysLeft: number })
  | (StatusCommon & { readonly status: "overdue"; readonly dueOn: IsoDate; readonly daysOverdue: number })
  | (StatusCommon & { readonly status: "open"; readonly dueOn: null; readonly why: DeadlineWhy })
  | (StatusCommon & { readonly status: "not_applicable"; readonly dueOn: null; readonly why: DeadlineWhy });

/** Where each claim clock stands on `asOf`: each by deadline id, those overdue and those met late. */
export interface DeadlineStatusReport {
  readonly asOf: IsoDate;
  readonly byId: { readonly [Id in DeadlineId]: DeadlineStatus };
  /** Deadlines passed and not met on `asOf`, in `DEADLINE_IDS` order. */
  readonly overdue: readonly DeadlineId[];
  /** Deadlines met after their due date. For `limitation`, a claim brought too late. */
  readonly metLate: readonly DeadlineId[];
}

/**
 * Which deadlines of a claim are met, due (with days left) or overdue (with days over) on `asOf`, which are open
 * without a date, and which do not apply. The subject is anything carrying `deadlines` (a decision, or
 * `{ deadlines: computeClaimDeadlines(…) }`); the dates deadlines were met on that the subject does not know yet
 * (notice sent, paid) come in `options.metOn`.
 *
 * @param subject - `{ deadlines: ClaimDeadlines }`, validated against `ClaimDeadlinesSchema`
 * @param options - `asOf` (required) and optional `metOn` dates by deadline id
 * @returns each deadline's status by id, and the ids overdue or met late
 * @throws ValidationError with paths such as `deadlines.byId.payment.dueOn` or `options.asOf`
 * @example
 * deadlineStatus({ deadlines }, { asOf: "2026-03-04", metOn: { denialNotice: "2026-03-04" } }).byId.denialNotice
 * //=> { id: "denialNotice", party: "insurer", title: {…}, status: "met", dueOn: "2026-03-05", metOn: "2026-03-04", onTime: true, daysLate: 0 }
 */
export function deadlineStatus(subject: { readonly deadlines: ClaimDeadlines }, options: DeadlineStatusOptions): DeadlineStatusReport {
  const deadlines = parseInput(ClaimDeadlinesSchema, subject.deadlines, "deadlines");
  const { asOf, metOn = {} } = parseInput(DeadlineStatusOptionsSchema, options, "options");
  const entries = DEADLINE_IDS.map((id) => [id, statusOf(deadlines.byId[id], metOn[id], asOf)] as const);
  const byId = Object.fromEntries(entries) as DeadlineStatusReport["byId"];
  return {
    asOf,
    byId,
    overdue: entries.filter(([, status]) => status.status === "overdue").map(([id]) => id),
    metLate: entries.filter(([, status]) => status.status === "met" && status.onTime === false).map(([id]) => id),
  };
}

function statusOf(deadline: Deadline, metOnOverride: IsoDate | undefined, asOf: IsoDate): DeadlineStatus {
  const common: StatusCommon = { id: deadline.id, party: deadline.party, title: deadline.title };
  if (deadline.kind === "not_applicable") return { ...common, status: "not_applicable", dueOn: null, why: deadline.why };
  const known = metOnOverride ?? deadline.metOn;
  const metOn = known !== undefined && known <= asOf ? known : undefined;
  if (deadline.kind === "undated") {
    return metOn === undefined
      ? { ...common, status: "open", dueOn: null, why: deadline.why }
      : { ...common, status: "met", dueOn: null, metOn, onTime: null, daysLate: 0 };
  }
  if (metOn !== undefined) {
    const daysLate = Math.max(0, daysBetween(metOn, deadline.dueOn));
    return { ...common, status: "met", dueOn: deadline.dueOn, metOn, onTime: daysLate === 0, daysLate };
  }
  const daysLeft = daysBetween(deadline.dueOn, asOf);
  return daysLeft >= 0
    ? { ...common, status: "due", dueOn: deadline.dueOn, daysLeft }
    : { ...common, status: "overdue", dueOn: deadline.dueOn, daysOverdue: -daysLeft };
}

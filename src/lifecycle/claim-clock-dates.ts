import type { IsoDate } from "../dates/iso-date.js";
import type { DocumentRequestDates } from "../deadlines/claim-deadline-input-schema.js";
import { toMoney, ZERO } from "../money/money.js";
import type { ClaimEventOf } from "./claim-event-schema.js";
import type { ClaimHistory } from "./claim-history.js";

/** The dates of a claim's life that its statutory clocks read, in the shape `computeClaimDeadlines` takes. */
export interface ClaimClockDates {
  /** The report (报案); the submission when there was no report before it. */
  readonly reportedOn?: IsoDate;
  /** The insurer's first receipt of the claim. */
  readonly submittedOn?: IsoDate;
  /** The first round's request for documents. */
  readonly documentRequest?: DocumentRequestDates;
  /** When the documents were complete: the claim's submission without a request, or the documents' arrival after it. */
  readonly documentsCompleteOn?: IsoDate;
  readonly outcome?: ClaimEventOf<"decide">["outcome"];
  readonly determinedOn?: IsoDate;
  readonly amountAgreedOn?: IsoDate;
  readonly denialNoticeSentOn?: IsoDate;
  /** When payments first added up to what the first decision pays. */
  readonly paidOn?: IsoDate;
}

/**
 * The dates the claim clocks count from, read from the claim's history: the report, the first receipt of the claim,
 * the first round's request for documents (sent, reached the claimant) and their arrival, and the first
 * determination (its outcome, date, the agreement on the amount, the denial notice, the day it was paid in full).
 * The clocks of PRC Insurance Law arts. 22–25 answer the claim as first brought: a later decision (after an appeal
 * or a reopening) is a revision, whose own time limits the law does not set, so it does not move them.
 *
 * @param history - the claim's history
 * @returns the dates known so far (a claim not submitted yet has no `submittedOn`)
 * @example
 * claimClockDates(replayClaimEvents("CLM-1", [
 *   { type: "report", on: "2026-02-28" }, { type: "submit", on: "2026-03-02" },
 *   { type: "request_documents", on: "2026-03-10", reachedClaimantOn: "2026-03-12", documents: ["invoice"] },
 *   { type: "receive_documents", on: "2026-03-25" },
 * ]))
 * //=> { reportedOn: "2026-02-28", submittedOn: "2026-03-02", documentRequest: { sentOn: "2026-03-10", reachedClaimantOn: "2026-03-12" }, documentsCompleteOn: "2026-03-25" }
 */
export function claimClockDates(history: ClaimHistory): ClaimClockDates {
  const events = history.events;
  const find = <T extends ClaimEventOf<"report" | "submit" | "request_documents" | "receive_documents" | "decide">["type"]>(type: T, from = 0, to = events.length) =>
    events.slice(from, to).find((event): event is ClaimEventOf<T> => event.type === type);
  const decisionAt = events.findIndex((event) => event.type === "decide");
  const firstRound = decisionAt === -1 ? events.length : decisionAt;
  const report = find("report");
  const submit = find("submit");
  const requestAt = events.findIndex((event, i) => i < firstRound && event.type === "request_documents");
  const request = requestAt === -1 ? undefined : (events[requestAt] as ClaimEventOf<"request_documents">);
  const arrival = request === undefined ? undefined : find("receive_documents", requestAt + 1, firstRound);
  const decision = decisionAt === -1 ? undefined : (events[decisionAt] as ClaimEventOf<"decide">);
  const documentsCompleteOn = request === undefined ? submit?.on : arrival?.on;
  const covered = decision !== undefined && decision.outcome !== "denied";
  const paidOn = covered ? paidInFull(history, decisionAt, decision.payable ?? "0") : undefined;
  const reportedOn = report?.on ?? submit?.on;
  return {
    ...(reportedOn === undefined ? {} : { reportedOn }),
    ...(submit === undefined ? {} : { submittedOn: submit.on }),
    ...(request === undefined ? {} : { documentRequest: { sentOn: request.on, reachedClaimantOn: request.reachedClaimantOn } }),
    ...(documentsCompleteOn === undefined ? {} : { documentsCompleteOn }),
    ...(decision === undefined
      ? {}
      : {
          outcome: decision.outcome,
          determinedOn: decision.on,
          ...(covered ? { amountAgreedOn: decision.amountAgreedOn ?? decision.on } : {}),
          ...(decision.noticeSentOn === undefined ? {} : { denialNoticeSentOn: decision.noticeSentOn }),
          ...(paidOn === undefined ? {} : { paidOn }),
        }),
  };
}

/** The day the payments after the decision at `decisionAt` first reach `payable`; none for a decision paying nothing. */
function paidInFull(history: ClaimHistory, decisionAt: number, payable: string): IsoDate | undefined {
  const due = toMoney(payable);
  if (!due.greaterThan(0)) return undefined;
  let paid = ZERO;
  for (const event of history.events.slice(decisionAt + 1)) {
    if (event.type !== "pay") continue;
    paid = paid.plus(toMoney(event.amount));
    if (paid.greaterThanOrEqualTo(due)) return event.on;
  }
  return undefined;
}

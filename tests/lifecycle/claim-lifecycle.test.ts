import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { addCalendarDays } from "../../src/dates/add-calendar-days.js";
import { deadlineStatus } from "../../src/deadlines/deadline-status.js";
import { toDotPath } from "../../src/errors/adjudicator-error.js";
import { isValidationError } from "../../src/errors/validation-error.js";
import { applyClaimEvent } from "../../src/lifecycle/apply-claim-event.js";
import { claimClockDates } from "../../src/lifecycle/claim-clock-dates.js";
import type { ClaimEventInput } from "../../src/lifecycle/claim-event-schema.js";
import { type ClaimHistory, emptyClaimHistory } from "../../src/lifecycle/claim-history.js";
import { CLAIM_STATES, type ClaimState } from "../../src/lifecycle/claim-states.js";
import { CLAIM_TRANSITIONS } from "../../src/lifecycle/claim-transitions.js";
import { computeClaimDeadlinesFromHistory } from "../../src/lifecycle/compute-claim-deadlines-from-history.js";
import { replayClaimEvents } from "../../src/lifecycle/replay-claim-events.js";
import { deepFreeze } from "../deadlines/fixtures.js";

const ID = "CLM-2026-0042";
const report = (on: string): ClaimEventInput => ({ type: "report", on });
const submit = (on: string): ClaimEventInput => ({ type: "submit", on });
const request = (on: string, reachedClaimantOn: string): ClaimEventInput => ({ type: "request_documents", on, reachedClaimantOn, documents: ["invoice", "discharge_summary"] });
const receive = (on: string): ClaimEventInput => ({ type: "receive_documents", on });
const approve = (on: string, payable: string, decisionId = `dec-${on}`): ClaimEventInput => ({ type: "decide", on, decisionId, outcome: "approved", payable });
const deny = (on: string, extra: { noticeSentOn?: string } = {}): ClaimEventInput => ({ type: "decide", on, decisionId: `dec-${on}`, outcome: "denied", ...extra });
const pay = (on: string, amount: string): ClaimEventInput => ({ type: "pay", on, amount });
const close = (on: string): ClaimEventInput => ({ type: "close", on });
const reopen = (on: string): ClaimEventInput => ({ type: "reopen", on, reason: "a second invoice found" });
const appeal = (on: string): ClaimEventInput => ({ type: "appeal", on, grounds: "the operation was medically necessary (surgeon's letter attached)" });
const withdraw = (on: string): ClaimEventInput => ({ type: "withdraw", on });

/** The states a history passes through, event by event. */
function statesOf(events: readonly ClaimEventInput[]): ClaimState[] {
  const states: ClaimState[] = [];
  events.reduce((history, event) => {
    const next = applyClaimEvent(history, event);
    states.push(next.state);
    return next;
  }, emptyClaimHistory(ID));
  return states;
}

describe("the claim's life: allowed paths", () => {
  test.each([
    {
      name: "reported, submitted complete, decided, paid, closed",
      events: [report("2026-02-28"), submit("2026-03-02"), approve("2026-03-20", "3000.00"), pay("2026-03-25", "3000.00"), close("2026-03-26")],
      states: ["reported", "under_assessment", "decided", "paid", "closed"],
    },
    {
      name: "documents requested and received (art. 22), then decided",
      events: [report("2026-02-28"), submit("2026-03-02"), request("2026-03-10", "2026-03-12"), receive("2026-03-25"), approve("2026-04-10", "3000.00")],
      states: ["reported", "under_assessment", "documents_requested", "under_assessment", "decided"],
    },
    {
      name: "a claim submitted without an earlier report, denied while documents were outstanding, closed",
      events: [submit("2026-03-02"), request("2026-03-03", "2026-03-04"), deny("2026-03-05"), close("2026-03-06")],
      states: ["under_assessment", "documents_requested", "decided", "closed"],
    },
    {
      name: "paid in two instalments",
      events: [submit("2026-03-02"), approve("2026-03-20", "3000.00"), pay("2026-03-21", "1000.00"), pay("2026-03-28", "2000.00"), close("2026-03-29")],
      states: ["under_assessment", "decided", "paid", "paid", "closed"],
    },
    {
      name: "denied, appealed with grounds, more documents asked for, approved on review, paid, closed",
      events: [submit("2026-03-02"), deny("2026-03-20"), appeal("2026-04-01"), request("2026-04-02", "2026-04-03"), receive("2026-04-10"), approve("2026-04-20", "5000.00"), pay("2026-04-22", "5000.00"), close("2026-04-23")],
      states: ["under_assessment", "decided", "appealed", "documents_requested", "under_assessment", "decided", "paid", "closed"],
    },
    {
      name: "closed, reopened for a second invoice, decided again and the difference paid",
      events: [submit("2026-03-02"), approve("2026-03-20", "3000.00"), pay("2026-03-21", "3000.00"), close("2026-03-22"), reopen("2026-05-01"), approve("2026-05-10", "3400.00"), pay("2026-05-12", "400.00"), close("2026-05-13")],
      states: ["under_assessment", "decided", "paid", "closed", "reopened", "decided", "paid", "closed"],
    },
    { name: "withdrawn after the report", events: [report("2026-02-28"), withdraw("2026-03-01")], states: ["reported", "withdrawn"] },
    { name: "an appeal abandoned: closed, the decision stands", events: [submit("2026-03-02"), deny("2026-03-20"), appeal("2026-04-01"), close("2026-04-30")], states: ["under_assessment", "decided", "appealed", "closed"] },
  ] satisfies { name: string; events: ClaimEventInput[]; states: ClaimState[] }[])("$name", ({ events, states }) => {
    expect(statesOf(deepFreeze(events))).toEqual(states);
    expect(replayClaimEvents(ID, events).state).toBe(states.at(-1));
  });
});

describe("the claim's life: refused transitions name the state and the event", () => {
  const submitted = [submit("2026-03-02")];
  const decided = [...submitted, approve("2026-03-20", "3000.00")];
  test.each([
    { name: "a payment before any decision", before: [report("2026-02-28")], event: pay("2026-03-02", "100.00"), path: "event.type", message: 'claim "CLM-2026-0042" is reported: pay is allowed only from decided or paid' },
    { name: "a decision on a closed claim", before: [...decided, pay("2026-03-21", "3000.00"), close("2026-03-22")], event: approve("2026-03-23", "10.00"), path: "event.type", message: 'claim "CLM-2026-0042" is closed: decide is allowed only from under_assessment, documents_requested, reopened or appealed' },
    { name: "a report after the claim", before: submitted, event: report("2026-03-03"), path: "event.type", message: 'claim "CLM-2026-0042" is under_assessment: report is allowed only from not_reported' },
    { name: "a withdrawal after the decision", before: decided, event: withdraw("2026-03-21"), path: "event.type", message: 'claim "CLM-2026-0042" is decided: withdraw is allowed only from reported, under_assessment, documents_requested or reopened' },
    { name: "reopening a claim that is not closed", before: [...decided, pay("2026-03-21", "3000.00")], event: reopen("2026-03-22"), path: "event.type", message: 'claim "CLM-2026-0042" is paid: reopen is allowed only from closed' },
    { name: "documents received with none requested", before: submitted, event: receive("2026-03-05"), path: "event.type", message: 'claim "CLM-2026-0042" is under_assessment: receive_documents is allowed only from documents_requested' },
    {
      name: "a second request for documents in the same round (art. 22: one consolidated notice)",
      before: [...submitted, request("2026-03-03", "2026-03-04"), receive("2026-03-10")],
      event: request("2026-03-11", "2026-03-12"),
      path: "event.type",
      message: 'claim "CLM-2026-0042" is under_assessment: documents were already requested on 2026-03-03; PRC Insurance Law art. 22 asks for everything missing in one consolidated notice',
    },
    { name: "a payment beyond the decision", before: [...decided, pay("2026-03-21", "2000.00")], event: pay("2026-03-22", "1000.01"), path: "event.amount", message: "1000.01 is more than is left to pay: decision dec-2026-03-20 pays 3000.00, 2000 already paid" },
    { name: "a payment on a denial", before: [...submitted, deny("2026-03-20")], event: pay("2026-03-21", "1.00"), path: "event.type", message: 'claim "CLM-2026-0042" is decided: the decision in force (denied) pays nothing' },
    { name: "closing with money still to pay", before: [...decided, pay("2026-03-21", "2000.00")], event: close("2026-03-22"), path: "event.type", message: 'claim "CLM-2026-0042" is paid: 1000 of decision dec-2026-03-20 is not paid yet' },
    { name: "an event dated before the last one", before: decided, event: pay("2026-03-19", "100.00"), path: "event.on", message: "2026-03-19 is before the last event (decide on 2026-03-20): events come in the order they happened" },
    { name: "documents before the request reached the claimant", before: [...submitted, request("2026-03-03", "2026-03-06")], event: receive("2026-03-05"), path: "event.on", message: "2026-03-05 is before the request reached the claimant (2026-03-06)" },
    { name: "an approval that does not say what it pays", before: submitted, event: { type: "decide", on: "2026-03-20", decisionId: "dec-1", outcome: "approved" }, path: "event.payable", message: 'a decision "approved" says what it pays: give payable' },
    { name: "a request reaching the claimant before it was sent", before: submitted, event: request("2026-03-05", "2026-03-04"), path: "event.reachedClaimantOn", message: "a request reaches the claimant at the earliest on the day it is sent" },
    { name: "an appeal without grounds", before: decided, event: { type: "appeal", on: "2026-03-25", grounds: "" }, path: "event.grounds", message: "Too small: expected string to have >=1 characters" },
  ] satisfies { name: string; before: ClaimEventInput[]; event: ClaimEventInput; path: string; message: string }[])("$name", ({ before, event, path, message }) => {
    const history = deepFreeze(replayClaimEvents(ID, before));
    let caught: unknown;
    try {
      applyClaimEvent(history, deepFreeze(event));
    } catch (error) {
      caught = error;
    }
    expect(isValidationError(caught)).toBe(true);
    if (isValidationError(caught)) expect(caught.issues.map((issue) => [toDotPath(issue.path), issue.message])).toEqual([[path, message]]);
    expect(history.events).toHaveLength(before.length); // the history given is unchanged
  });

  test("a refusal is coded refused_transition; a malformed event invalid_input", () => {
    const codeOf = (history: ClaimHistory, event: ClaimEventInput) => {
      try {
        applyClaimEvent(history, event);
      } catch (error) {
        return isValidationError(error) ? error.issues.map((issue) => issue.code) : [];
      }
      return [];
    };
    expect(codeOf(emptyClaimHistory(ID), pay("2026-03-02", "1.00"))).toEqual(["refused_transition"]);
    expect(codeOf(emptyClaimHistory(ID), { type: "report", on: "2026-02-30" })).toEqual(["invalid_input"]);
  });

  test("a replay names the position of the event refused", () => {
    try {
      replayClaimEvents(ID, [submit("2026-03-02"), approve("2026-03-20", "3000.00"), close("2026-03-21")]);
      expect.unreachable();
    } catch (error) {
      expect(isValidationError(error) && error.issues.map((issue) => toDotPath(issue.path))).toEqual(["events[2].type"]);
    }
  });
});

describe("the transition table", () => {
  test("every state can be reached from not_reported, and every state but the two ends leads on to one of them", () => {
    const next = (state: ClaimState) => Object.values(CLAIM_TRANSITIONS).filter((transition) => transition.from.includes(state)).map((transition) => transition.to);
    const reachable = (start: ClaimState) => {
      const seen = new Set<ClaimState>([start]);
      const queue = [start];
      for (let state = queue.shift(); state !== undefined; state = queue.shift()) for (const to of next(state)) if (!seen.has(to)) (seen.add(to), queue.push(to));
      return seen;
    };
    expect([...reachable("not_reported")].sort()).toEqual([...CLAIM_STATES].sort());
    for (const state of CLAIM_STATES) {
      if (state === "withdrawn") expect(next(state)).toEqual([]);
      else expect(reachable(state).has("closed") || reachable(state).has("withdrawn")).toBe(true);
    }
    expect(next("closed")).toEqual(["reopened", "appealed"]);
  });
});

describe("the claim's life as properties", () => {
  // Random walks through the table: at each step any event type, dated on or after the last, amounts in cents.
  const TYPES = Object.keys(CLAIM_TRANSITIONS) as (keyof typeof CLAIM_TRANSITIONS)[];
  type Step = { type: (typeof TYPES)[number]; gap: number; cents: number; outcome: "approved" | "partially_approved" | "denied" };
  const walk = fc.array(
    fc.record({ type: fc.constantFrom(...TYPES), gap: fc.integer({ min: 0, max: 20 }), cents: fc.integer({ min: 1, max: 500_000 }), outcome: fc.constantFrom("approved" as const, "partially_approved" as const, "denied" as const) }),
    { minLength: 1, maxLength: 30 },
  );
  const day = (n: number) => addCalendarDays("2026-01-01", n);
  const eventOf = (step: Step, at: number): ClaimEventInput => {
    const on = day(at);
    const amount = (step.cents / 100).toFixed(2);
    switch (step.type) {
      case "request_documents":
        return request(on, day(at + 1));
      case "receive_documents":
        return receive(day(at + 1));
      case "decide":
        return step.outcome === "denied" ? deny(on) : { type: "decide", on, decisionId: `dec-${at}`, outcome: step.outcome, payable: amount };
      case "pay":
        return pay(on, amount);
      case "reopen":
        return reopen(on);
      case "appeal":
        return appeal(on);
      default:
        return { type: step.type, on } as ClaimEventInput;
    }
  };
  function live(steps: readonly Step[]) {
    let history = emptyClaimHistory(ID);
    let at = 0;
    const accepted: ClaimEventInput[] = [];
    const tried: { before: ClaimState; type: Step["type"]; ok: boolean; codes: string[] }[] = [];
    for (const step of steps) {
      at += step.gap + 1;
      const event = eventOf(step, at);
      const before = history.state;
      try {
        history = applyClaimEvent(history, event);
        accepted.push(event);
        tried.push({ before, type: step.type, ok: true, codes: [] });
      } catch (error) {
        if (!isValidationError(error)) throw error;
        tried.push({ before, type: step.type, ok: false, codes: error.issues.map((issue) => issue.code) });
      }
    }
    return { history, accepted, tried };
  }

  propTest.prop([walk])("replaying the accepted events gives the same history, in the state the table says", (steps) => {
    const { history, accepted } = live(steps);
    expect(replayClaimEvents(ID, accepted)).toEqual(history);
    const last = history.events.at(-1);
    expect(history.state).toBe(last === undefined ? "not_reported" : CLAIM_TRANSITIONS[last.type].to);
  });

  propTest.prop([walk])("an event is accepted only where the table allows it, and every refusal is a refused transition", (steps) => {
    for (const { before, type, ok, codes } of live(steps).tried) {
      if (!CLAIM_TRANSITIONS[type].from.includes(before)) expect(ok).toBe(false);
      if (!ok) expect(codes).toEqual(["refused_transition"]);
    }
  });

  propTest.prop([walk])("what is paid never exceeds what the decision in force pays", (steps) => {
    let payableCents = 0;
    let paidCents = 0;
    for (const event of live(steps).history.events) {
      if (event.type === "decide") payableCents = Math.round(Number(event.payable ?? "0") * 100);
      if (event.type === "pay") {
        paidCents += Math.round(Number(event.amount) * 100);
        expect(paidCents).toBeLessThanOrEqual(payableCents);
      }
    }
  });
});

describe("the statutory clocks read from the claim's life", () => {
  // Issue 10's case as a life: reported 02-28, submitted 03-02, request sent 03-10 and reached the claimant 03-12,
  // documents 03-25; approved 04-10 for 3,000.00, paid 04-15, closed 04-16.
  const life = replayClaimEvents(ID, [
    report("2026-02-28"),
    submit("2026-03-02"),
    request("2026-03-10", "2026-03-12"),
    receive("2026-03-25"),
    approve("2026-04-10", "3000.00"),
    pay("2026-04-15", "3000.00"),
    close("2026-04-16"),
  ]);

  test("the dates the clocks need", () => {
    expect(claimClockDates(life)).toEqual({
      reportedOn: "2026-02-28",
      submittedOn: "2026-03-02",
      documentRequest: { sentOn: "2026-03-10", reachedClaimantOn: "2026-03-12" },
      documentsCompleteOn: "2026-03-25",
      outcome: "approved",
      determinedOn: "2026-04-10",
      amountAgreedOn: "2026-04-10",
      paidOn: "2026-04-15",
    });
  });

  test("the deadlines: determination 04-14 (from the first receipt, 13 days deducted), payment 04-20, limitation restarted by the report", () => {
    const deadlines = computeClaimDeadlinesFromHistory(life, { productLine: "non_life", incidentOn: "2026-02-27", complex: true });
    const byId = deadlines.byId;
    // Mar 3–12 (10) + Mar 26 – Apr 14 (20); met on 04-10.
    expect(byId.determination).toMatchObject({ dueOn: "2026-04-14", metOn: "2026-04-10", suspension: { from: "2026-03-13", to: "2026-03-25", days: 13 } });
    // Agreed 04-10 + 10 days = Mon 04-20; paid 04-15.
    expect(byId.payment).toMatchObject({ dueOn: "2026-04-20", metOn: "2026-04-15" });
    // Known 02-27, reported 02-28: 2 years from the report, Mon 2028-02-28.
    expect(byId.limitation).toMatchObject({ countsFrom: "2026-02-28", dueOn: "2028-02-28", interruptedOn: ["2026-02-28"] });
    const status = deadlineStatus({ deadlines }, { asOf: "2026-04-20" });
    expect([status.overdue, status.metLate]).toEqual([[], []]);
    expect(status.byId.payment).toMatchObject({ status: "met", onTime: true });
  });

  test("while the documents are outstanding the determination is suspended; paid late shows as late", () => {
    const waiting = replayClaimEvents(ID, [submit("2026-03-02"), request("2026-03-10", "2026-03-12")]);
    expect(computeClaimDeadlinesFromHistory(waiting, { productLine: "non_life", incidentOn: "2026-02-27", complex: true }).byId.determination).toMatchObject({
      kind: "undated",
      why: { code: "suspended_for_documents" },
    });
    const late = replayClaimEvents(ID, [submit("2026-03-02"), approve("2026-03-20", "3000.00"), pay("2026-03-25", "1000.00"), pay("2026-04-02", "2000.00")]);
    const deadlines = computeClaimDeadlinesFromHistory(late, { productLine: "non_life", incidentOn: "2026-02-27", complex: false });
    // Agreed 03-20 + 10 = Mon 03-30; paid in full only on 04-02, 3 days late.
    expect(deadlineStatus({ deadlines }, { asOf: "2026-04-10" }).byId.payment).toMatchObject({ status: "met", dueOn: "2026-03-30", metOn: "2026-04-02", daysLate: 3 });
  });

  test("a denial's notice sent with the decision meets art. 24's 3 days", () => {
    const denied = replayClaimEvents(ID, [submit("2026-03-02"), deny("2026-03-20", { noticeSentOn: "2026-03-21" })]);
    const byId = computeClaimDeadlinesFromHistory(denied, { productLine: "non_life", incidentOn: "2026-02-27", complex: false }).byId;
    expect(byId.denialNotice).toMatchObject({ dueOn: "2026-03-23", metOn: "2026-03-21" }); // Mar 20 + 3 = Mon 03-23
  });

  test("a claim only reported has no clocks but the limitation period yet", () => {
    expect(() => computeClaimDeadlinesFromHistory(replayClaimEvents(ID, [report("2026-02-28")]), { productLine: "non_life", incidentOn: "2026-02-27", complex: false })).toThrow(
      /is reported, not submitted yet/,
    );
  });
});

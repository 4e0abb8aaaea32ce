import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { createAdjudicator, type Decision } from "../../src/index.js";

// examples/hospital-cash, clause 2.1: CNY 200.00 a day in hospital after 3 deductible days, at most 30 days a stay.
// Claim CLM-HC-2026-0422-0031: pneumonia, admitted 2026-04-10, discharged 04-18: 8 days; 04-10, 04-11 and 04-12 are
// the deductible days; 04-13 … 04-17 are paid: 5 × 200.00 = 1,000.00. Hospital cash has no invoice to compare, so
// the ledger keeps the days it paid: the same stay sent again on another claim pays none of them again (the
// analytics year found 1,000.00 paid twice so), and a longer stay that overlaps it pays only its new days.
const dir = new URL("../../examples/hospital-cash/", import.meta.url);
const load = (path: string) => JSON.parse(readFileSync(new URL(path, dir), "utf8"));
const adjudicator = createAdjudicator({ policy: load("policy.json"), rules: load("rules.json") });
const first = load("claims/01-approved-pneumonia.json");
const decide = (claim: unknown, accumulators?: Decision["accumulatorsAfter"]) =>
  adjudicator.adjudicate(claim, { asOf: "2026-05-20", ...(accumulators === undefined ? {} : { accumulators }) });
const hospitalCash = (decision: Decision) => decision.coverages.find((coverage) => coverage.coverageId === "hospital-cash")?.payable;

describe("hospital days are paid once over the policy's claims", () => {
  test("the first claim pays 5 days and the ledger records which", async () => {
    const decision = await decide(first);
    expect([decision.outcome, decision.payable]).toEqual(["approved", "1000.00"]);
    expect(decision.accumulatorsAfter.claims[first.id]?.hospitalDaysPaid).toEqual({ "hospital-cash": ["2026-04-13", "2026-04-14", "2026-04-15", "2026-04-16", "2026-04-17"] });
  });

  test("the same stay on another claim number pays nothing again, and says why", async () => {
    const { accumulatorsAfter: ledger } = await decide(first);
    const again = await decide({ ...first, id: "CLM-HC-2026-0520-0077", submittedOn: "2026-05-20" }, ledger);
    expect([again.outcome, again.payable, hospitalCash(again)]).toEqual(["denied", "0.00", "0.00"]);
    const reason = again.reasons.find((entry) => entry.code === "DAYS_ALREADY_PAID");
    expect(reason?.message.en).toBe("5 days of this stay were already paid on claim CLM-HC-2026-0422-0031.");
    expect(reason?.message.zh).toBe("本次住院中 5 日已在理赔申请 CLM-HC-2026-0422-0031 中给付。");
    // Flagged for review, as an invoice paid before is (issue 10 item 2).
    expect(again.flags.filter((flag) => flag.reasonCode === "DAYS_ALREADY_PAID")).toEqual([{ clauseId: reason?.clauseId, reasonCode: "DAYS_ALREADY_PAID", severity: "high", message: reason?.message }]);
    expect(again.benefits.find((benefit) => benefit.coverageId === "hospital-cash")?.adjustments.map((adjustment) => [adjustment.kind, adjustment.amount])).toContainEqual(["days_already_paid", "1000.00"]);
    // A claim that did not take effect claims no day.
    expect(again.accumulatorsAfter.claims["CLM-HC-2026-0520-0077"]?.hospitalDaysPaid).toBeUndefined();
    // The control: on an empty ledger the same claim pays the 5 days.
    expect((await decide({ ...first, id: "CLM-HC-2026-0520-0077", submittedOn: "2026-05-20" })).payable).toBe("1000.00");
  });

  test("a longer stay overlapping the paid one pays its new days only", async () => {
    const { accumulatorsAfter: ledger } = await decide(first);
    // Admitted 04-10, discharged 04-25: 15 days; 3 deductible; 04-13 … 04-24 are 12 days, 5 of them paid already:
    // 7 × 200.00 = 1,400.00.
    const longer = await decide({ ...first, id: "CLM-HC-2026-0520-0078", submittedOn: "2026-05-20", hospitalStay: { ...first.hospitalStay, discharge: "2026-04-25" } }, ledger);
    expect([longer.outcome, longer.payable]).toEqual(["partially_approved", "1400.00"]);
    expect(longer.accumulatorsAfter.claims["CLM-HC-2026-0520-0078"]?.hospitalDaysPaid?.["hospital-cash"]).toEqual(["2026-04-18", "2026-04-19", "2026-04-20", "2026-04-21", "2026-04-22", "2026-04-23", "2026-04-24"]);
  });

  test("the claim decided again is a revision of itself: its own days do not count against it", async () => {
    const { accumulatorsAfter: ledger } = await decide(first);
    const again = await decide(first, ledger);
    expect([again.outcome, again.payable, again.revision?.unchanged]).toEqual(["approved", "1000.00", true]);
  });
});

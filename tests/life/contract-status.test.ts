import { describe, expect, test } from "vitest";
import { contractStatusOn, isIncontestable, waitingPeriodStartOn } from "../../src/life/contract-status.js";
import type { ContractTerms } from "../../src/life/contract-schema.js";

// A long-term contract effective 2026-01-10, to 2045-01-09; annual premium 6,800.00 due each 10 January. The
// 2027-01-10 instalment is unpaid (paid to 2027-01-10). Art. 36: 60 days of grace after the due date, the due date not
// counted: 2027-01-11 … 2027-03-11. From 2027-03-12 the contract is suspended.
const period = { effective: "2026-01-10", expiry: "2045-01-09" };
const annual: ContractTerms = { premium: { amount: "6800.00", frequency: "annual", paidToDate: "2027-01-10", clauseId: "PREM" } };

describe("grace period and suspension (PRC Insurance Law art. 36)", () => {
  test.each([
    { date: "2027-01-09", status: "in_force" },
    // The due date itself: due and unpaid, in the grace period.
    { date: "2027-01-10", status: "grace_period" },
    { date: "2027-03-11", status: "grace_period" },
    { date: "2027-03-12", status: "suspended" },
  ])("$date: $status", ({ date, status }) => {
    expect(contractStatusOn(annual, period, date).status).toBe(status);
  });

  test("in the grace period: the instalment due, its date, the last day of grace", () => {
    expect(contractStatusOn(annual, period, "2027-02-01")).toMatchObject({ dueOn: "2027-01-10", graceEndsOn: "2027-03-11", instalments: 1, clauseId: "PREM" });
    const status = contractStatusOn(annual, period, "2027-02-01");
    expect(status.status === "grace_period" && status.unpaid.toFixed(2)).toBe("6800.00");
    expect(contractStatusOn(annual, period, "2027-03-12")).toEqual({ status: "suspended", since: "2027-03-12", dueOn: "2027-01-10", clauseId: "PREM" });
  });

  test("monthly 500.00 unpaid since 2027-01-10: the premium due is every instalment due by the day, the grace counted from the first", () => {
    const monthly = (graceDays: number): ContractTerms => ({ premium: { amount: "500.00", frequency: "monthly", paidToDate: "2027-01-10", graceDays, clauseId: "PREM" } });
    // 30 days of grace: 2027-01-11 … 2027-02-09; one instalment due on the last day, suspended on 2027-02-10.
    const last = contractStatusOn(monthly(30), period, "2027-02-09");
    expect(last.status === "grace_period" && [last.instalments, last.unpaid.toFixed(2), last.graceEndsOn]).toEqual([1, "500.00", "2027-02-09"]);
    expect(contractStatusOn(monthly(30), period, "2027-02-10").status).toBe("suspended");
    // 60 days: on 2027-02-10 the February instalment is due as well: 2 × 500.00 = 1,000.00.
    const two = contractStatusOn(monthly(60), period, "2027-02-10");
    expect(two.status === "grace_period" && [two.instalments, two.unpaid.toFixed(2), two.dueOn]).toEqual([2, "1000.00", "2027-01-10"]);
  });

  test("a premium waived from a date counts as paid", () => {
    expect(contractStatusOn(annual, period, "2027-02-01", "2027-01-10").status).toBe("in_force");
    expect(contractStatusOn(annual, period, "2027-02-01", "2028-01-10").status).toBe("grace_period");
  });

  test("after the last instalment (交费期满) nothing more falls due", () => {
    const paidUp: ContractTerms = { premium: { amount: "6800.00", frequency: "annual", lastDueOn: "2035-01-10", paidToDate: "2036-01-10", clauseId: "PREM" } };
    expect(contractStatusOn(paidUp, period, "2040-06-01").status).toBe("in_force");
  });

  test("a suspension later reinstated: the days in it have no cover; the arrears are paid by the reinstatement", () => {
    const reinstated: ContractTerms = { ...annual, reinstatements: [{ suspendedFrom: "2027-03-12", reinstatedOn: "2027-09-01" }] };
    expect(contractStatusOn(reinstated, period, "2027-08-31")).toEqual({ status: "suspended", since: "2027-03-12", reinstatedOn: "2027-09-01", clauseId: "PREM" });
    // The paid-to date was not moved on: the reinstatement paid the 2027-01-10 instalment all the same.
    expect(contractStatusOn(reinstated, period, "2027-09-01").status).toBe("in_force");
    expect(contractStatusOn(reinstated, period, "2028-01-10").status).toBe("grace_period");
  });
});

describe("waiting periods start again on reinstatement (art. 37)", () => {
  const reinstated: ContractTerms = { reinstatements: [{ suspendedFrom: "2027-03-12", reinstatedOn: "2027-09-01" }] };
  test.each([
    { terms: reinstated, date: "2027-08-31", from: "2026-01-10" },
    { terms: reinstated, date: "2027-09-01", from: "2027-09-01" },
    { terms: { reinstatements: [{ suspendedFrom: "2027-03-12", reinstatedOn: "2027-09-01", restartsWaitingPeriods: false }] }, date: "2027-10-01", from: "2026-01-10" },
  ])("incident $date: from $from", ({ terms, date, from }) => {
    expect(waitingPeriodStartOn(terms, period, date).from).toBe(from);
  });
});

describe("incontestability (art. 16): more than two years after formation or the latest reinstatement", () => {
  // Formed 2026-01-10: contestable to 2028-01-10 (the corresponding day), incontestable from 2028-01-11.
  test.each([
    { terms: {}, date: "2028-01-10", incontestable: false },
    { terms: {}, date: "2028-01-11", incontestable: true },
    { terms: { formedOn: "2026-01-05" }, date: "2028-01-06", incontestable: true },
    { terms: { incontestability: { years: 3 } }, date: "2029-01-10", incontestable: false },
    { terms: { incontestability: { years: 3 } }, date: "2029-01-11", incontestable: true },
    // Reinstated 2027-09-01: the two years count again, to 2029-09-01.
    { terms: { reinstatements: [{ suspendedFrom: "2027-03-12", reinstatedOn: "2027-09-01" }] }, date: "2029-09-01", incontestable: false },
    { terms: { reinstatements: [{ suspendedFrom: "2027-03-12", reinstatedOn: "2027-09-01" }] }, date: "2029-09-02", incontestable: true },
    { terms: { reinstatements: [{ suspendedFrom: "2027-03-12", reinstatedOn: "2027-09-01" }], incontestability: { fromReinstatement: false } }, date: "2028-01-11", incontestable: true },
  ] satisfies { terms: ContractTerms; date: string; incontestable: boolean }[])("$date $terms: $incontestable", ({ terms, date, incontestable }) => {
    expect(isIncontestable(terms, period, date)).toBe(incontestable);
  });
});

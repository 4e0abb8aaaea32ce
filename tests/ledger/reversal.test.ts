import { describe, expect, test } from "vitest";
import { isValidationError, toDotPath, type ClaimInput } from "../../src/index.js";
import { loadExampleProduct } from "../support/example-product.js";

// Issue 10 item 3, reversal: "voiding a decision: the ledger gives back what it took, and a payment already made
// becomes an overpayment to recover". tests/ledger/claim-history.test.ts checks the ledger given back; here what the
// reversal says, the options it refuses, and a withdrawn claim sent again.
// examples/hospital-cash claim 01: pneumonia, 8 days in hospital, 3 deductible days, 5 × 200.00 = 1,000.00.
const cash = loadExampleProduct("hospital-cash");
const pneumonia = cash.cases.find((entry) => entry.key === "01-approved-pneumonia");
if (pneumonia === undefined) throw new Error("the hospital-cash example 01 is missing");
const claim = pneumonia.claim as ClaimInput & { id: string };
const issuesOf = (run: () => unknown): [string, string, string][] => {
  try {
    run();
  } catch (error) {
    if (isValidationError(error)) return error.issues.map((issue) => [issue.code, toDotPath(issue.path), issue.message]);
    throw error;
  }
  return [];
};
const rejects = async (run: () => Promise<unknown>): Promise<[string, string, string][]> => {
  try {
    await run();
  } catch (error) {
    if (isValidationError(error)) return error.issues.map((issue) => [issue.code, toDotPath(issue.path), issue.message]);
    throw error;
  }
  return [];
};

describe("a reversal says what it does, in zh and en", () => {
  test("1,000.00 paid is to recover", async () => {
    const decided = await cash.run(pneumonia);
    expect(decided.payable).toBe("1000.00");
    const reversal = cash.adjudicator.reverse(claim.id, { asOf: "2026-06-01", accumulators: decided.accumulatorsAfter, reason: "the stay was not confirmed by the hospital" });
    expect(reversal.toRecover).toBe("1000.00");
    expect(reversal.explanation).toEqual({
      en: `The decision ${decided.meta.decisionId} on claim ${claim.id} is withdrawn as of 1 June 2026: what it took from the policy's limits, deductibles and invoices is given back, and the CNY 1,000.00 paid on it is an overpayment to recover.`,
      zh: `理赔申请 ${claim.id} 的原决定 ${decided.meta.decisionId} 自 2026年6月1日 起撤销，其占用的保险金额、免赔额及发票予以恢复；已就该决定支付的 ¥1,000.00 为多付款项，应予追回。`,
    });
    // The hospital days it paid are free again: the same stay on another claim pays them.
    const again = await cash.adjudicator.adjudicate({ ...claim, id: "CLM-HC-2026-0602-0001", submittedOn: "2026-06-02" }, { asOf: "2026-06-02", accumulators: reversal.accumulatorsAfter });
    expect(again.payable).toBe("1000.00");
  });

  test("nothing paid: nothing to recover", async () => {
    const decided = await cash.run(pneumonia);
    const reversal = cash.adjudicator.reverse(claim.id, { asOf: "2026-06-01", accumulators: decided.accumulatorsAfter, paid: "0.00" });
    expect([reversal.toRecover, reversal.explanation.en.endsWith("given back; nothing was paid on it, so nothing is to be recovered."), reversal.explanation.zh.endsWith("予以恢复；该决定未支付款项，无需追回。")]).toEqual(["0.00", true, true]);
  });
});

describe("what a reversal refuses, each a ValidationError with its path", () => {
  // Measured: paid "1000.005" threw a RangeError from the money formatter; a reversal dated before the decision it
  // withdraws was accepted.
  test.each([
    { name: "an amount paid finer than the currency's minor unit", options: { asOf: "2026-06-01", paid: "1000.005" }, expected: [["invalid_input", "options.paid", "1000.005 has 3 decimals; CNY amounts have at most 2"]] },
    { name: "a date before the decision it withdraws", options: { asOf: "2026-04-27" }, expected: [["invalid_input", "options.asOf", "asOf 2026-04-27 is before the decision it withdraws (revision 1, decided as of 2026-04-28)"]] },
  ])("$name", async ({ options, expected }) => {
    const decided = await cash.run(pneumonia);
    expect(decided.meta.asOf).toBe("2026-04-28");
    expect(issuesOf(() => cash.adjudicator.reverse(claim.id, { ...options, accumulators: decided.accumulatorsAfter }))).toEqual(expected);
  });

  test("the decision's own day is accepted", async () => {
    const decided = await cash.run(pneumonia);
    expect(cash.adjudicator.reverse(claim.id, { asOf: "2026-04-28", accumulators: decided.accumulatorsAfter }).revision).toBe(2);
  });
});

describe("a withdrawn claim sent again is not paid again unless the revision says why", () => {
  // Measured: the same claim adjudicated again on the ledger the reversal left was approved as revision 3, paying the
  // 1,000.00 again (an "additional payment") while the same 1,000.00 was to be recovered.
  test("without a revision: refused, naming the withdrawal", async () => {
    const decided = await cash.run(pneumonia);
    const reversal = cash.adjudicator.reverse(claim.id, { asOf: "2026-06-01", accumulators: decided.accumulatorsAfter });
    expect(await rejects(() => cash.adjudicator.adjudicate(claim, { asOf: "2026-06-02", accumulators: reversal.accumulatorsAfter }))).toEqual([
      ["invalid_input", "options.revision", `the decision on claim "${claim.id}" was withdrawn as of 2026-06-01 (revision 2): to decide it again, say why with "revision" (e.g. { reason: "re_adjudication", grounds: "…" })`],
    ]);
  });

  test("with one: reinstated as revision 3, the 1,000.00 payable again", async () => {
    const decided = await cash.run(pneumonia);
    const reversal = cash.adjudicator.reverse(claim.id, { asOf: "2026-06-01", accumulators: decided.accumulatorsAfter });
    const reinstated = await cash.adjudicator.adjudicate(claim, { asOf: "2026-06-02", accumulators: reversal.accumulatorsAfter, revision: { reason: "re_adjudication", grounds: "the hospital confirmed the stay" } });
    expect([reinstated.payable, reinstated.revision.number, reinstated.revision.supersedes?.outcome, reinstated.revision.delta?.settlement, reinstated.revision.delta?.amount]).toEqual(["1000.00", 3, "voided", "additional_payment", "1000.00"]);
  });
});

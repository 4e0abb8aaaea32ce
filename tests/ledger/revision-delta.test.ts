import { expect, test } from "vitest";
import { loadHistories } from "../../examples/load-histories.js";
import { createAdjudicator, type Decision, type Ledger } from "../../src/index.js";
import { smallClaim, smallPolicy, smallRules } from "../support/fixtures.js";

// Issue 10 item 3: "the decision states the delta: an additional payment, nothing, or an overpayment to recover, with
// the lines and reasons that changed". The amounts and lines are tested in tests/ledger/claim-history.test.ts; here
// the reasons that changed (revision.delta.reasonsAdded / reasonsRemoved).

test("documents supplied: the missing original's reason is removed (examples/accident/history steps 2 and 3)", async () => {
  const [history] = loadHistories().filter((entry) => entry.product === "accident");
  if (history === undefined) throw new Error("examples/accident/history is missing");
  const adjudicator = createAdjudicator({ policy: history.policy, rules: history.rules });
  let ledger: Ledger | undefined;
  const decisions: Decision[] = [];
  for (const step of history.steps.slice(0, 3)) {
    const decision = await adjudicator.adjudicate(step.claim, { asOf: step.asOf, ...(ledger === undefined ? {} : { accumulators: ledger }), ...(step.revision === undefined ? {} : { revision: step.revision }) });
    decisions.push(decision);
    ledger = decision.accumulatorsAfter;
  }
  const [, pending, decided] = decisions as [Decision, Decision, Decision];
  expect(pending.reasons.map((reason) => reason.code)).toEqual(["DOCUMENT_ORIGINAL_REQUIRED"]);
  // The follow-up pays 856.44 once its original invoice arrived (worked in tests/examples/accident-history.test.ts).
  expect(decided.revision.delta).toEqual({ payable: "856.44", settlement: "additional_payment", amount: "856.44", lines: [{ lineId: "L1", before: "0.00", after: "208.44" }, { lineId: "L2", before: "0.00", after: "648.00" }], reasonsAdded: [], reasonsRemoved: ["DOCUMENT_ORIGINAL_REQUIRED"] });
});

test("a correction adding a line the policy does not cover: its reason is added, the payment unchanged", async () => {
  const adjudicator = createAdjudicator({ policy: smallPolicy(), rules: smallRules() });
  // 12,000.00 of medicine − the 10,000.00 deductible = 2,000.00.
  const claim = smallClaim([{ amount: "12000.00" }]);
  const first = await adjudicator.adjudicate(claim, { asOf: "2026-06-20" });
  expect(first.payable).toBe("2000.00");
  // The corrected claim adds 500.00 of nursing, a category the coverage does not list: it pays nothing.
  const corrected = smallClaim([{ amount: "12000.00" }, { amount: "500.00", category: "nursing" }]);
  const second = await adjudicator.adjudicate(corrected, { asOf: "2026-06-21", accumulators: first.accumulatorsAfter, revision: { reason: "correction", grounds: "a nursing invoice left out" } });
  expect(second.payable).toBe("2000.00");
  expect(second.reasons.filter((reason) => reason.lineId === "L2").map((reason) => reason.code)).toEqual(["CATEGORY_NOT_COVERED"]);
  // delta.lines lists the lines whose payable moved: L2 pays 0.00 as it would have, so none; the reason is new.
  expect(second.revision.delta).toEqual({ payable: "0.00", settlement: "no_change", amount: "0.00", lines: [], reasonsAdded: ["CATEGORY_NOT_COVERED"], reasonsRemoved: [] });
});

test("a correction removing a line billed in error: the line is in the delta, from what it paid to 0.00", async () => {
  // Measured defect: the claim decided again without line L2 recovered its 500.00 in `delta.payable`, but
  // `delta.lines` was empty, so the line-by-line delta did not say where the recovery came from.
  const adjudicator = createAdjudicator({ policy: smallPolicy(), rules: smallRules() });
  // 10,000.00 + 500.00 of medicine − the 10,000.00 deductible = 500.00, all of it from L2 (consumed in line order).
  const claim = smallClaim([{ amount: "10000.00" }, { amount: "500.00" }]);
  const first = await adjudicator.adjudicate(claim, { asOf: "2026-06-20" });
  expect([first.payable, first.lines.map((line) => line.payable)]).toEqual(["500.00", ["0.00", "500.00"]]);
  const corrected = { ...claim, lines: claim.lines.slice(0, 1) };
  const second = await adjudicator.adjudicate(corrected, { asOf: "2026-06-21", accumulators: first.accumulatorsAfter, revision: { reason: "correction", grounds: "L2 was billed twice" } });
  expect(second.payable).toBe("0.00");
  expect(second.revision.delta).toEqual({ payable: "-500.00", settlement: "recovery", amount: "500.00", lines: [{ lineId: "L2", before: "500.00", after: "0.00" }], reasonsAdded: [], reasonsRemoved: [] });
  // Deciding the corrected claim once more changes nothing: no line moves.
  const third = await adjudicator.adjudicate(corrected, { asOf: "2026-06-22", accumulators: second.accumulatorsAfter });
  expect(third.revision).toMatchObject({ unchanged: true, delta: { payable: "0.00", lines: [] } });
});

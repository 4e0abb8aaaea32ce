import { describe, expect, test } from "vitest";
import { loadHistories } from "../../examples/load-histories.js";
import { createAdjudicator, type Decision, type Ledger } from "../../src/index.js";

// examples/accident/history: one accident (赵磊 slips on the metro steps on 2026-03-14, incident INC-ACC-2026-0314-ZL)
// and the claims it brings, each decided against the ledger the one before left. Clause 2.3 (accident medical):
// "扣除已从社会医疗保险及其他途径获得的补偿后，每次事故扣除免赔额人民币 100 元，按 90% 给付", within 50,000.00 a year.
//
// 1. CLM-ACC-2026-0327-0011, the fracture (as examples/accident/claims/01): billed − social insurance = 9,336.98;
//    − 100.00 for the incident = 9,236.98; × 90% = 8,313.28 (half-up per line: 431.03 + 2,600.10 + 4,677.12 + 371.75
//    + 129.60 + 103.68); hospital cash 6 days − 3 deductible days = 3 × 100.00 = 300.00. Payable 8,613.28.
// 2. CLM-ACC-2026-0612-0042, the follow-up, with only a copy of its invoice: pending documents, nothing taken.
// 3. The same claim, the original invoice supplied: revision 2. The incident's 100.00 was taken on claim 1, so nothing
//    is deducted: L1 (386.00 − 154.40) × 90% = 208.44; L2 (1,200.00 − 480.00) × 90% = 648.00; payable 856.44, all of it
//    a further payment on a decision that paid 0.00. Paid this year before it: 8,313.28.
//    Were the follow-up its own incident, it would bear 100.00 again: (951.60 − 100.00) × 90% = 766.44.
// 4. CLM-ACC-2026-0702-0057 claims the operation's line of invoice 32010026-0073315 again, paid on claim 1: the line
//    pays nothing (duplicate invoice), the claim is denied and flagged.
const [history] = loadHistories().filter((entry) => entry.product === "accident");
if (history === undefined) throw new Error("examples/accident/history is missing");
const adjudicator = createAdjudicator({ policy: history.policy, rules: history.rules });

async function run(steps = history!.steps): Promise<Decision[]> {
  const decisions: Decision[] = [];
  let ledger: Ledger | undefined;
  for (const step of steps) {
    const decision = await adjudicator.adjudicate(step.claim, {
      asOf: step.asOf,
      ...(ledger === undefined ? {} : { accumulators: ledger }),
      ...(step.revision === undefined ? {} : { revision: step.revision }),
    });
    decisions.push(decision);
    ledger = decision.accumulatorsAfter;
  }
  return decisions;
}

describe("examples/accident/history: one accident, its claims one after the other", () => {
  test.each([
    { step: 1, claimId: "CLM-ACC-2026-0327-0011", revision: 1, outcome: "approved", payable: "8613.28", lines: ["431.03", "2600.10", "4677.12", "371.75", "129.60", "103.68"], reasons: [] },
    { step: 2, claimId: "CLM-ACC-2026-0612-0042", revision: 1, outcome: "pending_documents", payable: "0.00", lines: ["0.00", "0.00"], reasons: ["DOCUMENT_ORIGINAL_REQUIRED"] },
    { step: 3, claimId: "CLM-ACC-2026-0612-0042", revision: 2, outcome: "approved", payable: "856.44", lines: ["208.44", "648.00"], reasons: [] },
    { step: 4, claimId: "CLM-ACC-2026-0702-0057", revision: 1, outcome: "denied", payable: "0.00", lines: ["0.00"], reasons: ["DUPLICATE_INVOICE"] },
  ])("step $step: $claimId revision $revision is $outcome, $payable", async ({ step, claimId, revision, outcome, payable, lines, reasons }) => {
    const decision = (await run())[step - 1] as Decision;
    expect(decision.claimId).toBe(claimId);
    expect(decision.revision.number).toBe(revision);
    expect(decision.outcome).toBe(outcome);
    expect(decision.payable).toBe(payable);
    expect(decision.lines.map((line) => line.payable)).toEqual(lines);
    expect(decision.reasons.map((reason) => reason.code)).toEqual(reasons);
  });

  test("the follow-up bears no second deductible for the same incident, and the ledger says what was already paid", async () => {
    const decisions = await run();
    const followUp = decisions[2] as Decision;
    const deductible = followUp.calculation.find((step) => step.step === "per_incident_deductible");
    expect(deductible?.inputs).toMatchObject({ perIncidentDeductible: "100.00", usedOnTheIncidentBefore: "100.00", remaining: "0.00" });
    expect(followUp.calculation.find((step) => step.step === "annual_limit")?.inputs).toMatchObject({ paidBefore: "8313.28", annualLimitRemaining: "41686.72" });
    expect(followUp.revision).toMatchObject({ reason: "supplementary_documents", supersedes: { outcome: "pending_documents", payable: "0.00" }, delta: { payable: "856.44", settlement: "additional_payment", amount: "856.44" } });
    expect(followUp.explanation.en).toContain("because the documents that were missing arrived: a further CNY 856.44 is payable.");
    expect(followUp.explanation.zh).toContain("因所缺资料已补齐，本决定取代原决定");
    expect(followUp.explanation.zh).toContain("应补付 ¥856.44");
  });

  test("the same follow-up as an incident of its own bears the 100.00 again: 766.44", async () => {
    const steps = history!.steps.map((step, i) => (i === 1 || i === 2 ? { ...step, claim: { ...(step.claim as Record<string, unknown>), incident: { ...((step.claim as { incident: Record<string, unknown> }).incident), id: "INC-ACC-2026-0605-OTHER" } } } : step));
    const decisions = await run(steps);
    expect(decisions[2]?.payable).toBe("766.44");
    expect(decisions[2]?.lines.map((line) => line.payable)).toEqual(["118.44", "648.00"]);
  });

  test("the operation's invoice claimed again pays nothing, is flagged, and stays the first claim's", async () => {
    const decisions = await run();
    const again = decisions[3] as Decision;
    expect(again.flags.map((flag) => flag.reasonCode)).toEqual(["DUPLICATE_INVOICE"]);
    expect(again.explanation.en).toContain("Invoice 32010026-0073315 was already claimed on claim CLM-ACC-2026-0327-0011.");
    expect(again.explanation.zh).toContain("发票 32010026-0073315 已在理赔申请 CLM-ACC-2026-0327-0011 中申请理赔。");
    const ledger = again.accumulatorsAfter;
    expect(Object.keys(ledger.claims)).toEqual(["CLM-ACC-2026-0327-0011", "CLM-ACC-2026-0612-0042", "CLM-ACC-2026-0702-0057"]);
    expect(ledger.claims["CLM-ACC-2026-0327-0011"]?.invoices).toEqual({ "32010026-0073315": "8313.28" });
    expect(ledger.claims["CLM-ACC-2026-0702-0057"]?.invoices).toEqual({});
    // What the year has paid from the accident medical benefit: 8,313.28 + 856.44.
    expect(again.counters.after.coverages["accident-medical"]?.paid).toBe("9169.72");
    expect(again.counters.after.coverages["accident-hospital-cash"]?.daysPaid).toBe(3);
  });
});

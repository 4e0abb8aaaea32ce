import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, test } from "vitest";
import { createAdjudicator } from "../../src/create-adjudicator.js";
import type { Decision } from "../../src/decision/decision-schema.js";
import { caseFileTests, claimMatchers, type ClaimMatchers } from "../../src/testing/index.js";

// What a user writes once in a vitest setup file.
expect.extend(claimMatchers);
declare module "vitest" {
  interface Matchers<T = any> extends ClaimMatchers<T> {}
}

const dir = new URL("../../examples/medical/", import.meta.url).pathname;
const readJson = (file: string): unknown => JSON.parse(readFileSync(`${dir}${file}`, "utf8"));
const adjudicator = createAdjudicator({ policy: readJson("policy.json"), rules: readJson("rules.json") });

// The way a rule author tests in code: a folder of case files becomes test cases.
describe("examples/medical/cases through caseFileTests and toMatchCase", () => {
  test.each(caseFileTests(`${dir}cases`))("$name", async (testCase) => {
    const decision = await adjudicator.adjudicate(testCase.claim, { asOf: testCase.asOf, ...(testCase.accumulators !== undefined ? { accumulators: testCase.accumulators as never } : {}) });
    expect(decision).toMatchCase(testCase.expect);
  });
});

describe("matchers on decisions", () => {
  let pending: Decision;
  let partial: Decision;
  beforeAll(async () => {
    const [pendingCase, partialCase] = caseFileTests(`${dir}cases/07-pending-several-documents.json`, `${dir}cases/09-partial-items-excluded.json`);
    if (pendingCase === undefined || partialCase === undefined) throw new Error("example cases missing");
    pending = await adjudicator.adjudicate(pendingCase.claim, { asOf: pendingCase.asOf });
    partial = await adjudicator.adjudicate(partialCase.claim, { asOf: partialCase.asOf, accumulators: partialCase.accumulators as never });
  });

  test("pass where the decision says so", () => {
    expect(pending).toHaveOutcome("pending_documents");
    expect(pending).toRequestDocuments(["si_exclusion_proof", "invoice", "invoice", "discharge_summary", "accident_report", "relationship_proof"]);
    expect(partial).toPay("13280.3");
    expect(partial).toPayLine("L2", "10400");
    expect(partial).toPayCoverage("inpatient-medical", "13280.30");
    expect(partial).toTriggerRule("non-medical-items-4.4");
    expect(partial).toHaveReasons(["NON_MEDICAL_ITEM", "BEFORE_INCIDENT", "NON_MEDICAL_ITEM"]);
    expect(partial).not.toTriggerRule("large-claim-5.4");
    expect(partial).not.toPay("13280.31");
  });

  const failures: { name: string; check: () => void; message: string | RegExp }[] = [
    { name: "toHaveOutcome", check: () => expect(partial).toHaveOutcome("approved"), message: "expected the decision to have outcome approved, it is partially_approved" },
    { name: "toPay", check: () => expect(partial).toPay("13280.31"), message: "expected the decision to pay 13280.31, it pays 13280.30" },
    { name: "not.toPay", check: () => expect(partial).not.toPay("13280.30"), message: "expected the decision not to pay 13280.30, it pays 13280.30" },
    { name: "toPayLine on a line that does not exist", check: () => expect(partial).toPayLine("L9", "1"), message: "expected the decision to pay 1 on line L9, it pays nothing (no such line)" },
    { name: "toTriggerRule", check: () => expect(partial).toTriggerRule("waiting-period-3.1"), message: /to trigger rule waiting-period-3.1; rules that fired: non-medical-items-4.4, before-incident-4.4, late-report-5.1/ },
    {
      name: "toRequestDocuments shows what is missing and what is extra",
      check: () => expect(pending).toRequestDocuments(["invoice", "police_report"]),
      message: /missingDocuments\n {2}- police_report +expected, not in the decision\n {2}\+ invoice +in the decision, not expected/,
    },
    { name: "toMatchCase prints the diff", check: () => expect(partial).toMatchCase({ outcome: "approved", payable: "1" }), message: /outcome\n {2}- expected {2}approved\n {2}\+ actual {4}partially_approved\npayable\n/ },
    { name: "a value that is not a decision", check: () => expect({ outcome: 1 }).toPay("1"), message: /expected a decision from adjudicate\(\)/ },
  ];

  test.each(failures)("$name fails with a message that says why", ({ check, message }) => {
    expect(check).toThrowError(message);
  });
});

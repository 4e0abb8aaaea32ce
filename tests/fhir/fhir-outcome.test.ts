import { expect, test } from "vitest";
import { toFhirRemittanceOutcome } from "../../src/fhir/fhir-outcome.js";
import { OUTCOMES } from "../../src/decision/decision-schema.js";

// R4 remittance-outcome is processing status: queued | complete | error | partial. Approval is not an outcome.
const cases = [
  { outcome: "approved", expected: "complete" },
  { outcome: "partially_approved", expected: "complete" },
  { outcome: "denied", expected: "complete" },
  { outcome: "pending_documents", expected: "partial" },
  { outcome: "referred", expected: "partial" },
] as const;

test.each(cases)("$outcome → $expected", ({ outcome, expected }) => {
  expect(toFhirRemittanceOutcome(outcome)).toBe(expected);
});

test("every outcome of the decision has a code", () => {
  expect(OUTCOMES.map((outcome) => toFhirRemittanceOutcome(outcome))).toEqual(cases.map((entry) => entry.expected));
});

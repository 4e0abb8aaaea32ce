import { describe, expect } from "vitest";
import type { Decision } from "../../src/index.js";
import { loadExampleProduct, testExampleSuite, testWorkedCases } from "../support/example-product.js";

// examples/flight-delay (annual cover 2026-03-01 … 2027-02-28): coverage flight-delay (clause 2.1) measures the
// DEPARTURE delay, scheduled → actual, each time with its own UTC offset; tiers ≥ 3 h 200.00, ≥ 6 h 500.00,
// ≥ 12 h 1,000.00, the highest tier reached pays; 2,000.00 in all over the period (clause 2.2, ledger `paid`).
interface Expected {
  readonly outcome: Decision["outcome"];
  readonly payable: string;
  /** Status and payable of the coverage; absent when a deny rule or missing documents stop the claim first. */
  readonly coverage?: readonly [Decision["coverages"][number]["status"], string];
  /** Minutes of departure delay the calculation measured, and the tier (hours) it reached. */
  readonly delayMinutes?: string;
  readonly tierHours?: string;
  /** The benefit: the tier's amount, what the limit took off, what is paid. */
  readonly benefit?: { readonly gross: string; readonly adjustments: readonly (readonly [string, string])[]; readonly payable: string };
  readonly reasons: readonly (readonly [string, string])[];
  readonly flags?: readonly string[];
  readonly missing?: readonly string[];
  /** Ledger `paid` of the coverage after the claim. */
  readonly paidAfter: string;
}

const expected: Record<string, Expected> = {
  // 08:00 → 11:25, both +08:00: 3 h 25 min = 205 minutes ≥ 180: the 3-hour tier, 200.00.
  "01-approved-three-hour-tier": {
    outcome: "approved",
    payable: "200.00",
    coverage: ["paid", "200.00"],
    delayMinutes: "205",
    tierHours: "3",
    benefit: { gross: "200.00", adjustments: [], payable: "200.00" },
    reasons: [],
    paidAfter: "200.00",
  },
  // London, night of 28–29 March 2026, when the UK moves from GMT (+00:00) to BST (+01:00) at 01:00 GMT.
  // Scheduled 2026-03-28 21:35+00:00 = 21:35Z; actual 2026-03-29 04:15+01:00 = 03:15Z: 5 h 40 min = 340 minutes.
  // The 3-hour tier, 200.00; reading the wall clocks (21:35 → 04:15 = 6 h 40 min) would wrongly pay the 6-hour 500.00.
  "02-approved-across-clock-change": {
    outcome: "approved",
    payable: "200.00",
    coverage: ["paid", "200.00"],
    delayMinutes: "340",
    tierHours: "3",
    benefit: { gross: "200.00", adjustments: [], payable: "200.00" },
    reasons: [],
    paidAfter: "200.00",
  },
  // 09:40 → 22:15: 12 h 35 min = 755 minutes ≥ 720: the 12-hour tier, 1,000.00. 2,000.00 − 1,700.00 paid before =
  // 300.00 left: 300.00 paid, 700.00 taken off by the limit (partial). ≥ 720 minutes also flags VERIFY_FLIGHT_DATA.
  "03-partial-limit-reached": {
    outcome: "partially_approved",
    payable: "300.00",
    coverage: ["paid", "300.00"],
    delayMinutes: "755",
    tierHours: "12",
    benefit: { gross: "1000.00", adjustments: [["benefit_maximum", "700.00"]], payable: "300.00" },
    reasons: [["LIMIT_REACHED", "2.1"]],
    flags: ["VERIFY_FLIGHT_DATA"],
    paidAfter: "2000.00",
  },
  // Departure 07:00 → 09:50 = 170 minutes < 180: no tier. The arrival was 200 minutes late (09:15 → 12:35), but the
  // wording measures departure. Nothing payable because of the terms' threshold: denied with DELAY_BELOW_THRESHOLD.
  "04-denied-below-first-tier": {
    outcome: "denied",
    payable: "0.00",
    coverage: ["nothing_payable", "0.00"],
    delayMinutes: "170",
    tierHours: "none",
    reasons: [["DELAY_BELOW_THRESHOLD", "2.1"]],
    paidAfter: "0.00",
  },
  // The delay certificate is required for every flight_delay incident (requirement with `when` on incidentType); the
  // claim has the boarding pass but no certificate: pending, nothing calculated (it would be 19:30 → 00:05 next day =
  // 275 minutes, the 3-hour tier, once the certificate arrives).
  "05-pending-delay-certificate": {
    outcome: "pending_documents",
    payable: "0.00",
    reasons: [["DOCUMENT_MISSING", "5.2"]],
    missing: ["flight_delay_certificate::missing"],
    paidAfter: "0.00",
  },
  // Flight on 2026-03-01, day 0 of cover: referred (clause 4.1) to check the delay was not announced when the insurance
  // was bought. 07:35 → 13:35 = exactly 360 minutes: "满 6 小时" reaches the 6-hour tier, 500.00 if confirmed.
  "06-referred-cover-began-on-flight-day": {
    outcome: "referred",
    payable: "500.00",
    coverage: ["paid", "500.00"],
    delayMinutes: "360",
    tierHours: "6",
    benefit: { gross: "500.00", adjustments: [], payable: "500.00" },
    reasons: [["DELAY_POSSIBLY_KNOWN", "4.1"]],
    paidAfter: "500.00",
  },
  // Flight on 2026-02-26, before cover began on 2026-03-01: deny rule not-in-force-1.4, before any calculation.
  "07-denied-before-cover": { outcome: "denied", payable: "0.00", reasons: [["OUTSIDE_PERIOD_OF_INSURANCE", "1.4"]], paidAfter: "0.00" },
};

const example = loadExampleProduct("flight-delay");

describe("examples/flight-delay, worked by hand", () => {
  testExampleSuite(example, Object.keys(expected));

  testWorkedCases(example, expected, (decision, want) => {
    expect(decision.coverages.map((coverage) => [coverage.coverageId, coverage.status, coverage.payable])).toEqual(want.coverage === undefined ? [] : [["flight-delay", ...want.coverage]]);
    const step = decision.calculation.find((candidate) => candidate.step === "parametric");
    expect([step?.inputs["delayMinutes"], step?.inputs["tierHours"]]).toEqual([want.delayMinutes, want.tierHours]);
    expect(decision.benefits.map((benefit) => ({ gross: benefit.gross, adjustments: benefit.adjustments.map((adjustment) => [adjustment.kind, adjustment.amount]), payable: benefit.payable }))).toEqual(
      want.benefit === undefined ? [] : [want.benefit],
    );
    expect(decision.reasons.map((reason) => [reason.code, reason.clauseId])).toEqual(want.reasons);
    expect(decision.flags.map((flag) => flag.reasonCode)).toEqual(want.flags ?? []);
    expect(decision.missingDocuments.map((d) => `${d.documentType}:${d.documentId ?? ""}:${d.problem}`)).toEqual(want.missing ?? []);
    expect(decision.counters.after.coverages["flight-delay"]?.paid).toBe(want.paidAfter);
  });
});

import { describe, expect } from "vitest";
import type { Decision } from "../../src/index.js";
import { loadExampleProduct, testExampleSuite, testWorkedCases } from "../support/example-product.js";

// examples/flight-delay-hourly (Yuetu, annual cover 2026-03-01 … 2027-02-28), coverage flight-delay-hourly:
// - 2.1: a departure MORE THAN 3 hours late (超过 3 小时: exactly 3 h 00 is not) pays 100.00 for each FULL hour counted
//   from the scheduled departure (每满 1 小时, a part of an hour not counted), at most 800.00 for one flight.
//   In the library: one tier, minHours 3, thresholds more_than, amount 0.00, perHours 1 h × 100.00 full from
//   scheduled, maxAmount 800.00. So 3 h 01 pays 3 × 100.00 = 300.00, 8 h 00 pays 800.00, 9 h 20 pays 900.00 − 100.00.
// - 2.2: a cancellation, or a move to the carrier's replacement, is measured from the original's scheduled departure to
//   the replacement's actual departure; changing flights on one's own is not covered (selfRebooking not_covered);
//   a diversion or a return is measured on the arrival at the destination in the end. These reasons cite 2.2.
// - 2.3: 3,000.00 in all over the period (none of these claims comes near it).
// Times are read with their UTC offsets.
interface Expected {
  readonly outcome: Decision["outcome"];
  readonly payable: string;
  readonly coverage?: readonly [Decision["coverages"][number]["status"], string];
  /** Minutes the calculation measured, on what, and the full hours (blocks) counted. */
  readonly delayMinutes?: string;
  readonly measure?: "departure_delay" | "arrival_delay";
  readonly blocks?: string;
  readonly benefit?: { readonly gross: string; readonly adjustments: readonly (readonly [string, string])[]; readonly payable: string };
  readonly reasons: readonly (readonly [string, string])[];
  readonly missing?: readonly string[];
  /** The benefit's description in English, where it shows the mechanism. */
  readonly description?: { readonly en: string; readonly zh: string };
  readonly paidAfter: string;
}

const expected: Record<string, Expected> = {
  // 07:00 → 09:59 = 179 minutes: not more than 180. Nothing payable because of the threshold: denied.
  "01-denied-2h59-not-more-than-3-hours": {
    outcome: "denied",
    payable: "0.00",
    coverage: ["nothing_payable", "0.00"],
    delayMinutes: "179",
    measure: "departure_delay",
    reasons: [["DELAY_NOT_MORE_THAN_THRESHOLD", "2.1"]],
    paidAfter: "0.00",
  },
  // 07:00 → 10:00 = exactly 180 minutes: "超过 3 小时" is exclusive, exactly 3 hours is not more than 3 hours: nothing.
  "02-denied-exactly-3-hours": {
    outcome: "denied",
    payable: "0.00",
    coverage: ["nothing_payable", "0.00"],
    delayMinutes: "180",
    measure: "departure_delay",
    reasons: [["DELAY_NOT_MORE_THAN_THRESHOLD", "2.1"]],
    paidAfter: "0.00",
  },
  // 07:00 → 10:01 = 181 minutes > 180: full hours from the scheduled time ⌊181 / 60⌋ = 3, 3 × 100.00 = 300.00.
  "03-approved-3h01-three-full-hours": {
    outcome: "approved",
    payable: "300.00",
    coverage: ["paid", "300.00"],
    delayMinutes: "181",
    measure: "departure_delay",
    blocks: "3",
    benefit: { gross: "300.00", adjustments: [], payable: "300.00" },
    reasons: [],
    description: { en: "Flight departure delay 3h01: more than 3 hours, 3 × CNY 100.00, for each full hour", zh: "航班起飞延误 3h01：超过 3 小时，每满 1 小时 ¥100.00 × 3" },
    paidAfter: "300.00",
  },
  // 13:20 → 21:20 = 480 minutes: 8 full hours × 100.00 = 800.00, exactly the most for one flight: nothing taken off.
  "04-approved-8-hours-at-the-cap": {
    outcome: "approved",
    payable: "800.00",
    coverage: ["paid", "800.00"],
    delayMinutes: "480",
    measure: "departure_delay",
    blocks: "8",
    benefit: { gross: "800.00", adjustments: [], payable: "800.00" },
    reasons: [],
    paidAfter: "800.00",
  },
  // 13:20 → 22:40 = 560 minutes: ⌊560 / 60⌋ = 9 full hours × 100.00 = 900.00, above the 800.00 for one flight:
  // 100.00 taken off (TIER_MAXIMUM), 800.00 paid, partially approved.
  "05-partial-9h20-capped-at-800": {
    outcome: "partially_approved",
    payable: "800.00",
    coverage: ["paid", "800.00"],
    delayMinutes: "560",
    measure: "departure_delay",
    blocks: "9",
    benefit: { gross: "900.00", adjustments: [["benefit_maximum", "100.00"]], payable: "800.00" },
    reasons: [["TIER_MAXIMUM", "2.1"]],
    paidAfter: "800.00",
  },
  // MU5401 (07:30) cancelled; the carrier's replacement MU5403 left at 13:45 (2.2): 07:30 → 13:45 = 375 minutes,
  // 6 full hours × 100.00 = 600.00. The claim gives no actual times for the cancelled flight, only the replacement's.
  "06-approved-cancelled-replacement-flight": {
    outcome: "approved",
    payable: "600.00",
    coverage: ["paid", "600.00"],
    delayMinutes: "375",
    measure: "departure_delay",
    blocks: "6",
    benefit: { gross: "600.00", adjustments: [], payable: "600.00" },
    reasons: [],
    description: {
      en: "Flight departure delay 6h15, to replacement flight 东方航空 MU5403: more than 3 hours, 6 × CNY 100.00, for each full hour",
      zh: "航班起飞延误 6h15（按替代航班 东方航空 MU5403 计算）：超过 3 小时，每满 1 小时 ¥100.00 × 6",
    },
    paidAfter: "600.00",
  },
  // 9C8871 (08:10) was 7 hours late; the insured bought a ticket on MU5217 herself (arrangedBy insured), which left at
  // 12:35 (4 h 25 after 08:10). 2.2 pays only the carrier's replacement: nothing, SELF_REBOOKING_NOT_COVERED (2.2).
  "07-denied-self-rebooked-another-airline": {
    outcome: "denied",
    payable: "0.00",
    coverage: ["nothing_payable", "0.00"],
    delayMinutes: "265",
    measure: "departure_delay",
    reasons: [["SELF_REBOOKING_NOT_COVERED", "2.2"]],
    paidAfter: "0.00",
  },
  // NH921 Tokyo (+09:00) → Shanghai (+08:00), diverted to Hangzhou: it left only 20 minutes late (no pay on departure),
  // but 2.2 measures a diversion on the arrival at the destination: scheduled 12:15+08:00, arrived 17:55+08:00 =
  // 340 minutes, 5 full hours × 100.00 = 500.00.
  "08-approved-diverted-measured-on-arrival": {
    outcome: "approved",
    payable: "500.00",
    coverage: ["paid", "500.00"],
    delayMinutes: "340",
    measure: "arrival_delay",
    blocks: "5",
    benefit: { gross: "500.00", adjustments: [], payable: "500.00" },
    reasons: [],
    paidAfter: "500.00",
  },
  // CA1858 returned to Hongqiao 5 minutes after a late take-off; measured on the arrival in Beijing: 20:20 → 00:25
  // the next day = 245 minutes, 4 full hours × 100.00 = 400.00.
  "09-approved-returned-measured-on-arrival": {
    outcome: "approved",
    payable: "400.00",
    coverage: ["paid", "400.00"],
    delayMinutes: "245",
    measure: "arrival_delay",
    blocks: "4",
    benefit: { gross: "400.00", adjustments: [], payable: "400.00" },
    reasons: [],
    paidAfter: "400.00",
  },
  // The certificate (5.2) is missing: pending, nothing calculated (4 h 10 would pay 4 × 100.00 = 400.00 once it comes).
  "10-pending-delay-certificate": {
    outcome: "pending_documents",
    payable: "0.00",
    reasons: [["DOCUMENT_MISSING", "5.2"]],
    missing: ["flight_delay_certificate::missing"],
    paidAfter: "0.00",
  },
  // The flight on 2026-03-01, the first day of cover: referred (4.1). 07:00 → 12:30 = 330 minutes, 5 full hours, 500.00
  // if the delay was not announced when she bought the insurance.
  "11-referred-cover-began-on-flight-day": {
    outcome: "referred",
    payable: "500.00",
    coverage: ["paid", "500.00"],
    delayMinutes: "330",
    measure: "departure_delay",
    blocks: "5",
    benefit: { gross: "500.00", adjustments: [], payable: "500.00" },
    reasons: [["DELAY_POSSIBLY_KNOWN", "4.1"]],
    paidAfter: "500.00",
  },
};

const example = loadExampleProduct("flight-delay-hourly");

describe("examples/flight-delay-hourly, worked by hand", () => {
  testExampleSuite(example, Object.keys(expected));

  testWorkedCases(example, expected, (decision, want) => {
    expect(decision.coverages.map((coverage) => [coverage.coverageId, coverage.status, coverage.payable])).toEqual(want.coverage === undefined ? [] : [["flight-delay-hourly", ...want.coverage]]);
    const step = decision.calculation.find((candidate) => candidate.step === "parametric");
    expect([step?.inputs["delayMinutes"], step?.inputs["measure"], decision.benefits[0]?.basis["blocks"]]).toEqual([want.delayMinutes, want.measure, want.blocks]);
    expect(decision.benefits.map((benefit) => ({ gross: benefit.gross, adjustments: benefit.adjustments.map((adjustment) => [adjustment.kind, adjustment.amount]), payable: benefit.payable }))).toEqual(
      want.benefit === undefined ? [] : [want.benefit],
    );
    if (want.description !== undefined) expect(decision.benefits[0]?.description).toEqual(want.description);
    expect(decision.reasons.map((reason) => [reason.code, reason.clauseId])).toEqual(want.reasons);
    expect(decision.missingDocuments.map((d) => `${d.documentType}:${d.documentId ?? ""}:${d.problem}`)).toEqual(want.missing ?? []);
    expect(decision.counters.after.coverages["flight-delay-hourly"]?.paid).toBe(want.paidAfter);
  });
});

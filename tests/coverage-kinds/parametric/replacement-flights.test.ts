import { describe, expect, test } from "vitest";
import { createAdjudicator, ValidationError, type ClaimInput, type Decision, type PolicyInput } from "../../../src/index.js";
import { benefitClaim, coveragePolicy, noRules } from "../../support/fixtures.js";

// Replacement flights (替代航班, 改乘): "a cancelled flight, or one the insured is rebooked from, is measured from the
// original flight's scheduled time to the actual time of the replacement flight taken (以替代航班的实际起飞时间计算)".
// Cover: 2 hours or more 200.00, 4 hours or more 400.00, measured on departure unless said otherwise. The original
// MU5101 was scheduled 08:00 → 10:00 (+08:00) on 2026-07-01.
const text = (en: string, zh = en) => ({ en, zh });
type Parametric = Extract<PolicyInput["coverages"][number], { kind: "parametric" }>;
const cover = (extra: Partial<Parametric> = {}): Parametric => ({
  id: "delay",
  kind: "parametric",
  clauseId: "C-delay",
  name: text("Flight delay", "航班延误保险金"),
  measure: "departure_delay",
  tiers: [{ minHours: 4, amount: "400.00" }, { minHours: 2, amount: "200.00" }],
  limit: "3000.00",
  ...extra,
});
const adjudicatorWith = (extra: Partial<Parametric> = {}) => createAdjudicator({ policy: coveragePolicy([cover(extra)], { product: "flight_delay" }), rules: noRules() });
const at = (minutes: number, base = "2026-07-01T08:00:00+08:00") => new Date(Date.parse(base) + minutes * 60_000).toISOString();
type Replacement = NonNullable<NonNullable<ClaimInput["flight"]>["replacement"]>;
const flight = (extra: Partial<NonNullable<ClaimInput["flight"]>>, id = "C-F"): ClaimInput =>
  benefitClaim({
    id,
    incident: { date: "2026-07-01", type: "flight_delay", description: "disrupted flight" },
    flight: { carrier: "MU", number: "MU5101", scheduledDeparture: "2026-07-01T08:00:00+08:00", scheduledArrival: "2026-07-01T10:00:00+08:00", ...extra },
  });
// The replacement MU5103 leaving `departure` minutes after 08:00 and arriving `arrival` minutes after 10:00.
const replacement = (departure: number, arrival: number, extra: Partial<Replacement> = {}): Replacement => ({
  carrier: "MU",
  number: "MU5103",
  actualDeparture: at(departure),
  actualArrival: at(arrival, "2026-07-01T10:00:00+08:00"),
  ...extra,
});
const step = (decision: Decision) => decision.calculation.find((entry) => entry.step === "parametric");
const asOf = "2026-07-05";

describe("a replacement flight with its own times is what the delay is measured to", () => {
  test("cancelled, the replacement left at 12:10: 08:00 → 12:10 = 4h10 = 250 minutes, the 4-hour tier, 400.00", async () => {
    const decision = await adjudicatorWith().adjudicate(flight({ disruption: "cancelled", replacement: replacement(250, 245) }), { asOf });
    expect([decision.outcome, decision.payable]).toEqual(["approved", "400.00"]);
    expect(step(decision)?.inputs).toMatchObject({ delayMinutes: "250", replacement: "MU MU5103", measuredTo: "replacement", tierHours: "4" });
    expect(decision.benefits[0]?.description).toEqual({
      en: "Flight departure delay 4h10, to replacement flight MU MU5103: tier of 4 hours",
      zh: "航班起飞延误 4h10（按替代航班 MU MU5103 计算）：4 小时档",
    });
  });

  test("rebooked on a delay: the original left at 13:00 (5 h late), the insured's replacement at 11:50: 3h50 = 230 minutes, 200.00", async () => {
    const decision = await adjudicatorWith().adjudicate(flight({ actualDeparture: at(300), actualArrival: at(300, "2026-07-01T10:00:00+08:00"), replacement: replacement(230, 235) }), { asOf });
    expect([decision.payable, step(decision)?.inputs["delayMinutes"]]).toEqual(["200.00", "230"]);
  });

  test("on arrival: the replacement arrived at 14:05, 10:00 → 14:05 = 4h05 = 245 minutes, 400.00", async () => {
    const decision = await adjudicatorWith({ measure: "arrival_delay" }).adjudicate(flight({ disruption: "cancelled", replacement: replacement(230, 245) }), { asOf });
    expect([decision.payable, step(decision)?.inputs["delayMinutes"], step(decision)?.inputs["measure"]]).toEqual(["400.00", "245", "arrival_delay"]);
  });

  // The 4-hour tier at its boundary, measured to the replacement: 3h59 → 200.00, 4h00 → 400.00, 4h01 → 400.00; and
  // with "more than 4 hours" (超过 4 小时) 4h00 stays in the 2-hour tier.
  test.each([
    { minutes: 239, thresholds: "at_least" as const, payable: "200.00" },
    { minutes: 240, thresholds: "at_least" as const, payable: "400.00" },
    { minutes: 241, thresholds: "at_least" as const, payable: "400.00" },
    { minutes: 240, thresholds: "more_than" as const, payable: "200.00" },
    { minutes: 241, thresholds: "more_than" as const, payable: "400.00" },
  ])("replacement $minutes minutes after the original's schedule, $thresholds: $payable", async ({ minutes, thresholds, payable }) => {
    const decision = await adjudicatorWith({ thresholds }).adjudicate(flight({ disruption: "cancelled", replacement: replacement(minutes, minutes) }), { asOf });
    expect(decision.payable).toBe(payable);
  });

  test("a replacement without its own times is for the record: the flight's actual times are the flight taken's", async () => {
    const decision = await adjudicatorWith().adjudicate(flight({ disruption: "cancelled", actualDeparture: at(250), actualArrival: at(245, "2026-07-01T10:00:00+08:00"), replacement: { carrier: "MU", number: "MU5103" } }), { asOf });
    expect([decision.payable, step(decision)?.inputs["measuredTo"]]).toEqual(["400.00", "flight"]);
  });

  test("the original flight is the one paid once: a second claim for MU5101 with another replacement pays nothing", async () => {
    const adjudicator = adjudicatorWith();
    const first = await adjudicator.adjudicate(flight({ disruption: "cancelled", replacement: replacement(250, 245) }, "C-1"), { asOf });
    const second = await adjudicator.adjudicate(flight({ disruption: "cancelled", replacement: replacement(300, 300, { number: "MU5107" }) }, "C-2"), { asOf, accumulators: first.accumulatorsAfter });
    expect([first.payable, second.payable, second.reasons[0]?.code]).toEqual(["400.00", "0.00", "FLIGHT_ALREADY_PAID"]);
  });
});

describe("a replacement the insured arranged on their own (自行改乘)", () => {
  const own = () => flight({ actualDeparture: at(300), actualArrival: at(300, "2026-07-01T10:00:00+08:00"), replacement: replacement(250, 245, { arrangedBy: "insured" }) });
  test("covered by default, measured to it: 4h10, 400.00", async () => {
    expect((await adjudicatorWith().adjudicate(own(), { asOf })).payable).toBe("400.00");
  });

  test("selfRebooking: not_covered — nothing paid, saying why in both languages", async () => {
    const decision = await adjudicatorWith({ selfRebooking: "not_covered" }).adjudicate(own(), { asOf });
    expect([decision.outcome, decision.payable, decision.reasons.map((reason) => [reason.code, reason.message])]).toEqual([
      "denied",
      "0.00",
      [
        [
          "SELF_REBOOKING_NOT_COVERED",
          {
            en: "The insured changed from flight MU MU5101 to flight MU MU5103 on their own, not to a replacement the carrier arranged; the wording does not cover that.",
            zh: "被保险人自行由航班 MU MU5101 改乘航班 MU MU5103，并非承运人安排的替代航班，不属于本保险责任范围。",
          },
        ],
      ],
    ]);
  });

  test("a replacement the carrier arranged is paid under the same wording", async () => {
    const decision = await adjudicatorWith({ selfRebooking: "not_covered" }).adjudicate(flight({ disruption: "cancelled", replacement: replacement(250, 245, { arrangedBy: "carrier" }) }), { asOf });
    expect(decision.payable).toBe("400.00");
  });
});

describe("the flight's times are checked at the edge", () => {
  test.each([
    { name: "a replacement with one actual time", extra: { disruption: "cancelled" as const, replacement: { carrier: "MU", number: "MU5103", actualDeparture: at(250) } }, issues: [["claim.flight.replacement.actualArrival", "give the replacement flight's actual departure and arrival both: the delay is measured to the replacement"]] },
    {
      name: "no actual times at all",
      extra: {},
      issues: [
        ["claim.flight.actualDeparture", "the flight's actual departure is required, unless the replacement flight taken gives its own actual times"],
        ["claim.flight.actualArrival", "the flight's actual arrival is required, unless the replacement flight taken gives its own actual times"],
      ],
    },
  ])("$name", async ({ extra, issues }) => {
    const error = await adjudicatorWith().adjudicate(flight(extra), { asOf }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((issue) => [issue.path.join("."), issue.message])).toEqual(issues);
  });
});

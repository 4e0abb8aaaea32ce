import { describe, expect, test } from "vitest";
import { createAdjudicator, PolicySchema, type PolicyInput } from "../../../src/index.js";
import { benefitClaim, coveragePolicy, noRules } from "../../support/fixtures.js";

const text = (en: string, zh = en) => ({ en, zh });
type Parametric = Extract<PolicyInput["coverages"][number], { kind: "parametric" }>;
const cover = (extra: Partial<Parametric>): Parametric => ({
  id: "delay",
  kind: "parametric",
  clauseId: "C-delay",
  name: text("Flight delay", "航班延误保险金"),
  measure: "departure_delay",
  tiers: [{ minHours: 4, amount: "300.00" }],
  limit: "3000.00",
  ...extra,
});
const decide = (extra: Partial<Parametric>, minutes: number, accumulators?: Record<string, unknown>) => {
  const adjudicator = createAdjudicator({ policy: coveragePolicy([cover(extra)], { product: "flight_delay" }), rules: noRules() });
  const actual = new Date(Date.parse("2026-07-01T08:00:00+08:00") + minutes * 60_000).toISOString();
  const claim = benefitClaim({
    incident: { date: "2026-07-01", type: "flight_delay", description: "delayed departure" },
    flight: { carrier: "MU", number: "MU5101", scheduledDeparture: "2026-07-01T08:00:00+08:00", actualDeparture: actual, scheduledArrival: "2026-07-01T10:00:00+08:00", actualArrival: actual },
  });
  return adjudicator.adjudicate(claim, { asOf: "2026-07-05", ...(accumulators !== undefined ? { accumulators: { coverages: accumulators } as never } : {}) });
};

describe("thresholds stated as “more than N hours” (超过 N 小时) are exclusive", () => {
  // 延误超过 4 小时赔付 300 元: exactly 4h00 pays nothing, 4h01 pays; 达到 4 小时 (at_least) pays at 4h00.
  test.each([
    { thresholds: "more_than" as const, minutes: 239, payable: "0.00", code: "DELAY_NOT_MORE_THAN_THRESHOLD" },
    { thresholds: "more_than" as const, minutes: 240, payable: "0.00", code: "DELAY_NOT_MORE_THAN_THRESHOLD" },
    { thresholds: "more_than" as const, minutes: 241, payable: "300.00", code: undefined },
    { thresholds: "at_least" as const, minutes: 239, payable: "0.00", code: "DELAY_BELOW_THRESHOLD" },
    { thresholds: "at_least" as const, minutes: 240, payable: "300.00", code: undefined },
  ])("$thresholds, $minutes minutes: $payable", async ({ thresholds, minutes, payable, code }) => {
    const decision = await decide({ thresholds }, minutes);
    expect([decision.payable, decision.reasons[0]?.code]).toEqual([payable, code]);
  });

  test("the reason and the benefit say “more than”, in both languages", async () => {
    const below = await decide({ thresholds: "more_than" }, 240);
    expect(below.reasons[0]?.message).toEqual({ en: "The departure was delayed 4h00, not more than the 4 hours the first tier needs.", zh: "航班起飞延误 4h00，未超过首档所需的 4 小时。" });
    const paid = await decide({ thresholds: "more_than" }, 241);
    expect(paid.benefits[0]?.description).toEqual({ en: "Flight departure delay 4h01: more than 4 hours", zh: "航班起飞延误 4h01：超过 4 小时档" });
  });

  test("with several tiers, exactly on a higher threshold stays in the lower tier", async () => {
    const tiers = [{ minHours: 2, amount: "200.00" }, { minHours: 4, amount: "400.00" }];
    expect((await decide({ thresholds: "more_than", tiers }, 240)).payable).toBe("200.00");
    expect((await decide({ thresholds: "more_than", tiers }, 241)).payable).toBe("400.00");
  });
});

describe("amounts per hour of delay, cumulative up to a cap", () => {
  // 延误每满 4 小时赔付 200 元，最高 1,000 元 (a tier from 4 hours, nothing fixed, blocks from the scheduled time).
  const perFull = { tiers: [{ minHours: 4, amount: "0.00", perHours: { everyHours: 4, amount: "200.00" }, maxAmount: "1000.00" }] };
  test.each([
    { minutes: 239, payable: "0.00", blocks: undefined },
    { minutes: 240, payable: "200.00", blocks: "1" },
    // 7h59: still one full block.
    { minutes: 479, payable: "200.00", blocks: "1" },
    { minutes: 480, payable: "400.00", blocks: "2" },
    // 20h00: five blocks, 1,000.00, the cap exactly: nothing taken off.
    { minutes: 1200, payable: "1000.00", blocks: "5" },
  ])("每满 4 小时, $minutes minutes: $payable", async ({ minutes, payable, blocks }) => {
    const decision = await decide(perFull, minutes);
    expect([decision.outcome === "denied" ? "0.00" : decision.payable, decision.benefits[0]?.basis["blocks"]]).toEqual([payable, blocks]);
  });

  test("24h00: six blocks, 1,200.00, cut to the tier's 1,000.00 with its reason", async () => {
    const decision = await decide(perFull, 1440);
    expect([decision.outcome, decision.payable, decision.benefits[0]?.gross]).toEqual(["partially_approved", "1000.00", "1200.00"]);
    expect(decision.benefits[0]?.adjustments.map((adjustment) => [adjustment.kind, adjustment.amount, adjustment.message.zh])).toEqual([["benefit_maximum", "200.00", "本档每次航班最高给付 ¥1,000.00。"]]);
    expect(decision.benefits[0]?.description.en).toBe("Flight departure delay 24h00: 4 hours or more, 6 × CNY 200.00, for each full 4 hours");
  });

  // 延误 3 小时赔付 300 元，此后每满 1 小时增加 100 元: the blocks counted from the threshold.
  test.each([
    { minutes: 180, payable: "300.00" },
    { minutes: 239, payable: "300.00" },
    { minutes: 240, payable: "400.00" },
    { minutes: 330, payable: "500.00" },
  ])("300.00 at 3 hours and 100.00 per full hour after: $minutes minutes → $payable", async ({ minutes, payable }) => {
    const decision = await decide({ tiers: [{ minHours: 3, amount: "300.00", perHours: { everyHours: 1, amount: "100.00", countedFrom: "threshold" } }] }, minutes);
    expect(decision.payable).toBe(payable);
  });

  // Pro rata: 50.00 an hour from the scheduled time: 4h20 = 4⅓ h = 216.666… → 216.67 (rounded once).
  test("pro rata per hour, rounded once to the cent", async () => {
    const decision = await decide({ tiers: [{ minHours: 2, amount: "0.00", perHours: { everyHours: 1, amount: "50.00", counting: "pro_rata" } }] }, 260);
    expect(decision.payable).toBe("216.67");
  });

  test("the policy's limit still caps the blocks, over the period", async () => {
    // 2,900.00 paid before: 3,000.00 − 2,900.00 = 100.00 left of the 400.00 the blocks give.
    const decision = await decide(perFull, 480, { delay: { paid: "2900.00" } });
    expect([decision.payable, decision.reasons.map((reason) => reason.code)]).toEqual(["100.00", ["LIMIT_REACHED"]]);
  });

  test("maxAmount without blocks is an error at its path", () => {
    const result = PolicySchema.safeParse(coveragePolicy([cover({ tiers: [{ minHours: 4, amount: "300.00", maxAmount: "500.00" }] })], { product: "flight_delay" }));
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["coverages.0.tiers.0.maxAmount", "maxAmount caps the blocks of perHours; this tier has none (its amount is already fixed)"]]);
  });
});

describe("cancellation, diversion and return (取消, 备降, 返航)", () => {
  const adjudicatorWith = (extra: Partial<Parametric>) => createAdjudicator({ policy: coveragePolicy([cover({ tiers: [{ minHours: 2, amount: "200.00" }, { minHours: 4, amount: "400.00" }], ...extra })], { product: "flight_delay" }), rules: noRules() });
  const disrupted = (disruption: "cancelled" | "diverted" | "returned" | undefined, departureMinutes: number, arrivalMinutes: number, id = "C-F") => {
    const at = (base: string, minutes: number) => new Date(Date.parse(base) + minutes * 60_000).toISOString();
    return benefitClaim({
      id,
      incident: { date: "2026-07-01", type: "flight_delay", description: "disrupted flight" },
      flight: {
        carrier: "MU",
        number: "MU5101",
        scheduledDeparture: "2026-07-01T08:00:00+08:00",
        actualDeparture: at("2026-07-01T08:00:00+08:00", departureMinutes),
        scheduledArrival: "2026-07-01T10:00:00+08:00",
        actualArrival: at("2026-07-01T10:00:00+08:00", arrivalMinutes),
        ...(disruption !== undefined ? { disruption } : {}),
        ...(disruption === "cancelled" ? { replacement: { carrier: "MU", number: "MU5103" } } : {}),
      },
    });
  };

  test.each([
    // Cancelled, the replacement left 4h10 after the original's schedule: measured on departure, the 4-hour tier.
    { disruption: "cancelled" as const, departure: 250, arrival: 240, payable: "400.00", measure: "departure_delay" },
    // Diverted: left on time (departure 0), arrived at the destination 2h30 late: measured on arrival, the 2-hour tier.
    { disruption: "diverted" as const, departure: 0, arrival: 150, payable: "200.00", measure: "arrival_delay" },
    { disruption: "returned" as const, departure: 10, arrival: 245, payable: "400.00", measure: "arrival_delay" },
    // A plain delay stays on the coverage's measure: departure 10 minutes late, nothing.
    { disruption: undefined, departure: 10, arrival: 245, payable: "0.00", measure: "departure_delay" },
  ])("$disruption: $payable, measured as $measure", async ({ disruption, departure, arrival, payable, measure }) => {
    const decision = await adjudicatorWith({}).adjudicate(disrupted(disruption, departure, arrival), { asOf: "2026-07-05" });
    expect([decision.payable, decision.calculation.find((step) => step.step === "parametric")?.inputs["measure"]]).toEqual([payable, measure]);
  });

  test("a disruption the wording excludes pays nothing, saying so", async () => {
    const decision = await adjudicatorWith({ disruptionsExcluded: ["returned"] }).adjudicate(disrupted("returned", 10, 245), { asOf: "2026-07-05" });
    expect([decision.outcome, decision.payable, decision.reasons.map((reason) => reason.message)]).toEqual([
      "denied",
      "0.00",
      [{ en: "Flight MU MU5101 was returned to its departure airport; the wording does not cover that.", zh: "航班 MU MU5101 返航，不属于本保险责任范围。" }],
    ]);
  });

  test("the same flight is paid once, a cancelled one too", async () => {
    const adjudicator = adjudicatorWith({});
    const first = await adjudicator.adjudicate(disrupted("cancelled", 250, 240, "C-1"), { asOf: "2026-07-05" });
    const second = await adjudicator.adjudicate(disrupted("cancelled", 250, 240, "C-2"), { asOf: "2026-07-06", accumulators: first.accumulatorsAfter });
    expect([first.payable, second.payable, second.reasons.map((reason) => reason.code)]).toEqual(["400.00", "0.00", ["FLIGHT_ALREADY_PAID"]]);
  });
});

import { describe, expect, test } from "vitest";
import type { ClaimInput } from "../../src/claim/claim-schema.js";
import { deriveClaimFacts, LIBRARY_FACTS } from "../../src/facts/fact-registry.js";
import { ClaimSchema, PolicySchema } from "../../src/index.js";
import { compilePolicy } from "../../src/policy/compile-policy.js";
import { firstClaimContext } from "../support/fact-context.js";
import { smallClaim, smallPolicy } from "../support/fixtures.js";

const policy = compilePolicy(PolicySchema.parse(smallPolicy({ period: { effective: "2024-01-01", expiry: "2026-12-31" } })));
const facts = (overrides: Partial<ClaimInput>) =>
  deriveClaimFacts(LIBRARY_FACTS, firstClaimContext(ClaimSchema.parse(smallClaim([{ amount: "100.00", serviceDate: "2024-03-05" }], overrides)), policy));
const incident = (date: string, knownOn?: string) => ({ date, type: "illness" as const, diagnosisCodes: ["K35.8"], description: "x", ...(knownOn === undefined ? {} : { knownOn }) });

describe("reportDelayDays counts from when the claimant knew of the incident (PRC Insurance Law art. 21)", () => {
  test.each([
    { name: "known on the day: from the incident", incident: incident("2026-03-01"), reportedOn: "2026-03-15", days: 14 },
    { name: "known later: from the day known, not the incident", incident: incident("2026-03-01", "2026-03-10"), reportedOn: "2026-03-15", days: 5 }, // was 14
    { name: "reported the day it was known", incident: incident("2026-03-01", "2026-03-10"), reportedOn: "2026-03-10", days: 0 },
    { name: "reported (by someone else) before the claimant knew: not late", incident: incident("2026-03-01", "2026-03-10"), reportedOn: "2026-03-05", days: 0 },
  ])("$name: $days", ({ incident, reportedOn, days }) => {
    expect(facts({ incident, reportedOn, submittedOn: "2026-03-20" })["reportDelayDays"]).toBe(days);
  });
});

describe("limitationPeriodExpired reads the report that interrupted the period (Civil Code art. 195) and art. 203's rest days", () => {
  test.each([
    // Known 2024-03-04: 2 years end Wed 2026-03-04.
    { name: "reported with the claim, a day after the period", incident: incident("2024-03-04"), reportedOn: "2026-03-05", submittedOn: "2026-03-05", expired: true },
    // Reported 2025-03-10, within the period: it runs again to Wed 2027-03-10.
    { name: "reported within the period, the claim a year later", incident: incident("2024-03-04"), reportedOn: "2025-03-10", submittedOn: "2026-03-05", expired: false },
    // Ended Wed 2026-03-04, reported the day after: too late to interrupt.
    { name: "reported after the period ended", incident: incident("2024-03-04"), reportedOn: "2026-03-05", submittedOn: "2026-03-06", expired: true },
    // 2 years from 2024-02-29: Sat 2026-02-28 → Mon 03-02 without a calendar (art. 203).
    { name: "last day a Saturday: a claim on Monday is in time", incident: incident("2024-02-29"), reportedOn: "2026-03-02", submittedOn: "2026-03-02", expired: false },
    { name: "… on Tuesday it is not", incident: incident("2024-02-29"), reportedOn: "2026-03-03", submittedOn: "2026-03-03", expired: true },
  ])("$name: $expired", ({ incident, reportedOn, submittedOn, expired }) => {
    expect(facts({ incident, reportedOn, submittedOn })["limitationPeriodExpired"]).toBe(expired);
  });
});

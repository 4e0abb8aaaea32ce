import { describe, expect, test } from "vitest";
import { createAdjudicator, reproduceSample, ValidationError, type Decision } from "../../src/index.js";
import { medical, medicalClaim, type MedicalClaimSpec } from "../support/medical-claims.js";

// The example's sampling (seed 2026-H2), worked in tests/sampling/draw-sample.test.ts: each claim below pays
// 17,330.80 − 10,000.00 = 7,330.80 (segment 5k-to-20k, 10%) and goes straight through. Draws from the documented hash:
// CLM-2026-0716-0002 0.067401 (sampled), CLM-A 0.225414, CLM-B 0.683717, CLM-C 0.243335 (not sampled).
const adjudicator = createAdjudicator({ policy: medical.policy, rules: medical.rules, operations: medical.operations });
const decide = (spec: MedicalClaimSpec) => adjudicator.adjudicate(medicalClaim(spec), { asOf: "2026-08-01" });

async function decisions(): Promise<Decision[]> {
  return Promise.all(["CLM-A", "CLM-2026-0716-0002", "CLM-B", "CLM-C"].map((id) => decide({ id })));
}

describe("reproduceSample: an auditor recomputes the quality sample from the decisions", () => {
  test("the decisions as recorded: every draw agrees, and the sample is the one claim whose draw is below 10%", async () => {
    const audit = await reproduceSample(medical.operations, await decisions());
    expect([audit.considered, audit.otherConfiguration, audit.withoutSampling, audit.disagreements.length]).toEqual([4, 0, 0, 0]);
    expect(audit.sampled.map((entry) => [entry.claimId, entry.reproduced.draw, entry.agrees])).toEqual([["CLM-2026-0716-0002", "0.067401", true]]);
  });

  test("from NDJSON text, as a file of decisions is read (a JSON round trip changes nothing)", async () => {
    const lines = (await decisions()).map((decision) => JSON.stringify(decision));
    const audit = await reproduceSample(medical.operations, lines.map((line) => JSON.parse(line) as Decision));
    expect(audit.sampled.map((entry) => entry.claimId)).toEqual(["CLM-2026-0716-0002"]);
  });

  test("a decision whose sampling was changed, and a straight-through one whose sampling was dropped, are disagreements", async () => {
    const [a, sampled, b, c] = await decisions();
    const unsampled = { ...sampled!, sampling: { ...sampled!.sampling!, sampled: false } };
    const { sampling: _, ...dropped } = b!;
    const audit = await reproduceSample(medical.operations, [a!, unsampled, dropped, c!]);
    expect(audit.disagreements.map((entry) => [entry.claimId, entry.recorded?.sampled ?? null, entry.reproduced.sampled])).toEqual([
      ["CLM-2026-0716-0002", false, true],
      ["CLM-B", null, false],
    ]);
    expect(audit.sampled.map((entry) => [entry.claimId, entry.agrees])).toEqual([["CLM-2026-0716-0002", false]]);
  });

  test("decisions made under another configuration are counted apart, not judged; routed decisions have no sampling", async () => {
    const otherOperations = { ...medical.operations, version: "2026.2" };
    const other = await createAdjudicator({ policy: medical.policy, rules: medical.rules, operations: otherOperations }).adjudicate(medicalClaim({ id: "CLM-X" }), { asOf: "2026-08-01" });
    const routed = await decide({ id: "CLM-Y", relationship: "other" });
    const audit = await reproduceSample(medical.operations, [...(await decisions()), other, routed]);
    expect([audit.considered, audit.otherConfiguration, audit.withoutSampling, audit.disagreements.length]).toEqual([4, 1, 1, 0]);
  });

  test("a configuration that is not valid, or has no sampling, is a ValidationError with its path", async () => {
    const { sampling: _, ...withoutSampling } = medical.operations as Record<string, unknown>;
    await expect(reproduceSample(withoutSampling, [])).rejects.toThrow(ValidationError);
    await expect(reproduceSample(withoutSampling, [])).rejects.toMatchObject({ issues: [{ path: ["operations", "sampling"], message: "the configuration has no sampling to reproduce" }] });
    await expect(reproduceSample({ ...medical.operations, sampling: { seed: "", segments: [] } }, [])).rejects.toMatchObject({ issues: [{ path: ["operations", "sampling", "seed"] }, { path: ["operations", "sampling", "segments"] }] });
  });
});

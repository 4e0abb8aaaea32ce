import { beforeAll, describe, expect, test } from "vitest";
import { toFhirClaimResponse } from "../../src/fhir/to-fhir-claim-response.js";
import { toFhirExplanationOfBenefit } from "../../src/fhir/to-fhir-explanation-of-benefit.js";
import type { FhirExportOptions } from "../../src/fhir/fhir-export-options.js";
import { decidedAccident, decidedDeath, decidedMedicalExamples, decidedSubLimit, type DecidedExample } from "./decided-examples.js";
import { fhirR4Errors, jsonSchemaErrors, structureDefinitionErrors, terminologyErrors } from "./fhir-r4-definitions.js";

// Every resource the export writes for the worked examples is valid FHIR R4 by HL7's JSON Schema, the 4.0.1
// StructureDefinitions and the 4.0.1 terminology (see fhir-r4-definitions.ts); and those checks do reject what is not.

const NO_ERRORS = { jsonSchema: [], structureDefinitions: [], terminology: [] };

let examples: DecidedExample[] = [];
beforeAll(async () => {
  examples = [...(await decidedMedicalExamples()), await decidedAccident(), await decidedDeath(), await decidedSubLimit()];
}, 60_000);

const variants: { name: string; options: (example: DecidedExample) => FhirExportOptions }[] = [
  { name: "defaults (zh)", options: () => ({}) },
  {
    name: "en, with references, id and the policy",
    options: (example) => ({
      language: "en",
      id: "cr-1.a",
      patient: { reference: "Patient/p-1" },
      insurer: { reference: "Organization/ins-1", display: "Ankang Insurance" },
      requestor: { reference: "Organization/hospital-1" },
      provider: { reference: "Organization/hospital-1" },
      policy: example.policy,
      systems: { reasonCode: "https://fhir.example-insurer.cn/CodeSystem/reason-code" },
    }),
  },
];

describe("valid FHIR R4", () => {
  test("the worked examples are many and cover every outcome", () => {
    expect(examples.length).toBeGreaterThanOrEqual(13);
    expect(new Set(examples.map((example) => example.decision.outcome))).toEqual(new Set(["approved", "partially_approved", "denied", "pending_documents", "referred"]));
  });

  for (const variant of variants) {
    test(`ClaimResponse of every example, ${variant.name}`, () => {
      for (const example of examples) {
        const resource = toFhirClaimResponse(example.decision, example.claim as never, variant.options(example));
        expect({ example: example.name, ...fhirR4Errors(resource) }).toEqual({ example: example.name, ...NO_ERRORS });
      }
    }, 60_000);

    test(`ExplanationOfBenefit of every example, ${variant.name}`, () => {
      for (const example of examples) {
        const resource = toFhirExplanationOfBenefit(example.decision, example.claim as never, variant.options(example));
        expect({ example: example.name, ...fhirR4Errors(resource) }).toEqual({ example: example.name, ...NO_ERRORS });
      }
    }, 60_000);
  }
});

describe("the checks reject what is not R4", () => {
  const pending = () => {
    const example = examples.find((candidate) => candidate.decision.outcome === "pending_documents");
    if (example === undefined) throw new Error("no pending example");
    return toFhirClaimResponse(example.decision, example.claim as never, { language: "en" });
  };

  test("JSON Schema: an amount as a string, an unknown element, a malformed date, an empty string", () => {
    const resource = pending();
    const broken = structuredClone(resource) as unknown as Record<string, unknown> & typeof resource;
    (broken.total?.[0]?.amount as unknown as Record<string, unknown>)["value"] = "38500.00";
    broken["approved"] = true;
    broken.created = "2026-10-22T10:00";
    broken.disposition = "";
    const errors = jsonSchemaErrors(broken).join("\n");
    expect(errors).toContain("/total/0/amount/value must be number");
    expect(errors).toContain("must NOT have additional properties");
    expect(errors).toContain("/created must match pattern");
    expect(errors).toContain("/disposition must match pattern");
  });

  test("StructureDefinitions: a missing 1..1 element, an empty adjudication list", () => {
    const { outcome: _outcome, ...withoutOutcome } = pending();
    expect(structureDefinitionErrors(withoutOutcome as never)).toContain("ClaimResponse.outcome: Missing required property");
    const resource = pending();
    const noAdjudication = { ...resource, item: [{ itemSequence: 1 }] };
    expect(structureDefinitionErrors(noAdjudication as never).join("\n")).toContain("ClaimResponse.item[0].adjudication: Missing required property");
  });

  test("terminology: an approval as outcome (R4 remittance-outcome has no such code), an unknown HL7 category, a wrong display", () => {
    const resource = pending();
    const broken = structuredClone(resource);
    (broken as { outcome: string }).outcome = "approved";
    const category = broken.item?.[0]?.adjudication[0]?.category.coding?.[0];
    if (category === undefined) throw new Error("no category");
    category.code = "coinsurance";
    const status = broken.contained?.[0];
    if (status === undefined) throw new Error("no contained request");
    (status as { status: string }).status = "open";
    const type = broken.type.coding?.[0];
    if (type === undefined) throw new Error("no type");
    type.display = "Hospital";
    expect(terminologyErrors(broken)).toEqual([
      'ClaimResponse.outcome = "approved" is not in http://hl7.org/fhir/ValueSet/remittance-outcome|4.0.1',
      'contained CommunicationRequest.status = "open" is not in http://hl7.org/fhir/ValueSet/request-status|4.0.1',
      'ClaimResponse.type.coding[0]: display "Hospital" is not http://terminology.hl7.org/CodeSystem/claim-type#institutional\'s "Institutional"',
      'ClaimResponse.item[0].adjudication[0].category.coding[0]: code "coinsurance" is not in http://terminology.hl7.org/CodeSystem/adjudication',
    ]);
  });
});

import { describe, expect, test } from "vitest";
import { isValidationError } from "../../src/errors/validation-error.js";
import type { Decision } from "../../src/decision/decision-schema.js";
import { Dec } from "../../src/money/money.js";
import type { FhirAdjudication, FhirClaimResponse } from "../../src/fhir/fhir-r4-types.js";
import { toFhirClaimResponse } from "../../src/fhir/to-fhir-claim-response.js";
import { decidedAccident, decidedMedicalExample, decidedMedicalExamples } from "./decided-examples.js";

const CARC = "https://x12.org/codes/claim-adjustment-reason-codes";
const OURS = "urn:claim-adjudicator:reason-code";

/** An adjudication in one line: `code amount|value [reason CARC group clause]`. */
function summary(adjudication: FhirAdjudication): string {
  const code = adjudication.category.coding?.[0]?.code ?? "?";
  const figure = adjudication.amount !== undefined ? String(adjudication.amount.value) : `${String(adjudication.value)}%`;
  if (adjudication.reason === undefined) return `${code} ${figure}`;
  const reason = adjudication.reason.coding?.find((coding) => coding.system === OURS)?.code ?? "?";
  const carc = adjudication.reason.coding?.find((coding) => coding.system === CARC)?.code ?? "?";
  const group = adjudication.extension?.[0]?.valueCoding?.code ?? "?";
  const clause = adjudication.extension?.[1]?.valueString ?? "?";
  return `${code} ${figure} [${reason} CARC ${carc} ${group} §${clause}]`;
}

const items = (response: FhirClaimResponse) => (response.item ?? []).map((item) => [item.itemSequence, ...item.adjudication.map(summary)]);
const totals = (response: FhirClaimResponse) => Object.fromEntries((response.total ?? []).map((total) => [total.category.coding?.[0]?.code ?? "?", total.amount.value]));
const amountOf = (adjudication: FhirAdjudication) => new Dec(String(adjudication.amount?.value ?? 0));

describe("toFhirClaimResponse: every medical example", () => {
  test("one item per bill line in claim order; per item submitted − Σ adjustments = benefit; totals are the decision's billed and payable", async () => {
    for (const { name, claim, decision } of await decidedMedicalExamples()) {
      const response = toFhirClaimResponse(decision, claim as never, { language: "en" });
      const claimLines = (claim as { lines: { id: string }[] }).lines;
      expect(response.item?.map((item) => item.itemSequence), name).toEqual(claimLines.map((_, i) => i + 1));
      for (const item of response.item ?? []) {
        const line = decision.lines.find((candidate) => candidate.lineId === claimLines[item.itemSequence - 1]?.id) as Decision["lines"][number];
        const byCode = (code: string) => item.adjudication.filter((adjudication) => adjudication.reason === undefined && adjudication.category.coding?.[0]?.code === code);
        const adjustments = item.adjudication.filter((adjudication) => adjudication.reason !== undefined);
        expect(byCode("submitted").map(amountOf), name).toEqual([new Dec(line.billed)]);
        expect(byCode("eligible").map(amountOf), name).toEqual([new Dec(line.eligible)]);
        expect(byCode("benefit").map(amountOf), name).toEqual([new Dec(line.payable)]);
        // Every adjustment of the decision, in order, with its reason code, CARC and amount.
        expect(adjustments.map((adjudication) => [adjudication.reason?.coding?.map((coding) => coding.code), amountOf(adjudication).toFixed(2)]), name).toEqual(line.adjustments.map((adjustment) => [[adjustment.reasonCode, adjustment.carc], adjustment.amount]));
        const balance = adjustments.reduce((rest, adjudication) => rest.minus(amountOf(adjudication)), new Dec(line.billed));
        expect(balance.equals(new Dec(line.payable)), name).toBe(true);
      }
      const total = totals(response);
      expect(new Dec(String(total["submitted"])).equals(new Dec(decision.billed)), name).toBe(true);
      expect(new Dec(String(total["benefit"])).equals(new Dec(decision.payable)), name).toBe(true);
      // Each total is the sum of its category over the items.
      for (const entry of response.total ?? []) {
        const code = entry.category.coding?.[0]?.code;
        const sum = (response.item ?? []).flatMap((item) => item.adjudication).filter((adjudication) => adjudication.category.coding?.[0]?.code === code).reduce((acc, adjudication) => acc.plus(amountOf(adjudication)), new Dec(0));
        expect(sum.equals(new Dec(String(entry.amount.value))), `${name} total ${String(code)}`).toBe(true);
      }
      // Every contained resource is referenced (dom-3, which @medplum/core does not check).
      for (const contained of response.contained ?? []) expect(JSON.stringify({ ...response, contained: [] }), name).toContain(`"#${contained.id}"`);
      expect(response.contained?.length ?? 0, name).toBe(decision.missingDocuments.length);
      expect(response.created, name).toBe(decision.meta.asOf);
    }
  });

  test("outcome is the processing status; the approval is in disposition and payment", async () => {
    const seen = new Set<string>();
    for (const { name, claim, decision } of await decidedMedicalExamples()) {
      const response = toFhirClaimResponse(decision, claim as never, { language: "en" });
      seen.add(decision.outcome);
      expect(response.outcome, name).toBe({ approved: "complete", partially_approved: "complete", denied: "complete", pending_documents: "partial", referred: "partial" }[decision.outcome]);
      const paid = (decision.outcome === "approved" || decision.outcome === "partially_approved") && !new Dec(decision.payable).isZero();
      expect(response.payment, name).toEqual(paid ? { type: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/ex-paymenttype", code: "complete", display: "Complete" }] }, date: decision.meta.asOf, amount: { value: Number(decision.payable), currency: decision.currency } } : undefined);
    }
    expect(seen.size).toBe(5);
  });
});

describe("toFhirClaimResponse: worked decisions", () => {
  test("02 deductible partly reached: social insurance (OA 23) and deductible (PR 1) per line, 3,000.00 paid", async () => {
    const { claim, decision } = await decidedMedicalExample("02-deductible-partly-reached");
    const response = toFhirClaimResponse(decision, claim as never, { language: "en" });
    expect(items(response)).toEqual([
      [1, "submitted 16500", "eligible 7500", "eligpercent 100%", "social_insurance 9000 [SOCIAL_INSURANCE_PAID CARC 23 OA §2.1]", "deductible 7500 [DEDUCTIBLE CARC 1 PR §2.2]", "benefit 0"],
      [2, "submitted 6200", "eligible 2700", "eligpercent 100%", "social_insurance 3500 [SOCIAL_INSURANCE_PAID CARC 23 OA §2.1]", "deductible 300 [DEDUCTIBLE CARC 1 PR §2.2]", "benefit 2400"],
      [3, "submitted 1300", "eligible 600", "eligpercent 100%", "social_insurance 700 [SOCIAL_INSURANCE_PAID CARC 23 OA §2.1]", "benefit 600"],
      [4, "submitted 4000", "eligible 2200", "eligpercent 100%", "social_insurance 1800 [SOCIAL_INSURANCE_PAID CARC 23 OA §2.1]", "deductible 2200 [DEDUCTIBLE CARC 1 PR §2.2]", "benefit 0"],
    ]);
    expect(totals(response)).toEqual({ submitted: 28000, eligible: 13000, social_insurance: 15000, deductible: 10000, benefit: 3000 });
    expect(response.outcome).toBe("complete");
    expect(response.disposition).toBe("Approved: CNY 3,000.00 payable of CNY 28,000.00 billed.");
    expect(response.payment).toEqual({ type: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/ex-paymenttype", code: "complete", display: "Complete" }] }, date: "2026-05-28", amount: { value: 3000, currency: "CNY" } });
    expect(response.processNote).toBeUndefined();
    expect(response.type.coding?.[0]?.code).toBe("institutional");
  });

  test("03 not settled through social insurance: the 40% the insured keeps is copay with CARC 2, eligpercent 60", async () => {
    const { claim, decision } = await decidedMedicalExample("03-no-social-insurance-60-percent");
    const response = toFhirClaimResponse(decision, claim as never);
    expect(items(response)[1]).toEqual([2, "submitted 9800", "eligible 9800", "eligpercent 60%", "deductible 5849.5 [DEDUCTIBLE CARC 1 PR §2.2]", "copay 1580.2 [COINSURANCE CARC 2 PR §2.3]", "benefit 2370.3"]);
    expect(totals(response)).toEqual({ submitted: 18651.06, eligible: 18651.06, deductible: 8000, copay: 4260.42, benefit: 6390.64 });
  });

  test("04 annual limit: PR 119 on each line (the insured bears what is above the limit), one note for the three lines", async () => {
    const { claim, decision } = await decidedMedicalExample("04-annual-limit-reached");
    const response = toFhirClaimResponse(decision, claim as never, { language: "en" });
    expect(items(response)[0]).toEqual([1, "submitted 36000", "eligible 21000", "eligpercent 100%", "social_insurance 15000 [SOCIAL_INSURANCE_PAID CARC 23 OA §2.1]", "annual_limit 17500 [ANNUAL_LIMIT CARC 119 PR §2.4]", "benefit 3500"]);
    expect(response.processNote?.map((note) => [note.number, note.type, note.text])).toEqual([[1, "display", `${decision.reasons[0]?.message.en ?? ""} (clause 2.4)`]]);
    expect(decision.reasons.map((reason) => [reason.code, reason.lineId])).toEqual([["ANNUAL_LIMIT", "L1"], ["ANNUAL_LIMIT", "L2"], ["ANNUAL_LIMIT", "L3"]]);
    expect(response.item?.map((item) => item.noteNumber)).toEqual([[1], [1], [1]]);
    expect(response.disposition).toBe("Partially approved: CNY 3,500.00 payable of CNY 48,000.00 billed; some amounts were reduced or excluded, see the notes.");
  });

  test("05 denied in the waiting period: complete, nothing paid, the reason in disposition and notes", async () => {
    const { claim, decision } = await decidedMedicalExample("05-denied-waiting-period");
    const response = toFhirClaimResponse(decision, claim as never, { language: "en" });
    expect(response.outcome).toBe("complete");
    expect(response.payment).toBeUndefined();
    expect(items(response)[0]).toEqual([1, "submitted 3200", "eligible 0", "denied 3200 [WAITING_PERIOD CARC 204 PR §3.1]", "benefit 0"]);
    expect(response.disposition).toBe(`Denied: nothing is payable. ${decision.reasons[0]?.message.en ?? ""}`);
    expect(response.processNote?.map((note) => note.text)).toEqual([`${decision.reasons[0]?.message.en ?? ""} (clause 3.1)`]);
    expect(totals(response)).toEqual({ submitted: 15800, eligible: 0, denied: 15800, benefit: 0 });
  });

  test("07 pending: partial, one CommunicationRequest per missing document, grouped as one request", async () => {
    const { claim, decision } = await decidedMedicalExample("07-pending-several-documents");
    const response = toFhirClaimResponse(decision, claim as never, { language: "en" });
    expect(response.outcome).toBe("partial");
    expect(response.payment).toBeUndefined();
    expect(response.disposition).toBe("Pending documents: 6 documents are needed before the claim can be assessed; nothing is payable yet.");
    const requests = response.contained ?? [];
    expect(response.communicationRequest).toEqual(requests.map((request) => ({ reference: `#${request.id}` })));
    expect(
      requests.map((request) => [
        request.category?.[0]?.coding?.[0]?.code,
        request.reasonCode?.[0]?.coding?.map((coding) => coding.code),
        request.note?.[0]?.text,
      ]),
    ).toEqual([
      ["invoice", ["DOCUMENT_ORIGINAL_REQUIRED", "252"], "Required by clause 5.2"],
      ["invoice", ["DOCUMENT_MISSING", "252"], "Required by clause 5.2"],
      ["discharge_summary", ["DOCUMENT_MISSING", "252"], "Required by clause 5.2"],
      ["accident_report", ["DOCUMENT_MISSING", "252"], "Required by clause 5.2"],
      ["relationship_proof", ["DOCUMENT_MISSING", "252"], "Required by clause 5.2"],
      ["si_exclusion_proof", ["DOCUMENT_MISSING", "252"], "Required by clause 2.3"],
    ]);
    expect(requests[0]?.payload[0]?.contentString).toBe("Original medical invoice, to verify the expenses actually incurred (invoice 11010026-0101602): the original is required, only a copy was received.");
    expect(requests[1]?.payload[0]?.contentString).toBe("Original medical invoice, to verify the expenses actually incurred (invoice 11010026-0101977).");
    expect(new Set(requests.map((request) => JSON.stringify([request.groupIdentifier, request.status, request.authoredOn, request.subject, request.about, request.requester])))).toEqual(
      new Set([JSON.stringify([{ system: "urn:claim-adjudicator:decision-id", value: decision.meta.decisionId }, "active", "2026-10-22", response.patient, [response.request], response.insurer])]),
    );
    expect(items(response)[0]).toEqual([1, "submitted 32000", "eligible 0", "pending_documents 32000 [DOCUMENTS_REQUIRED CARC 252 CO §5.2]", "benefit 0"]);
    expect(response.processNote).toHaveLength(6);
  });

  test("08 referred: partial, the provisional amount in the total, no payment until a reviewer confirms", async () => {
    const { claim, decision } = await decidedMedicalExample("08-referred-large-claim");
    const response = toFhirClaimResponse(decision, claim as never, { language: "en" });
    expect(response.outcome).toBe("partial");
    expect(response.payment).toBeUndefined();
    expect(totals(response)["benefit"]).toBe(146000);
    expect(response.disposition).toMatch(/^Referred for review: CNY 146,000\.00 of CNY 236,000\.00 billed would be payable once a reviewer confirms; not final\./);
  });

  test("09 items excluded by rules: PR 96 (the insured bears exclusions) with the rule's reason code and words, notes on the excluded lines", async () => {
    const { claim, decision } = await decidedMedicalExample("09-partial-items-excluded");
    const response = toFhirClaimResponse(decision, claim as never, { language: "en" });
    expect(items(response)[3]).toEqual([4, "submitted 680", "eligible 0", "excluded_by_rule 680 [NON_MEDICAL_ITEM CARC 96 PR §4.4]", "benefit 0"]);
    const excluded = response.item?.[3]?.adjudication.find((adjudication) => adjudication.reason !== undefined);
    expect(excluded?.reason?.text).toBe(decision.lines[3]?.adjustments[0]?.message.en);
    expect(response.item?.map((item) => item.noteNumber ?? [])).toEqual([[1], [], [], [2], [2], []]);
  });

  test("benefits that are not bill lines are added items: eligible (gross) − adjustments = benefit", async () => {
    const { claim, decision } = await decidedAccident();
    const response = toFhirClaimResponse(decision, claim as never, { language: "en" });
    expect(response.addItem?.map((item) => [item.productOrService.coding?.[0]?.code, item.productOrService.text, ...item.adjudication.map(summary)])).toEqual([
      ["per_diem", decision.benefits[0]?.description.en, "eligible 1000", "benefit 1000"],
      ["schedule", decision.benefits[1]?.description.en, "eligible 20000", "benefit 20000"],
    ]);
    expect(items(response)[0]).toEqual([1, "submitted 12000", "eligible 12000", "eligpercent 90%", "deductible 100 [PER_CLAIM_DEDUCTIBLE CARC 1 PR §C-am]", "copay 1190 [COINSURANCE CARC 2 PR §C-am]", "benefit 10710"]);
    // copay: 10% of L1 11,900.00 and of L2 1,000.00 under accident medical's 90%.
    expect(totals(response)).toEqual({ submitted: 13800, eligible: 34800, deductible: 100, copay: 1290, benefit: 33410 });
    expect(response.payment?.amount).toEqual({ value: 33410, currency: "CNY" });
  });
});

describe("toFhirClaimResponse: options, language and personal data", () => {
  test("Chinese by default: resource language, disposition, notes and requests", async () => {
    const { claim, decision } = await decidedMedicalExample("07-pending-several-documents");
    const response = toFhirClaimResponse(decision, claim as never);
    expect(response.language).toBe("zh-CN");
    expect(response.disposition).toBe("待补充资料：尚需补充 6 项资料后方可审核，目前暂不赔付。");
    expect(response.processNote?.[0]?.language).toEqual({ coding: [{ system: "urn:ietf:bcp:47", code: "zh-CN" }] });
    expect(response.processNote?.[0]?.text).toMatch(/（条款 5\.2）$/);
    expect(response.contained?.[0]?.payload[0]?.contentString).toBe("医疗费用发票原件，用于核实实际发生的费用（发票号 11010026-0101602）：需提供原件，目前仅收到复印件。");
    expect(response.contained?.[0]?.note).toEqual([{ text: "依据条款 5.2" }]);
  });

  test("the version is named: meta.profile is the 4.0.1 base profile", async () => {
    const { claim, decision } = await decidedMedicalExample("02-deductible-partly-reached");
    expect(toFhirClaimResponse(decision, claim as never).meta).toEqual({ profile: ["http://hl7.org/fhir/StructureDefinition/ClaimResponse|4.0.1"] });
  });

  test("references, id, claim type and code system URIs come from the options", async () => {
    const { claim, decision } = await decidedMedicalExample("02-deductible-partly-reached");
    const response = toFhirClaimResponse(decision, claim as never, {
      id: "cr-0525-0007",
      claimType: "professional",
      patient: { reference: "Patient/p-1" },
      insurer: { reference: "Organization/ins-1" },
      requestor: { reference: "Organization/hospital-1" },
      systems: { reasonCode: "https://fhir.example-insurer.cn/CodeSystem/reason-code" },
    });
    expect([response.id, response.type.coding?.[0]?.code, response.patient, response.insurer, response.requestor]).toEqual([
      "cr-0525-0007",
      "professional",
      { reference: "Patient/p-1" },
      { reference: "Organization/ins-1" },
      { reference: "Organization/hospital-1" },
    ]);
    expect(response.item?.[0]?.adjudication[3]?.reason?.coding?.[0]).toEqual({ system: "https://fhir.example-insurer.cn/CodeSystem/reason-code", code: "SOCIAL_INSURANCE_PAID" });
  });

  test("defaults: the insured by policy number (named only when the claimant is the insured), the insurer stated unknown, no requestor", async () => {
    const own = await decidedMedicalExample("02-deductible-partly-reached");
    const spouse = await decidedMedicalExample("07-pending-several-documents");
    const ownResponse = toFhirClaimResponse(own.decision, own.claim as never);
    expect(ownResponse.patient).toEqual({ type: "Patient", identifier: { system: "urn:claim-adjudicator:policy-number", value: "P-MED-2026-000187" }, display: (own.claim as { claimant: { name: string } }).claimant.name });
    expect(toFhirClaimResponse(spouse.decision, spouse.claim as never).patient).toEqual({ type: "Patient", identifier: { system: "urn:claim-adjudicator:policy-number", value: "P-MED-2026-000187" } });
    expect(ownResponse.insurer).toEqual({ extension: [{ url: "http://hl7.org/fhir/StructureDefinition/data-absent-reason", valueCode: "unknown" }], type: "Organization" });
    expect(ownResponse.requestor).toBeUndefined();
    expect(ownResponse.request).toEqual({ type: "Claim", identifier: { system: "urn:claim-adjudicator:claim-id", value: "CLM-2026-0525-0007" } });
    expect(ownResponse.insurance).toEqual([{ sequence: 1, focal: true, coverage: { type: "Coverage", identifier: { system: "urn:claim-adjudicator:policy-number", value: "P-MED-2026-000187" } } }]);
  });

  test("every text is filled in: no template placeholder, no blank", async () => {
    const texts = (node: unknown): string[] =>
      typeof node === "string" ? [node] : Array.isArray(node) ? node.flatMap(texts) : node !== null && typeof node === "object" ? Object.values(node).flatMap(texts) : [];
    for (const { name, claim, decision } of [...(await decidedMedicalExamples()), await decidedAccident()]) {
      for (const language of ["zh", "en"] as const) {
        for (const text of texts(toFhirClaimResponse(decision, claim as never, { language }))) {
          expect(text, name).not.toMatch(/\{[A-Za-z][\w:]*\}/);
          expect(text.trim(), name).not.toBe("");
        }
      }
    }
  });

  test("no identity number of the claim appears anywhere in the output", async () => {
    for (const { name, claim, decision } of await decidedMedicalExamples()) {
      const c = claim as { claimant: { idNumber?: string }; documents: { type: string; id: string }[] };
      const identityNumbers = [c.claimant.idNumber, ...c.documents.filter((document) => /id|identity/.test(document.type)).map((document) => document.id)].filter((value): value is string => value !== undefined);
      const json = JSON.stringify([toFhirClaimResponse(decision, claim as never), toFhirClaimResponse(decision, claim as never, { language: "en" })]);
      for (const number of identityNumbers) expect(json.includes(number), `${name}: ${number.slice(0, 3)}…`).toBe(false);
    }
  });
});

describe("toFhirClaimResponse: purity and errors", () => {
  function deepFreeze<T>(value: T): T {
    if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
      Object.freeze(value);
      for (const child of Object.values(value)) deepFreeze(child);
    }
    return value;
  }

  test("does not mutate its inputs and gives the same resource for the same inputs", async () => {
    const { claim, decision, policy } = await decidedMedicalExample("07-pending-several-documents");
    const frozen = deepFreeze(structuredClone({ claim, decision }));
    const before = structuredClone(frozen);
    const first = toFhirClaimResponse(frozen.decision, frozen.claim as never, { policy });
    expect(toFhirClaimResponse(frozen.decision, frozen.claim as never, { policy })).toEqual(first);
    expect(frozen).toEqual(before);
  });

  const invalid = async (mutate: (input: { decision: Decision; claim: Record<string, unknown> }) => void, options = {}) => {
    const { claim, decision } = await decidedMedicalExample("02-deductible-partly-reached");
    const input = structuredClone({ decision, claim: claim as Record<string, unknown> });
    mutate(input);
    try {
      toFhirClaimResponse(input.decision, input.claim as never, options);
    } catch (error) {
      if (isValidationError(error)) return error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
      throw error;
    }
    throw new Error("no ValidationError");
  };

  test("a decision of another claim, a line the claim lacks, a bad id: every problem at once", async () => {
    expect(
      await invalid(
        (input) => {
          input.claim["id"] = "CLM-OTHER";
          (input.claim["lines"] as { id: string }[])[0] = { ...(input.claim["lines"] as { id: string }[])[0], id: "L9" } as never;
        },
        { id: "has spaces" },
      ),
    ).toEqual([
      'options.id: "has spaces" is not a FHIR id: 1 to 64 letters, digits, \'-\' or \'.\'',
      'decision.claimId: the decision is for claim "CLM-2026-0525-0007", the claim given is "CLM-OTHER"',
      'decision.lines.0.lineId: line "L1" is not a line of claim "CLM-OTHER"',
    ]);
  });

  test("an invalid decision or claim is reported with its path", async () => {
    expect(await invalid((input) => ((input.decision as { payable: string }).payable = "3,000.00"))).toEqual(['decision.payable: must be a non-negative decimal string such as "1234.50", without exponent or sign']);
  });

  test("an amount no JSON number holds exactly is refused, not rounded", async () => {
    expect(
      await invalid((input) => {
        (input.decision.lines[0] as { billed: string }).billed = "12345678901234567.89";
      }),
    ).toEqual(['decision.lines.0.billed: must have at most 15 significant digits, e.g. "9999999999999.99"']);
    // The decision schema bounds amounts to the 15 significant digits a FHIR decimal holds.
  });
});

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ClaimInput, ClaimRecord, LedgerInput } from "../../src/index.js";

const folder = fileURLToPath(new URL("../../examples/medical/", import.meta.url));
const readJson = (file: string): unknown => JSON.parse(readFileSync(folder + file, "utf8"));

/** The medical example's policy, rules and operations configuration (examples/medical). */
export const medical = {
  policy: readJson("policy.json") as { readonly id: string; readonly [key: string]: unknown },
  rules: readJson("rules.json"),
  operations: readJson("operations.json") as { readonly risk: { readonly indicators: readonly { readonly id: string }[] }; readonly [key: string]: unknown },
};

export interface InvoiceSpec {
  readonly number: string;
  readonly date: string;
  readonly amount: string;
  readonly provider?: string;
}

export interface MedicalClaimSpec {
  readonly id: string;
  readonly incident?: string;
  readonly type?: "illness" | "accident";
  readonly diagnosis?: readonly string[];
  readonly knownOn?: string;
  readonly reportedOn?: string;
  readonly submittedOn?: string;
  /** `[admission, discharge]`, or null for no stay. */
  readonly stay?: readonly [string, string] | null;
  readonly invoices?: readonly InvoiceSpec[];
  readonly relationship?: "self" | "spouse" | "child" | "parent" | "other";
}

/** The provider of an invoice: the one it names, else the default hospital's. */
const providerOf = (invoice: InvoiceSpec | undefined): string => invoice?.provider ?? "H-110105-017";

/**
 * A claim on the medical example's policy (王芳, P-MED-2026-000187, cover from 2026-03-01) with every document its
 * requirements ask for: by default gallstones (K80.2) in hospital 07-10 to 07-15, one invoice of 17,330.80 dated
 * 07-15 from provider H-110105-017, reported the day after the incident, submitted 07-20, settled through social
 * insurance with nothing reimbursed by it (so each line's eligible amount is its billed amount).
 */
export function medicalClaim(spec: MedicalClaimSpec): ClaimInput {
  const incident = spec.incident ?? "2026-07-09";
  const stay = spec.stay === undefined ? (["2026-07-10", "2026-07-15"] as const) : spec.stay;
  const invoices = spec.invoices ?? [{ number: `INV-${spec.id}`, date: stay?.[1] ?? incident, amount: "17330.80", provider: "H-110105-017" }];
  const submittedOn = spec.submittedOn ?? "2026-07-20";
  const relationship = spec.relationship ?? "self";
  return {
    id: spec.id,
    policyId: "P-MED-2026-000187",
    currency: "CNY",
    claimant: { name: relationship === "self" ? "王芳" : "李强", relationship },
    incident: {
      date: incident,
      type: spec.type ?? "illness",
      diagnosisCodes: [...(spec.diagnosis ?? ["K80.2"])],
      description: "胆囊结石伴胆囊炎 / Gallstones with cholecystitis",
      ...(spec.knownOn !== undefined ? { knownOn: spec.knownOn } : {}),
    },
    reportedOn: spec.reportedOn ?? incident,
    submittedOn,
    documents: [
      { type: "claim_form", id: `CF-${spec.id}`, issuedOn: submittedOn, original: true },
      { type: "insured_id", id: "110105198803154527", issuedOn: "2021-04-02", original: true },
      ...invoices.map((invoice) => ({ type: "invoice", id: invoice.number, issuedOn: invoice.date, original: true, ...(invoice.provider !== undefined ? { issuer: { id: invoice.provider } } : {}) })),
      ...(stay === null
        ? []
        : [
            { type: "discharge_summary", id: `DS-${spec.id}`, issuedOn: stay[1], original: true },
            { type: "itemized_expense_list", id: `EL-${spec.id}`, issuedOn: stay[1], original: true },
          ]),
      { type: "social_insurance_settlement", id: `YB-${spec.id}`, issuedOn: stay?.[1] ?? incident, original: true },
      ...(relationship === "self" ? [] : [{ type: "relationship_proof", id: `RP-${spec.id}`, issuedOn: submittedOn, original: true }]),
      ...(spec.type === "accident" ? [{ type: "accident_report", id: `AR-${spec.id}`, issuedOn: incident, original: true }] : []),
    ],
    ...(stay === null ? {} : { hospitalStay: { admission: stay[0], discharge: stay[1], providerId: providerOf(invoices[0]) } }),
    // Clause 2.1 covers public hospitals of grade II or above, general department: each invoice's provider is one.
    providers: [...new Set(invoices.map(providerOf))].map((id) => ({ id, name: `医院 ${id}`, kind: "hospital" as const, level: "level_3" as const, ownership: "public" as const, department: "general" as const })),
    socialInsurance: "used",
    lines: invoices.map((invoice, i) => ({ id: `L${i + 1}`, category: "surgery", amount: invoice.amount, serviceDate: stay?.[0] ?? incident, invoiceNumber: invoice.number, providerId: providerOf(invoice) })),
  };
}

/** A ledger record of an earlier claim of the insured, as `adjudicate` writes one (only what the test sets differs). */
export function earlierClaim(fields: Partial<ClaimRecord> & { readonly submittedOn: string }): ClaimRecord {
  return {
    revision: 1,
    decisionId: `dec-${"0".repeat(32)}`,
    claimHash: `sha256:${"0".repeat(64)}`,
    asOf: fields.submittedOn,
    outcome: "approved",
    insuredId: "INS-000187",
    incidentId: "I-earlier",
    policyYear: "2026-03-01",
    incidentDate: fields.submittedOn,
    payable: "100.00",
    lines: {},
    reasons: [],
    invoices: {},
    coverages: {},
    ...fields,
  };
}

/** The medical policy's ledger with these earlier claims, by id. */
export function ledgerWith(claims: Readonly<Record<string, ClaimRecord>>): LedgerInput {
  return { policyId: "P-MED-2026-000187", claims: { ...claims } };
}

import type { ClaimInput } from "../claim/claim-schema.js";
import type { Decision } from "../decision/decision-schema.js";
import { fhirBenefitAdjudications } from "./fhir-benefit-adjudications.js";
import { fhirBenefitBalance } from "./fhir-benefit-balance.js";
import { fhirClaimType } from "./fhir-claim-type.js";
import { fhirDisposition } from "./fhir-disposition.js";
import { withFhirExportContext } from "./fhir-export-context.js";
import type { FhirExportOptions } from "./fhir-export-options.js";
import { fhirLineAdjudications } from "./fhir-line-adjudications.js";
import { toFhirRemittanceOutcome } from "./fhir-outcome.js";
import { fhirPayment } from "./fhir-payment.js";
import { fhirProcessNotes } from "./fhir-process-notes.js";
import type { FhirExplanationOfBenefit } from "./fhir-r4-types.js";
import { fhirClaimReference, fhirCoverageReference, fhirInsurerReference, fhirPatientReference, fhirProviderReference } from "./fhir-references.js";
import { fhirTotals } from "./fhir-totals.js";
import { fhirBaseProfile } from "./fhir-version.js";

/**
 * A decision as a FHIR R4 (4.0.1) ExplanationOfBenefit: the adjudication of `toFhirClaimResponse` (same outcome,
 * disposition, item adjudications, totals, payment and notes; items also carry the expense category, service date,
 * quantity and billed amount), and the accumulators after the decision as `benefitBalance[].financial[]` per
 * coverage: deductible used, amount paid against the limit, days paid and payouts (unsignedInt), sub-limits used,
 * with what the policy allows when `options.policy` is given. Missing documents appear as notes (an
 * ExplanationOfBenefit has no communication requests).
 *
 * @param decision - a decision of `adjudicate`
 * @param claim - the claim it decided (as given to `adjudicate`, or parsed)
 * @param options - language, claim type, references, the policy for allowed amounts, URIs for our codes
 * @returns a new ExplanationOfBenefit; the inputs are not modified
 * @throws {ValidationError} when the decision or the claim is not valid, they do not belong together, or an amount
 *   has more significant digits than a JSON number holds exactly
 * @example
 * const eob = toFhirExplanationOfBenefit(decision, claim, { policy: adjudicator.policy });
 * eob.benefitBalance?.[0]?.financial?.[0]
 * //=> { type: { coding: [{ …, code: "deductible" }] }, allowedMoney: { value: 10000, currency: "CNY" }, usedMoney: { value: 10000, currency: "CNY" } }
 */
export function toFhirExplanationOfBenefit(decision: Decision, claim: ClaimInput, options: FhirExportOptions = {}): FhirExplanationOfBenefit {
  return withFhirExportContext(decision, claim, options, (context) => {
    const notes = fhirProcessNotes(context);
    const lines = fhirLineAdjudications(context, notes);
    const benefits = fhirBenefitAdjudications(context, notes);
    const payment = fhirPayment(context);
    const balance = fhirBenefitBalance(context);
    const { decision: d, claim: c } = context;
    const period = options.policy?.period;
    return {
      resourceType: "ExplanationOfBenefit",
      ...(options.id !== undefined ? { id: options.id } : {}),
      meta: { profile: [fhirBaseProfile("ExplanationOfBenefit")] },
      language: context.language === "zh" ? "zh-CN" : "en",
      identifier: [{ system: context.systems.decisionId, value: d.meta.decisionId }],
      status: "active",
      type: fhirClaimType(context),
      use: "claim",
      patient: fhirPatientReference(context),
      ...(c.hospitalStay !== undefined ? { billablePeriod: { start: c.hospitalStay.admission, end: c.hospitalStay.discharge } } : {}),
      created: d.meta.asOf,
      insurer: fhirInsurerReference(context),
      provider: fhirProviderReference(context),
      claim: fhirClaimReference(context),
      outcome: toFhirRemittanceOutcome(d.outcome),
      disposition: fhirDisposition(context),
      insurance: [{ focal: true, coverage: fhirCoverageReference(context) }],
      ...(lines.length > 0
        ? {
            item: lines.map(({ sequence, line, claimLine, noteNumbers, adjudication }) => {
              const description = context.freeText(claimLine.description);
              return {
                sequence,
                ...(noteNumbers.length > 0 ? { noteNumber: [...noteNumbers] } : {}),
                productOrService: { coding: [{ system: context.systems.expenseCategory, code: line.category }], ...(description !== undefined ? { text: description } : {}) },
                servicedDate: claimLine.serviceDate,
                quantity: { value: claimLine.quantity },
                net: context.money(line.billed, ["decision", "lines", d.lines.indexOf(line), "billed"]),
                adjudication,
              };
            }),
          }
        : {}),
      ...(benefits.length > 0
        ? { addItem: benefits.map((benefit) => ({ ...(benefit.noteNumbers.length > 0 ? { noteNumber: [...benefit.noteNumbers] } : {}), productOrService: benefit.productOrService, adjudication: benefit.adjudication })) }
        : {}),
      total: fhirTotals([...lines, ...benefits].flatMap((entry) => entry.adjudication), context),
      ...(payment !== undefined ? { payment } : {}),
      ...(notes.notes.length > 0 ? { processNote: notes.notes } : {}),
      ...(period !== undefined ? { benefitPeriod: { start: period.effective, end: period.expiry } } : {}),
      ...(balance.length > 0 ? { benefitBalance: balance } : {}),
    };
  });
}

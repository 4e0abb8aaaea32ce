import { daysBetween } from "../dates/iso-date.js";
import { formatMoney, sumMoney, toMoney } from "../money/money.js";
import type { CompiledPolicy } from "../policy/compile-policy.js";
import { coverStart, daysSinceInception, isPolicyInForce, waitingPeriodDays } from "../policy/policy-period.js";
import { flightDelayMinutes } from "../coverage-kinds/parametric/calculate-parametric.js";
import { stayDays } from "../coverage-kinds/per-diem/calculate-per-diem.js";
import type { Accumulators } from "../ledger/accumulators-schema.js";
import type { BillLine, Claim } from "../claim/claim-schema.js";
import type { FactValues } from "../rules/condition-evaluator.js";
import { isLimitationPeriodExpired } from "../deadlines/is-limitation-period-expired.js";
import type { JurisdictionProfile } from "../deadlines/jurisdiction-profile-schema.js";
import { PRC_INSURANCE_LAW_PROFILE } from "../deadlines/prc-insurance-law-profile.js";

/** The claim-level facts of the catalogue, all computed up front and synchronously. */
export function deriveClaimFacts(claim: Claim, policy: CompiledPolicy, accumulators: Accumulators, profile: JurisdictionProfile = PRC_INSURANCE_LAW_PROFILE): FactValues {
  const source = policy.source;
  const minor = policy.minorUnits;
  const incidentDate = claim.incident.date;
  const sinceInception = daysSinceInception(source, incidentDate);
  const waitingDays = waitingPeriodDays(source, claim.incident.type);
  const stay = claim.hospitalStay;
  const total = (pick: (line: BillLine) => string) => formatMoney(sumMoney(claim.lines.map((line) => toMoney(pick(line)))), minor);
  const firstSymptoms = claim.incident.firstSymptomsOn;

  return {
    policyInForce: isPolicyInForce(source, incidentDate),
    daysSinceInception: sinceInception,
    waitingPeriodDays: waitingDays,
    waitingPeriodPassed: sinceInception >= waitingDays,
    incidentType: claim.incident.type,
    incidentDate,
    diagnosisCodes: [...claim.incident.diagnosisCodes],
    preExistingConditionCodes: [...source.insured.preExistingConditions],
    symptomsBeforeCover: firstSymptoms !== undefined && firstSymptoms < coverStart(source),
    claimantIsInsured: claim.claimant.relationship === "self",
    claimantRelationship: claim.claimant.relationship,
    reportDelayDays: daysBetween(claim.reportedOn, incidentDate),
    submissionDelayDays: daysBetween(claim.submittedOn, incidentDate),
    limitationPeriodExpired: isLimitationPeriodExpired(
      { productLine: source.productLine, incidentOn: incidentDate, ...(claim.incident.knownOn !== undefined ? { knownOn: claim.incident.knownOn } : {}), submittedOn: claim.submittedOn },
      profile,
    ),
    hospitalized: stay !== undefined,
    hospitalDays: stay === undefined ? 0 : stayDays(stay),
    died: claim.incident.death !== undefined,
    disabilityCount: claim.incident.disabilities.length,
    departureDelayMinutes: claim.flight === undefined ? 0 : flightDelayMinutes(claim.flight, "departure_delay"),
    arrivalDelayMinutes: claim.flight === undefined ? 0 : flightDelayMinutes(claim.flight, "arrival_delay"),
    socialInsurance: claim.socialInsurance ?? "not_applicable",
    totalBilled: total((line) => line.amount),
    totalSelfPay: total((line) => line.selfPay),
    totalSocialInsurancePaid: total((line) => line.socialInsurancePaid),
    totalOtherInsurancePaid: total((line) => line.otherInsurancePaid),
    lineCount: claim.lines.length,
    lineCategories: [...new Set(claim.lines.map((line) => line.category))].sort(),
    documentTypes: [...new Set(claim.documents.map((document) => document.type))].sort(),
    paidThisPolicyYear: formatMoney(sumMoney(Object.values(accumulators.coverages).map((entry) => toMoney(entry.paid))), minor),
  };
}

/** Facts of a rule with `scope: "item"`: the claim's facts plus the line it looks at. */
export function deriveLineFacts(claimFacts: FactValues, line: BillLine, incidentDate: string): FactValues {
  return {
    ...claimFacts,
    line: {
      id: line.id,
      category: line.category,
      description: line.description ?? "",
      amount: line.amount,
      selfPay: line.selfPay,
      socialInsurancePaid: line.socialInsurancePaid,
      otherInsurancePaid: line.otherInsurancePaid,
      itemCode: line.itemCode ?? "",
      quantity: line.quantity,
      visitId: line.visitId ?? line.serviceDate,
      serviceDate: line.serviceDate,
      invoiceNumber: line.invoiceNumber,
      daysFromIncident: daysBetween(line.serviceDate, incidentDate),
    },
  };
}

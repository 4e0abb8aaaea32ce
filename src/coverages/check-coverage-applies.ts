import type { Claim } from "../claim/claim-schema.js";
import type { CompiledCoverage } from "../coverage-kinds/coverage-kind-definition.js";
import type { CommonLedgerEntry } from "../coverage-kinds/coverage-ledger.js";
import { coverageWaitingDays, daysSinceInception, isPolicyInForce } from "../policy/policy-period.js";
import type { Policy } from "../policy/policy-schema.js";
import { daysBetween } from "../dates/iso-date.js";
import { waitingPeriodStartOn, type ContractStatus } from "../life/contract-status.js";
import type { LocalizedText } from "../values/primitives.js";

/** Why a coverage that concerns the claim pays nothing for it, whatever the amounts: a library reason code and its figures. */
export type CoverageRefusal =
  | { readonly code: "POLICY_NOT_IN_FORCE"; readonly clauseId: string; readonly params: { readonly incidentDate: string } }
  | { readonly code: "POLICY_SUSPENDED"; readonly clauseId: string; readonly params: { readonly since: string; readonly dueOn: string; readonly incidentDate: string } }
  | { readonly code: "INCIDENT_WHILE_SUSPENDED"; readonly clauseId: string; readonly params: { readonly since: string; readonly reinstatedOn: string; readonly incidentDate: string } }
  | { readonly code: "WAITING_PERIOD_AFTER_REINSTATEMENT"; readonly clauseId: string; readonly params: { readonly day: string; readonly reinstatedOn: string; readonly waitingDays: string } }
  | { readonly code: "WAITING_PERIOD"; readonly clauseId: string; readonly params: { readonly event: LocalizedText; readonly day: string; readonly waitingDays: string } }
  | { readonly code: "COVERAGE_ENDED"; readonly clauseId: string; readonly params: Readonly<Record<string, never>> }
  | { readonly code: "ADMISSION_OUTSIDE_PERIOD"; readonly clauseId: string; readonly params: { readonly admission: string; readonly effective: string; readonly expiry: string } };

export type CoverageApplicability = { readonly status: "applies" } | { readonly status: "not_applicable" } | { readonly status: "refused"; readonly refusal: CoverageRefusal };

/**
 * Whether a coverage answers for the claim, checked before any amount: the incident type it covers, the coverage
 * not ended by an earlier payout, the incident within the period of insurance, a stay admitted within it when the
 * coverage requires so, and past the coverage's own waiting
 * period (two coverages of one policy may have different ones).
 */
export function checkCoverageApplies(coverage: CompiledCoverage, claim: Claim, policy: Policy, ledger: CommonLedgerEntry, status: ContractStatus = { status: "in_force" }): CoverageApplicability {
  const { incident } = claim;
  const source = coverage.source;
  if (!source.incidentTypes.includes(incident.type)) return { status: "not_applicable" };
  if (ledger.ended) return { status: "refused", refusal: { code: "COVERAGE_ENDED", clauseId: coverage.clauseId, params: {} } };
  if (!isPolicyInForce(policy.period, incident.date)) {
    return { status: "refused", refusal: { code: "POLICY_NOT_IN_FORCE", clauseId: policy.period.clauseId ?? coverage.clauseId, params: { incidentDate: incident.date } } };
  }
  // Premium unpaid after the grace period (art. 36), or a suspension later reinstated: no cover on the day.
  if (status.status === "suspended") {
    const clauseId = status.clauseId ?? coverage.clauseId;
    if (status.reinstatedOn !== undefined) return { status: "refused", refusal: { code: "INCIDENT_WHILE_SUSPENDED", clauseId, params: { since: status.since, reinstatedOn: status.reinstatedOn, incidentDate: incident.date } } };
    return { status: "refused", refusal: { code: "POLICY_SUSPENDED", clauseId, params: { since: status.since, dueOn: status.dueOn ?? status.since, incidentDate: incident.date } } };
  }
  // A coverage that requires it pays only for a stay admitted within the period, whenever the illness began (入院须在保险期间内).
  const admission = claim.hospitalStay?.admission;
  if (source.stay?.admissionWithinPeriod === true && admission !== undefined && !isPolicyInForce(policy.period, admission)) {
    const clauseId = source.stay.clauseId ?? policy.period.clauseId ?? coverage.clauseId;
    return { status: "refused", refusal: { code: "ADMISSION_OUTSIDE_PERIOD", clauseId, params: { admission, effective: policy.period.effective, expiry: policy.period.expiry } } };
  }
  const waitingDays = coverageWaitingDays(source, incident.type);
  // A reinstatement starts the waiting period again (art. 37; 生效日或最后复效日起).
  const restart = waitingPeriodStartOn(policy.contract, policy.period, incident.date);
  if (restart.reinstatedOn !== undefined) {
    const since = (date: string) => daysBetween(date, restart.from);
    const symptoms = incident.firstSymptomsOn === undefined ? undefined : since(incident.firstSymptomsOn);
    const day = symptoms !== undefined && symptoms >= 0 && symptoms < since(incident.date) ? symptoms : since(incident.date);
    if (day < waitingDays) return { status: "refused", refusal: { code: "WAITING_PERIOD_AFTER_REINSTATEMENT", clauseId: source.waitingPeriods.clauseId ?? coverage.clauseId, params: { day: String(day + 1), reinstatedOn: restart.reinstatedOn, waitingDays: String(waitingDays) } } };
    return { status: "applies" };
  }
  // An illness whose first symptoms fell in the waiting period began in it, whenever it was diagnosed (symptoms
  // before cover are a pre-existing condition, for the rules to judge).
  const incidentDay = daysSinceInception(policy.period, incident.date);
  const symptomsDay = incident.firstSymptomsOn === undefined ? undefined : daysSinceInception(policy.period, incident.firstSymptomsOn);
  const bySymptoms = symptomsDay !== undefined && symptomsDay >= 0 && symptomsDay < incidentDay;
  const day = bySymptoms ? symptomsDay : incidentDay;
  if (day < waitingDays) {
    // Day 1 is the first day of cover, as the claimant counts; the text says which day it is (symptoms or incident).
    const event = bySymptoms ? { en: "The first symptoms appeared", zh: "首次症状出现" } : { en: "The incident happened", zh: "出险发生" };
    return { status: "refused", refusal: { code: "WAITING_PERIOD", clauseId: source.waitingPeriods.clauseId ?? coverage.clauseId, params: { event, day: String(day + 1), waitingDays: String(waitingDays) } } };
  }
  return { status: "applies" };
}

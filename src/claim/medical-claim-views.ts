import type { BillLine, Claim, SocialInsuranceUse } from "./claim-schema.js";
import type { Department, Provider } from "./medical-claim-schema.js";

/** How a line was settled with social insurance: its own settlement, else the claim's (validated: one of them is given). */
export function settlementOf(line: BillLine, claim: Claim): SocialInsuranceUse {
  return line.socialInsurance ?? claim.socialInsurance ?? "used";
}

/** The claim's principal diagnosis: the one it names, else the first of its codes ("" without any). */
export function principalDiagnosisOf(claim: Claim): string {
  return claim.incident.principalDiagnosis ?? claim.incident.diagnosisCodes[0] ?? "";
}

/** Every diagnosis of the claim: its codes, else its principal diagnosis alone. */
export function diagnosesOf(claim: Claim): readonly string[] {
  const { incident } = claim;
  return incident.diagnosisCodes.length > 0 ? incident.diagnosisCodes : incident.principalDiagnosis !== undefined ? [incident.principalDiagnosis] : [];
}

/** The claim's other diagnoses (comorbidities): all but the principal one, in the claim's order. */
export function secondaryDiagnosesOf(claim: Claim): readonly string[] {
  const principal = principalDiagnosisOf(claim);
  return diagnosesOf(claim).filter((code) => code !== principal);
}

/** The diagnoses a line treats: those it names, else the principal diagnosis. */
export function lineDiagnoses(line: BillLine, claim: Claim): readonly string[] {
  if (line.diagnosisCodes !== undefined) return line.diagnosisCodes;
  const principal = principalDiagnosisOf(claim);
  return principal === "" ? [] : [principal];
}

/** The provider a line was billed by: its own, else the stay's, else the claim's only provider. */
export function providerOf(line: BillLine, claim: Claim): Provider | undefined {
  const providers = claim.providers ?? [];
  const id = line.providerId ?? claim.hospitalStay?.providerId;
  if (id !== undefined) return providers.find((provider) => provider.id === id);
  return providers.length === 1 ? providers[0] : undefined;
}

/** The department a line was billed by: its own, else its provider's. */
export function departmentOf(line: BillLine, claim: Claim): Department | undefined {
  return line.department ?? providerOf(line, claim)?.department;
}

/** Whether any code starts with any of the prefixes (ICD-10 exclusions are written as prefixes). */
export function matchesAnyPrefix(codes: readonly string[], prefixes: readonly string[]): boolean {
  return codes.some((code) => prefixes.some((prefix) => code.startsWith(prefix)));
}

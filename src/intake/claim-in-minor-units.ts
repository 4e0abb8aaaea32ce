import type { Claim } from "../claim/claim-schema.js";
import { writeInMinorUnits } from "../money/write-in-minor-units.js";

/**
 * The claim with every amount of its lines written in the currency's minor units (`"5000"` → `"5000.00"` in CNY), as
 * the decision echoes them whatever its outcome. The amounts were checked to be no finer than the minor unit, so
 * nothing is rounded; a claim already written so is returned as it is.
 */
export function claimInMinorUnits(claim: Claim, minorUnits: number): Claim {
  const write = (amount: string): string => writeInMinorUnits(amount, minorUnits);
  // Most claims already write every amount in minor units: then the claim is kept as it is, with no copy of its lines.
  const unchanged = claim.lines.every((line) => write(line.amount) === line.amount && write(line.selfPay) === line.selfPay && write(line.socialInsurancePaid) === line.socialInsurancePaid && write(line.otherInsurancePaid) === line.otherInsurancePaid);
  if (unchanged) return claim;
  const lines = claim.lines.map((line) => ({ ...line, amount: write(line.amount), selfPay: write(line.selfPay), socialInsurancePaid: write(line.socialInsurancePaid), otherInsurancePaid: write(line.otherInsurancePaid) }));
  return { ...claim, lines };
}

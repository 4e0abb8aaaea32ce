import type { Claim } from "../claim/claim-schema.js";
import { writeInMinorUnits } from "../money/write-in-minor-units.js";

/**
 * The claim with every amount of its lines written in the currency's minor units (`"5000"` → `"5000.00"` in CNY), as
 * the decision echoes them whatever its outcome. The amounts were checked to be no finer than the minor unit, so
 * nothing is rounded; a claim already written so is returned as it is.
 */
export function claimInMinorUnits(claim: Claim, minorUnits: number): Claim {
  const write = (amount: string): string => writeInMinorUnits(amount, minorUnits);
  let changed = false;
  const lines = claim.lines.map((line) => {
    const written = { ...line, amount: write(line.amount), selfPay: write(line.selfPay), socialInsurancePaid: write(line.socialInsurancePaid), otherInsurancePaid: write(line.otherInsurancePaid) };
    if (written.amount !== line.amount || written.selfPay !== line.selfPay || written.socialInsurancePaid !== line.socialInsurancePaid || written.otherInsurancePaid !== line.otherInsurancePaid) changed = true;
    return written;
  });
  return changed ? { ...claim, lines } : claim;
}

import { Dec } from "../money/money.js";
import type { FhirExportContext } from "./fhir-export-context.js";
import type { FhirPayment } from "./fhir-r4-types.js";
import { HL7_SYSTEMS } from "./fhir-systems.js";

/**
 * The payment of an approved or partially approved decision with something to pay: the payable amount, dated the
 * decision's `asOf`, of type `complete` (the final payment of the benefit under the claim). No payment for denied,
 * pending and referred decisions (nothing is paid until a reviewer confirms), nor for an approval of nothing.
 *
 * @param context - the export's context
 * @returns the payment, or `undefined`
 * @example
 * fhirPayment(context)
 * //=> { type: { coding: [{ …, code: "complete" }] }, date: "2026-05-28", amount: { value: 3000, currency: "CNY" } }
 */
export function fhirPayment(context: FhirExportContext): FhirPayment | undefined {
  const { decision } = context;
  if (decision.outcome !== "approved" && decision.outcome !== "partially_approved") return undefined;
  if (new Dec(decision.payable).isZero()) return undefined;
  return {
    type: { coding: [{ system: HL7_SYSTEMS.paymentType, code: "complete", display: "Complete" }] },
    date: decision.meta.asOf,
    amount: context.money(decision.payable, ["decision", "payable"]),
  };
}

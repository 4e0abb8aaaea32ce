import type { z } from "zod";
import { compareMoneyStrings } from "../money/compare-money-strings.js";
import { decimalsOf, MAX_EXACT_SCALE, unitsOf } from "../money/exact-units.js";
import { Dec, type Money } from "../money/money.js";
import type { Department, DrugPurchase, Provider, WardStay } from "./medical-claim-schema.js";
import { PAYER_SOURCE_WORDS, paymentsOf, type LinePaidBy } from "./payer-sources.js";

type Settlement = "used" | "not_used" | "could_not_be_used";

/** The parts of a claim the medical checks read (the claim schema's output, before its type exists). */
interface MedicalClaimView {
  readonly incident: { readonly diagnosisCodes: readonly string[]; readonly principalDiagnosis?: string | undefined };
  readonly socialInsurance?: Settlement | undefined;
  readonly hospitalStay?: { readonly admission: string; readonly discharge: string; readonly providerId?: string | undefined; readonly wards?: readonly WardStay[] | undefined } | undefined;
  readonly providers?: readonly Provider[] | undefined;
  readonly lines: readonly {
    readonly id: string;
    readonly amount: string;
    readonly serviceDate: string;
    readonly invoiceNumber: string;
    readonly selfPay: string;
    readonly socialInsurancePaid: string;
    readonly otherInsurancePaid: string;
    readonly socialInsurance?: Settlement | undefined;
    readonly paidBy?: LinePaidBy | undefined;
    readonly catalogueClass?: "class_a" | "class_b" | "class_c" | undefined;
    readonly classBSelfPay?: string | undefined;
    readonly diagnosisCodes?: readonly string[] | undefined;
    readonly providerId?: string | undefined;
    readonly department?: Department | undefined;
    readonly negotiatedAmount?: string | undefined;
    readonly drug?: DrugPurchase | undefined;
  }[];
}

const MONEY = /^\d+(\.\d+)?$/;
const NON_ZERO_DIGIT = /[1-9]/;

/** Above zero: a plain decimal string is when it has a digit other than 0 (no Decimal built); anything else as decimal.js reads it. */
const positive = (amount: string | undefined) => amount !== undefined && (MONEY.test(amount) ? NON_ZERO_DIGIT.test(amount) : new Dec(amount).greaterThan(0));

/**
 * Whether the shares add up to more than the amount, on whole units of their finest decimal when every value is a
 * plain decimal string that fits (see exact-units); `undefined` otherwise, and the caller adds them with Decimal.
 */
function sharesExceed(shares: readonly string[], amount: string): boolean | undefined {
  let scale = decimalsOf(amount);
  if (scale === undefined) return undefined;
  for (const share of shares) {
    const decimals = decimalsOf(share);
    if (decimals === undefined) return undefined;
    if (decimals > scale) scale = decimals;
  }
  if (scale > MAX_EXACT_SCALE) return undefined;
  let total = 0;
  for (const share of shares) {
    const units = unitsOf(share, scale);
    if (units === undefined) return undefined;
    total += units;
    if (!Number.isSafeInteger(total)) return undefined;
  }
  const limit = unitsOf(amount, scale);
  return limit === undefined ? undefined : total > limit;
}

/**
 * The checks across fields that medical bills need, every problem with its path: each line's social-insurance
 * settlement agrees with what it shows social insurance paid, and lines of one invoice share one settlement (an
 * invoice is settled once); the shares of a line (self-pay, 乙类先行自付, every payer) fit in its amount; catalogue
 * classes agree with the shares (丙类 is never paid by the fund, 甲类 has no 先行自付); diagnoses, providers and wards
 * are the claim's own and in order; a prescription is dated before the purchase.
 */
export function checkMedicalClaim(claim: MedicalClaimView, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
  const providerIds = new Map<string, number>();
  (claim.providers ?? []).forEach((provider, i) => {
    const first = providerIds.get(provider.id);
    if (first !== undefined) issue(["providers", i, "id"], `duplicate provider id "${provider.id}" (first at providers[${first}])`);
    else providerIds.set(provider.id, i);
  });
  const knownProviders = () => (providerIds.size === 0 ? "the claim lists no providers" : `the claim's providers: ${[...providerIds.keys()].join(", ")}`);
  const checkProvider = (providerId: string | undefined, path: (string | number)[]) => {
    if (providerId !== undefined && !providerIds.has(providerId)) issue(path, `provider "${providerId}" is not among the claim's providers (${knownProviders()})`);
  };

  const { incident } = claim;
  const diagnoses = incident.diagnosisCodes.length > 0 ? incident.diagnosisCodes : incident.principalDiagnosis !== undefined ? [incident.principalDiagnosis] : [];
  if (incident.principalDiagnosis !== undefined && incident.diagnosisCodes.length > 0 && !incident.diagnosisCodes.includes(incident.principalDiagnosis)) {
    issue(["incident", "principalDiagnosis"], `principal diagnosis ${incident.principalDiagnosis} is not among diagnosisCodes (${incident.diagnosisCodes.join(", ")}): list every diagnosis there, the principal one included`);
  }

  const stay = claim.hospitalStay;
  if (stay !== undefined) {
    checkProvider(stay.providerId, ["hospitalStay", "providerId"]);
    const wards = stay.wards ?? [];
    wards.forEach((ward, i) => {
      const at = (field: string) => ["hospitalStay", "wards", i, field];
      if (ward.to < ward.from) issue(at("to"), `ward stay ends on ${ward.to}, before it begins on ${ward.from}`);
      else if (ward.from < stay.admission) issue(at("from"), `ward stay begins on ${ward.from}, before the admission on ${stay.admission}`);
      else if (ward.to > stay.discharge) issue(at("to"), `ward stay ends on ${ward.to}, after the discharge on ${stay.discharge}`);
    });
    const ordered = wards.map((ward, i) => ({ ward, i })).sort((a, b) => (a.ward.from < b.ward.from ? -1 : a.ward.from > b.ward.from ? 1 : a.i - b.i));
    for (let k = 1; k < ordered.length; k++) {
      const previous = ordered[k - 1] as (typeof ordered)[number];
      const current = ordered[k] as (typeof ordered)[number];
      if (current.ward.from < previous.ward.to) issue(["hospitalStay", "wards", current.i, "from"], `ward stay from ${current.ward.from} overlaps hospitalStay.wards[${previous.i}], which runs to ${previous.ward.to}`);
    }
  }

  const settlementOfInvoice = new Map<string, { readonly settlement: Settlement; readonly lineId: string }>();
  for (let i = 0; i < claim.lines.length; i++) {
    const line = claim.lines[i] as MedicalClaimView["lines"][number];
    const settlement = line.socialInsurance ?? claim.socialInsurance;
    // Clause 2.3-type wordings decide each visit or invoice by how it was settled: what it shows must agree.
    const fund = line.socialInsurancePaid;
    const critical = line.paidBy?.criticalIllnessInsurance;
    if (settlement !== undefined && settlement !== "used") {
      const whose = line.socialInsurance !== undefined ? `its settlement is "${settlement}"` : `the claim says social insurance was "${settlement}" and the line says nothing of its own`;
      if (positive(fund)) issue(lineAt(i, line.socialInsurance !== undefined ? "socialInsurance" : "socialInsurancePaid"), `line "${line.id}" shows ${fund} paid by ${PAYER_SOURCE_WORDS.basic_medical_insurance.en}, but ${whose}: a bill settled without social insurance shows no payment by it; give the line "socialInsurance": "used", or correct the amount`);
      else if (positive(critical)) issue(lineAt(i, line.socialInsurance !== undefined ? "socialInsurance" : "paidBy", ...(line.socialInsurance !== undefined ? [] : ["criticalIllnessInsurance"])), `line "${line.id}" shows ${critical} paid by ${PAYER_SOURCE_WORDS.critical_illness_insurance.en}, but ${whose}: critical-illness insurance only pays bills settled through social insurance`);
    }
    if (settlement !== undefined) {
      const earlier = settlementOfInvoice.get(line.invoiceNumber);
      if (earlier === undefined) settlementOfInvoice.set(line.invoiceNumber, { settlement, lineId: line.id });
      else if (earlier.settlement !== settlement) issue(lineAt(i, "socialInsurance"), `line "${line.id}" is settled "${settlement}" but line "${earlier.lineId}" of the same invoice ${line.invoiceNumber} is settled "${earlier.settlement}": an invoice is settled once, give its lines one settlement`);
    }

    const parts = [line.selfPay, ...Object.values(paymentsOf(line)), line.classBSelfPay ?? "0"];
    const exceeds = sharesExceed(parts, line.amount) ?? sharesOf(line).greaterThan(line.amount);
    if (exceeds && (line.paidBy !== undefined || line.classBSelfPay !== undefined)) {
      issue(lineAt(i, line.classBSelfPay !== undefined ? "classBSelfPay" : "paidBy"), `the shares of line "${line.id}" (self-pay, class B self-pay and what every payer paid: ${sharesOf(line).toString()}) exceed its amount (${line.amount})`);
    }
    if (line.catalogueClass === "class_c" && positive(fund)) issue(lineAt(i, "socialInsurancePaid"), `line "${line.id}" is a class C item (丙类, outside the catalogue), which the basic medical insurance fund never pays, yet it shows ${fund} paid by it`);
    if (line.catalogueClass !== undefined && line.catalogueClass !== "class_b" && positive(line.classBSelfPay)) {
      issue(lineAt(i, "classBSelfPay"), `line "${line.id}" is a ${line.catalogueClass === "class_a" ? "class A (甲类)" : "class C (丙类)"} item: only class B items (乙类) have a share the patient pays first`);
    }
    if (line.negotiatedAmount !== undefined && compareMoneyStrings.greaterThan(line.negotiatedAmount, line.amount)) issue(lineAt(i, "negotiatedAmount"), `the negotiated rate ${line.negotiatedAmount} of line "${line.id}" is above the amount billed (${line.amount})`);

    (line.diagnosisCodes ?? []).forEach((code, k) => {
      if (!diagnoses.includes(code)) issue(lineAt(i, "diagnosisCodes", k), `line "${line.id}" treats ${code}, which is not a diagnosis of the claim (${diagnoses.length === 0 ? "it has none" : diagnoses.join(", ")})`);
    });
    checkProvider(line.providerId, lineAt(i, "providerId"));
    if (line.drug !== undefined) {
      checkProvider(line.drug.prescriberId, lineAt(i, "drug", "prescriberId"));
      if (line.drug.prescribedOn > line.serviceDate) issue(lineAt(i, "drug", "prescribedOn"), `the prescription of line "${line.id}" is dated ${line.drug.prescribedOn}, after the purchase on ${line.serviceDate}`);
    }
  }
}

/** The path of a field of line `i`. */
function lineAt(i: number, ...path: (string | number)[]): (string | number)[] {
  return ["lines", i, ...path];
}

/** The shares of a line added as Decimal: self-pay, what every payer paid, 乙类先行自付. */
function sharesOf(line: MedicalClaimView["lines"][number]): Money {
  return Object.values(paymentsOf(line)).reduce((sum, amount) => sum.plus(amount), new Dec(line.selfPay)).plus(line.classBSelfPay ?? "0");
}

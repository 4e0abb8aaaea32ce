import { checkMinorUnits } from "../money/check-minor-units.js";
import { currencyMinorUnits, isKnownCurrency } from "../money/currency-minor-units.js";
import { Dec, formatMoney, roundToMinorUnit, toMoney } from "../money/money.js";
import { DECIMAL_PATTERN, ICD10_PATTERN } from "../values/value-patterns.js";
import { checkNestingDepth } from "../values/check-nesting-depth.js";
import type { Issue } from "../errors/adjudicator-error.js";
import { InputReader } from "./input-reader.js";
import { CLAIMANT_RELATIONSHIPS, PRECHECK_INCIDENT_TYPES, SOCIAL_INSURANCE_USES, type PrecheckClaim, type PrecheckDocument, type PrecheckLine } from "./precheck-facts.js";
import type { PrecheckConfig } from "./read-precheck-config.js";


/**
 * Reads a claim draft, every problem at once with its path from `claim`: the fields a pre-check reads, checked as
 * the claim schema checks them. A draft may leave out what the claimant has not filled in yet elsewhere (payee,
 * dates of submission): only the incident, the claimant's relationship, the documents, the hospital stay and the bill
 * lines are read. An incident after `asOf` is a problem. Bill-line amounts come back in the policy's currency and minor units, as `adjudicate` uses them.
 */
export function readClaimDraft(input: unknown, config: PrecheckConfig, asOf?: string): PrecheckClaim | Issue[] {
  const deep = checkNestingDepth(input, undefined, ["claim"]);
  if (deep !== undefined) return [deep];
  const read = new InputReader();
  const claim = read.object(input, ["claim"]);
  if (claim === undefined) return read.issues;
  const policyId = claim["policyId"];
  if (policyId !== undefined && policyId !== config.policyId) read.problem(["claim", "policyId"], `claim is on policy ${JSON.stringify(policyId)}, this pre-check holds policy "${config.policyId}"`, "policy_mismatch");

  const incidentInput = read.object(claim["incident"], ["claim", "incident"]);
  const date = incidentInput === undefined ? undefined : read.date(incidentInput["date"], ["claim", "incident", "date"]);
  if (date !== undefined && asOf !== undefined && date > asOf) read.problem(["claim", "incident", "date"], `the incident on ${date} is after asOf ${asOf}`);
  const type = incidentInput === undefined ? undefined : read.choice(incidentInput["type"], ["claim", "incident", "type"], PRECHECK_INCIDENT_TYPES);
  const diagnosisCodes = (incidentInput === undefined ? [] : (read.array(incidentInput["diagnosisCodes"], ["claim", "incident", "diagnosisCodes"], []) ?? [])).flatMap((code, i) => {
    const path = ["claim", "incident", "diagnosisCodes", i];
    const text = read.text(code, path);
    if (text === undefined) return [];
    if (!ICD10_PATTERN.test(text)) return read.problem(path, `"${text}" must be an ICD-10 code such as K35.8 (letter, two characters, optional .suffix)`) ?? [];
    return [text];
  });
  const death = incidentInput?.["death"];
  if (death !== undefined) read.object(death, ["claim", "incident", "death"]);
  const disabilities = incidentInput === undefined ? [] : (read.array(incidentInput["disabilities"], ["claim", "incident", "disabilities"], []) ?? []);

  const claimantInput = read.object(claim["claimant"], ["claim", "claimant"]);
  const relationship = claimantInput === undefined ? undefined : read.choice(claimantInput["relationship"], ["claim", "claimant", "relationship"], CLAIMANT_RELATIONSHIPS);

  const documents = (read.array(claim["documents"], ["claim", "documents"], []) ?? []).flatMap((documentInput, i): PrecheckDocument[] => {
    const path = ["claim", "documents", i];
    const document = read.object(documentInput, path);
    if (document === undefined) return [];
    const fields = {
      type: read.id(document["type"], [...path, "type"]),
      id: read.text(document["id"], [...path, "id"]),
      issuedOn: read.date(document["issuedOn"], [...path, "issuedOn"]),
      original: read.boolean(document["original"], [...path, "original"]),
    };
    return fields.type === undefined || fields.id === undefined || fields.issuedOn === undefined || fields.original === undefined ? [] : [fields as PrecheckDocument];
  });

  let hospitalStay: PrecheckClaim["hospitalStay"];
  if (claim["hospitalStay"] !== undefined) {
    const stay = read.object(claim["hospitalStay"], ["claim", "hospitalStay"]);
    const admission = stay === undefined ? undefined : read.date(stay["admission"], ["claim", "hospitalStay", "admission"]);
    const discharge = stay === undefined ? undefined : read.date(stay["discharge"], ["claim", "hospitalStay", "discharge"]);
    if (admission !== undefined && discharge !== undefined) {
      if (discharge < admission) read.problem(["claim", "hospitalStay", "discharge"], `discharge ${discharge} is before admission ${admission}`);
      else hospitalStay = { admission, discharge };
    }
  }
  const socialInsurance = claim["socialInsurance"] === undefined ? undefined : read.choice(claim["socialInsurance"], ["claim", "socialInsurance"], SOCIAL_INSURANCE_USES);

  // Amounts in the policy's currency: a claim in another one is converted at its rate, line by line, rounded with the
  // policy's mode (as `adjudicate` converts it).
  const { currency: policyCurrency } = config;
  const currencyInput = claim["currency"];
  let convert = (amount: string): string => amount;
  let minorUnits = policyCurrency.minorUnits;
  let currency = policyCurrency.code;
  if (currencyInput !== undefined && currencyInput !== policyCurrency.code) {
    if (typeof currencyInput !== "string" || !/^[A-Z]{3}$/.test(currencyInput) || !isKnownCurrency(currencyInput)) {
      read.problem(["claim", "currency"], `${JSON.stringify(currencyInput)} is not an ISO 4217 currency code (e.g. CNY, USD, JPY)`);
    } else {
      currency = currencyInput;
      minorUnits = currencyMinorUnits(currencyInput);
      const rateInput = claim["exchangeRate"] === undefined ? undefined : read.object(claim["exchangeRate"], ["claim", "exchangeRate"]);
      const rate = rateInput?.["rate"];
      if (claim["exchangeRate"] === undefined) {
        read.problem(["claim", "currency"], `claim is in ${currencyInput}, the policy pays in ${policyCurrency.code}: give "exchangeRate" (${policyCurrency.code} per ${currencyInput})`, "currency_mismatch");
      } else if (rateInput === undefined) {
        // Reported by read.object.
      } else if (typeof rate !== "string" || !DECIMAL_PATTERN.test(rate) || /^0+(\.0+)?$/.test(rate)) {
        read.problem(["claim", "exchangeRate", "rate"], 'must be a positive decimal string such as "7.1234"');
      } else {
        const factor = new Dec(rate);
        convert = (amount) => formatMoney(roundToMinorUnit(toMoney(amount).times(factor), policyCurrency.minorUnits, policyCurrency.rounding), policyCurrency.minorUnits);
      }
    }
  }
  const lines = (read.array(claim["lines"], ["claim", "lines"], []) ?? []).flatMap((lineInput, i): PrecheckLine[] => {
    const path = ["claim", "lines", i];
    const line = read.object(lineInput, path);
    if (line === undefined) return [];
    const invoiceNumber = read.text(line["invoiceNumber"], [...path, "invoiceNumber"]);
    if (invoiceNumber === "__proto__") read.problem([...path, "invoiceNumber"], 'must be the invoice\'s number; "__proto__" cannot key the ledger\'s record of paid invoices');
    const money = (name: string, fallback?: string) => {
      const amount = read.money(line[name], [...path, name], fallback);
      if (amount === undefined) return undefined;
      const finer = checkMinorUnits(amount, minorUnits, [...path, name], currency);
      read.issues.push(...finer);
      return finer.length > 0 ? undefined : amount;
    };
    const amount = money("amount");
    const otherInsurancePaid = money("otherInsurancePaid", "0");
    const settlement = line["socialInsurance"] === undefined ? undefined : read.choice(line["socialInsurance"], [...path, "socialInsurance"], SOCIAL_INSURANCE_USES);
    if (invoiceNumber === undefined || amount === undefined || otherInsurancePaid === undefined) return [];
    if (line["socialInsurance"] !== undefined && settlement === undefined) return [];
    const inPolicyUnits = (value: string) => (currency === policyCurrency.code ? formatMoney(toMoney(value), policyCurrency.minorUnits) : convert(value));
    return [{ invoiceNumber, amount: inPolicyUnits(amount), otherInsurancePaid: inPolicyUnits(otherInsurancePaid), ...(settlement !== undefined ? { socialInsurance: settlement } : {}) }];
  });

  if (read.issues.length > 0 || date === undefined || type === undefined || relationship === undefined) return read.issues;
  return {
    incident: { date, type, diagnosisCodes, died: death !== undefined, disabilityCount: disabilities.length },
    claimant: { relationship },
    documents,
    lines,
    ...(hospitalStay !== undefined ? { hospitalStay } : {}),
    ...(socialInsurance !== undefined ? { socialInsurance } : {}),
  };
}

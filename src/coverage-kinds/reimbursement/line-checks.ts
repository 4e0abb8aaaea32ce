import type { BillLine, Claim } from "../../claim/claim-schema.js";
import { PROVIDER_LEVELS, type Provider } from "../../claim/medical-claim-schema.js";
import { departmentOf, lineDiagnoses, matchesAnyPrefix, providerOf } from "../../claim/medical-claim-views.js";
import { addCalendarDays } from "../../dates/add-calendar-days.js";
import { daysBetween } from "../../dates/iso-date.js";
import type { LocalizedText } from "../../values/primitives.js";
import type { StayTerms } from "../stay-terms.js";
import { PROVIDER_WORDS } from "./reimbursement-reasons.js";
import type { ProviderRequirements, SpecialDrugs } from "./reimbursement-terms-schema.js";

/** A drug of the policy's lists, as a check needs it. */
export interface ListedDrug {
  readonly code: string;
  readonly name: LocalizedText;
  readonly indications?: readonly string[] | undefined;
}

/** The policy's lists, compiled: provider ids by list, drugs by code by list. */
export interface PolicyLists {
  readonly providers: ReadonlyMap<string, { readonly name: LocalizedText; readonly ids: ReadonlySet<string> }>;
  readonly drugs: ReadonlyMap<string, { readonly name: LocalizedText; readonly drugs: ReadonlyMap<string, ListedDrug> }>;
}

const join = (parts: readonly LocalizedText[], en: string, zh: string): LocalizedText => ({ en: parts.map((part) => part.en).join(en), zh: parts.map((part) => part.zh).join(zh) });

/** What the requirements ask for, in words: "public hospitals of grade II or above, general department" / "二级及以上公立医院普通部". */
export function requiredProviderWords(requirements: ProviderRequirements, lists: PolicyLists["providers"]): LocalizedText {
  const level = requirements.minLevel === undefined ? undefined : PROVIDER_WORDS[requirements.minLevel];
  const ownership = requirements.ownership === undefined ? undefined : join(requirements.ownership.map((value) => PROVIDER_WORDS[value]), " or ", "或");
  const departments = requirements.departments === undefined ? undefined : join(requirements.departments.map((value) => PROVIDER_WORDS[value]), " or ", "或");
  const named = requirements.lists === undefined ? undefined : join(requirements.lists.map((id) => lists.get(id)?.name ?? { en: id, zh: id }), " or ", "或");
  const en = [
    `${ownership === undefined ? "" : `${ownership.en} `}hospitals${level === undefined ? "" : ` of ${level.en.replace(/^a grade (\w+) hospital$/, "grade $1")} or above`}`,
    ...(departments === undefined ? [] : [departments.en]),
    ...(named === undefined ? [] : [`listed in ${named.en}`]),
  ].join(", ");
  const zh = `${level === undefined ? "" : `${level.zh.replace(/医院$/, "")}及以上`}${ownership?.zh ?? ""}医院${departments?.zh ?? ""}${named === undefined ? "" : `（${named.zh}所列）`}`;
  return { en, zh };
}

export type ProviderCheck =
  | { readonly status: "ok" }
  | { readonly status: "not_covered"; readonly provider: string; readonly found: LocalizedText; readonly onlyDepartment?: LocalizedText }
  | { readonly status: "unknown"; readonly missing: LocalizedText };

const MISSING_WORDS = {
  provider: { en: "the provider", zh: "医疗机构" },
  level: { en: "its grade", zh: "医院等级" },
  ownership: { en: "whether it is public", zh: "公立或民营" },
  department: { en: "its department", zh: "就诊部门" },
} as const;

/** Whether a line's provider meets the coverage's requirements: each missing fact is a person's to check, never a refusal. */
export function checkProvider(line: BillLine, claim: Claim, requirements: ProviderRequirements, lists: PolicyLists["providers"]): ProviderCheck {
  if (requirements.categories !== undefined && !requirements.categories.includes(line.category)) return { status: "ok" };
  if (requirements.emergencyExempt === true && line.emergency === true) return { status: "ok" };
  const provider: Provider | undefined = providerOf(line, claim);
  if (provider === undefined) return { status: "unknown", missing: MISSING_WORDS.provider };
  const department = departmentOf(line, claim);
  const failed: LocalizedText[] = [];
  const missing: LocalizedText[] = [];
  if (requirements.minLevel !== undefined) {
    if (provider.level === undefined) missing.push(MISSING_WORDS.level);
    else if (PROVIDER_LEVELS.indexOf(provider.level) < PROVIDER_LEVELS.indexOf(requirements.minLevel)) failed.push(PROVIDER_WORDS[provider.level]);
  }
  if (requirements.ownership !== undefined) {
    if (provider.ownership === undefined) missing.push(MISSING_WORDS.ownership);
    else if (!requirements.ownership.includes(provider.ownership)) failed.push({ en: `a ${PROVIDER_WORDS[provider.ownership].en} provider`, zh: `${PROVIDER_WORDS[provider.ownership].zh}医疗机构` });
  }
  if (requirements.departments !== undefined) {
    if (department === undefined) missing.push(MISSING_WORDS.department);
    else if (!requirements.departments.includes(department)) failed.push({ en: `its ${PROVIDER_WORDS[department].en}`, zh: PROVIDER_WORDS[department].zh });
  }
  if (requirements.lists !== undefined && !requirements.lists.some((id) => lists.get(id)?.ids.has(provider.id) === true)) failed.push({ en: "not on the policy's list of designated providers", zh: "不在保险合同约定的指定医疗机构名单内" });
  // A provider that qualifies but billed the line from a department the policy leaves out (特需部 of a public
  // hospital) is named with its department: "the special-needs department of …", not "… is its department".
  const onlyDepartment = failed.length === 1 && department !== undefined && requirements.departments !== undefined && !requirements.departments.includes(department) ? PROVIDER_WORDS[department] : undefined;
  if (failed.length > 0) return { status: "not_covered", provider: provider.name, found: join(failed, ", ", "、"), ...(onlyDepartment !== undefined ? { onlyDepartment } : {}) };
  if (missing.length > 0) return { status: "unknown", missing: join(missing, ", ", "、") };
  return { status: "ok" };
}

/** Where a line falls against the days before admission and after discharge a coverage pays outpatient care in. */
export function checkStayWindow(line: BillLine, claim: Claim, window: { readonly daysBefore: number; readonly daysAfter: number }): { readonly status: "ok" } | { readonly status: "outside"; readonly when: LocalizedText } {
  const stay = claim.hospitalStay;
  if (stay === undefined) return { status: "outside", when: { en: "without a hospital stay", zh: "无住院记录" } };
  if (line.serviceDate < addCalendarDays(stay.admission, -window.daysBefore)) {
    const days = String(daysBetween(stay.admission, line.serviceDate));
    return { status: "outside", when: { en: `${days} days before the admission`, zh: `为入院前第 ${days} 日` } };
  }
  if (line.serviceDate > addCalendarDays(stay.discharge, window.daysAfter)) {
    const days = String(daysBetween(line.serviceDate, stay.discharge));
    return { status: "outside", when: { en: `${days} days after the discharge`, zh: `为出院后第 ${days} 日` } };
  }
  return { status: "ok" };
}

/**
 * Whether a line dated after the policy's expiry is still covered: only within a stay admitted in the period, up to
 * the days past expiry the coverage allows (延续住院).
 */
export function isAfterContinuedStay(line: BillLine, claim: Claim, stay: StayTerms, period: { readonly effective: string; readonly expiry: string }): boolean {
  if (stay.continuedStayDays === undefined || line.serviceDate <= period.expiry) return false;
  const hospital = claim.hospitalStay;
  const admittedInPeriod = hospital !== undefined && hospital.admission >= period.effective && hospital.admission <= period.expiry;
  if (!admittedInPeriod || line.serviceDate > hospital.discharge) return true;
  return line.serviceDate > addCalendarDays(period.expiry, stay.continuedStayDays);
}

export type DrugCheck =
  | { readonly status: "ok" }
  | { readonly status: "not_listed"; readonly drug: string; readonly list: LocalizedText }
  | { readonly status: "too_old"; readonly days: number; readonly prescribedOn: string; readonly maxDays: number }
  | { readonly status: "pharmacy"; readonly pharmacy: string };

/** Whether a special-drug line meets the terms: on the list for the line's diagnoses, prescribed recently enough, bought where designated. */
export function checkSpecialDrug(line: BillLine, claim: Claim, terms: SpecialDrugs, lists: PolicyLists): DrugCheck {
  const list = lists.drugs.get(terms.drugListId);
  const listName = list?.name ?? { en: terms.drugListId, zh: terms.drugListId };
  const drug = line.drug === undefined ? undefined : list?.drugs.get(line.drug.code);
  if (line.drug === undefined || drug === undefined) return { status: "not_listed", drug: line.drug?.code ?? line.description ?? line.id, list: listName };
  if (drug.indications !== undefined && !matchesAnyPrefix(lineDiagnoses(line, claim), drug.indications)) return { status: "not_listed", drug: drug.code, list: listName };
  const age = daysBetween(line.serviceDate, line.drug.prescribedOn);
  if (terms.prescriptionWithinDays !== undefined && age > terms.prescriptionWithinDays) return { status: "too_old", days: age, prescribedOn: line.drug.prescribedOn, maxDays: terms.prescriptionWithinDays };
  if (terms.pharmacyLists !== undefined || terms.dtpPharmaciesAccepted === true) {
    const pharmacy = providerOf(line, claim);
    const designated = pharmacy !== undefined && (terms.pharmacyLists ?? []).some((id) => lists.providers.get(id)?.ids.has(pharmacy.id) === true);
    const dtp = terms.dtpPharmaciesAccepted === true && pharmacy?.dtp === true;
    if (!designated && !dtp) return { status: "pharmacy", pharmacy: pharmacy?.name ?? line.providerId ?? line.id };
  }
  return { status: "ok" };
}

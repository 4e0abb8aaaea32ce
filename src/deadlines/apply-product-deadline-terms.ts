import type { Issue } from "../errors/adjudicator-error.js";
import { ValidationError } from "../errors/validation-error.js";
import { parseInput } from "../values/parse-input.js";
import {
  type ContractTerm,
  type DayPeriodRule,
  type DeterminationRule,
  type JurisdictionProfile,
  JurisdictionProfileSchema,
  type LegalBasis,
  SERVICE_DEADLINE_IDS,
  type ServiceDeadlineId,
} from "./jurisdiction-profile-schema.js";
import { type ProductDeadlineTerms, ProductDeadlineTermsSchema } from "./product-deadline-terms-schema.js";

type Path = (string | number)[];

function cite(basis: LegalBasis): string {
  return `${basis.law.en} art. ${basis.article}`;
}

/**
 * A profile with a product's wording applied: the periods it sets, how it counts days, its holiday calendar.
 * Each changed period records the product and clause in `contractTerms`, so computed deadlines cite them.
 * Refuses, listing every problem, what the law does not let a contract do: change a period marked `not_change`,
 * lengthen one marked `shorten` (including by counting working days where the law counts calendar days),
 * or count working days without a holiday calendar.
 *
 * @param profile - the jurisdiction profile (e.g. `PRC_INSURANCE_LAW_PROFILE`)
 * @param terms - the product's terms as JSON (`ProductDeadlineTermsSchema`)
 * @returns a new profile with id `<profile id>.<product id>`; neither argument is changed
 * @throws ValidationError with paths such as `terms.deadlines.denialNotice.days`
 * @example
 * applyProductDeadlineTerms(PRC_INSURANCE_LAW_PROFILE, { productId: "med-2026", deadlines: { determination: { ordinaryDays: 5, clauseId: "7.3" } } })
 *   .deadlines.determination.ordinaryDays
 * //=> 5
 */
export function applyProductDeadlineTerms(profile: JurisdictionProfile, terms: unknown): JurisdictionProfile {
  const base = parseInput(JurisdictionProfileSchema, profile, "profile");
  const parsed = parseInput(ProductDeadlineTermsSchema, terms, "terms");
  const calendar = parsed.holidayCalendar ?? base.holidayCalendar;
  const issues: Issue[] = [];
  const deadlines = { ...base.deadlines };
  const contractTerms: Partial<Record<ServiceDeadlineId, ContractTerm>> = { ...base.contractTerms };

  for (const id of SERVICE_DEADLINE_IDS) {
    const rule = base.deadlines[id];
    const term = parsed.deadlines[id];
    const lawDayCount = rule.dayCount ?? base.dayCount;
    const dayCount = term?.dayCount ?? parsed.dayCount ?? lawDayCount;
    if (term === undefined && dayCount === lawDayCount) continue;

    const dayCountPath: Path = term?.dayCount !== undefined ? ["terms", "deadlines", id, "dayCount"] : ["terms", "dayCount"];
    const report = (path: Path, message: string): void => {
      issues.push({ code: "invalid_input", path, message });
    };
    if (dayCount === "working" && calendar === undefined) report(dayCountPath, `counting working days for ${id} needs a holidayCalendar, in the terms or the profile`);
    if (rule.contractMay === "not_change") {
      report(["terms", "deadlines", id], `${cite(rule.basis)} does not let a contract change the ${id} period`);
    } else if (rule.contractMay === "shorten") {
      if (lawDayCount === "calendar" && dayCount === "working") {
        report(dayCountPath, `${cite(rule.basis)} lets a contract only shorten the ${id} period; counting working days instead of calendar days would lengthen it`);
      }
      for (const [field, days, lawDays] of comparedDays(rule, term)) {
        if (days !== undefined && lawDays !== null && days > lawDays) {
          report(["terms", "deadlines", id, field], `${cite(rule.basis)} lets a contract only shorten the ${id} period: ${days} days is longer than the law's ${lawDays}`);
        }
      }
    }

    if (id === "determination") {
      const determinationTerm = parsed.deadlines.determination;
      deadlines.determination = {
        ...base.deadlines.determination,
        ordinaryDays: determinationTerm?.ordinaryDays ?? base.deadlines.determination.ordinaryDays,
        complexDays: determinationTerm?.complexDays ?? base.deadlines.determination.complexDays,
        dayCount,
      };
    } else {
      const dayTerm = parsed.deadlines[id];
      deadlines[id] = { ...base.deadlines[id], days: dayTerm?.days ?? base.deadlines[id].days, dayCount };
    }
    const clauseId = term?.clauseId ?? parsed.clauseId;
    contractTerms[id] = clauseId === undefined ? { productId: parsed.productId } : { productId: parsed.productId, clauseId };
  }

  if (issues.length > 0) throw new ValidationError("product deadline terms", issues);
  const { holidayCalendar: _replaced, ...rest } = base;
  return parseInput(
    JurisdictionProfileSchema,
    {
      ...rest,
      id: `${base.id}.${parsed.productId}`,
      ...(calendar === undefined ? {} : { holidayCalendar: calendar }),
      deadlines,
      contractTerms,
    },
    "profile",
  );
}

type Term = NonNullable<ProductDeadlineTerms["deadlines"][ServiceDeadlineId]>;

/** The product's days next to the law's, per field; an ordinary case is bounded by the complex-case limit. */
function comparedDays(rule: DayPeriodRule | DeterminationRule, term: Term | undefined): [field: string, days: number | undefined, lawDays: number | null][] {
  if (term === undefined) return [];
  if ("complexDays" in rule) {
    const ordinaryDays = "ordinaryDays" in term ? term.ordinaryDays : undefined;
    const complexDays = "complexDays" in term ? term.complexDays : undefined;
    return [
      ["ordinaryDays", ordinaryDays, rule.ordinaryDays ?? rule.complexDays],
      ["complexDays", complexDays, rule.complexDays],
    ];
  }
  return [["days", "days" in term ? term.days : undefined, rule.days]];
}

import { closest } from "fastest-levenshtein";
import type { Issue } from "../errors/adjudicator-error.js";
import { templateParameters } from "../text/render-template.js";
import type { LocalizedText } from "../values/primitives.js";
import { LIBRARY_FACTS, type FactRegistry } from "./fact-registry.js";

const FORMAT_TYPES = { money: "money", date: "date", percent: "money", days: "number", times: "number" } as const;

/**
 * Checks the placeholders of a rule's message: each must name a claim fact (`{reportDelayDays}`), with a format its
 * type allows (`{totalBilled:money}`, `{incidentDate:date}`), and both languages must use the same ones. A message
 * that would print `{reportDelay}` to a claimant is refused before any claim arrives.
 */
export function checkMessagePlaceholders(message: LocalizedText, path: readonly (string | number)[], facts: FactRegistry = LIBRARY_FACTS): Issue[] {
  const issues: Issue[] = [];
  const claimFacts = facts.facts.filter((fact) => fact.scope === "claim").map((fact) => fact.name);
  for (const locale of ["en", "zh"] as const) {
    for (const { name, format } of templateParameters(message[locale])) {
      const fact = facts.find(name);
      if (fact === undefined || fact.scope !== "claim") {
        issues.push({ code: "unknown_fact", path: [...path, locale], message: `placeholder {${name}} names no claim fact, so the message would show it as written. Did you mean {${closest(name, claimFacts)}}?` });
      } else if (format !== undefined && fact.type !== FORMAT_TYPES[format]) {
        issues.push({ code: "invalid_input", path: [...path, locale], message: `placeholder {${name}:${format}} formats a ${fact.type} fact as ${format}; use {${name}}` });
      }
    }
  }
  const names = (text: string) => [...new Set(templateParameters(text).map((parameter) => parameter.name))].sort().join(", ");
  if (names(message.en) !== names(message.zh)) {
    issues.push({ code: "invalid_input", path: [...path, "zh"], message: `the Chinese message uses {${names(message.zh)}}, the English one {${names(message.en)}}: both languages must give the same figures` });
  }
  return issues;
}

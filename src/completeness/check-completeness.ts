import { addCalendarDays } from "../dates/add-calendar-days.js";
import type { RuleHit } from "../rules/compile-rule-set.js";
import type { Claim, SubmittedDocument } from "../claim/claim-schema.js";
import type { MissingDocument } from "./missing-document-schema.js";
import type { DocumentRequirement } from "../policy/policy-schema.js";

/** What completeness reads of a claim: its documents, its lines' invoice numbers and the incident's date (a `Claim` is one). */
export interface CompletenessClaim {
  readonly documents: readonly Pick<SubmittedDocument, "type" | "id" | "issuedOn" | "original">[];
  readonly lines: readonly Pick<Claim["lines"][number], "invoiceNumber">[];
  readonly incident: Pick<Claim["incident"], "date">;
}

/** What completeness reads of a rule hit: the rule's id, clause and event (a `RuleHit` is one). */
export interface CompletenessHit {
  readonly rule: Pick<RuleHit["rule"], "id" | "clauseId"> & { readonly event: Pick<RuleHit["rule"]["event"], "type" | "message"> & { readonly documentType?: string } };
}

/**
 * Lists every document the claim still lacks, all at once, so the insurer asks one time and completely
 * (PRC Insurance Law art. 22). Requirements come from the policy (some under conditions) and from
 * `require_document` rules; `requirementApplies` tells whether a requirement's `when` condition held. A copy where the original is required is
 * reported as `copy_only`; a document issued before the day a requirement wants it from (`issuedFromDay`) as
 * `issued_too_early`.
 */
export function checkCompleteness(
  claim: CompletenessClaim,
  requirements: readonly DocumentRequirement[],
  requirementApplies: (requirementId: string) => boolean,
  hits: readonly CompletenessHit[],
): MissingDocument[] {
  const missing: MissingDocument[] = [];
  const reported = new Set<string>();
  const report = (entry: MissingDocument) => {
    const key = `${entry.documentType}\u0000${entry.documentId ?? ""}`;
    if (reported.has(key)) return;
    reported.add(key);
    missing.push(entry);
  };
  const find = (type: string, id?: string): CompletenessClaim["documents"][number][] =>
    claim.documents.filter((document) => document.type === type && (id === undefined || document.id === id));

  for (const requirement of requirements) {
    if (requirement.when !== undefined && !requirementApplies(requirement.id)) continue;
    const documentIds = requirement.per === "invoice" ? [...new Set(claim.lines.map((line) => line.invoiceNumber))].sort() : [undefined];
    // A document wanted some days after the incident (the examination 180 days after a diagnosis): earlier ones do not count.
    const issuedOnOrAfter = requirement.issuedFromDay === undefined ? undefined : addCalendarDays(claim.incident.date, requirement.issuedFromDay);
    for (const documentId of documentIds) {
      const received = find(requirement.documentType, documentId);
      const submitted = issuedOnOrAfter === undefined ? received : received.filter((document) => document.issuedOn >= issuedOnOrAfter);
      const problem =
        received.length === 0 ? "missing" : submitted.length === 0 ? "issued_too_early" : requirement.originalRequired && !submitted.some((d) => d.original) ? "copy_only" : undefined;
      if (problem === undefined) continue;
      // The latest of the documents received, said only of one issued too early.
      const latest = problem === "issued_too_early" ? received.map((document) => document.issuedOn).sort().at(-1) : undefined;
      report({
        documentType: requirement.documentType,
        ...(documentId !== undefined ? { documentId } : {}),
        problem,
        ...(issuedOnOrAfter !== undefined ? { issuedOnOrAfter } : {}),
        ...(latest !== undefined ? { receivedIssuedOn: latest } : {}),
        requirementId: requirement.id,
        clauseId: requirement.clauseId,
        description: requirement.description,
      });
    }
  }
  for (const hit of hits) {
    if (hit.rule.event.type !== "require_document") continue;
    const documentType = hit.rule.event.documentType;
    if (documentType === undefined || find(documentType).length > 0) continue;
    report({ documentType, problem: "missing", ruleId: hit.rule.id, clauseId: hit.rule.clauseId, description: hit.rule.event.message });
  }
  return missing;
}

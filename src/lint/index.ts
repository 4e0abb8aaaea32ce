export { validateRuleSet } from "./validate-rule-set.js";
export type { ValidateRuleSetOptions } from "./validate-rule-set.js";
export { validatePolicy } from "./validate-policy.js";
export type { ValidatePolicyOptions } from "./validate-policy.js";
export type { LintIssue, LintReport, LintSeverity, LintCode } from "./lint-issue.js";
export { DOCUMENT_TYPES } from "./document-types.js";
export type { DocumentTypeDefinition } from "./document-types.js";

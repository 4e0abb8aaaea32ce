export { AuditLog } from "./audit-log.js";
export type { AuditableDecision, AppendOptions } from "./audit-log.js";
export { AuditEntrySchema, AUDIT_ENTRY_FORMAT } from "./audit-entry-schema.js";
export type { AuditEntry, AuditHead, JsonValue } from "./audit-entry-schema.js";
export { verifyAuditChain, AUDIT_PROBLEM_CODES } from "./verify-audit-chain.js";
export type { AuditProblem, AuditProblemCode, AuditVerification } from "./verify-audit-chain.js";

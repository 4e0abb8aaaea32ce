export { AuditLog } from "./audit-log.js";
export type { AuditableDecision, AppendOptions, AppendEventOptions } from "./audit-log.js";
export { AuditEntrySchema, AUDIT_ENTRY_FORMAT, LifecycleEntrySchema, LIFECYCLE_ENTRY_FORMAT, AuditLogEntrySchema, isLifecycleEntry } from "./audit-entry-schema.js";
export type { AuditEntry, AuditHead, JsonValue, LifecycleAuditEntry, AuditLogEntry } from "./audit-entry-schema.js";
export { verifyAuditChain, AUDIT_PROBLEM_CODES } from "./verify-audit-chain.js";
export type { AuditProblem, AuditProblemCode, AuditVerification } from "./verify-audit-chain.js";

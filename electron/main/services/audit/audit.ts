// The audit trail's reads, for services. Its append is not here: a service appends through the unit of work
// (deps.write's `audit`, core/unit-of-work.ts), which stamps the unit's time, user and workstation.
export { GENESIS_HASH, listAudit, patientAuditRows } from '../../repositories/audit';
export type { AuditFilter, AuditInput, Executor } from '../../repositories/audit';

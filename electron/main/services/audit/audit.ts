// The audit trail's statements live in repositories/audit.ts; services import them from here as before.
export * from '../../repositories/audit';

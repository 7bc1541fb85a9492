export { AuditScreen } from './AuditScreen';
export { RecordAccess } from './RecordAccess';

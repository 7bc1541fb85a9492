import { PLAN_ACTIONS } from '../ipc/contract/plans';
import { CHARTING_KINDS } from '../charting/common';
import { INFUSION_ACTIONS } from '../charting/infusion';
import { DRUG_STEPS } from '../schedule/drug-readiness';

// Every action and object code the audit trail can store. The trail keeps the code (stable, for IT and for the
// hash chain); the audit screen words it in the reader's language (renderer/src/features/audit/messages-codes.*).
// The core's audit append takes only these types, so a new code does not compile until it is listed here, and a
// code listed here has no words in either language fails the words' types and tests/unit/audit/audit-codes.test.ts.

/** What an appointment's history and the trail say happened to it (stored as `appointment.<action>`). */
export const APPOINTMENT_ACTIONS = [
  'book',
  'move',
  'shift',
  'cancel',
  'no-show',
  'hold',
  'status',
  'assign-nurse',
  'flag',
  'prescriber-flag',
  ...DRUG_STEPS.map((step) => `drug-${step}` as const),
] as const;
export type AppointmentAction = (typeof APPOINTMENT_ACTIONS)[number];

/** The steps a credential check is made for; a wrong secret is stored as `<purpose>-failed`. */
export const AUTH_PURPOSES = [
  'sign-in',
  'unlock',
  'verify-second-user',
  'set-secret',
  'sign-order',
  'verify-order',
] as const;
export type AuthPurpose = (typeof AUTH_PURPOSES)[number];

export const AUDIT_ACTIONS = [
  // Records, settings and the trail itself.
  'create',
  'update',
  'delete',
  'read',
  'print',
  'export',
  'sign',
  'correct',
  'verify',
  'seal-signed-entries',
  // Sessions and accounts.
  ...AUTH_PURPOSES,
  ...AUTH_PURPOSES.map((purpose) => `${purpose}-failed` as const),
  'sign-in-refused',
  'sign-out',
  'lock',
  'account-locked',
  'activate',
  'deactivate',
  'verify-second-user-refused',
  // Plans, orders, readiness, the schedule and the chair.
  'plan.create',
  'plan.book',
  'plan.hold-shift',
  ...PLAN_ACTIONS.map((action) => `plan.${action}` as const),
  'order.enter',
  'order.replace',
  'order.verify',
  'order.reject',
  'prescriber-flag',
  'ready.release',
  'labs.enter',
  'labs.void',
  'consent.record',
  ...APPOINTMENT_ACTIONS.map((action) => `appointment.${action}` as const),
  'nurse-board.save',
  'check-in-mismatch',
  'visit.hold',
  'visit.discharge',
  ...INFUSION_ACTIONS.map((action) => `infusion.${action}` as const),
  // The library, the center's database, backups and recovery.
  'library.save-override',
  'library.remove-override',
  'library.save-center-regimen',
  'center-db-saved',
  'center-db-cleared',
  'center.import',
  'backup',
  'restore-refused',
  'restore-staged',
  'restore-applied',
  'recovery-key-shown',
  'recovery-key-stored',
  'demo.generate',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The kind of thing an event is about (the trail's `object_type`). */
export const AUDIT_OBJECTS = [
  'patient',
  'chart',
  'chart_entry',
  'lab-result',
  'treatment_plan',
  'plan',
  'plan_order',
  'appointment',
  'schedule',
  'nurse-board',
  'action',
  'user_account',
  'session',
  'recovery_key',
  'nurse',
  'nurse_shift',
  'nurse_shift_override',
  'chair',
  'injection_place',
  'opening_hours',
  'closure',
  'center_limits',
  'car_t_protocol',
  'settings',
  'workstation_setting',
  'library_override',
  'center_regimen',
  'report',
  'audit_event',
  'backup',
  'backup_settings',
  'database',
] as const;
export type AuditObject = (typeof AUDIT_OBJECTS)[number];

/**
 * What a 'read' event says was looked at (its detail's `view`), shown in words on "who looked at this record".
 * A view not listed here does not compile (services/audit/read-audit.ts takes only these).
 */
export const READ_VIEWS = [
  'demographics',
  'search',
  'day',
  'closed-day',
  'tighten',
  'calendar-export',
  'nurse-board',
  'pharmacy',
  'downtime-sheet',
  'center-report',
  'record-access-report',
  'visit',
  'irae-timeline',
  'car-t',
] as const;
export type ReadView = (typeof READ_VIEWS)[number];

/** A list of chart entries read names their kind instead (its detail's `kind`): the chart kinds and education. */
export const READ_CHART_KINDS = [...CHARTING_KINDS, 'education'] as const;
export type ReadChartKind = (typeof READ_CHART_KINDS)[number];

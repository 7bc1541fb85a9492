// The English catalogue: the app shell's own words here, every feature's words from its folder. One layout
// everywhere: a feature keeps its words in messages.en.ts and messages.fr.ts (a sub-part may have its own pair,
// messages-<part>.en.ts / .fr.ts), the French typed by the English so a missing key fails tsc.
import { centerEn } from '../features/settings/center/messages.en';
import { patientsEn } from '../features/patients/messages.en';
import { settingsEn } from '../features/settings/messages.en';
import { labsEn } from '../features/labs/messages.en';
import { fieldEn } from '../components/messages.en';
import { errorsEn } from './errors.en';
import { auditEn } from '../features/audit/messages.en';
import { securityEn } from '../features/security/messages.en';
import { centerDbEn } from '../features/settings/database/messages.en';
import { authEn } from '../features/auth/messages.en';
import { chairsideEn } from '../features/chairside/messages.en';
import { handoutsEn } from '../features/handouts/messages.en';
import { scheduleEn } from '../features/schedule/messages.en';
import { dayRunEn } from '../features/schedule/messages-day.en';
import { nurseBoardEn } from '../features/schedule/messages-board.en';
import { tightenEn } from '../features/schedule/tighten/messages.en';
import { ordersEn } from '../features/schedule/plans/orders/messages.en';
import { planActionsEn } from '../features/schedule/plans/messages-actions.en';
import { libraryEn } from '../features/library/messages.en';
import { reportsEn } from '../../../shared/reports/messages.en';
import { storageEn } from '../../../shared/ipc/messages-storage.en';
import { reasonsEn } from '../../../shared/reasons/messages.en';
export const en = {
  app: {
    name: 'Chairside',
    skipToContent: 'Skip to main content',
    mainNavigation: 'Main navigation',
    version: 'Version {{version}}',
    database: 'Database: {{path}}',
    loading: 'Loading…',
  },
  nav: {
    schedule: 'Schedule',
    patients: 'Patients',
    chairside: 'Chairside',
    labs: 'Labs',
    handouts: 'Handouts',
    library: 'Library',
    reports: 'Reports',
    audit: 'Audit',
    settings: 'Settings',
  },
  settings: settingsEn,
  patients: patientsEn,
  center: centerEn,
  schedule: scheduleEn,
  dayRun: dayRunEn,
  nurseBoard: nurseBoardEn,
  tighten: tightenEn,
  orders: ordersEn,
  planActions: planActionsEn,
  library: libraryEn,
  reports: reportsEn,
  handouts: handoutsEn,
  auth: authEn,
  audit: auditEn,
  security: securityEn,
  centerDb: centerDbEn,
  chairside: chairsideEn,
  labs: labsEn,
  field: fieldEn,
  connection: {
    unreachable: 'Center database unreachable since {{time}} — your drafts are kept on this workstation',
    notSent:
      'A draft kept on this workstation at {{time}} was not sent: it was changed or signed on another workstation meanwhile. What the center database holds was kept; open the entry to see it.',
  },
  errors: errorsEn,
  reasons: reasonsEn,
  storage: storageEn,
  status: {
    ok: 'OK',
    error: 'Error',
  },
};

export type Messages = typeof en;

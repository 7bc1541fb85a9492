import type { Migration } from 'kysely';
import * as m0010 from './0010-create-settings';
import * as m0020 from './0020-create-audit-events';
import * as m0030 from './0030-create-patients';
import * as m0040 from './0040-create-center-setup';
import * as m0050 from './0050-create-treatment-plans';
import * as m0060 from './0060-create-appointments';
import * as m0070 from './0070-create-user-accounts';
import * as m0080 from './0080-create-chart-entries';
import * as m0100 from './0100-create-library-overrides';
import * as m0110 from './0110-patient-no-double-booking';
import * as m0120 from './0120-create-visit-infusion';
import * as m0200 from './0200-plan-end-reason';
import * as m0300 from './0300-audit-keyed-chain';
import * as m0310 from './0310-account-secret-policy';
import * as m0320 from './0320-chair-name-key';
import * as m0400 from './0400-user-clinical-roles';
import * as m0410 from './0410-create-plan-orders';
import * as m0420 from './0420-create-plan-status-events';
import * as m0500 from './0500-create-lab-results';
import * as m0600 from './0600-premedication-wait-setting';
import * as m0610 from './0610-create-drug-preparation';
import * as m0700 from './0700-report-indexes';
import * as m0800 from './0800-create-center-key';
import * as m0920 from './0920-create-nurse-board';
import * as m0950 from './0950-create-injection-place';
import * as m0960 from './0960-car-t-visits';
import * as m0990 from './0990-appointment-plan-index';
import * as m1000 from './1000-reason-codes';

/**
 * Every migration, in order. An explicit list (not a directory scan) so that it bundles into main.
 * Once released a migration is never edited or removed: schema changes are new, additive entries.
 */
export const MIGRATIONS: ReadonlyArray<readonly [name: string, migration: Migration]> = [
  ['0010-create-settings', m0010],
  ['0020-create-audit-events', m0020],
  ['0030-create-patients', m0030],
  ['0040-create-center-setup', m0040],
  ['0050-create-treatment-plans', m0050],
  ['0060-create-appointments', m0060],
  ['0070-create-user-accounts', m0070],
  ['0080-create-chart-entries', m0080],
  ['0100-create-library-overrides', m0100],
  ['0110-patient-no-double-booking', m0110],
  ['0120-create-visit-infusion', m0120],
  ['0200-plan-end-reason', m0200],
  ['0300-audit-keyed-chain', m0300],
  ['0310-account-secret-policy', m0310],
  ['0320-chair-name-key', m0320],
  ['0400-user-clinical-roles', m0400],
  ['0410-create-plan-orders', m0410],
  ['0420-create-plan-status-events', m0420],
  ['0500-create-lab-results', m0500],
  ['0600-premedication-wait-setting', m0600],
  ['0610-create-drug-preparation', m0610],
  ['0700-report-indexes', m0700],
  ['0800-create-center-key', m0800],
  ['0920-create-nurse-board', m0920],
  ['0950-create-injection-place', m0950],
  ['0960-car-t-visits', m0960],
  ['0990-appointment-plan-index', m0990],
  ['1000-reason-codes', m1000],
];

export const LATEST_MIGRATION = MIGRATIONS[MIGRATIONS.length - 1]![0];

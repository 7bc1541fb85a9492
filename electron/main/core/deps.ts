import type { ClinicalLibrary } from '../../../shared/clinical';
import type { HandoutLibrary } from '../../../shared/handouts/schema';
import type { Store } from '../store/database';
import type { SecureStore } from '../security/open-secure-store';
import type { Checkpointer } from '../services/audit/audit-checkpoints';
import type { VerifyJobs } from '../services/audit/audit-jobs';
import type { Backups } from '../services/system/backups';
import type { DraftSaver } from '../services/charting/draft-outbox';
import type { AuthPolicy } from '../services/auth/auth-policy';
import type { Verifications } from '../services/auth/second-user';
import type { Session } from '../services/auth/session';
import type { Clock } from './clock';
import type { Platform } from './platform';
import type { Write } from './unit-of-work';
import type { WorkstationProfile } from '../services/center-db/center-db';

/** What every domain's services and handlers are built from. */
export interface CoreDeps {
  store: Store;
  clock: Clock;
  now: () => Date;
  /** One unit of work for a write: its transaction, its time and its audit events (core/unit-of-work.ts). */
  write: Write;
  appVersion: string;
  databasePath: string;
  workstation: string;
  /** The shipped resources folder (clinical data, handout texts). */
  resourcesDir: string;
  /** The validated, frozen clinical library from resources/clinical. */
  library: ClinicalLibrary;
  /** The validated, frozen handout texts from resources/handouts. */
  handouts: HandoutLibrary;
  /** PDF rendering, printing and the save dialog of the machine the core runs on. */
  platform: Platform;
  /** The workstation's sign-in session and lock (services/auth/session.ts). */
  session: Session;
  /** Pending second-nurse verifications (services/auth/second-user.ts). */
  verifications: Verifications;
  /** Lockout and verification limits: center policy (services/auth/auth-policy.ts). */
  authPolicy: AuthPolicy;
  /** The store's keys (database, audit chain, checkpoints) and its encryption state. */
  secure: SecureStore;
  /** Signed checkpoints of the audit trail and the chain check running in a worker. */
  audit: { checkpointer: Checkpointer; jobs: VerifyJobs };
  /** The driver binary built for Electron, passed on to worker threads. */
  nativeBinding?: string | undefined;
  /** Backups, their schedule and restores (set once the deps exist: the service is built from them). */
  backups: Backups;
  /** Chart draft saves; in center mode, kept on this workstation while the server is away (set once the deps exist). */
  drafts: DraftSaver;
  /** The workstation's profile folder and keystore, and where its database setting came from (Settings). */
  profile: WorkstationProfile;
  /** Asks the app to restart (a staged restore finishes at the next start); absent in tests and the harness. */
  restart?: (() => void) | undefined;
}

import type { ClinicalLibrary } from '../../../shared/clinical';
import type { Store } from '../store/database';
import type { Clock } from './clock';

/** What every domain's services and handlers are built from. */
export interface CoreDeps {
  store: Store;
  clock: Clock;
  now: () => Date;
  appVersion: string;
  databasePath: string;
  workstation: string;
  /** The shipped resources folder (clinical data, handout texts). */
  resourcesDir: string;
  /** The validated, frozen clinical library from resources/clinical. */
  library: ClinicalLibrary;
}

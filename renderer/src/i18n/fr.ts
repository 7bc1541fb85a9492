// The French catalogue: the same shape as en.ts (its type, Messages, says so); each feature's French comes
// from the feature's messages.fr.ts.
import { centerFr } from '../features/settings/center/messages.fr';
import { patientsFr } from '../features/patients/messages.fr';
import { settingsFr } from '../features/settings/messages.fr';
import { labsFr } from '../features/labs/messages.fr';
import { fieldFr } from '../components/messages.fr';
import { errorsFr } from './errors.fr';
import type { Messages } from './en';
import { auditFr } from '../features/audit/messages.fr';
import { securityFr } from '../features/security/messages.fr';
import { centerDbFr } from '../features/settings/database/messages.fr';
import { authFr } from '../features/auth/messages.fr';
import { chairsideFr } from '../features/chairside/messages.fr';
import { handoutsFr } from '../features/handouts/messages.fr';
import { scheduleFr } from '../features/schedule/messages.fr';
import { dayRunFr } from '../features/schedule/messages-day.fr';
import { nurseBoardFr } from '../features/schedule/messages-board.fr';
import { tightenFr } from '../features/schedule/tighten/messages.fr';
import { ordersFr } from '../features/schedule/plans/orders/messages.fr';
import { planActionsFr } from '../features/schedule/plans/messages-actions.fr';
import { libraryFr } from '../features/library/messages.fr';
import { reportsFr } from '../../../shared/reports/messages.fr';
import { storageFr } from '../../../shared/ipc/messages-storage.fr';
import { reasonsFr } from '../../../shared/reasons/messages.fr';

export const fr: Messages = {
  app: {
    name: 'Chairside',
    skipToContent: 'Aller au contenu principal',
    mainNavigation: 'Navigation principale',
    version: 'Version {{version}}',
    database: 'Base de données : {{path}}',
    loading: 'Chargement…',
  },
  nav: {
    schedule: 'Planning',
    patients: 'Patients',
    chairside: 'Au fauteuil',
    labs: 'Biologie',
    handouts: 'Fiches patient',
    library: 'Bibliothèque',
    reports: 'Rapports',
    audit: 'Audit',
    settings: 'Paramètres',
  },
  settings: settingsFr,
  patients: patientsFr,
  center: centerFr,
  schedule: scheduleFr,
  dayRun: dayRunFr,
  nurseBoard: nurseBoardFr,
  tighten: tightenFr,
  orders: ordersFr,
  planActions: planActionsFr,
  library: libraryFr,
  reports: reportsFr,
  handouts: handoutsFr,
  auth: authFr,
  audit: auditFr,
  security: securityFr,
  centerDb: centerDbFr,
  chairside: chairsideFr,
  labs: labsFr,
  field: fieldFr,
  connection: {
    unreachable: 'Base de données du centre injoignable depuis {{time}} — vos brouillons sont conservés sur ce poste',
    notSent:
      'Un brouillon conservé sur ce poste à {{time}} n’a pas été envoyé : il a été modifié ou signé sur un autre poste entre-temps. Le contenu de la base du centre a été conservé ; ouvrez l’entrée pour le voir.',
  },
  errors: errorsFr,
  reasons: reasonsFr,
  storage: storageFr,
  status: {
    ok: 'OK',
    error: 'Erreur',
  },
};

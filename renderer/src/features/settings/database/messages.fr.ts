import type { centerDbEn } from './messages.en';

// French of messages.en.ts: the same keys (the type checks it).
export const centerDbFr: typeof centerDbEn = {
  intro:
    'La base de données de ce poste : son propre fichier (un poste seul), ou le serveur PostgreSQL du centre, partagé par tous les postes du centre.',
  inUse: 'Utilisée maintenant',
  mode: { embedded: 'Le fichier propre à ce poste', center: 'La base du centre' },
  chosenBy: 'Choisie par',
  source: {
    'command-line': 'la commande qui a démarré Chairside (--db)',
    environment: 'le service informatique, dans le réglage CHAIRSIDE_DB de cet ordinateur',
    saved: 'le réglage enregistré ici',
    default: 'le réglage par défaut',
  },
  savedSetting: 'Enregistrée pour ce poste',
  savedNone: 'Rien : le fichier propre à ce poste',
  credentials: 'Dans le coffre de clés',
  passwordSaved: 'mot de passe de la base',
  keySaved: 'clé du centre',
  nothingSaved: 'rien',
  overridden:
    'Ce Chairside a été démarré avec {{what}}, qui l’emporte sur le réglage enregistré ici : le service informatique le retire pour que le réglage enregistré s’applique.',
  overriddenWhat: { 'command-line': '--db', environment: 'CHAIRSIDE_DB' },
  adminOnly: 'Seul un administrateur peut tester ou changer la base de données de ce poste.',
  managersOnly: 'Seuls une infirmière-chef ou un administrateur peuvent voir quelle base de données ce poste utilise.',
  formTitle: 'Utiliser une base du centre',
  url: 'URL de la base du centre',
  urlHelp:
    'postgres://utilisateur@serveur:5432/base. Un serveur sur le réseau demande ?sslmode=verify-full&sslrootcert=CHEMIN (l’autorité de certification de l’hôpital). Ne mettez jamais le mot de passe dans l’URL.',
  password: 'Mot de passe de la base',
  passwordHelp:
    'Laissez vide si le serveur n’en demande pas. Gardé dans le coffre de clés protégé de cet ordinateur, jamais réaffiché.',
  centerKey: 'Clé du centre',
  centerKeyHelp:
    'La clé que le service informatique a reçue de npm run center:migrate à la création de la base du centre.',
  test: 'Tester la connexion',
  testing: 'Test en cours…',
  save: 'Enregistrer pour ce poste',
  saving: 'Enregistrement…',
  saveHint: 'L’enregistrement est possible une fois qu’un test de ces mêmes valeurs a réussi.',
  useLocal: 'Utiliser le fichier propre à ce poste',
  keystoreNote:
    'Le mot de passe et la clé du centre sont gardés dans le coffre de clés protégé de cet ordinateur, jamais en clair.',
  keystoreMissing:
    'Cet ordinateur n’offre pas de coffre de clés protégé : rien ne peut être enregistré ici. Le service informatique définit CHAIRSIDE_DB, CHAIRSIDE_DB_PASSWORD et CHAIRSIDE_CENTER_KEY pour ce poste.',
  migrateNote:
    'Le service informatique crée et met à jour la base du centre avec npm run center:migrate, après une sauvegarde (pg_dump). Chairside ne change jamais sa structure de lui-même.',
  result: {
    title: 'Résultat du test',
    connected: 'Connecté à {{label}}.',
    schema: {
      current: 'La base est à jour pour cette version de Chairside.',
      empty: 'La base est vide : le service informatique doit d’abord créer les tables de Chairside avec {{command}}',
      older_one:
        '{{count}} mise à jour en attente : le service informatique sauvegarde la base (pg_dump), puis lance {{command}}',
      older_other:
        '{{count}} mises à jour en attente : le service informatique sauvegarde la base (pg_dump), puis lance {{command}}',
      newer: 'La base a été écrite par un Chairside plus récent : installez la version plus récente sur ce poste.',
    },
    key: {
      'not-given': 'Saisissez la clé du centre : elle est vérifiée auprès de la base.',
      matches: 'La clé du centre est celle de cette base.',
      differs:
        'La clé du centre n’est pas celle de cette base : saisissez la clé que le service informatique garde pour ce centre.',
      'not-set-up':
        'La base n’a pas encore de clé du centre : le service informatique termine sa mise en place avec npm run center:migrate.',
      invalid: 'Ce n’est pas une clé de centre Chairside : comparez-la à celle que garde le service informatique.',
    },
    ready: 'Prêt : ce poste peut être enregistré sur cette base.',
    failed: {
      'bad-url':
        'Ce n’est pas une URL de base du centre : elle commence par postgres:// et nomme la base (postgres://serveur:5432/base).',
      'password-in-url':
        'L’URL contient un mot de passe : retirez-le de l’URL et saisissez-le dans le champ du mot de passe.',
      'tls-required':
        'Un serveur sur le réseau n’est joint qu’en TLS avec vérification de son certificat : ajoutez sslmode=verify-full (et sslrootcert=CHEMIN) à l’URL.',
      unreachable: 'Aucun serveur ne répond à {{host}} ({{detail}}).',
      tls: 'TLS : le certificat du serveur n’a pas pu être vérifié avec le fichier de l’autorité de certification ({{detail}}).',
      authentication: 'Le serveur {{host}} a refusé le nom d’utilisateur ou le mot de passe.',
      'database-missing': 'Cette base n’existe pas sur le serveur {{host}}.',
      timeout: 'Aucune réponse de {{host}} en 5 secondes : vérifiez le nom du serveur, le port et le pare-feu.',
      other: 'La connexion à {{host}} a échoué : {{detail}}',
    },
  },
  savedDone: 'Enregistré pour ce poste : {{label}}. Redémarrez Chairside pour l’utiliser.',
  localDone: 'Ce poste utilisera de nouveau son propre fichier. Redémarrez Chairside pour l’utiliser.',
  localNothing: 'Rien n’était enregistré : ce poste ouvre déjà son propre fichier.',
};

// Settings › Center database. Mounted under `centerDb` in i18n/en.ts; French in messages.fr.ts with the same keys.
export const centerDbEn = {
  intro:
    'Which database this workstation works on: its own file (one workstation alone), or the center’s PostgreSQL server, shared by every workstation of the center.',
  inUse: 'In use now',
  mode: { embedded: 'This workstation’s own file', center: 'The center database' },
  chosenBy: 'Chosen by',
  source: {
    'command-line': 'the command that started Chairside (--db)',
    environment: 'IT, in the CHAIRSIDE_DB setting of this computer',
    saved: 'the setting saved here',
    default: 'the default',
  },
  savedSetting: 'Saved for this workstation',
  savedNone: 'Nothing: this workstation’s own file',
  credentials: 'In the keystore',
  passwordSaved: 'database password',
  keySaved: 'center key',
  nothingSaved: 'nothing',
  overridden:
    'This Chairside was started with {{what}}, which wins over the setting saved here: IT removes it for the saved setting to apply.',
  overriddenWhat: { 'command-line': '--db', environment: 'CHAIRSIDE_DB' },
  adminOnly: 'Only an administrator can test or change the database of this workstation.',
  managersOnly: 'Only a charge nurse or an administrator can see which database this workstation uses.',
  formTitle: 'Use a center database',
  url: 'Center database URL',
  urlHelp:
    'postgres://user@server:5432/database. A server on the network needs ?sslmode=verify-full&sslrootcert=PATH (the hospital’s certificate authority). Never put the password in the URL.',
  password: 'Database password',
  passwordHelp:
    'Leave empty if the server does not ask for one. Kept in this computer’s protected keystore, never shown again.',
  centerKey: 'Center key',
  centerKeyHelp: 'The key IT received from npm run center:migrate when the center database was created.',
  test: 'Test connection',
  testing: 'Testing…',
  save: 'Save for this workstation',
  saving: 'Saving…',
  saveHint: 'Saving is possible once a test of these same values passes.',
  useLocal: 'Use this workstation’s own file',
  keystoreNote: 'The password and the center key are kept in this computer’s protected keystore, never in plain text.',
  keystoreMissing:
    'This computer offers no protected keystore, so nothing can be saved here: IT sets CHAIRSIDE_DB, CHAIRSIDE_DB_PASSWORD and CHAIRSIDE_CENTER_KEY for this workstation instead.',
  migrateNote:
    'IT creates and updates the center database with npm run center:migrate, after a backup (pg_dump). Chairside never changes its structure by itself.',
  result: {
    title: 'Result of the test',
    connected: 'Connected to {{label}}.',
    schema: {
      current: 'The database is up to date for this version of Chairside.',
      empty: 'The database is empty: IT must first create Chairside’s tables with {{command}}',
      older_one: '{{count}} update is pending: IT backs the database up (pg_dump), then runs {{command}}',
      older_other: '{{count}} updates are pending: IT backs the database up (pg_dump), then runs {{command}}',
      newer: 'The database was written by a newer Chairside: install the newer version on this workstation.',
    },
    key: {
      'not-given': 'Enter the center key: it is checked against the database.',
      matches: 'The center key is this database’s key.',
      differs: 'The center key is not this database’s key: enter the key IT keeps for this center.',
      'not-set-up': 'The database has no center key yet: IT finishes setting it up with npm run center:migrate.',
      invalid: 'This is not a Chairside center key: check it against the one IT keeps.',
    },
    ready: 'Ready: this workstation can be saved on this database.',
    failed: {
      'bad-url':
        'This is not a center database URL: it starts with postgres:// and names the database (postgres://server:5432/database).',
      'password-in-url': 'The URL contains a password: remove it from the URL and type it in the password field.',
      'tls-required':
        'A server on the network is reached only over TLS that checks its certificate: add sslmode=verify-full (and sslrootcert=PATH) to the URL.',
      unreachable: 'No server answers at {{host}} ({{detail}}).',
      tls: 'TLS: the server’s certificate could not be checked against the CA file ({{detail}}).',
      authentication: 'The server at {{host}} refused the user name or password.',
      'database-missing': 'This database does not exist on the server {{host}}.',
      timeout: 'No answer from {{host}} within 5 seconds: check the server name, the port and the firewall.',
      other: 'The connection to {{host}} failed: {{detail}}',
    },
  },
  savedDone: 'Saved for this workstation: {{label}}. Restart Chairside to use it.',
  localDone: 'This workstation will use its own file again. Restart Chairside to use it.',
  localNothing: 'Nothing was saved: this workstation already opens its own file.',
};

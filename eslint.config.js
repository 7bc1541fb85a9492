// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { featureBoundaries } from './scripts/eslint/feature-boundaries.js';

const restrict = (patterns, paths = []) => ['error', { patterns, paths }];

// Which process a file may run in, encoded as import rules.
const electron = {
  group: ['electron', 'electron/*'],
  message: 'Only electron/main and electron/preload may import Electron.',
};
const node = {
  group: [
    'node:*',
    'fs',
    'path',
    'os',
    'crypto',
    'child_process',
    'better-sqlite3',
    'better-sqlite3-multiple-ciphers',
    'kysely',
  ],
  message: 'shared/ runs in both processes: no Node, database or Electron imports.',
};
const mainCode = {
  group: ['**/electron/**', '../electron/*'],
  message: 'The renderer reaches main only through window.api.',
};
const sqlite = {
  group: ['better-sqlite3', 'better-sqlite3-multiple-ciphers'],
  message: 'Only electron/main/store/database.ts imports the SQLite driver.',
};
const queryBuilder = {
  group: ['kysely', 'pg'],
  message:
    'SQL lives in electron/main/store/ and electron/main/repositories/ only: services take an Executor (store/executor.ts) and call repositories.',
};
// SQL is written in one place: a query builder call or a sql`` fragment anywhere else fails lint.
const sqlOutsideRepositories = [
  {
    selector:
      "CallExpression[callee.type='MemberExpression'][callee.property.name=/^(selectFrom|selectNoFrom|insertInto|replaceInto|updateTable|deleteFrom|mergeInto)$/]",
    message:
      'SQL belongs in electron/main/repositories/ (or electron/main/store/): call a named repository function that says what it reads or writes.',
  },
  {
    selector: "TaggedTemplateExpression[tag.name='sql'], TaggedTemplateExpression[tag.object.name='sql']",
    message:
      'A sql`` fragment belongs in electron/main/repositories/ (or electron/main/store/): call a named repository function instead.',
  },
];
// A synchronous prepared statement ties the code to the SQLite file (a center database has none).
const preparedStatement = {
  selector: "CallExpression[callee.type='MemberExpression'][callee.property.name='prepare']",
  message:
    'Synchronous prepared statements stay in electron/main/store/ (a named helper there for SQLite-file work); bench baselines go through bench/raw-baseline.ts. Elsewhere, call a repository.',
};
// A write opens its transaction, stamps its time and appends its audit events in one place: the core's unit
// of work. Kysely's `db.transaction()` (no argument; the store's synchronous bulk `store.transaction(fn)` is
// another thing) anywhere else fails lint.
const handOpenedTransaction = {
  selector: "CallExpression[callee.type='MemberExpression'][callee.property.name='transaction'][arguments.length=0]",
  message:
    'Write through deps.write(ctx, async (tx, { at, audit }) => …) (core/unit-of-work.ts): it opens the transaction, stamps the time once and appends the audit events. Only electron/main/store/ and electron/main/repositories/ open one by hand.',
};
const noSqlOutsideRepositories = ['error', ...sqlOutsideRepositories, preparedStatement, handOpenedTransaction];

// The audit chain is appended to through the unit's `audit` (deps.write), stamped with its time and actor.
const auditAppend = {
  group: ['**/audit', './audit'],
  importNames: ['appendAudit'],
  message:
    "Append audit events through deps.write(ctx, async (tx, { audit }) => …) (core/unit-of-work.ts): it stamps the unit's time, user and workstation. Only electron/main/store/ and electron/main/repositories/ call appendAudit.",
};
const machineDay = {
  group: ['**/shared/center/calendar'],
  importNames: ['localIsoDate'],
  message:
    'Main has one "today": clinicToday (services/center/clinic-clock.ts), which follows the center time-zone setting.',
};
const ipcMainOnly = {
  name: 'electron',
  importNames: ['ipcMain', 'ipcRenderer'],
  message: 'Only electron/main/ipc.ts and electron/preload/index.ts touch ipcMain/ipcRenderer.',
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'node_modules/**',
      'build/**',
      'native/**',
      'test-results/**',
      'playwright-report/**',
      'reports/**',
      'screenshots/**',
      '.tmp/**',
      'dev-data/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/only-throw-error': 'off',
      'no-restricted-imports': restrict([sqlite], [ipcMainOnly]),
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['shared/**/*.ts'],
    rules: { 'no-restricted-imports': restrict([electron, node]) },
    languageOptions: { globals: {} },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, features: featureBoundaries },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'features/through-index': 'error',
      // The classic hook rules; the React Compiler rules of v7 (set-state-in-effect…) flag the ordinary
      // load-then-edit form pattern used here, and we do not run the compiler.
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': restrict([electron, node, mainCode]),
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([sqlite, machineDay, queryBuilder, auditAppend], [ipcMainOnly]),
      'no-restricted-syntax': noSqlOutsideRepositories,
    },
  },
  {
    // The unit of work itself: the one transaction and the one audit append outside store/ and repositories/.
    files: ['electron/main/core/unit-of-work.ts'],
    rules: {
      'no-restricted-imports': restrict([sqlite, machineDay, queryBuilder], [ipcMainOnly]),
      'no-restricted-syntax': ['error', ...sqlOutsideRepositories, preparedStatement],
    },
  },
  {
    files: ['bench/**/*.ts', 'scripts/**/*.ts'],
    rules: { 'no-restricted-syntax': noSqlOutsideRepositories },
  },
  {
    // The bench's raw baseline: the statement the core is measured against (and the bulk fixtures).
    files: ['bench/raw-baseline.ts'],
    rules: { 'no-restricted-syntax': ['error', ...sqlOutsideRepositories] },
  },
  {
    files: ['electron/main/store/**/*.ts', 'electron/main/repositories/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([sqlite, machineDay], [ipcMainOnly]),
      'no-restricted-syntax': 'off',
    },
  },
  {
    files: ['electron/main/store/database.ts', 'electron/main/store/raw.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['electron/main/ipc.ts', 'electron/preload/index.ts'],
    rules: { 'no-restricted-imports': restrict([sqlite]) },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      // Tests reach into the store on purpose (e.g. to tamper with the audit table or check a trigger).
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);

import { resolve } from 'node:path';
import { ESLint, Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

// The lint rules that keep every write on the unit of work (core/unit-of-work.ts): Kysely's hand-opened
// `db.transaction()` and an `appendAudit` import fail lint outside electron/main/store/ and repositories/.
// The project's own eslint.config.js decides which rules apply where; the rules are then run on sample code.

const ROOT = resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: ROOT });

type RuleEntry = Linter.RuleEntry | undefined;

async function rulesFor(file: string): Promise<Record<string, RuleEntry>> {
  const config = (await eslint.calculateConfigForFile(resolve(ROOT, file))) as { rules: Record<string, RuleEntry> };
  return config.rules;
}

/** Runs only the two boundary rules, as configured for `file`, on `code` (no type information needed). */
async function boundaryMessages(file: string, code: string): Promise<string[]> {
  const rules = await rulesFor(file);
  const linter = new Linter();
  const messages = linter.verify(code, {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      'no-restricted-syntax': rules['no-restricted-syntax'] ?? 'off',
      'no-restricted-imports': rules['no-restricted-imports'] ?? 'off',
    },
  });
  return messages.map((m) => m.message);
}

const HAND_OPENED = `
export async function save(store) {
  await store.db.transaction().execute(async (trx) => trx);
}`;
const BULK = `export function load(store, rows) { store.transaction(() => rows.length); }`;
const APPEND_IMPORTS = [
  "import { appendAudit } from '../audit/audit';",
  "import { appendAudit } from '../../repositories/audit';",
  "import { appendAudit } from './audit';",
];

describe('the unit-of-work lint rules', () => {
  it('refuses a hand-opened transaction in a service, a handler and the core, naming deps.write', async () => {
    for (const file of [
      'electron/main/services/auth/session.ts',
      'electron/main/handlers/audit.ts',
      'electron/main/core/create-core.ts',
    ]) {
      const messages = await boundaryMessages(file, HAND_OPENED);
      expect(messages, file).toHaveLength(1);
      expect(messages[0]).toContain('deps.write');
    }
  });

  it('refuses an appendAudit import outside store/ and repositories/, whichever path reaches it', async () => {
    for (const code of APPEND_IMPORTS) {
      const messages = await boundaryMessages('electron/main/services/audit/read-audit.ts', code);
      expect(messages, code).toHaveLength(1);
      expect(messages[0]).toContain('deps.write');
    }
  });

  it('still lets a service import the audit reads (listAudit) from the same module', async () => {
    const code = "import { listAudit } from '../audit/audit';";
    expect(await boundaryMessages('electron/main/services/audit/audit-report.ts', code)).toEqual([]);
  });

  it('lets the unit of work, the store and the repositories open transactions and append', async () => {
    const append = "import { appendAudit } from '../repositories/audit';";
    for (const file of [
      'electron/main/core/unit-of-work.ts',
      'electron/main/store/center-import.ts',
      'electron/main/repositories/center-import.ts',
    ]) {
      expect(await boundaryMessages(file, HAND_OPENED), file).toEqual([]);
      expect(await boundaryMessages(file, append), file).toEqual([]);
    }
  });

  it('leaves the synchronous bulk store.transaction(fn) alone (a different API, for the demo and the bench)', async () => {
    expect(await boundaryMessages('electron/main/demo/large-center.ts', BULK)).toEqual([]);
  });
});

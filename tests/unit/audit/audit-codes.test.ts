import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_OBJECTS, READ_CHART_KINDS, READ_VIEWS } from '../../../shared/audit/codes';

// Every code the audit trail can store has words in both languages. The core's unit of work takes only the
// registry's codes (shared/audit/codes.ts), so a new code must be listed there to compile; this test then fails
// until it has words in English and in French, so the audit screen never shows a nurse a bare code.

const ROOT = resolve(import.meta.dirname, '../../..');
const AUDIT = join(ROOT, 'renderer/src/features/audit');
// Loaded by path at run time: the renderer's files are not part of the tests' TypeScript project.
type Words = { action: Record<string, string>; object: Record<string, string>; view: Record<string, string> };
const { auditCodesEn } = (await import(join(AUDIT, 'messages-codes.en.ts'))) as { auditCodesEn: Words };
const { auditCodesFr } = (await import(join(AUDIT, 'messages-codes.fr.ts'))) as { auditCodesFr: Words };

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : name.endsWith('.ts') ? [path] : [];
  });
}

describe('the audit trail’s codes', () => {
  it.each([
    ['English', auditCodesEn],
    ['French', auditCodesFr],
  ])('each have words in %s, and no words are left for a code the store no longer writes', (_, words) => {
    expect(Object.keys(words.action).sort()).toEqual([...AUDIT_ACTIONS].sort());
    expect(Object.keys(words.object).sort()).toEqual([...AUDIT_OBJECTS].sort());
    expect(Object.keys(words.view).sort()).toEqual([...READ_VIEWS, ...READ_CHART_KINDS].sort());
    const all = [...Object.entries(words.action), ...Object.entries(words.object), ...Object.entries(words.view)];
    expect(all.filter(([code, text]) => text.trim() === '' || text === code)).toEqual([]);
  });

  it('are worded in French, not copied from English (apart from words both languages share)', () => {
    const same = ['Patient', 'Session'];
    const copied = [...AUDIT_ACTIONS.map((c) => ['action', c]), ...AUDIT_OBJECTS.map((c) => ['object', c])].filter(
      ([kind, code]) => {
        const en = auditCodesEn[kind as keyof Words][code!];
        return en === auditCodesFr[kind as keyof Words][code!] && !same.includes(en!);
      },
    );
    expect(copied).toEqual([]);
  });

  it('list every object type main writes (the type checks calls; this catches a cast)', () => {
    const written = new Set(
      sources(join(ROOT, 'electron/main')).flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/objectType: '([^']+)'/g)].map((m) => m[1]!),
      ),
    );
    expect(written.size).toBeGreaterThan(25);
    expect([...written].filter((code) => !(AUDIT_OBJECTS as readonly string[]).includes(code))).toEqual([]);
  });

  it('word every view a read records, in French apart from words both languages share', () => {
    const views = [...READ_VIEWS, ...READ_CHART_KINDS];
    expect(views.filter((v) => auditCodesFr.view[v] === auditCodesEn.view[v] && v !== 'administration')).toEqual([]);
    // Every view main writes is listed (a read's `view: '…'`), so none reaches the record-access list as a code.
    const written = new Set(
      sources(join(ROOT, 'electron/main')).flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/view: '([^']+)'/g)].map((m) => m[1]!),
      ),
    );
    expect(written.size).toBeGreaterThan(10);
    expect([...written].filter((view) => !(READ_VIEWS as readonly string[]).includes(view))).toEqual([]);
  });

  it('keep the codes unique, so one code never has two meanings', () => {
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
    expect(new Set(AUDIT_OBJECTS).size).toBe(AUDIT_OBJECTS.length);
  });
});

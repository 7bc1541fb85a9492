import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HandoutContentError, loadHandoutContent } from '../../../electron/main/handouts/load-handouts';
import { listSheetIds } from '../../../shared/handouts/consistency';
import { clinicalLibrary, findResourcesDir } from '../../../electron/main/core/resources';
import { HANDOUTS_DIR } from '../../support/handouts';

const CLINICAL = clinicalLibrary(findResourcesDir());
const load = (dir: string) => loadHandoutContent(dir, CLINICAL);

// Each test edits a copy of the real resources/handouts folder.
const copies: string[] = [];

function copyContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'handouts-'));
  cpSync(HANDOUTS_DIR, dir, { recursive: true });
  copies.push(dir);
  return dir;
}

type Json = Record<string, unknown>;

function edit(dir: string, file: string, change: (json: Json) => void): void {
  const path = join(dir, file);
  const json = JSON.parse(readFileSync(path, 'utf8')) as Json;
  change(json);
  writeFileSync(path, JSON.stringify(json));
}

function loadError(dir: string): HandoutContentError {
  try {
    load(dir);
  } catch (error) {
    if (error instanceof HandoutContentError) return error;
    throw error;
  }
  throw new Error('expected the content to be refused');
}

const sections = (json: Json) => json.sections as Json[];

afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('loadHandoutContent', () => {
  it('loads the shipped content: 13 drugs, 2 regimens, the CAR T sheet and 7 products, in English and French', () => {
    const library = load(HANDOUTS_DIR);
    expect(listSheetIds(library.facts)).toEqual([
      'pembrolizumab',
      'nivolumab',
      'cemiplimab',
      'dostarlimab',
      'retifanlimab',
      'toripalimab',
      'tislelizumab',
      'atezolizumab',
      'durvalumab',
      'avelumab',
      'ipilimumab',
      'tremelimumab',
      'nivolumab-relatlimab',
      'nivolumab-ipilimumab',
      'durvalumab-tremelimumab',
      'car-t',
    ]);
    expect(library.facts.carT.products.map((p) => p.id)).toEqual([
      'tisagenlecleucel',
      'axicabtagene-ciloleucel',
      'brexucabtagene-autoleucel',
      'lisocabtagene-maraleucel',
      'idecabtagene-vicleucel',
      'ciltacabtagene-autoleucel',
      'obecabtagene-autoleucel',
    ]);
    expect(Object.keys(library.locales)).toEqual(['en', 'fr']);
  });

  it('keeps review metadata and sources on every file', () => {
    const library = load(HANDOUTS_DIR);
    const metas = [
      library.facts.meta,
      ...(['en', 'fr'] as const).flatMap((l) => [
        library.locales[l].checkpointClass.meta,
        library.locales[l].checkpointEntries.meta,
        library.locales[l].carT.meta,
      ]),
    ];
    for (const meta of metas) {
      expect(meta.sources.length).toBeGreaterThan(0);
      expect(meta.status).toBe('draft-needs-clinical-review');
      expect(meta.reviewNotes.length).toBeGreaterThan(0);
    }
    // Every source names what it rests on; none points at a document that does not ship with the app.
    const sources = metas.flatMap((m) => m.sources);
    for (const source of sources) expect(JSON.stringify(source)).not.toMatch(/REFERENCE|TOOLCHAIN|§/);
    expect(sources.some((s) => s.url?.startsWith('https://'))).toBe(true);
  });

  it('names the file and the field of a bad value', () => {
    const dir = copyContent();
    edit(dir, 'fr/checkpoint-class.json', (json) => {
      const urgent = sections(json).find((s) => s.kind === 'urgent')!;
      ((urgent.groups as Json[])[2]!.items as string[])[1] = '';
    });
    const error = loadError(dir);
    expect(error.code).toBe('HANDOUT_CONTENT_INVALID');
    expect(error.issues).toContainEqual(
      expect.objectContaining({ file: 'fr/checkpoint-class.json', path: 'sections.4.groups.2.items.1' }),
    );
    expect(error.message).toContain('fr/checkpoint-class.json › sections.4.groups.2.items.1');
  });

  it('reports every problem at once and never returns part of the library', () => {
    const dir = copyContent();
    edit(dir, 'facts.json', (json) => {
      ((json.carT as Json).monitoring as Json).stayNearDays = 14; // numbers come from the clinical library only
    });
    edit(dir, 'en/ui.json', (json) => {
      json.carTUntil = 'until'; // the date placeholder was lost
    });
    writeFileSync(join(dir, 'fr/car-t.json'), '{ not json');
    const error = loadError(dir);
    expect(error.issues.map((i) => `${i.file} ${i.path}`)).toEqual(
      expect.arrayContaining(['facts.json carT.monitoring', 'en/ui.json carTUntil', 'fr/car-t.json ']),
    );
    expect(error.issues.find((i) => i.path === 'carTUntil')?.message).toContain('{date}');
  });

  it('refuses French text that lacks a sheet English has', () => {
    const dir = copyContent();
    edit(dir, 'fr/checkpoint-sheets.json', (json) => {
      delete (json.entries as Json).cemiplimab;
    });
    const error = loadError(dir);
    expect(error.issues).toContainEqual(
      expect.objectContaining({ file: 'fr/checkpoint-sheets.json', path: 'entries.cemiplimab' }),
    );
    expect(error.issues).toContainEqual(
      expect.objectContaining({
        file: 'fr/checkpoint-sheets.json',
        path: 'entries',
        message: expect.stringContaining('sheet ids differ from en') as string,
      }),
    );
  });

  it('refuses a translation that drops a call-right-away sign or a section', () => {
    const dir = copyContent();
    edit(dir, 'fr/checkpoint-class.json', (json) => {
      const urgent = sections(json).find((s) => s.kind === 'urgent')!;
      ((urgent.groups as Json[])[0]!.items as string[]).pop();
    });
    edit(dir, 'fr/car-t.json', (json) => {
      json.sections = sections(json).filter((s) => s.id !== 'donation');
    });
    const error = loadError(dir);
    expect(error.issues).toContainEqual(
      expect.objectContaining({
        file: 'fr/checkpoint-class.json',
        path: 'sections.4.groups',
        message: expect.stringContaining('lungs(3)') as string,
      }),
    );
    expect(error.issues).toContainEqual(expect.objectContaining({ file: 'fr/car-t.json', path: 'sections' }));
  });

  it('refuses a sheet without its call-right-away list', () => {
    const dir = copyContent();
    edit(dir, 'en/car-t.json', (json) => {
      json.sections = sections(json).filter((s) => s.kind !== 'urgent');
    });
    expect(loadError(dir).issues).toContainEqual(
      expect.objectContaining({
        file: 'en/car-t.json',
        path: 'sections',
        message: 'needs exactly one "urgent" section, found 0',
      }),
    );
  });

  it('requires premedication text where the facts say premedication is required', () => {
    const dir = copyContent();
    edit(dir, 'en/checkpoint-sheets.json', (json) => {
      delete ((json.entries as Json).avelumab as Json).premedication;
    });
    expect(loadError(dir).issues).toContainEqual(
      expect.objectContaining({ file: 'en/checkpoint-sheets.json', path: 'entries.avelumab.premedication' }),
    );
  });

  it('refuses a regimen made of a drug that does not exist, and stray files', () => {
    const dir = copyContent();
    edit(dir, 'facts.json', (json) => {
      ((json.checkpointRegimens as Json[])[0]!.componentIds as string[])[1] = 'ipilimumabb';
    });
    writeFileSync(join(dir, 'en/checkpoint-clas.json'), '{}');
    const issues = loadError(dir).issues;
    expect(issues).toContainEqual(
      expect.objectContaining({
        file: 'en/checkpoint-clas.json',
        message: expect.stringContaining('unexpected file') as string,
      }),
    );
    // Cross-file rules run only once every file is valid on its own, so fix the stray file and look again.
    rmSync(join(dir, 'en/checkpoint-clas.json'));
    expect(loadError(dir).issues).toContainEqual(
      expect.objectContaining({
        file: 'facts.json',
        path: 'checkpointRegimens.0.componentIds',
        message: 'no library regimen gives these drugs together',
      }),
    );
  });

  it('reports a missing file', () => {
    const dir = copyContent();
    rmSync(join(dir, 'fr/ui.json'));
    expect(loadError(dir).issues).toContainEqual(
      expect.objectContaining({ file: 'fr/ui.json', message: expect.stringContaining('cannot be read') as string }),
    );
  });
});

import { afterAll, beforeAll, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../support/core';
import { makePatient } from '../../support/patients';

let t: TestCore;
beforeAll(async () => {
  t = await openTestCore();
  const people: Array<[string, string, string]> = [
    ['DEMO-000123', 'Lefèvre', 'Élodie'],
    ['DEMO-000124', 'Lefebvre', 'Marc'],
    ['DEMO-001230', 'Œuvrard', 'Chloé'],
    ['XZ-77123', 'Nettleford', 'Anne-Marie'],
    ['B-2', "O'Hollowbrook", 'Seán'],
  ];
  for (const [mrn, familyName, givenName] of people)
    await t.ok('patients:create', makePatient({ mrn, familyName, givenName }));
});
afterAll(async () => {
  await t.close();
});

const mrns = async (query: string) => (await t.ok('patients:search', { query })).map((p) => p.mrn);

it('finds by MRN prefix, whatever the case and the hyphens typed', async () => {
  expect(await mrns('demo-00012')).toEqual(['DEMO-000123', 'DEMO-000124']);
  expect(await mrns('DEMO00012')).toEqual(['DEMO-000123', 'DEMO-000124']);
  expect((await mrns('B'))[0]).toBe('B-2');
});

it('lists MRN prefix matches before MRNs that only contain the digits typed', async () => {
  expect(await mrns('123')).toEqual(['DEMO-000123', 'DEMO-001230', 'XZ-77123']);
});

it('finds by any part of the name, ignoring accents, case and word order', async () => {
  expect(await mrns('lefevre')).toEqual(['DEMO-000123']);
  expect(await mrns('LEFÈV')).toEqual(['DEMO-000123']);
  expect(await mrns('lefe')).toEqual(['DEMO-000124', 'DEMO-000123']);
  expect(await mrns('elodie lef')).toEqual(['DEMO-000123']);
  expect(await mrns('oeuvrard')).toEqual(['DEMO-001230']);
  expect(await mrns('anne marie')).toEqual(['XZ-77123']);
  expect(await mrns('sean')).toEqual(['B-2']);
  expect(await mrns('hollowbrook')).toEqual(['B-2']);
});

it('returns MRN, name, birth date and sex only', async () => {
  const [hit] = await t.ok('patients:search', { query: 'DEMO-000123' });
  expect(Object.keys(hit!).sort()).toEqual(['birthDate', 'familyName', 'givenName', 'id', 'mrn', 'sex']);
});

it('treats LIKE wildcards and quotes as plain text', async () => {
  expect(await mrns('%')).toEqual([]);
  expect(await mrns('_')).toEqual([]);
  expect(await mrns("o'h")).toEqual(['B-2']);
  expect(await mrns('ohollow')).toEqual(['B-2']);
});

it('refuses an empty query, naming the field', async () => {
  expect(await t.call('patients:search', { query: '   ' })).toMatchObject({
    ok: false,
    error: { code: 'invalid', issues: [{ path: 'query' }] },
  });
});

import { describe, expect, it } from 'vitest';
import { classifyFailure } from '../../../electron/main/store/errors';
import { databaseLabel, parseDatabaseSetting } from '../../../electron/main/store/location';

describe('the database setting', () => {
  it('is a SQLite file for a path, and center mode for a postgres:// or postgresql:// URL', () => {
    expect(parseDatabaseSetting('/data/chairside.sqlite3')).toEqual({
      kind: 'sqlite',
      path: '/data/chairside.sqlite3',
    });
    expect(parseDatabaseSetting('postgres://chairside@127.0.0.1:5432/center')).toMatchObject({
      kind: 'postgres',
      label: 'the center database 127.0.0.1:5432/center',
    });
    expect(parseDatabaseSetting('postgresql://chairside@db.hospital.example/center?sslmode=verify-full')).toMatchObject(
      {
        kind: 'postgres',
        label: 'the center database db.hospital.example:5432/center',
      },
    );
  });

  it('refuses a password in the URL, a URL without a database, and a remote server without verify-full TLS', () => {
    expect(() => parseDatabaseSetting('postgres://chairside:secret@127.0.0.1/center')).toThrow(/CHAIRSIDE_DB_PASSWORD/);
    expect(() => parseDatabaseSetting('postgres://chairside@127.0.0.1/')).toThrow(/names no database/);
    expect(() => parseDatabaseSetting('postgres://chairside@db.hospital.example/center')).toThrow(
      /sslmode=verify-full/,
    );
    expect(() => parseDatabaseSetting('postgres://chairside@db.hospital.example/center?sslmode=require')).toThrow(
      /sslmode=verify-full/,
    );
  });

  it('never shows a password in a label', () => {
    expect(databaseLabel('postgres://u:hunter2@host:6543/db')).toBe('the center database host:6543/db');
  });
});

describe('failures, classified once for both dialects', () => {
  const pg = (code: string, extra: object = {}) => Object.assign(new Error('x'), { code, ...extra });
  it.each([
    [pg('23P01', { constraint: 'appointment_chair_no_overlap' }), 'chair-overlap'],
    [pg('23P01', { constraint: 'appointment_patient_no_overlap' }), 'patient-overlap'],
    [Object.assign(new Error('order-overlap'), { code: 'P0001' }), 'order-overlap'],
    [Object.assign(new Error('chair-double-booked'), { code: 'SQLITE_CONSTRAINT_TRIGGER' }), 'chair-overlap'],
    [Object.assign(new Error('patient-double-booked'), { code: 'SQLITE_CONSTRAINT_TRIGGER' }), 'patient-overlap'],
    [pg('23505'), 'unique'],
    [pg('23503'), 'foreign-key'],
    [pg('23514'), 'constraint'],
    [pg('40001'), 'busy'],
    [pg('40P01'), 'busy'],
    [pg('55P03'), 'busy'],
    [pg('SQLITE_BUSY'), 'busy'],
    [pg('SQLITE_BUSY_SNAPSHOT'), 'busy'],
    [pg('53100'), 'storage-full'],
    [pg('ECONNREFUSED'), 'unreachable'],
    [pg('57P01'), 'unreachable'],
    [pg('28P01'), 'unreachable'],
    [new Error('Connection terminated unexpectedly'), 'unreachable'],
  ])('%s → %s', (error, kind) => {
    expect(classifyFailure(error)?.kind).toBe(kind);
  });

  it('leaves a programming error unclassified (internal)', () => {
    expect(classifyFailure(new TypeError('x is undefined'))).toBeNull();
    expect(classifyFailure(pg('42P01'))).toBeNull();
  });
});

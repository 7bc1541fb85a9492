import { sql, type Kysely } from 'kysely';

// Center mode: every workstation of a center appends to one audit chain, so all hash it with one key, derived
// from the center's secret (the same HKDF as a workstation's master secret, security/key-material.ts). The
// secret itself never reaches the server: only its public check value is kept here, so a workstation given
// the wrong secret refuses to start instead of writing events nobody could verify. Written dialect-neutral
// (Kysely's schema builder), so it runs unchanged on SQLite (where the row stays absent) and PostgreSQL.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('center_key')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('recovery_check', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

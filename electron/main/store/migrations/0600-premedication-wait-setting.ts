import { sql, type Kysely } from 'kysely';

// The wait between premedication and the start of the infusion becomes a center setting (it was a constant
// in booking). No checkpoint-inhibitor label gives a number of minutes for it, so the default of 30 minutes
// is center policy that each center reviews, like the observation settings beside it. Written with the
// schema builder so the same step runs on PostgreSQL in center mode.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('center_limits')
    .addColumn('premedication_wait_minutes', 'integer', (col) =>
      col
        .notNull()
        .defaultTo(30)
        .check(sql`premedication_wait_minutes BETWEEN 0 AND 240`),
    )
    .execute();
}

import type { Kysely } from 'kysely';

// The charge nurse's board, one row per day it was saved: when and by whom. The assignment itself is each
// appointment's nurse_id (the same column the booking's ratio check reads), so the board and the placer never
// disagree; this row only tells the board whether the day still starts from the proposal. Schema builder
// only, so it runs unchanged on PostgreSQL.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('nurse_board')
    .addColumn('date', 'text', (c) => c.primaryKey().notNull())
    .addColumn('saved_at_utc', 'text', (c) => c.notNull())
    .addColumn('saved_by', 'text')
    .addColumn('workstation', 'text', (c) => c.notNull())
    .execute();
}

import type { Kysely, Transaction } from 'kysely';
import type { DatabaseSchema } from './schema';

// What repositories run their statements on: the database, or a transaction of it. Services hold these
// values but never import the query builder itself (lint: only store/ and repositories/ import kysely).
export type Db = Kysely<DatabaseSchema>;
export type Executor = Db | Transaction<DatabaseSchema>;

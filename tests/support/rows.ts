import { CompiledQuery } from 'kysely';
import type { Store } from '../../electron/main/store/database';

/**
 * A statement written once for both dialects (`?` placeholders; numbered for PostgreSQL), for tests that read
 * or poke the database directly. Rows come back as the store gives them (booleans 1/0, counts as numbers).
 */
export async function queryRows<R = Record<string, unknown>>(
  store: Store,
  text: string,
  ...params: unknown[]
): Promise<R[]> {
  let n = 0;
  const query = store.dialect === 'postgres' ? text.replace(/\?/g, () => `$${++n}`) : text;
  return (await store.db.executeQuery<R>(CompiledQuery.raw(query, params))).rows;
}

export async function queryRow<R = Record<string, unknown>>(
  store: Store,
  text: string,
  ...params: unknown[]
): Promise<R | undefined> {
  return (await queryRows<R>(store, text, ...params))[0];
}

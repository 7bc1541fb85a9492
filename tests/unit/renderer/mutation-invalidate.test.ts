import { afterEach, describe, expect, it } from 'vitest';
import { MutationObserver, QueryClient, QueryObserver } from '@tanstack/react-query';
import { mutationSpec } from '../../../renderer/src/app/query-client';

// What a change asks again: a real TanStack Query client with two open reads, and the renderer's own mutation
// spec. A read "open on a screen" is an observed query; invalidating it makes it ask main again.

const clients: QueryClient[] = [];
afterEach(() => {
  for (const c of clients.splice(0)) c.clear();
});

async function setUp() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: 0, staleTime: 0 } } });
  clients.push(client);
  const asked = { labs: 0, patients: 0 };
  const open = (channel: 'labs:list' | 'patients:list', counter: keyof typeof asked) => {
    const observer = new QueryObserver(client, {
      queryKey: [channel, {}],
      queryFn: () => ++asked[counter],
    });
    observer.subscribe(() => undefined);
    return observer;
  };
  open('labs:list', 'labs');
  open('patients:list', 'patients');
  await settle(client);
  return { client, asked };
}

async function settle(client: QueryClient) {
  while (client.isFetching() > 0) await new Promise((r) => setTimeout(r, 1));
}

async function runChange(client: QueryClient, action: () => Promise<unknown>, invalidateOnError?: boolean) {
  const spec = mutationSpec(
    action,
    { invalidates: ['labs:list'], ...(invalidateOnError === undefined ? {} : { invalidateOnError }) },
    client,
  );
  const observer = new MutationObserver(client, spec);
  await observer.mutate(undefined).catch(() => undefined);
  await settle(client);
}

describe('a change asks again what it changes', () => {
  it('after success, asks again only the reads it names', async () => {
    const { client, asked } = await setUp();
    expect(asked).toEqual({ labs: 1, patients: 1 });
    await runChange(client, () => Promise.resolve('saved'));
    expect(asked).toEqual({ labs: 2, patients: 1 });
  });

  it('after a refusal, leaves the screen as it was by default', async () => {
    const { client, asked } = await setUp();
    await runChange(client, () => Promise.reject(new Error('refused')));
    expect(asked).toEqual({ labs: 1, patients: 1 });
  });

  it('after a refusal with invalidateOnError (another workstation got there first), asks the named reads again', async () => {
    const { client, asked } = await setUp();
    await runChange(client, () => Promise.reject(new Error('refused')), true);
    expect(asked).toEqual({ labs: 2, patients: 1 });
  });
});

import type { Core } from '../core/create-core';

export interface DemoOptions {
  /** Generate a large center instead of the everyday demo: years of history and this many chairs. */
  years?: number;
  chairs?: number;
}

export interface DemoSummary {
  lines: string[];
}

async function must(core: Core, channel: string, input: unknown): Promise<unknown> {
  const result = await core.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
}

/**
 * A realistic but fictional infusion center (no real people). Every later feature adds its part here, through
 * the same channels the app uses, so the demo data is valid by construction.
 */
export async function seedDemo(core: Core, _options: DemoOptions = {}): Promise<DemoSummary> {
  await must(core, 'settings:update', {
    centerName: 'Lakeside Day Oncology (demo)',
    // A fictional number in the range reserved for drama and examples.
    centerPhone24h: '+1 555 0100 247',
  });
  return { lines: ['center settings'] };
}

import type { Core } from '../core/create-core';
import { seedCenter } from './center';
import { demoCall } from './dispatch';
import { seedPatients } from './patients';

export interface DemoOptions {
  /** The demo's "today" (YYYY-MM-DD); the real date when omitted. */
  today?: string;
  /** Generate a large center instead of the everyday demo: years of history and this many chairs. */
  years?: number;
  chairs?: number;
}

export interface DemoSummary {
  lines: string[];
}

/**
 * A realistic but fictional infusion center (no real people). Every feature adds its part here, through the
 * same channels the app uses, so the demo data is valid and audited by construction.
 */
export async function seedDemo(core: Core, options: DemoOptions = {}): Promise<DemoSummary> {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  await demoCall(core, 'settings:update', {
    centerName: 'Lakeside Day Oncology (demo)',
    // A fictional number in the range reserved for drama and examples.
    centerPhone24h: '+1 555 0100 247',
  });
  const center = await seedCenter(core, { today, ...(options.chairs ? { chairs: options.chairs } : {}) });
  const patients = await seedPatients(core, { today, count: 120 });
  return {
    lines: [
      'center settings (name, 24-hour number)',
      `${center.chairIds.length} chairs and beds, ${center.nurseIds.length} nurses, ${center.closures.length} closures`,
      `${patients.length} fictional patients`,
    ],
  };
}

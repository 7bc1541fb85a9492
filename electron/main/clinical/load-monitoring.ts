import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { monitoringSchema, type Monitoring } from '../../../shared/ready/monitoring';

// resources/clinical/monitoring.json, validated once per folder: an invalid file stops start-up naming the
// field, like the rest of the clinical library.

const cache = new Map<string, Monitoring>();

export function loadMonitoring(resourcesDir: string): Monitoring {
  const file = join(resourcesDir, 'clinical', 'monitoring.json');
  const hit = cache.get(file);
  if (hit) return hit;
  const parsed = monitoringSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Clinical library file monitoring.json failed to load: ${issues}`);
  }
  cache.set(file, Object.freeze(parsed.data));
  return parsed.data;
}

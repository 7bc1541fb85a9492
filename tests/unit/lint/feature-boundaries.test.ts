import { resolve } from 'node:path';
import { RuleTester, type Rule } from 'eslint';
import { describe, it } from 'vitest';

// The lint rule that keeps renderer features apart: another feature is reached through its index.ts only.

const { featureBoundaries } = (await import(
  resolve(import.meta.dirname, '../../../scripts/eslint/feature-boundaries.js')
)) as {
  featureBoundaries: { rules: Record<string, Rule.RuleModule> };
};
const rule = featureBoundaries.rules['through-index']!;
const FEATURES = resolve(import.meta.dirname, '../../../renderer/src/features');
const at = (path: string) => resolve(FEATURES, path);

RuleTester.describe = describe;
RuleTester.it = it;
const tester = new RuleTester({ languageOptions: { ecmaVersion: 2022, sourceType: 'module' } });

tester.run('features/through-index', rule, {
  valid: [
    { filename: at('labs/LabEntry.tsx'), code: "import { useCoreClock } from '../chairside';" },
    { filename: at('labs/LabEntry.tsx'), code: "import { useCoreClock } from '../chairside/index';" },
    // Inside one feature, any file.
    { filename: at('schedule/plans/PatientPlans.tsx'), code: "import { useNow } from '../day/useNow';" },
    // Shared parts of the renderer are not features.
    { filename: at('labs/LabEntry.tsx'), code: "import { Field } from '../../components/Field';" },
  ],
  invalid: [
    {
      filename: at('labs/LabEntry.tsx'),
      code: "import { useCoreClock } from '../chairside/clock';",
      errors: [{ messageId: 'internal' }],
    },
    {
      filename: at('schedule/day/DayView.tsx'),
      code: "export { PatientBanner } from '../../patients/PatientBanner';",
      errors: [{ messageId: 'internal' }],
    },
  ],
});

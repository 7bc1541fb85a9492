import { BaseSequencer, type TestSpecification } from 'vitest/node';

// Vitest runs the longest files first when it has timings from an earlier run, and the largest files first
// otherwise (a fresh clone, CI). The kill -9 loop is a small file that runs for about two minutes: started
// late, it runs alone at the end while the other core waits. These files start first whatever the order.
const LONG_FILES = [
  'tests/integration/faults/kill-loop.test.ts',
  'tests/integration/pg/workstations.test.ts',
  'tests/integration/center/demo-today.test.ts',
];

export default class LongFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification) => {
      const index = LONG_FILES.findIndex((file) => spec.moduleId.endsWith(file));
      return index < 0 ? LONG_FILES.length : index;
    };
    return sorted
      .map((spec, order) => ({ spec, order }))
      .sort((a, b) => rank(a.spec) - rank(b.spec) || a.order - b.order)
      .map(({ spec }) => spec);
  }
}

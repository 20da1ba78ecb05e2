import * as contracts from '@jumelage/contracts';
import type { Operation } from '@jumelage/contracts';

/** Every operation packages/contracts declares: the values of its `<domain>Operations` exports. */
export const allOperations: Operation[] = Object.entries(contracts).flatMap(([name, value]) =>
  name.endsWith('Operations') ? Object.values(value as Record<string, Operation>) : [],
);

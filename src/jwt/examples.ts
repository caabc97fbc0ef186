import examplesFile from '@/jwt/examples.json';
import { toExample, type Example } from './example-type';

export type { Example, ExampleAlgorithm, ExampleGroup } from './example-type';

/** Every example, in menu order; the first is the default. */
export const EXAMPLES: readonly Example[] = examplesFile.examples.map((value: unknown, index) =>
  toExample(value, index),
);

/** Finds an example by its id; undefined when there is none. */
export function findExample(id: string): Example | undefined {
  return EXAMPLES.find((example) => example.id === id);
}

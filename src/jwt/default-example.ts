import defaultFile from '@/jwt/default-example.json';
import { toExample, type Example } from './example-type';

/**
 * The example the debugger opens with (HS256 with a base64url secret). It has a file of its own so
 * the first download does not carry every example; `examples.json` lists it first as well.
 */
export const DEFAULT_EXAMPLE: Example = toExample(defaultFile.example, 0);

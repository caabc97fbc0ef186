import type { AttackId, AttackInputField, AttackRun } from '@/attacks/experiment';
import type { LabError } from '@/core/errors';

/** An experiment's inputs by field name, exactly as on screen. */
export type AttackInputs = Readonly<Record<string, string>>;

/** Where one card's run is; every finished state keeps the inputs it was computed for. */
export type RunView =
  | { readonly state: 'idle' }
  | { readonly state: 'running'; readonly inputs: AttackInputs }
  | { readonly state: 'done'; readonly inputs: AttackInputs; readonly run: AttackRun }
  | { readonly state: 'failed'; readonly inputs: AttackInputs; readonly error: LabError }
  | { readonly state: 'crashed'; readonly inputs: AttackInputs; readonly message: string };

/** What the card shows: the run, or `stale` when the inputs on screen are no longer the ones it ran with. */
export type ShownRun = RunView | { readonly state: 'stale' };

/** The inputs an experiment starts with. */
export function initialInputs(fields: readonly AttackInputField[]): AttackInputs {
  return Object.fromEntries(fields.map((field) => [field.name, field.initial]));
}

/** True when both hold the same fields with the same text. */
export function sameInputs(a: AttackInputs, b: AttackInputs): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => key in b && a[key] === b[key]);
}

/** The run to show beside `inputs`: a finished run is only shown while its inputs are still on screen. */
export function showRun(view: RunView, inputs: AttackInputs): ShownRun {
  if (view.state === 'idle' || view.state === 'running') return view;
  return sameInputs(view.inputs, inputs) ? view : { state: 'stale' };
}

/** The input an error belongs to, when the experiment has a field of that name (else the card shows it). */
export function inputForError(error: LabError, fields: readonly AttackInputField[]): string | null {
  return fields.some((field) => field.name === error.field) ? error.field : null;
}

/** The card a location hash (`#alg-none`) names, if it names one of `ids`. */
export function attackForHash(hash: string, ids: readonly AttackId[]): AttackId | null {
  let name: string;
  try {
    name = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return null; // a malformed escape names no card
  }
  return ids.find((id) => id === name) ?? null;
}

/** True for the debugger's path (`/`, with or without a query or fragment): a defence link there carries the token. */
export function isDebuggerPath(path: string): boolean {
  return /^\/(?:[?#]|$)/.test(path);
}

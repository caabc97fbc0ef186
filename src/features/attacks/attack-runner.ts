import type { AttackContext, AttackExperiment } from '@/attacks/experiment';
import type { AttackInputs, RunView } from './attack-run-state';
import { crackSecret } from './crack-secret';

/** One card's runs: at most one at a time, each result reported with the inputs it was computed for. */
export interface AttackRunner {
  /** Starts a run, aborting the one before (whose result is then dropped). `nowMs` is read at the click. */
  run(inputs: AttackInputs, nowMs: number): void;
  /** Aborts the current run and goes back to idle. */
  cancel(): void;
  /** Aborts the current run without reporting anything (the card is going away). */
  dispose(): void;
}

/** Creates the runner of one experiment; `report` receives every view to show. */
export function createAttackRunner(
  experiment: AttackExperiment,
  report: (view: RunView) => void,
  crack: NonNullable<AttackContext['crackSecret']> = crackSecret,
): AttackRunner {
  let current: AbortController | null = null;
  const stop = () => {
    current?.abort();
    current = null;
  };
  return {
    run(inputs, nowMs) {
      stop();
      const controller = new AbortController();
      current = controller;
      report({ state: 'running', inputs });
      const settle = (view: RunView) => {
        if (current !== controller) return; // aborted, or a newer run started since
        current = null;
        report(view);
      };
      experiment.run(inputs, { signal: controller.signal, nowMs, crackSecret: crack }).then(
        (result) =>
          settle(
            result.ok
              ? { state: 'done', inputs, run: result.value }
              : { state: 'failed', inputs, error: result.error },
          ),
        (error: unknown) =>
          settle({
            state: 'crashed',
            inputs,
            message: error instanceof Error ? error.message : String(error),
          }),
      );
    },
    cancel() {
      stop();
      report({ state: 'idle' });
    },
    dispose: stop,
  };
}

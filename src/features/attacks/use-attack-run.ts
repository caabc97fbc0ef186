import { useEffect, useMemo, useState } from 'react';
import type { AttackExperiment } from '@/attacks/experiment';
import type { RunView } from './attack-run-state';
import { createAttackRunner } from './attack-runner';

/** One card's run state; a new run aborts the one before, and leaving the page aborts whatever is running. */
export function useAttackRun(experiment: AttackExperiment) {
  const [view, setView] = useState<RunView>({ state: 'idle' });
  const runner = useMemo(() => createAttackRunner(experiment, setView), [experiment]);
  useEffect(() => () => runner.dispose(), [runner]);
  return { view, run: runner.run, cancel: runner.cancel };
}

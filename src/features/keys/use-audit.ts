import { useCallback, useEffect, useRef, useState } from 'react';
import type { AuditProgress } from '@/audit/audit-progress';
import type { AuditOutcome, AuditRun } from '@/audit/audit-runner';
import type { CrackTarget } from '@/audit/crack-target';
import type { AuditEngine, EngineChoice } from '@/audit/webgpu/engine-choice';
import type { PlannedSource } from './audit-source';
import { startEngineAudit } from '@/lib/audit-engine';
import { forgeAdminToken, type ForgedToken } from './forge-admin-token';

/** What was audited: the token, the candidates, and the engine asked for. */
export interface AuditPlan {
  readonly target: CrackTarget;
  readonly planned: PlannedSource;
  readonly engine: EngineChoice;
}

/** The states of the `audit-status` hook, with what each shows. */
export type AuditView =
  | { readonly state: 'idle'; readonly failure?: string }
  | {
      readonly state: 'running';
      readonly plan: AuditPlan;
      readonly progress: AuditProgress | null;
      /** The engine running the audit (null while it is being chosen). */
      readonly engine: AuditEngine | null;
    }
  | {
      readonly state: 'found' | 'exhausted' | 'cancelled';
      readonly plan: AuditPlan;
      readonly outcome: AuditOutcome;
      /** The engine that ran it (null when cancelled before one was chosen). */
      readonly engine: AuditEngine | null;
      /** For a hit: the admin token forged with the secret (null while it is being signed). */
      readonly forged: ForgedToken | null;
    };

// Progress arrives from every worker about ten times a second; the bar needs no more than that in total.
const REPAINT_MS = 100;

/** Runs one audit at a time on the chosen engine (the GPU, or every core); unmounting the page cancels it. */
export function useAudit() {
  const [view, setView] = useState<AuditView>({ state: 'idle' });
  const run = useRef<AuditRun | null>(null);

  useEffect(() => () => run.current?.cancel(), []);

  const start = useCallback((plan: AuditPlan) => {
    if (run.current) return;
    let paintedAt = 0;
    let engine: AuditEngine | null = null;
    setView({ state: 'running', plan, progress: null, engine });
    const current = startEngineAudit(plan.target, plan.planned.source, {
      choice: plan.engine,
      now: () => performance.now(),
      onEngine: (next) => {
        engine = next;
        // A fallback starts over on the CPU: its progress replaces the GPU's.
        setView((shown) => (shown.state === 'running' ? { ...shown, engine: next, progress: null } : shown));
      },
      onProgress: (progress) => {
        const now = performance.now();
        if (now - paintedAt < REPAINT_MS) return;
        paintedAt = now;
        setView((shown) => (shown.state === 'running' ? { ...shown, progress } : shown));
      },
    });
    run.current = current;
    current.outcome.then(
      (outcome) => {
        if (run.current !== current) return; // reset since: this result is for a token no longer shown
        run.current = null;
        setView({ state: outcome.kind, plan, outcome, engine, forged: null });
        if (outcome.kind !== 'found') return;
        void forgeAdminToken(plan.target, outcome.secret, Date.now()).then((forged) =>
          setView((shown) =>
            shown.state === 'found' && shown.outcome === outcome ? { ...shown, forged } : shown,
          ),
        );
      },
      (error: unknown) => {
        if (run.current !== current) return;
        run.current = null;
        setView({ state: 'idle', failure: error instanceof Error ? error.message : String(error) });
      },
    );
  }, []);

  const cancel = useCallback(() => run.current?.cancel(), []);
  const reset = useCallback(() => {
    run.current?.cancel();
    run.current = null;
    setView({ state: 'idle' });
  }, []);

  return { view, start, cancel, reset };
}

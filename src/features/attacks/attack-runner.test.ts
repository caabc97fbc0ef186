import { describe, expect, it } from 'vitest';
import type { AttackContext, AttackExperiment, AttackRun } from '@/attacks/experiment';
import { fail, ok } from '@/core/errors';
import type { RunView } from './attack-run-state';
import { createAttackRunner } from './attack-runner';

const RUN: AttackRun = {
  forgedToken: 'a.b.',
  steps: ['forged'],
  naive: { state: 'accepted', message: 'in' },
  hardened: { state: 'refused', code: 'ERR_JOSE_ALG_NOT_ALLOWED', message: 'out' },
};

type Outcome = Awaited<ReturnType<AttackExperiment['run']>>;

/** An experiment whose runs finish when the test says so; it records each run's inputs and context. */
function controlledExperiment() {
  const calls: {
    inputs: Readonly<Record<string, string>>;
    context?: AttackContext;
    finish: (o: Outcome) => void;
    crash: (e: unknown) => void;
  }[] = [];
  const experiment = {
    id: 'alg-none',
    run: (inputs: Readonly<Record<string, string>>, context?: AttackContext) =>
      new Promise<Outcome>((resolve, reject) =>
        calls.push({ inputs, context, finish: resolve, crash: reject }),
      ),
  } as unknown as AttackExperiment;
  return { experiment, calls };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const crack = async () => null;

describe('createAttackRunner', () => {
  it('reports running, then the run with the inputs it was computed for, and passes the click time and crackSecret', async () => {
    const { experiment, calls } = controlledExperiment();
    const views: RunView[] = [];
    const runner = createAttackRunner(experiment, (view) => views.push(view), crack);
    runner.run({ claims: '{}' }, 1_700_000_000_000);
    expect(views).toEqual([{ state: 'running', inputs: { claims: '{}' } }]);
    expect(calls[0]?.context).toMatchObject({ nowMs: 1_700_000_000_000, crackSecret: crack });
    calls[0]?.finish(ok(RUN));
    await settle();
    expect(views.at(-1)).toEqual({ state: 'done', inputs: { claims: '{}' }, run: RUN });
  });

  it('aborts the previous run on re-run and drops its late result', async () => {
    const { experiment, calls } = controlledExperiment();
    const views: RunView[] = [];
    const runner = createAttackRunner(experiment, (view) => views.push(view), crack);
    runner.run({ claims: 'first' }, 1);
    runner.run({ claims: 'second' }, 2);
    expect(calls[0]?.context?.signal?.aborted).toBe(true);
    expect(calls[1]?.context?.signal?.aborted).toBe(false);
    calls[1]?.finish(ok(RUN));
    calls[0]?.finish(ok({ ...RUN, forgedToken: 'late.late.' }));
    await settle();
    expect(views.filter((view) => view.state === 'done')).toEqual([
      { state: 'done', inputs: { claims: 'second' }, run: RUN },
    ]);
  });

  it.each([
    [
      'an input error',
      (call: { finish: (o: Outcome) => void }) => call.finish(fail('PAYLOAD_NOT_JSON', 'claims', 'bad')),
      'failed',
    ],
    ['a thrown bug', (call: { crash: (e: unknown) => void }) => call.crash(new Error('boom')), 'crashed'],
  ] as const)('reports %s as %s', async (_name, end, state) => {
    const { experiment, calls } = controlledExperiment();
    const views: RunView[] = [];
    createAttackRunner(experiment, (view) => views.push(view), crack).run({ claims: 'x' }, 1);
    end(calls[0]!);
    await settle();
    expect(views.at(-1)).toMatchObject({ state, inputs: { claims: 'x' } });
  });

  it('cancel aborts the run, goes back to idle, and ignores the abort that follows', async () => {
    const { experiment, calls } = controlledExperiment();
    const views: RunView[] = [];
    const runner = createAttackRunner(experiment, (view) => views.push(view), crack);
    runner.run({}, 1);
    runner.cancel();
    expect(calls[0]?.context?.signal?.aborted).toBe(true);
    calls[0]?.crash(new DOMException('aborted', 'AbortError'));
    await settle();
    expect(views).toEqual([{ state: 'running', inputs: {} }, { state: 'idle' }]);
  });

  it('dispose aborts silently, and the runner still works afterwards (StrictMode remounts)', async () => {
    const { experiment, calls } = controlledExperiment();
    const views: RunView[] = [];
    const runner = createAttackRunner(experiment, (view) => views.push(view), crack);
    runner.run({}, 1);
    runner.dispose();
    calls[0]?.finish(ok(RUN));
    await settle();
    expect(views).toEqual([{ state: 'running', inputs: {} }]);
    runner.run({}, 2);
    calls[1]?.finish(ok(RUN));
    await settle();
    expect(views.at(-1)).toMatchObject({ state: 'done' });
  });
});

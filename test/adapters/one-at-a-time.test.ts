import { describe, expect, it } from 'vitest';
import { limitConcurrency } from '../../src/adapters/one-at-a-time.ts';

/** A task's go-ahead: the task waits on `opened` until `open` is called. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

const settled = () => new Promise((resolve) => setImmediate(resolve));

describe('limitConcurrency', () => {
  it('runs no more than the limit at once, and starts the rest in the order asked as places free', async () => {
    const started: number[] = [];
    const gates = Array.from({ length: 5 }, gate);
    let running = 0;
    let most = 0;
    const limited = limitConcurrency(2, async (n: number) => {
      started.push(n);
      running++;
      most = Math.max(most, running);
      await gates[n]!.opened;
      running--;
      return n * 10;
    });
    const results = [0, 1, 2, 3, 4].map((n) => limited(n));
    await settled();
    expect(started).toEqual([0, 1]);
    gates[1]!.open();
    await settled();
    expect(started).toEqual([0, 1, 2]);
    for (const g of gates) g.open();
    expect(await Promise.all(results)).toEqual([0, 10, 20, 30, 40]);
    expect(started).toEqual([0, 1, 2, 3, 4]);
    expect(most).toBe(2);
  });

  it('frees its place when a task fails, and passes the failure on', async () => {
    const limited = limitConcurrency(1, async (fail: boolean) => {
      if (fail) throw new Error('the compile failed');
      return 'compiled';
    });
    const first = limited(true);
    const second = limited(false);
    await expect(first).rejects.toThrow('the compile failed');
    await expect(second).resolves.toBe('compiled');
  });

  it('refuses a limit that is not a whole number of at least 1', () => {
    expect(() => limitConcurrency(0, async () => 1)).toThrow('at least 1');
    expect(() => limitConcurrency(1.5, async () => 1)).toThrow('at least 1');
  });
});

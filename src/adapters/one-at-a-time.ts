/**
 * Runs async work at most `limit` at a time, in the order asked. Bundling starts every MDX compile
 * at once, and as each compile awaits between its steps, all of them hold their syntax trees together:
 * the bundler's heap grows with the number of reports, and so does the cost of collecting it.
 */
export function limitConcurrency<Args extends unknown[], Result>(
  limit: number,
  work: (...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result> {
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`limitConcurrency: limit must be a whole number, at least 1, not ${limit}`);
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (...args: Args) => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    else running++;
    try {
      return await work(...args);
    } finally {
      // A finished run hands its place straight to the next waiting one, so `running` stays counted.
      const next = waiting.shift();
      if (next === undefined) running--;
      else next();
    }
  };
}

import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { cleanEnv } from './clean-env.ts';

/**
 * Records a scenario's frozen versions in its own ledger with the real `ledger:init`, as a site made
 * from some of the example's reports needs: the example's ledger records the others too, and every
 * build refuses a ledger whose versions are missing. Throws with the command's output if it fails.
 */
export function recordLedger(scenario: string): void {
  const run = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings=ExperimentalWarning', resolve('scripts/ledger-init.ts')], {
    env: cleanEnv({ TABLED_SITE: resolve(scenario) }),
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`ledger:init failed for ${scenario}:\n${run.stdout}\n${run.stderr}`);
}

import { spawn } from 'node:child_process';
import { cleanEnv } from '../../support/clean-env.ts';

export interface NpmRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** stdout then stderr, as a terminal would mostly show them. */
  output: string;
}

/**
 * Runs `npm run <script> -- <args>` in the repository, as an author types it, with the site given by
 * TABLED_SITE and a cold Astro cache of its own. Asynchronous, so that a limited number run at once.
 */
export function runNpm(script: string, args: readonly string[], env: Record<string, string>): Promise<NpmRun> {
  return new Promise((done, fail) => {
    const child = spawn('npm', ['run', '--silent', script, '--', ...args], {
      env: cleanEnv({ ...env, FORCE_COLOR: '0', NO_COLOR: '1' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr, output: `${stdout}\n${stderr}` }));
  });
}

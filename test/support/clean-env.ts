/**
 * The environment for a child Astro process: the test runner's own variables (VITEST, NODE_ENV=test …)
 * removed, since Astro changes behaviour under them (the dev server served 404 for every route).
 */
export function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key.startsWith('VITEST') || key === 'NODE_ENV' || key === 'TEST' || key === 'MODE') continue;
    env[key] = value;
  }
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

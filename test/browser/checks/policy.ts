import type { Page } from 'playwright-core';

/** What a page did against its Content-Security-Policy and its own host, while it was open. */
export interface PolicyWatch {
  violations: string[];
  consoleErrors: string[];
  foreignRequests: string[];
}

const watches = new WeakMap<Page, PolicyWatch>();

/**
 * Starts watching a page before it loads: `securitypolicyviolation` events (recorded by a script the
 * browser injects, which no CSP blocks), console errors about the policy, and every request to a host
 * other than `origin`, which is never allowed to leave.
 */
export async function watchPolicy(page: Page, origin: string): Promise<PolicyWatch> {
  const watch: PolicyWatch = { violations: [], consoleErrors: [], foreignRequests: [] };
  watches.set(page, watch);
  await page.exposeFunction('__tabledPolicyViolation', (text: string) => watch.violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __tabledPolicyViolation: (text: string) => void }).__tabledPolicyViolation;
      report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}${event.sourceFile ? ` (${event.sourceFile}:${event.lineNumber})` : ''}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content.Security.Policy/i.test(message.text())) watch.consoleErrors.push(message.text());
  });
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return;
    if (new URL(url).origin !== origin) watch.foreignRequests.push(url);
  });
  return watch;
}

/** One line per violation, policy console error and request to another host. */
export function policyProblems(page: Page): string[] {
  const watch = watches.get(page);
  if (watch === undefined) return ['the page was not watched for CSP violations and requests'];
  return [
    ...watch.violations.map((v) => `CSP violation: ${v}`),
    ...watch.consoleErrors.map((e) => `CSP console error: ${e}`),
    ...watch.foreignRequests.map((url) => `request to another host: ${url}`),
  ];
}

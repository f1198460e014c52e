import type { BrowserContext, Page } from 'playwright-core';

/**
 * Records every Content-Security-Policy violation a context's pages report, both as the
 * browser's console message and as the page's securitypolicyviolation event, so a test can
 * require the pages to work under the policy without breaking it.
 */
export async function watchCsp(context: BrowserContext, violations: string[]): Promise<void> {
  await context.exposeBinding('__cspViolation', (_source, what: string) => void violations.push(what));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __cspViolation(w: string): void }).__cspViolation(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  context.on('page', (p: Page) => watchConsole(p, violations));
  for (const p of context.pages()) watchConsole(p, violations);
}

function watchConsole(page: Page, violations: string[]): void {
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
}

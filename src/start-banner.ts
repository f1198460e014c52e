/** 0.0.0.0 and :: listen everywhere but are no address to open; the banner shows a local one. */
export const displayHost = (host: string): string => (host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host);

/**
 * What npm start prints once it serves. With a local editor key it is printed the way Jupyter
 * prints its token: the explorer link carries it in the fragment, which the browser never
 * sends to a server or in a Referer, and the page moves it to session storage at once.
 */
export function startBanner(base: string, localKey?: string, keyFile?: string): string {
  const lines = [`  ClaimGraph GraphQL: ${base}/graphql`, `  Explorer:          ${base}/explorer/${localKey ? `#key=${localKey}` : ''}`];
  if (localKey) {
    lines.push(`  Local editor key:  ${localKey}`);
    lines.push(`                     (kept in ${keyFile}; set API_KEYS to use keys of your own)`);
  }
  return `\n${lines.join('\n')}\n`;
}

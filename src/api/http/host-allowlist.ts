import net from 'node:net';

/** Names that always mean this machine; a browser only sends them for a page it loaded from here. */
const LOCAL_NAMES = ['localhost', '127.0.0.1', '::1'];

/** The host part of a Host header, lower case, without port or IPv6 brackets; undefined if malformed. */
export function hostnameOf(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const h = header.trim().toLowerCase();
  const bracketed = /^\[([0-9a-f:.]+)\](?::\d{1,5})?$/.exec(h);
  if (bracketed) return bracketed[1];
  const plain = /^([a-z0-9_.-]+)(?::\d{1,5})?$/.exec(h);
  return plain ? plain[1].replace(/\.$/, '') : undefined;
}

/**
 * Which Host headers the service answers, against DNS rebinding (as Vite's allowedHosts and
 * Jupyter's local_hostnames): local names, *.localhost, IP literals (a rebinding attack needs a
 * name), the configured HOST, and ALLOWED_HOSTS entries, where ".example.org" also admits its
 * subdomains.
 */
export class HostAllowlist {
  private readonly exact = new Set<string>(LOCAL_NAMES);
  private readonly suffixes: string[] = [];

  constructor(configuredHost: string, allowed: readonly string[]) {
    const own = hostnameOf(configuredHost);
    if (own && own !== '0.0.0.0' && own !== '::') this.exact.add(own);
    for (const entry of allowed.map((a) => a.trim().toLowerCase()).filter(Boolean)) {
      if (entry.startsWith('.')) this.suffixes.push(entry);
      else this.exact.add(hostnameOf(entry) ?? entry);
    }
  }

  allows(hostHeader: string | undefined): boolean {
    const name = hostnameOf(hostHeader);
    if (!name) return false;
    if (this.exact.has(name) || net.isIP(name) !== 0 || name.endsWith('.localhost')) return true;
    return this.suffixes.some((s) => name.endsWith(s) || name === s.slice(1));
  }
}

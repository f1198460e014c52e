import { timingSafeEqual } from 'node:crypto';
import { DomainError } from './errors';
import { sha256 } from './sha256';

export type Role = 'editor' | 'admin';

export interface Principal {
  name: string;
  role: Role;
}

interface KeyEntry {
  principal: Principal;
  digest: Buffer;
}

const digest = (key: string) => Buffer.from(sha256(key), 'hex');

/**
 * API keys from API_KEYS ("principal:role:key,…"). Keys are kept only as SHA-256 digests
 * and compared in constant time, so neither timing nor a heap dump leaks them.
 */
export class ApiKeys {
  private readonly entries: KeyEntry[];

  constructor(spec: string) {
    this.entries = spec
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((item, i) => {
        const [name, role, ...rest] = item.split(':');
        const key = rest.join(':');
        if (!name || !key || (role !== 'editor' && role !== 'admin')) {
          throw new Error(`entry ${i + 1} must be principal:role:key with role editor or admin`);
        }
        if (key.length < 8) throw new Error(`entry ${i + 1} (${name}): the key must be at least 8 characters`);
        return { principal: { name, role }, digest: digest(key) };
      });
  }

  get size(): number {
    return this.entries.length;
  }

  /** The principal whose key this is, or null; every entry is compared, so timing says nothing. */
  authenticate(key: string): Principal | null {
    const d = digest(key);
    let found: Principal | null = null;
    for (const e of this.entries) if (timingSafeEqual(d, e.digest)) found = e.principal;
    return found;
  }
}

export const ROLE_RANK: Record<Role, number> = { editor: 1, admin: 2 };

/** Throws unless the principal exists and holds at least the given role. */
export function requireRole(principal: Principal | null, role: Role, operation: string): Principal {
  if (!principal) throw new DomainError('UNAUTHENTICATED', `${operation} needs an API key: send Authorization: Bearer <key>`);
  if (ROLE_RANK[principal.role] < ROLE_RANK[role]) {
    throw new DomainError('FORBIDDEN', `${operation} needs the ${role} role; ${principal.name} is ${principal.role}`);
  }
  return principal;
}

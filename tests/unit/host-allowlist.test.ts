import { HostAllowlist, hostnameOf } from '../../src/api/http/host-allowlist';

describe('host allowlist: which Host headers the service answers', () => {
  it('reads the name from a Host header with or without port, brackets or trailing dot', () => {
    expect(hostnameOf('LocalHost:4000')).toBe('localhost');
    expect(hostnameOf('[::1]:4000')).toBe('::1');
    expect(hostnameOf('claims.example.org.')).toBe('claims.example.org');
    expect(hostnameOf('')).toBeUndefined();
    expect(hostnameOf('evil.example/../x')).toBeUndefined();
    expect(hostnameOf('a b')).toBeUndefined();
  });

  const local = new HostAllowlist('127.0.0.1', []);

  it('answers local names and IP literals, which DNS rebinding cannot use', () => {
    for (const h of ['localhost', 'localhost:4000', '127.0.0.1:4000', '[::1]:4000', 'desk.localhost', '10.1.2.3:80']) expect({ h, ok: local.allows(h) }).toEqual({ h, ok: true });
  });

  it('refuses other names, lookalikes and a missing Host', () => {
    for (const h of ['evil.example', 'localhost.evil.example', '127.0.0.1.nip.io', undefined, '']) expect({ h, ok: local.allows(h) }).toEqual({ h, ok: false });
  });

  it('answers the configured HOST and the ALLOWED_HOSTS names, a leading dot covering subdomains', () => {
    const list = new HostAllowlist('claims.internal', ['claims.example.org', '.newsroom.example']);
    expect(list.allows('claims.internal:4000')).toBe(true);
    expect(list.allows('claims.example.org')).toBe(true);
    expect(list.allows('www.claims.example.org')).toBe(false);
    expect(list.allows('desk.newsroom.example')).toBe(true);
    expect(list.allows('newsroom.example')).toBe(true);
    expect(list.allows('evilnewsroom.example')).toBe(false);
  });

  it('does not take 0.0.0.0 (listen everywhere) as a name to answer', () => {
    expect(new HostAllowlist('0.0.0.0', []).allows('evil.example')).toBe(false);
  });
});

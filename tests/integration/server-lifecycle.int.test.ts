import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../src/runtime/free-port';
import { projectPath } from '../../src/paths';

const portOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

/** What `npm start` does, end to end: its own embedded Neo4j, the seed graph, then a clean stop. */
describe('the service as npm start runs it', () => {
  it('starts on an empty database, loads the seed, answers, and stops cleanly with its Neo4j on SIGINT', async () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-start-'));
    const [port, boltPort] = [await freePort(), await freePort()];
    // The service process alone gets the signal, as from a process manager: it must stop its own Neo4j.
    const child = spawn(process.execPath, ['--import', 'tsx', projectPath('src', 'server.ts')], {
      cwd: projectPath(),
      detached: true,
      env: { ...process.env, NEO4J_URI: '', PORT: String(port), NEO4J_EMBEDDED_PORT: String(boltPort), NEO4J_EMBEDDED_HOME: home, NEO4J_EMBEDDED_HEAP: '512m' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const deadline = Date.now() + 120_000;
      while (!output.includes('ClaimGraph is ready')) {
        if (Date.now() > deadline || child.exitCode !== null) throw new Error(`the service did not start:\n${output}`);
        await new Promise((r) => setTimeout(r, 250));
      }
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
      expect(ready.status).toBe(200);
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ search(query: "Estemirova", kinds: [SOURCE]) { edges { node { id } } } }' }),
      });
      const body = (await res.json()) as { data: { search: { edges: { node: { id: string } }[] } } };
      expect(body.data.search.edges.map((e) => e.node.id)).toContain('src-003-elseroad-america-must-lead');
      expect(await portOpen(boltPort)).toBe(true);

      child.kill('SIGINT');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 60_000))]);
      expect(output).toContain('"msg":"stopped"');
      expect(child.exitCode !== null || child.signalCode !== null).toBe(true);
      expect(await portOpen(boltPort)).toBe(false);
    } finally {
      if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL');
      fs.rmSync(home, { recursive: true, force: true });
    }
  }, 240_000);

  it('leaves no Neo4j behind when the service is killed outright (SIGKILL)', async () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-kill-'));
    const boltPort = await freePort();
    const script = `const { EmbeddedNeo4j } = require(${JSON.stringify(projectPath('src', 'graph', 'EmbeddedNeo4j.ts'))});
      new EmbeddedNeo4j({ home: ${JSON.stringify(home)}, port: ${boltPort}, heap: '512m' }).start().then(() => console.log('UP'));`;
    const child = spawn(process.execPath, ['--import', 'tsx', '-e', script], { cwd: projectPath(), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    try {
      const deadline = Date.now() + 120_000;
      while (!output.includes('UP')) {
        if (Date.now() > deadline || child.exitCode !== null) throw new Error(`Neo4j did not start:\n${output}`);
        await new Promise((r) => setTimeout(r, 250));
      }
      expect(await portOpen(boltPort)).toBe(true);
      child.kill('SIGKILL');
      // The launcher watches its stdin: the parent's death closes the pipe and the JVM exits.
      const gone = Date.now() + 60_000;
      while ((await portOpen(boltPort)) && Date.now() < gone) await new Promise((r) => setTimeout(r, 500));
      expect(await portOpen(boltPort)).toBe(false);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      fs.rmSync(home, { recursive: true, force: true });
    }
  }, 240_000);
});

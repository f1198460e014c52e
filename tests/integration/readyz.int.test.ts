import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../src/api/http/app';
import { loadConfig } from '../../src/config';
import { createDriver, waitForDatabase } from '../../src/graph/database';
import { EmbeddedNeo4j } from '../../src/graph/EmbeddedNeo4j';
import { Executor } from '../../src/graph/Executor';
import { migrate } from '../../src/graph/migrate';
import { QueryCatalogue } from '../../src/graph/QueryCatalogue';
import { freePort } from '../../src/runtime/free-port';
import { silentLog } from '../support/harness';

/** Its own embedded database, so stopping it disturbs no other suite. */
describe('/readyz follows the database', () => {
  it('turns 503 when the database stops and 200 when it is back, without restarting the service', async () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-readyz-'));
    const port = await freePort();
    const db = new EmbeddedNeo4j({ home, port, heap: '512m', pageCache: '16m' });
    await db.start();
    const config = loadConfig({ NEO4J_URI: db.uri, NEO4J_PASSWORD: db.password, DB_TX_TIMEOUT_MS: '3000' });
    const driver = createDriver(db.uri, db.username, db.password);
    const catalogue = new QueryCatalogue();
    const executor = new Executor(driver, 'neo4j', 3000, silentLog);
    const app = await createApp({ config, log: silentLog, executor, catalogue });
    const server = http.createServer(app.listener);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const ready = async () => {
      const res = await fetch(`${url}/readyz`);
      return { status: res.status, body: (await res.json()) as { reason?: string } };
    };
    try {
      // Not migrated yet: not ready, and it says why.
      const unmigrated = await ready();
      expect(unmigrated.status).toBe(503);
      expect(unmigrated.body.reason).toMatch(/migrations not applied/);

      await migrate(executor, catalogue);
      expect((await ready()).status).toBe(200);
      expect((await fetch(`${url}/healthz`)).status).toBe(200);

      await db.stop();
      const down = await ready();
      expect(down.status).toBe(503);
      expect(down.body.reason).toMatch(/unavailable|unreachable/i);
      expect((await fetch(`${url}/healthz`)).status).toBe(200);

      await db.start();
      await waitForDatabase(driver, 60_000);
      expect((await ready()).status).toBe(200);
    } finally {
      server.closeAllConnections();
      server.close();
      await app.stop();
      await driver.close();
      await db.stop();
      fs.rmSync(home, { recursive: true, force: true });
    }
  });
});

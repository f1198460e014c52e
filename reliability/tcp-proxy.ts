import net from 'node:net';

/**
 * A TCP proxy on loopback between the service and Neo4j, for fault injection: it can cut
 * every open connection, refuse new ones for a while, and delay every chunk. Latency keeps
 * order: each direction has one queue, so a delayed chunk never overtakes an earlier one.
 */
export class TcpProxy {
  private readonly server: net.Server;
  private readonly sockets = new Set<net.Socket>();
  private refusing = false;
  /** Delay added to every chunk, in both directions. */
  latencyMs = 0;
  /** Connections accepted and refused since start, for the report. */
  accepted = 0;
  refused = 0;

  constructor(
    private readonly targetPort: number,
    private readonly targetHost = '127.0.0.1',
  ) {
    this.server = net.createServer((client) => this.accept(client));
  }

  /** Listens on a free loopback port and returns it. */
  async listen(): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', resolve);
    });
    return (this.server.address() as net.AddressInfo).port;
  }

  /** Destroys every open connection (both ends), as a broken network would. */
  cut(): number {
    const n = this.sockets.size;
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
    return n;
  }

  /** While refusing, a new connection is closed as soon as it is accepted. */
  refuse(on: boolean): void {
    this.refusing = on;
  }

  async close(): Promise<void> {
    this.cut();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(client: net.Socket): void {
    if (this.refusing) {
      this.refused += 1;
      client.destroy();
      return;
    }
    this.accepted += 1;
    const upstream = net.connect(this.targetPort, this.targetHost);
    for (const s of [client, upstream]) {
      this.sockets.add(s);
      s.setNoDelay(true);
      s.on('error', () => undefined);
      s.on('close', () => {
        this.sockets.delete(s);
        client.destroy();
        upstream.destroy();
      });
    }
    this.pipe(client, upstream);
    this.pipe(upstream, client);
  }

  private pipe(from: net.Socket, to: net.Socket): void {
    let queue = Promise.resolve();
    let pending = 0;
    from.on('data', (chunk: Buffer) => {
      const delay = this.latencyMs;
      if (delay <= 0 && pending === 0) {
        if (!to.destroyed) to.write(chunk);
        return;
      }
      pending += 1;
      queue = queue.then(
        () =>
          new Promise<void>((resolve) =>
            setTimeout(() => {
              pending -= 1;
              if (!to.destroyed) to.write(chunk);
              resolve();
            }, delay),
          ),
      );
    });
  }
}

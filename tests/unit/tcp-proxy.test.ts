import net from 'node:net';
import { TcpProxy } from '../../reliability/tcp-proxy';

/** An echo server behind the proxy: what goes in comes back, through both directions of the pipe. */
describe('reliability: the fault-injecting TCP proxy', () => {
  let echo: net.Server;
  let proxy: TcpProxy;
  let port: number;

  beforeEach(async () => {
    echo = net.createServer((s) => s.pipe(s));
    await new Promise<void>((r) => echo.listen(0, '127.0.0.1', r));
    proxy = new TcpProxy((echo.address() as net.AddressInfo).port);
    port = await proxy.listen();
  });
  afterEach(async () => {
    await proxy.close();
    await new Promise((r) => echo.close(r));
  });

  const connect = () =>
    new Promise<net.Socket>((resolve, reject) => {
      const s = net.connect(port, '127.0.0.1', () => resolve(s));
      s.once('error', reject);
    });
  const roundTrip = (s: net.Socket, text: string) =>
    new Promise<string>((resolve) => {
      s.once('data', (d) => resolve(d.toString()));
      s.write(text);
    });
  const closed = (s: net.Socket) => new Promise<void>((resolve) => (s.destroyed ? resolve() : s.once('close', () => resolve())));

  it('passes bytes both ways unchanged', async () => {
    const s = await connect();
    expect(await roundTrip(s, 'hello')).toBe('hello');
    s.destroy();
  });

  it('cuts every open connection', async () => {
    const s = await connect();
    await roundTrip(s, 'x');
    expect(proxy.cut()).toBe(2); // the client's socket and the upstream one
    await closed(s);
    expect(s.destroyed).toBe(true);
  });

  it('closes new connections at once while refusing, and accepts them again after', async () => {
    proxy.refuse(true);
    const s = await connect();
    await closed(s);
    expect(proxy.refused).toBe(1);
    proxy.refuse(false);
    const t = await connect();
    expect(await roundTrip(t, 'back')).toBe('back');
    t.destroy();
  });

  it('delays each chunk in each direction by the latency set', async () => {
    const s = await connect();
    proxy.latencyMs = 60;
    const started = Date.now();
    expect(await roundTrip(s, 'slow')).toBe('slow');
    expect(Date.now() - started).toBeGreaterThanOrEqual(110);
    s.destroy();
  });
});

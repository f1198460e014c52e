import type { RequestListener } from 'node:http';
import type { Logger } from 'pino';
import type { Config } from '../../config';
import { refusalBody, refusals } from './refusals';
import { corsFor, securityHeaders } from './browser-protections';
import { HostAllowlist } from './host-allowlist';

/**
 * What every request passes before any route, on both transports: the Host allowlist (DNS
 * rebinding), the browser protections (CSP, nosniff, no framing, no referrer) and CORS.
 */
export function guarded(route: RequestListener, config: Pick<Config, 'host' | 'allowedHosts' | 'corsOrigins'>, log: Logger): RequestListener {
  const hosts = new HostAllowlist(config.host, config.allowedHosts);
  const cors = corsFor(config.corsOrigins);
  return (req, res) => {
    if (!hosts.allows(req.headers.host)) {
      log.warn({ host: req.headers.host, url: req.url }, 'refused a request for a host name this service does not serve');
      const refusal = refusals.foreignHost(req.headers.host);
      res.writeHead(refusal.status, { 'content-type': 'application/json', 'x-content-type-options': 'nosniff' });
      res.end(refusalBody(refusal));
      return;
    }
    securityHeaders(req, res, () =>
      cors(req, res, (err) => {
        if (err) {
          log.error({ err }, 'CORS check failed');
          res.writeHead(500, { 'content-type': 'application/json' }).end(refusalBody(refusals.internal()));
          return;
        }
        route(req, res);
      }),
    );
  };
}

import type { RequestListener } from 'node:http';
import type { Logger } from 'pino';
import type { Config } from '../../config';
import { refusalBody } from '../http-errors';
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
      const shown = JSON.stringify((req.headers.host ?? '').slice(0, 100));
      res.writeHead(403, { 'content-type': 'application/json', 'x-content-type-options': 'nosniff' });
      res.end(refusalBody('FORBIDDEN', `Host ${shown} is not served here: add it to ALLOWED_HOSTS if this service is meant to answer to that name`));
      return;
    }
    securityHeaders(req, res, () =>
      cors(req, res, (err) => {
        if (err) {
          log.error({ err }, 'CORS check failed');
          res.writeHead(500, { 'content-type': 'application/json' }).end(refusalBody('INTERNAL_SERVER_ERROR', 'Internal server error'));
          return;
        }
        route(req, res);
      }),
    );
  };
}

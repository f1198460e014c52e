import fs from 'node:fs';
import path from 'node:path';
import express, { type Express, type Request } from 'express';
import { sendRefusal } from './http-errors';
import { refusals } from './refusals';
import { projectPath } from '../../paths';
import { readmeExamples } from '../../ide/readme-examples';

export const ideDir = projectPath('ide');

const inPackage = (pkg: string, file: string): string => path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);

/**
 * GraphiQL 3.8 ships a browser build that expects React 18's UMD globals, so the IDE is
 * served straight from node_modules with no bundler and no CDN. Its CSS inlines its fonts
 * (data: URLs), so it fetches nothing from Google either.
 */
export const ideVendorFiles: Readonly<Record<string, string>> = Object.freeze({
  'react.production.min.js': inPackage('react', 'umd/react.production.min.js'),
  'react-dom.production.min.js': inPackage('react-dom', 'umd/react-dom.production.min.js'),
  'graphiql.min.js': require.resolve('graphiql/graphiql.min.js'),
  'graphiql.min.css': require.resolve('graphiql/graphiql.min.css'),
});


/** A browser opening /graphql prefers HTML; GraphQL clients (and curl's Accept: *\/*) get the API. */
function wantsHtml(req: Request): boolean {
  return req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
}

/**
 * The analyst's GraphQL IDE: GET /graphql from a browser, with its files under /ide.
 * Mounted before Apollo, so JSON GETs and every POST still reach the API. Off with
 * introspection, since the IDE is mostly a view of the schema.
 */
export function mountIde(app: Express, { introspection }: { introspection: boolean }): void {
  if (!fs.existsSync(ideDir)) return;
  app.get('/graphql', (req, res, next) => {
    if (!wantsHtml(req)) return next();
    if (!introspection) {
      sendRefusal(res, refusals.ideOff());
      return;
    }
    // The Content-Security-Policy is the one every page gets (api/http/browser-protections.ts).
    res.sendFile(path.join(ideDir, 'index.html'), { headers: { 'cache-control': 'no-cache' } });
  });
  if (!introspection) return;
  app.get('/ide/examples.json', (_req, res) => {
    res.set('cache-control', 'no-cache').json(readmeExamples());
  });
  for (const [name, file] of Object.entries(ideVendorFiles)) {
    const type = name.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8';
    app.get(`/ide/vendor/${name}`, (_req, res) => res.sendFile(file, { maxAge: '1h', headers: { 'content-type': type } }));
  }
  app.use('/ide', express.static(ideDir, { index: false, fallthrough: true }));
}

import fs from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import { projectPath } from '../../paths';

export const deskDir = projectPath('desk');

/**
 * What the desk takes from node_modules: the DOM-range to text-offset mapping of Apache
 * Annotator and Mozilla's Readability (HTML to text). Both ship as npm modules with
 * dependencies of their own, so they are bundled once into one ES module, in memory, at the
 * first request: nothing vendored is committed and the page needs no network beyond this server.
 */
const VENDOR_ENTRY = [
  "export { describeTextPosition } from '@apache-annotator/dom';",
  "export { Readability } from '@mozilla/readability';",
].join('\n');

let vendorBundle: Promise<string> | null = null;

async function buildVendor(): Promise<string> {
  const esbuild = await import('esbuild');
  const out = await esbuild.build({
    stdin: { contents: VENDOR_ENTRY, resolveDir: projectPath(), loader: 'js' },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    legalComments: 'inline',
  });
  return out.outputFiles[0]!.text;
}

/** The bundle's text; a failed build is forgotten so the next request tries again. */
export function deskVendor(): Promise<string> {
  vendorBundle ??= buildVendor().catch((e: unknown) => {
    vendorBundle = null;
    throw e;
  });
  return vendorBundle;
}

/** Serves the curation desk at /desk, and /desk/source/<id> (the same page, opening that source). */
export function mountDesk(app: Express): void {
  if (!fs.existsSync(deskDir)) return;
  const page = path.join(deskDir, 'index.html');
  app.get('/desk/vendor/desk-vendor.js', async (_req, res, next) => {
    try {
      res.type('text/javascript; charset=utf-8').set('cache-control', 'public, max-age=3600').send(await deskVendor());
    } catch (e) {
      next(e);
    }
  });
  app.get(['/desk', '/desk/source/:id'], (_req, res) => res.sendFile(page, { headers: { 'cache-control': 'no-cache' } }));
  app.use('/desk', express.static(deskDir, { index: 'index.html', fallthrough: true }));
}

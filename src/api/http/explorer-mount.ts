import fs from 'node:fs';
import express, { type Express } from 'express';
import { projectPath } from '../../paths';

export const explorerDir = projectPath('explorer');

/**
 * Browser libraries the explorer loads, served from node_modules so nothing vendored is
 * committed and the page works offline (no CDN).
 */
export const explorerVendorFiles: Readonly<Record<string, string>> = Object.freeze({
  'cytoscape.min.js': require.resolve('cytoscape/dist/cytoscape.min.js'),
  // The timeline view: its standalone build carries its own dependencies and needs no bundler.
  'vis-timeline-graph2d.min.js': require.resolve('vis-timeline/standalone/umd/vis-timeline-graph2d.min.js'),
  'vis-timeline-graph2d.min.css': require.resolve('vis-timeline/styles/vis-timeline-graph2d.min.css'),
});

/** Serves the graph explorer's static files at /explorer (everything bundled: no CDN). */
export function mountExplorer(app: Express): void {
  if (!fs.existsSync(explorerDir)) return;
  for (const [name, file] of Object.entries(explorerVendorFiles)) {
    app.get(`/explorer/vendor/${name}`, (_req, res) => {
      const type = name.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8';
      res.sendFile(file, { maxAge: '1h', headers: { 'content-type': type } });
    });
  }
  app.use('/explorer', express.static(explorerDir, { index: 'index.html', fallthrough: true }));
  app.get('/', (_req, res) => res.redirect('/explorer/'));
}

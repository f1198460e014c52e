import fs from 'node:fs';
import express, { type Express } from 'express';
import { projectPath } from '../paths';

export const explorerDir = projectPath('explorer');

/** Serves the graph explorer's static files at /explorer (everything bundled: no CDN). */
export function mountExplorer(app: Express): void {
  if (!fs.existsSync(explorerDir)) return;
  app.use('/explorer', express.static(explorerDir, { index: 'index.html', fallthrough: true }));
  app.get('/', (_req, res) => res.redirect('/explorer/'));
}

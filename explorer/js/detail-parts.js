// Small pieces every detail renderer uses: a titled section, a badge, a muted line.

import { el } from './dom.js';

export const section = (title, ...content) => el('section', { class: 'detail-section' }, el('h3', {}, title), ...content);
export const badge = (text, cls = '') => el('span', { class: `badge ${cls}` }, text);
export const muted = (text) => el('p', { class: 'muted' }, text);
/** The error a renderer shows when the API has no such node. */
export const notFound = (text) => el('p', { class: 'error', role: 'alert' }, text);

// The article: its text (pasted or dropped), title, URL, publisher, published date and
// language, and the SHA-256 of the text as it will be stored.

import { searchActors } from './queries.js';
import { Combobox, KIND_LABEL } from './combobox.js';
import { validPartialDate } from './dates.js';
import { htmlToArticle } from './html-text.js';

const $ = (id) => document.getElementById(id);

export async function sha256(text) {
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export class ArticleForm {
  /** @param {{ draft(): object, changed(what: string): void, say(message): void }} hooks */
  constructor(hooks) {
    this.hooks = hooks;
    this.text = $('article-text');
    this.publisher = new Combobox($('publisher-field'), {
      label: 'Publisher',
      search: (q, o) => searchActors(q, { ...o, kind: 'ORGANISATION' }).then((list) => list.map((a) => ({ ...a, kindLabel: KIND_LABEL[a.kind] }))),
      onPick: (o) => this.#set({ publisher: { id: o.id, name: o.name } }),
      onType: () => this.#set({ publisher: null }, false),
    });
    this.text.addEventListener('input', () => this.#set({ text: this.text.value }));
    for (const [id, field] of [['title', 'title'], ['url', 'url'], ['language', 'language']]) {
      $(id).addEventListener('input', () => this.#set({ [field]: $(id).value }));
    }
    $('published').addEventListener('input', () => {
      const v = $('published').value.trim();
      $('published').setAttribute('aria-invalid', String(!!v && !validPartialDate(v)));
      this.#set({ publishedAt: v });
    });
    this.#dropTarget($('drop-zone'));
    $('article-file').addEventListener('change', (e) => {
      const file = e.target.files?.[0];
      if (file) void this.readFile(file);
    });
  }

  #set(patch, redraw = true) {
    Object.assign(this.hooks.draft().article, patch);
    this.hooks.changed(redraw && 'text' in patch ? 'text' : 'article');
  }

  #dropTarget(zone) {
    zone.addEventListener('dragover', (e) => {
      e.preventDefault();
      zone.classList.add('dragging');
    });
    zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
    zone.addEventListener('drop', (e) => {
      e.preventDefault();
      zone.classList.remove('dragging');
      const file = e.dataTransfer?.files?.[0];
      if (file) void this.readFile(file);
    });
  }

  /** A .txt file is taken as it is; an .html file is read as text (html-text.js). */
  async readFile(file) {
    if (this.text.readOnly) {
      this.hooks.say('The text is fixed once attributions are drafted: discard the draft to start from another text.');
      return;
    }
    const raw = await file.text();
    const isHtml = /\.html?$/i.test(file.name) || file.type === 'text/html';
    const a = isHtml ? htmlToArticle(raw) : { text: raw.replace(/\r\n?/g, '\n') };
    const article = this.hooks.draft().article;
    article.text = a.text;
    if (a.title && !article.title) article.title = a.title;
    if (a.url && !article.url) article.url = a.url;
    if (a.publishedAt && !article.publishedAt) article.publishedAt = a.publishedAt;
    if (a.language) article.language = a.language;
    this.show(article);
    this.hooks.changed('text');
    this.hooks.say(isHtml ? `Read ${file.name} as text: ${a.text.length} characters${a.siteName ? ` (site: ${a.siteName})` : ''}.` : `Read ${file.name}: ${a.text.length} characters.`);
  }

  /** Fills the fields from the draft. */
  show(article) {
    this.text.value = article.text;
    $('title').value = article.title;
    $('url').value = article.url;
    $('published').value = article.publishedAt;
    $('language').value = article.language;
    this.publisher.input.value = article.publisher?.name ?? '';
  }

  /** Once attributions are drafted (or the source is stored) the text cannot change under them. */
  lockText(locked, why) {
    this.text.readOnly = locked;
    $('article-file').disabled = locked;
    $('article-text-help').textContent = locked ? why : 'Paste the text, or drop a .txt or .html file here. HTML is read as text; what is stored is exactly the text shown below.';
  }

  /** The SHA-256 of the text as it will be (or, given the server's, as it is) stored; a mismatch is said. */
  async showHash(text, stored = null) {
    const mine = text ? await sha256(text) : null;
    $('text-hash').textContent = stored ?? mine ?? 'none yet';
    const differs = stored && mine !== stored ? ' — differs from the text shown!' : '';
    $('text-length').textContent = text ? `(${text.length} characters${stored ? ', as stored' : ''})${differs}` : '';
  }
}

import fs from 'node:fs';
import path from 'node:path';
import { ActorNameMatcher } from '../graph/repositories/ActorNameMatcher';
import { AnalysisReader } from '../graph/repositories/AnalysisReader';
import { ReadRepository } from '../graph/repositories/ReadRepository';
import type { Executor } from '../graph/Executor';
import type { QueryCatalogue } from '../graph/QueryCatalogue';
import { ImportRefused } from '../ingest/article-files';
import { draftArticle, draftTextName } from '../ingest/draft-article';
import { NameListMatcher } from '../extraction/speaker-matcher';
import { suggestFromText } from '../extraction/suggest';
import { htmlToText, looksLikeHtml } from '../extraction/html-text';
import { DomainError } from '../domain/errors';

type Db = { executor: Executor; catalogue: QueryCatalogue };

/**
 * claimgraph suggest: reads an article, suggests who said what, and writes a draft folder in
 * the import format (the text, its YAML, shared.yaml with new actors). Reads the database
 * only to match speakers; writes nothing to it. HTML is stripped to text, with a note.
 */
export async function suggestCommand({ executor, catalogue }: Db, file: string, opts: { title?: string; publisher?: string; voice?: string; out?: string }): Promise<void> {
  if (!fs.existsSync(file)) throw new ImportRefused([`${file}: no such file`]);
  const sent = fs.readFileSync(file, 'utf8');
  // A draft keeps plain text (its quotes must be found in the text it keeps), so HTML is stripped first.
  const html = /\.x?html?$/i.test(file) || looksLikeHtml(sent);
  const text = html ? htmlToText(sent).text.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim() + '\n' : sent;
  const note = html ? `${path.basename(file)} was HTML: its tags were stripped and the draft keeps the text only; check the text against the page.` : null;
  const reader = new AnalysisReader(new ReadRepository(executor, catalogue));
  let result;
  try {
    result = await suggestFromText(text, new ActorNameMatcher(reader), opts.voice ?? null);
  } catch (e) {
    if (e instanceof DomainError) throw new ImportRefused([`${file}: ${e.message}`]);
    throw e;
  }
  if (result.fromHtml) throw new ImportRefused([`${file}: could not be read as plain text after its HTML tags were stripped`]);
  let publisher: { id: string | null; name: string } | null = null;
  if (opts.publisher) {
    const match = new NameListMatcher(await reader.actorsNamed([opts.publisher])).match(opts.publisher, 'NAMED')[0];
    publisher = { id: match && match.score >= 0.9 ? match.id : null, name: opts.publisher };
  }
  const draft = draftArticle({ file, text, suggestions: result.suggestions, title: opts.title ?? null, publisher });
  const out = opts.out ?? path.join(path.dirname(file), `${path.basename(file, path.extname(file))}-draft`);
  fs.mkdirSync(out, { recursive: true });
  const textName = draftTextName(file);
  fs.writeFileSync(path.join(out, textName), text);
  fs.writeFileSync(path.join(out, textName.replace(/\.txt$/, '.yaml')), note ? `# Note: ${note}\n${draft.article}` : draft.article);
  fs.writeFileSync(path.join(out, 'shared.yaml'), draft.shared);
  if (note) process.stderr.write(`Note: ${note}\n`);
  process.stderr.write(`Wrote ${result.suggestions.length} suggested attribution(s) to ${out}; fill in the TODOs, then: claimgraph import ${out}\n`);
}

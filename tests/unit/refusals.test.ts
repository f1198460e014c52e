import fs from 'node:fs';
import path from 'node:path';
import { bodyRefusal, contentTypeRefusal, refusalBody, refusals } from '../../src/api/http/refusals';

/** The one table both transports answer from (node:http in graphql-http.ts, Express in http-errors.ts). */
describe('HTTP refusals', () => {
  it('refuses a body that is not JSON with 415, naming what came', () => {
    expect(contentTypeRefusal(undefined)).toEqual({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'POST /graphql needs content-type: application/json (got none)' });
    expect(contentTypeRefusal('text/plain')?.message).toBe('POST /graphql needs content-type: application/json (got "text/plain")');
    expect(contentTypeRefusal('application/json; charset=latin1')).toEqual(refusals.notUtf8());
  });

  it('lets JSON in UTF-8 (or with no charset said) through', () => {
    for (const type of ['application/json', 'application/json; charset=utf-8', 'application/json;charset=UTF8', 'application/graphql-response+json']) {
      expect(contentTypeRefusal(type)).toBeNull();
    }
  });

  it('refuses a batch and a body that is no operation, and lets an object through', () => {
    expect(bodyRefusal([{ query: '{ __typename }' }])).toEqual({ status: 400, code: 'BATCH_NOT_SUPPORTED', message: 'Batched operations are not supported: send one operation per request' });
    expect(bodyRefusal('query')).toEqual(refusals.notAnOperation());
    expect(bodyRefusal(null)).toEqual(refusals.notAnOperation());
    expect(bodyRefusal({ query: '{ __typename }' })).toBeNull();
  });

  it('words the size limit with the limit, and answers in the GraphQL error shape', () => {
    expect(refusals.tooLarge(1024)).toEqual({ status: 413, code: 'PAYLOAD_TOO_LARGE', message: 'The body is larger than the 1024-byte limit' });
    expect(JSON.parse(refusalBody(refusals.tooLarge(1024)))).toEqual({ errors: [{ message: 'The body is larger than the 1024-byte limit', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  });

  it('is the only place a refusal is worded: no other file under src/ spells these codes', () => {
    const dir = path.join(__dirname, '../../src');
    const files = (d: string): string[] => fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(d, e.name)) : [path.join(d, e.name)]));
    const spelled = files(dir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith(path.join('http', 'refusals.ts')))
      .filter((f) => /'(PAYLOAD_TOO_LARGE|UNSUPPORTED_MEDIA_TYPE|BATCH_NOT_SUPPORTED)'/.test(fs.readFileSync(f, 'utf8')));
    expect(spelled.map((f) => path.relative(dir, f))).toEqual([]);
  });
});

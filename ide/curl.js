// "Copy as curl": the current query, variables and headers as a shell command. The key
// itself stays out of it: the command reads it from $CLAIMGRAPH_API_KEY.

const quote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;

function parseJson(text, what) {
  if (!text || !text.trim()) return {};
  try {
    const v = JSON.parse(text);
    if (v && typeof v === 'object' && !Array.isArray(v)) return v;
  } catch {
    // fall through
  }
  throw new Error(`The ${what} are not a JSON object.`);
}

/** The command, and whether it needs $CLAIMGRAPH_API_KEY set. */
export function curlFor({ endpoint, query, variables, headers, hasStoredKey }) {
  const vars = parseJson(variables, 'variables');
  const extra = parseJson(headers, 'headers');
  const lines = [`curl -s ${quote(endpoint)}`, `-H 'content-type: application/json'`];
  let needsKey = hasStoredKey;
  for (const [name, value] of Object.entries(extra)) {
    if (name.toLowerCase() === 'authorization') needsKey = true;
    else lines.push(`-H ${quote(`${name}: ${value}`)}`);
  }
  if (needsKey) lines.push(`-H "authorization: Bearer $CLAIMGRAPH_API_KEY"`);
  const body = Object.keys(vars).length ? { query, variables: vars } : { query };
  lines.push(`-d ${quote(JSON.stringify(body))}`);
  return { command: lines.join(' \\\n  '), needsKey };
}

/**
 * Every TODO left in a draft written by `claimgraph suggest`, as "file: path is still a TODO",
 * so an import can refuse the draft and name what is still to fill in.
 */
export function leftTodos(annotations: ReadonlyMap<string, unknown>): string[] {
  const out: string[] = [];
  const walk = (file: string, value: unknown, at: string) => {
    if (typeof value === 'string' && /\bTODO\b/.test(value)) out.push(`${file}: ${at || '(root)'} is still a TODO: ${JSON.stringify(value.slice(0, 80))}`);
    else if (Array.isArray(value)) value.forEach((v, i) => walk(file, v, `${at}[${i}]`));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(file, v, at ? `${at}.${k}` : k);
  };
  for (const [file, doc] of annotations) walk(file, doc, '');
  return out;
}

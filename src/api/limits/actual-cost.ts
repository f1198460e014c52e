/**
 * The actual cost of an answer: the objects it holds, counted the way the requested cost
 * counts them before the operation runs (each object 1, scalars and lists of scalars free),
 * so a client sees how far its requested pages were from what the data held — the pair
 * Shopify reports as requestedQueryCost and actualQueryCost. Reported only; the budget is
 * always checked against the requested cost, before anything runs.
 */
export function actualCost(data: unknown): number {
  let objects = 0;
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(visit);
    } else if (value !== null && typeof value === 'object') {
      objects++;
      for (const v of Object.values(value)) if (v !== null && typeof v === 'object') visit(v);
    }
  };
  // The root `data` object is the operation itself, not an object of the answer.
  if (data !== null && typeof data === 'object') Object.values(data).forEach(visit);
  return objects;
}

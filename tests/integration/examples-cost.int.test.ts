import { explorerOperations, readmeExamples } from '../support/examples';
import { EXPLORER_VARIABLES } from '../support/explorer-variables';
import { seededServer } from '../support/harness';

const t = seededServer();


/** How many examples README.md and docs/ held when README was split into pages. */
const EXAMPLES_FLOOR = 17;

const costs: string[] = [];
afterAll(() => {
  process.stdout.write(`\nCost of each documentation example and explorer operation (budget 25000):\n${costs.join('\n')}\n`);
});

async function expectWithinBudget(name: string, query: string, variables: Record<string, unknown>) {
  const r = await t.s.gql(query, variables);
  expect(r.errors).toBeUndefined();
  const cost = (r.extensions as { cost: { requested: number; budget: number } }).cost;
  expect(cost.requested).toBeLessThanOrEqual(cost.budget);
  costs.push(`  ${String(cost.requested).padStart(6)}  ${name}`);
}

describe('cost budget: every example of README.md and docs/ runs within it', () => {
  const examples = readmeExamples();
  // README.md held 16 examples before the split into docs/, and docs/entity-resolution.md one more:
  // fewer means a page lost an example (or the reader stopped finding it).
  it('finds every example of the documentation', () => {
    expect(examples.length).toBeGreaterThanOrEqual(EXAMPLES_FLOOR);
    expect(new Set(examples.map((e) => e.name)).size).toBe(examples.length);
    expect(new Set(examples.map((e) => e.page))).toEqual(new Set(['README.md', 'docs/queries.md', 'docs/fact-checking.md', 'docs/entity-resolution.md', 'docs/desk.md']));
  });
  it.each(examples.map((e) => [`${e.page}: ${e.name}`, e.query]))('%s', (name, query) => expectWithinBudget(name, query, {}));
});

describe("cost budget: every explorer operation runs within it", () => {
  const ops = explorerOperations();
  it('finds every operation the explorer sends', () => {
    expect(ops.map((o) => o.name).sort()).toEqual(Object.keys(EXPLORER_VARIABLES).sort());
    for (const o of ops) expect(o.query).not.toMatch(/<<|\$\{/);
  });
  it.each(ops.map((o) => [o.name, o.query]))('%s', (name, query) => expectWithinBudget(`explorer: ${name}`, query, EXPLORER_VARIABLES[name]));
});

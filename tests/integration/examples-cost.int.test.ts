import { explorerOperations, readmeExamples } from '../support/examples';
import { EXPLORER_VARIABLES } from '../support/explorer-variables';
import { seededServer } from '../support/harness';

const t = seededServer();


const costs: string[] = [];
afterAll(() => {
  process.stdout.write(`\nCost of each README example and explorer operation (budget 25000):\n${costs.join('\n')}\n`);
});

async function expectWithinBudget(name: string, query: string, variables: Record<string, unknown>) {
  const r = await t.s.gql(query, variables);
  expect(r.errors).toBeUndefined();
  const cost = (r.extensions as { cost: { requested: number; budget: number } }).cost;
  expect(cost.requested).toBeLessThanOrEqual(cost.budget);
  costs.push(`  ${String(cost.requested).padStart(6)}  ${name}`);
}

describe('cost budget: every README example runs within it', () => {
  const examples = readmeExamples();
  it('finds the README examples', () => expect(examples.length).toBeGreaterThanOrEqual(10));
  it.each(examples.map((e) => [e.name, e.query]))('%s', (name, query) => expectWithinBudget(`README: ${name}`, query, {}));
});

describe("cost budget: every explorer operation runs within it", () => {
  const ops = explorerOperations();
  it('finds every operation the explorer sends', () => {
    expect(ops.map((o) => o.name).sort()).toEqual(Object.keys(EXPLORER_VARIABLES).sort());
    for (const o of ops) expect(o.query).not.toMatch(/<<|\$\{/);
  });
  it.each(ops.map((o) => [o.name, o.query]))('%s', (name, query) => expectWithinBudget(`explorer: ${name}`, query, EXPLORER_VARIABLES[name]));
});

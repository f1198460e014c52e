import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.data/', 'explorer/vendor/', 'coverage/', 'test-artifacts/'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.json'] })],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/extensions': ['.ts', '.js'],
    },
    rules: {
      // Arrows point one way (api → graph → domain); a cycle is a design bug.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-default-export': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // An `any` switches the checker off; in src/ it is an error (tests may still use it for fixtures).
    // The generated resolver types are codegen's own (its helper types use any); they are not hand-written.
    files: ['src/**/*.ts'],
    ignores: ['src/api/generated/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'error' },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['graphql', 'neo4j-driver', '../api/*', '../graph/*', '../ingest/*', '../runtime/*'] }],
    },
  },
  {
    files: ['src/graph/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['graphql', '../api/*', '../../api/*', '../ingest/*', '../../ingest/*'] }] },
  },
  {
    // Process helpers (ports, the Neo4j jar download) sit below every layer: they import none of them.
    files: ['src/runtime/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['graphql', 'neo4j-driver', '../api/*', '../graph/*', '../ingest/*', '../domain/*'] }] },
  },
  {
    // The IDE's and the explorer's files sit below the API that serves them (tests/unit/layers.test.ts checks every floor).
    files: ['src/ide/**/*.ts', 'src/explorer/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['graphql', 'neo4j-driver', '../api/*', '../graph/*', '../ingest/*', '../domain/*'] }] },
  },
  { files: ['**/*.js', '**/*.mjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
);

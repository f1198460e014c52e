#!/usr/bin/env node
// The claimgraph command (package.json "bin"): runs the TypeScript CLI through tsx.
require('tsx/cjs');
require('../src/cli/claimgraph.ts');

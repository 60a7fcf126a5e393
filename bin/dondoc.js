#!/usr/bin/env node
// `npx dondoc …` from the repository root. Runs the TypeScript sources through
// @swc-node/register (which honours tsconfig paths), so there is no build step to forget.
const path = require('node:path');
// The repository's tsconfig (paths, decorators, CommonJS), wherever the command runs from.
process.env.TS_NODE_PROJECT = process.env.TS_NODE_PROJECT || path.join(__dirname, '..', 'tsconfig.json');
require('@swc-node/register');
const { main } = require('../apps/cli/src/main.ts');

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`Lỗi không mong đợi: ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 1;
  },
);

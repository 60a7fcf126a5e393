// Lint is part of `npm test`. Two jobs beyond style:
//  1. module boundaries between Nx projects, driven by project tags (project.json);
//  2. determinism of workflow code: Temporal replays workflows, so workflows/ may not
//     reach I/O, clocks outside the sandbox, or the SDK's non-workflow packages.
const nx = require('@nx/eslint-plugin');
const { builtinModules } = require('node:module');

const LIBS = ['type:lib', 'type:lib-on-workflows', 'type:contracts', 'type:domain', 'type:face'];
const APPS = ['type:app', 'type:app-on-workflows'];
const nodeBuiltins = [...new Set(builtinModules.flatMap((m) => [m, `${m}/*`, `node:${m}`, `node:${m}/*`]))];

module.exports = [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/node_modules', '**/dist', '.dondoc', '.nx', 'coverage', 'test/bench/results'],
  },
  {
    files: ['**/*.ts', '**/*.js'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            // The rules of DESIGN.md. Types: contracts, domain, face (the task follow-up's
            // public face, libs/task-follow-up: messages, command table, types), workflows;
            // `lib` may not reach workflows/; `lib-on-workflows` marks the one library that
            // does (reports: its preview runs the follow-up's state machine); `app` may not
            // reach workflows/, `app-on-workflows` may (the worker bundles it, the audit
            // replays it).
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:contracts'] },
            { sourceTag: 'type:face', onlyDependOnLibsWithTags: ['type:contracts', 'type:domain'] },
            // type:testing is for specs only; workflow source is held to contracts and domain
            // by the determinism rules below.
            { sourceTag: 'type:workflows', onlyDependOnLibsWithTags: ['type:contracts', 'type:domain', 'type:face', 'type:testing'] },
            { sourceTag: 'type:lib', onlyDependOnLibsWithTags: [...LIBS, 'type:testing'] },
            { sourceTag: 'type:lib-on-workflows', onlyDependOnLibsWithTags: [...LIBS, 'type:workflows', 'type:testing'] },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: [...LIBS, 'type:testing'] },
            { sourceTag: 'type:app-on-workflows', onlyDependOnLibsWithTags: [...LIBS, 'type:workflows', 'type:testing'] },
            { sourceTag: 'type:test', onlyDependOnLibsWithTags: [...LIBS, ...APPS, 'type:workflows', 'type:testing'] },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: [...LIBS, 'type:workflows'] },
            // Pure code (the importer, the domain, the contracts): no I/O library of ours or
            // anyone's, so the parser stays a function of its input.
            {
              sourceTag: 'purity:pure',
              onlyDependOnLibsWithTags: ['purity:pure'],
              bannedExternalImports: ['mongoose', 'mongodb', 'kafkajs', '@temporalio/*', '@nestjs/*', 'nodemailer', 'smtp-server', 'jose'],
            },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Plain CommonJS config and tool scripts.
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The public face is bundled into workflow code too: the same rules.
    files: ['workflows/**/*.ts', 'libs/task-follow-up/**/*.ts'],
    ignores: ['workflows/**/*.spec.ts', 'workflows/**/*.int-spec.ts', 'libs/task-follow-up/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins
            .filter((m) => !m.endsWith('/*'))
            .map((name) => ({
              name,
              message: 'Workflow code must be deterministic: no Node built-ins (use an activity).',
            })),
          patterns: [
            { group: ['mongoose', 'mongoose/*', 'mongodb', 'mongodb/*'], message: 'No database access in workflow code: use an activity.' },
            { group: ['kafkajs', 'kafkajs/*'], message: 'No Kafka in workflow code: publish from an activity.' },
            { group: ['@nestjs/*'], message: 'No NestJS in workflow code.' },
            {
              group: ['@temporalio/client', '@temporalio/worker', '@temporalio/activity', '@temporalio/testing'],
              message: 'Workflow code may use only @temporalio/workflow and @temporalio/common.',
            },
            {
              group: ['@dondoc/*', '!@dondoc/contracts', '!@dondoc/domain', '!@dondoc/task-follow-up'],
              message: 'Workflows import only @dondoc/contracts, @dondoc/domain and @dondoc/task-follow-up.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'No process in workflow code (not deterministic across workers).' },
        { name: 'require', message: 'Use static imports in workflow code.' },
        { name: 'setImmediate', message: 'Use workflow sleep/condition.' },
        { name: 'fetch', message: 'No I/O in workflow code: use an activity.' },
      ],
    },
  },
];

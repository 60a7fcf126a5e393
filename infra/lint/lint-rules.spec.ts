// Proves the lint rules that guard workflow determinism and module boundaries
// actually fire: a rule that silently stopped working would pass every lint run.
import { ESLint } from 'eslint';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../..');
// The config is passed in rather than discovered: ESLint loads config files with a
// dynamic import(), which jest's CommonJS runtime does not allow.
const config = require(path.join(root, 'eslint.config.js'));
const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: config });

async function messagesFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('workflow determinism rules', () => {
  const file = 'workflows/src/example.workflow.ts';

  it.each([
    ["import * as fs from 'fs';", 'no-restricted-imports'],
    ["import { createHash } from 'node:crypto';", 'no-restricted-imports'],
    ["import mongoose from 'mongoose';", 'No database access'],
    ["import { Kafka } from 'kafkajs';", 'No Kafka'],
    ["import { Injectable } from '@nestjs/common';", 'No NestJS'],
    ["import { Client } from '@temporalio/client';", 'only @temporalio/workflow'],
    ["import { Worker } from '@temporalio/worker';", 'only @temporalio/workflow'],
    ["import { Context } from '@temporalio/activity';", 'only @temporalio/workflow'],
    ["import { connect } from '@dondoc/persistence';", 'Workflows import only'],
  ])('rejects %s', async (line, expected) => {
    const messages = await messagesFor(file, `${line}\nexport const x = 1;\n`);
    expect(messages.join('\n')).toContain(expected);
  });

  it('rejects process in workflow code', async () => {
    const messages = await messagesFor(file, 'export const env = process.env.X;\n');
    expect(messages.join('\n')).toContain('no-restricted-globals');
  });

  it('accepts the workflow SDK, contracts and domain', async () => {
    const code = [
      "import { sleep } from '@temporalio/workflow';",
      "import * as domain from '@dondoc/domain';",
      "import * as contracts from '@dondoc/contracts';",
      'export const used = [sleep, domain, contracts];',
      '',
    ].join('\n');
    expect(await messagesFor(file, code)).toEqual([]);
  });
});

describe('module boundaries (Nx tags)', () => {
  it('forbids domain from importing a persistence lib', async () => {
    const code = "import * as p from '@dondoc/persistence';\nexport const used = p;\n";
    const messages = await messagesFor('libs/domain/src/example.ts', code);
    expect(messages.join('\n')).toContain('@nx/enforce-module-boundaries');
  });

  it.each([
    ['libs/doc-import/src/example.ts', "import * as p from '@dondoc/persistence';", 'can only depend on libs tagged with "purity:pure"'],
    ['libs/doc-import/src/example.ts', "import * as p from '@dondoc/messaging';", 'can only depend on libs tagged with "purity:pure"'],
    ['libs/doc-import/src/example.ts', "import * as p from '@dondoc/temporal';", 'can only depend on libs tagged with "purity:pure"'],
    ['libs/doc-import/src/example.ts', "import * as p from 'mongoose';", 'is not allowed to import "mongoose"'],
    ['libs/audit/src/example.ts', "import * as p from '@dondoc/workflows';", 'A project tagged with "type:lib" can only depend'],
    ['libs/temporal/src/example.ts', "import * as p from '@dondoc/workflows';", 'A project tagged with "type:lib" can only depend'],
    ['apps/notifier/src/example.ts', "import * as p from '@dondoc/workflows';", 'A project tagged with "type:app" can only depend'],
    // Since the public face (libs/task-follow-up): the API and the libraries it carried reach workflows/ no more.
    ['apps/directive-api/src/example.ts', "import * as p from '@dondoc/workflows';", 'A project tagged with "type:app" can only depend'],
    ['libs/persistence/src/example.ts', "import * as p from '@dondoc/workflows';", 'A project tagged with "type:lib" can only depend'],
    ['libs/task-client/src/example.ts', "import * as p from '@dondoc/workflows';", 'A project tagged with "type:lib" can only depend'],
    // The face is bundled into workflow code: contracts and domain only, no I/O.
    ['libs/task-follow-up/src/example.ts', "import * as p from '@dondoc/config';", 'A project tagged with "type:face" can only depend'],
    ['libs/task-follow-up/src/example.ts', "import * as p from 'mongoose';", 'No database access in workflow code'],
  ])('forbids %s: %s', async (file, line, expected) => {
    const messages = await messagesFor(file, `${line}\nexport const used = p;\n`);
    expect(messages.join('\n')).toContain(expected);
  });

  it('lets the worker import workflows (it bundles them) and the importer import domain', async () => {
    expect(await messagesFor('apps/worker/src/example.ts', "import * as w from '@dondoc/workflows';\nexport const used = w;\n")).toEqual(
      [],
    );
    expect(await messagesFor('libs/doc-import/src/example.ts', "import * as d from '@dondoc/domain';\nexport const used = d;\n")).toEqual(
      [],
    );
  });

  it('lets an app-level lib import domain', async () => {
    const code = "import * as d from '@dondoc/domain';\nexport const used = d;\n";
    expect(await messagesFor('libs/persistence/src/example.ts', code)).toEqual([]);
  });

  it('lets libraries, apps and workflows import the public face', async () => {
    const code = "import * as f from '@dondoc/task-follow-up';\nexport const used = f;\n";
    expect(await messagesFor('libs/persistence/src/example.ts', code)).toEqual([]);
    expect(await messagesFor('apps/directive-api/src/example.ts', code)).toEqual([]);
    expect(await messagesFor('workflows/src/example.workflow.ts', code)).toEqual([]);
  });
});

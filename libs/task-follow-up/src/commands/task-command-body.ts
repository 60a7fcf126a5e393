import type { z } from 'zod';
import * as bodies from './task-command-bodies.schema';
import { TASK_COMMANDS, type TaskCommandName } from './task-commands.table';

/**
 * The schema of a command's HTTP body, as its row in the command table names it. Apart from
 * the table so that workflow code, which bundles the table, never evaluates zod.
 */
export function taskCommandBody(name: TaskCommandName): z.ZodType {
  return bodies[TASK_COMMANDS[name].body];
}

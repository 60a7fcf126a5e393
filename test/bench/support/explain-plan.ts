import type { Query } from 'mongoose';

export interface PlanSummary {
  /** The winning plan's stages, outermost first, e.g. `LIMIT < SORT < FETCH < IXSCAN {unitIds: 1, status: 1}`. */
  plan: string;
  executionTimeMillis?: number;
  totalKeysExamined?: number;
  totalDocsExamined?: number;
  nReturned?: number;
}

/**
 * What the server says it did for a query (`explain('executionStats')`): evidence for where
 * the time goes. A store that does not explain gives its error as the plan.
 */
export async function explainPlan(query: Query<unknown, unknown>): Promise<PlanSummary> {
  try {
    const out = (await query.explain('executionStats')) as unknown as Record<string, unknown>;
    const explained = (Array.isArray(out) ? out[0] : out) as {
      queryPlanner?: { winningPlan?: unknown };
      executionStats?: Record<string, number>;
    };
    const stats = explained.executionStats ?? {};
    return {
      plan: stages(explained.queryPlanner?.winningPlan),
      executionTimeMillis: stats.executionTimeMillis,
      totalKeysExamined: stats.totalKeysExamined,
      totalDocsExamined: stats.totalDocsExamined,
      nReturned: stats.nReturned,
    };
  } catch (e) {
    return { plan: `explain failed: ${e instanceof Error ? e.message : String(e)}` };
  }
}

function stages(node: unknown): string {
  if (!node || typeof node !== 'object') return '?';
  const n = node as { stage?: string; keyPattern?: unknown; inputStage?: unknown; inputStages?: unknown[]; queryPlan?: unknown };
  if (!n.stage && n.queryPlan) return stages(n.queryPlan);
  const self = `${n.stage ?? '?'}${n.keyPattern ? ` ${JSON.stringify(n.keyPattern)}` : ''}`;
  if (n.inputStage) return `${self} < ${stages(n.inputStage)}`;
  if (n.inputStages?.length) return `${self} < [${n.inputStages.map(stages).join(' | ')}]`;
  return self;
}

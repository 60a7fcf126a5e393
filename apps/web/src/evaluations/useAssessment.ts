import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, ApiError } from '../api/client';
import type { AssessmentInput, DecreeCalculation } from '../api/types';

/** What one save changes; the rest of the assessment is sent back as stored. */
export type AssessmentChange = Partial<Omit<AssessmentInput, 'revision'>>;

/** The route of a unit's evaluation for a period, said once for the page's reads and writes. */
export const evaluationApiPath = (unitId: string, period: string) =>
  `/v1/evaluations/units/${encodeURIComponent(unitId)}/periods/${encodeURIComponent(period)}`;

/** The whole assessment as stored, with `change` applied, at the revision the page shows. */
export function assessmentBody(calc: DecreeCalculation, change: AssessmentChange): AssessmentInput {
  const input = calc.assessment?.input ?? {};
  // The API takes the criteria one by one or their sum, never a sum that disagrees with them.
  const general =
    change.generalCriteria !== undefined || change.generalPoints !== undefined
      ? {}
      : input.generalCriteria
        ? { generalCriteria: input.generalCriteria }
        : input.generalPoints !== undefined
          ? { generalPoints: input.generalPoints }
          : {};
  return {
    revision: calc.revision,
    ...general,
    objectiveCauses: input.objectiveCauses ?? [],
    qualityVerdicts: input.qualityVerdicts ?? [],
    forcingCases: input.forcingCases ?? [],
    ...change,
  };
}

/**
 * Saving and closing an assessment from any part of the evaluation page: the PUT replaces
 * the whole assessment at the revision seen, the answer (the recomputed calculation) replaces
 * the page's data, and a 409 (someone else saved first) reloads the page and sets `stale`.
 */
export function useAssessment(calc: DecreeCalculation, queryKey: readonly unknown[]) {
  const queries = useQueryClient();
  const [stale, setStale] = useState(false);
  const url = evaluationApiPath(calc.unitId, calc.period);
  const answered = (next: DecreeCalculation) => {
    setStale(false);
    queries.setQueryData(queryKey, next);
  };
  const onError = async (e: unknown) => {
    if (e instanceof ApiError && e.status === 409) {
      setStale(true);
      await queries.invalidateQueries({ queryKey });
    }
  };
  const save = useMutation({
    mutationFn: (change: AssessmentChange) =>
      api<DecreeCalculation>(`${url}/assessment`, { method: 'PUT', body: assessmentBody(calc, change) }),
    onSuccess: answered,
    onError,
  });
  const close = useMutation({
    mutationFn: () => api<DecreeCalculation>(`${url}/close`, { method: 'POST', body: { revision: calc.revision } }),
    onSuccess: answered,
    onError,
  });
  return { save, close, stale };
}

/** A 409 is said by the `stale` warning, not as an error. */
export const isConflict = (e: unknown) => e instanceof ApiError && e.status === 409;

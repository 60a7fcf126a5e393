import type { LetterExpectation } from '../../accuracy/letter-expectation.types';
import { tasksOf, type LetterSpec } from './letter-spec.types';

/** The expected extraction of a letter in one layout: what its author wrote in the spec. */
export function expectation(spec: LetterSpec, layout: string): LetterExpectation {
  return {
    layout,
    document: {
      number: spec.number,
      symbol: spec.symbol,
      date: spec.date,
      docType: spec.docType,
      issuer: spec.issuer,
      signer: spec.signer.name,
      subject: spec.subject,
      addressees: spec.addressees,
      ...(spec.addresseeUnits !== undefined ? { addresseeUnits: spec.addresseeUnits } : {}),
    },
    tasks: tasksOf(spec.body).map(({ text, truth }) => ({
      text,
      lead: truth.lead,
      deadline: truth.deadline ?? null,
      recurrence: truth.recurrence ?? null,
    })),
  };
}

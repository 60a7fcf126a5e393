import type { DocType, RecurrenceEvery } from '../imported-document.types';

// What a corpus letter should read as: the `<letter>.expected.json` beside each file of an
// accuracy corpus (fixtures/corpus-2025). Written by hand from the letter, never from the
// importer's output.

export interface ExpectedTask {
  text: string;
  /** Lead units as written; empty when the letter names none (the task goes to the addressees). */
  lead: string[];
  deadline: string | null;
  recurrence: { every: RecurrenceEvery; dueDay?: number; dueMonth?: number } | null;
}

export interface LetterExpectation {
  /** How the letter was laid out: portal-html, legal-site-table, pdf-text-layer, … */
  layout: string;
  /** A file that must not import: the error code it must answer with ("no-text-layer"). */
  error?: string;
  document?: {
    number: string | null;
    symbol: string | null;
    date: string | null;
    docType: DocType;
    issuer: string | null;
    signer: string | null;
    subject: string | null;
    addressees: string[];
    /** How many org chart units the addressees stand for, when the letter's units are known. */
    addresseeUnits?: number;
  };
  tasks?: ExpectedTask[];
}

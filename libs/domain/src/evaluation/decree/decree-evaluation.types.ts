import type { Grade } from '../grade.types';
import type { DecreeId, ForcingCaseKind } from './decree-sources';

// What a decree evaluation reads (a unit's work items of a period, from dondoc's facts,
// and what the assessor entered) and what it answers (a calculation an inspector can
// follow line by line, each line with the text that set it).

/** One product or work item assigned to the unit and due in the period. */
export interface WorkItem {
  /** `<taskId>|<period key>` for a duty's period, `<taskId>` for a one-off task. */
  readonly key: string;
  /** Vietnamese: which directive item and period, for the calculation's lines. */
  readonly label: string;
  /** The day the item was due (after approved extensions), YYYY-MM-DD: it decides the decree. */
  readonly dueOn: string;
  /** Handed in by the evaluation instant. */
  readonly completed: boolean;
  /** Handed in after its due instant (an approved extension moves the due instant). */
  readonly late: boolean;
  /** Due instant moved by an extension the issuer approved. */
  readonly extended: boolean;
  readonly workingDaysLate?: number;
  /** The major quality errors the issuer marked at approval or at a return for rework. */
  readonly issuerQualityErrors?: readonly IssuerQualityError[];
}

/** One major quality error (sai sót lớn) the issuer marked on a hand-in of the item. */
export interface IssuerQualityError {
  readonly on: 'approval' | 'return';
  /** When the issuer marked it (ISO instant). */
  readonly at: string;
  /** What the error is, in the issuer's words. */
  readonly reason: string;
}

export interface ObjectiveCause {
  readonly itemKey: string;
  /** The confirming authority's document (số, ngày, cơ quan). */
  readonly reference: string;
}

export interface QualityVerdict {
  readonly itemKey: string;
  /** Major errors the assessor found besides those the issuer marked at approval or return (WorkItem.issuerQualityErrors). */
  readonly majorErrors: number;
  /** Set when a competent authority confirmed the errors (the issuer's and the assessor's) had an objective cause. */
  readonly objectiveCauseReference?: string;
  /** ND 90 only: the item was completed beyond what was asked (vượt mức). */
  readonly exceeded?: boolean;
  readonly note?: string;
}

export interface ForcingCase {
  readonly kind: ForcingCaseKind;
  readonly reference: string;
}

/** What the assessor enters for a unit and period. */
export interface AssessorInput {
  /** 0..30, ND 335's general criteria; absent until the assessor scores them. */
  readonly generalPoints?: number;
  /** The points of each general criterion (GENERAL_CRITERIA ids) when the assessor scored them one by one; they add up to generalPoints. */
  readonly generalCriteria?: Readonly<Record<string, number>>;
  readonly objectiveCauses?: readonly ObjectiveCause[];
  readonly qualityVerdicts?: readonly QualityVerdict[];
  readonly forcingCases?: readonly ForcingCase[];
}

export interface Deduction {
  readonly criterion: 'quality' | 'progress';
  readonly percent: number;
  readonly reason: string;
  readonly source: string;
}

export interface Waiver {
  readonly criterion: 'quality' | 'progress';
  readonly reason: string;
  readonly source: string;
}

/** One item's points (each 0..1 of the item's share) with why. */
export interface ItemScore {
  readonly key: string;
  readonly label: string;
  readonly dueOn: string;
  readonly quantity: number;
  readonly quality: number;
  readonly progress: number;
  readonly deductions: readonly Deduction[];
  readonly waivers: readonly Waiver[];
  readonly note: string;
}

export interface CalculationLine {
  readonly step: string;
  readonly text: string;
  readonly value: number | string | null;
  readonly source: string;
}

export interface DecreeEvaluation {
  readonly decree: DecreeId;
  /** '<decree>/<version>': stored with a frozen evaluation. */
  readonly ruleId: string;
  readonly source: string;
  readonly items: readonly ItemScore[];
  /** ND 335: quantity, quality, progress in %, the 70-point subtotal, the 30 general points and the total. */
  readonly subtotals: Readonly<Record<string, number | null>>;
  /** ND 335: the total on 100; ND 90: the share of items on schedule and quality (0..100). */
  readonly score: number | null;
  readonly grade: Grade | null;
  readonly label: string;
  /** Set when a forcing case or the quota decided the grade. */
  readonly decidedBy: 'points' | 'criteria' | 'forcing-case' | 'quota' | null;
  readonly lines: readonly CalculationLine[];
}

import { BEFORE_2025 } from './letters-before-2025';
import { HUE_2025 } from './letters-hue-2025';
import { MINISTRIES } from './letters-ministries';
import type { LetterSpec } from './letter-spec.types';

/** The corpus in a fixed order (layouts rotate over it). */
export const CORPUS_2025: LetterSpec[] = [...HUE_2025, ...MINISTRIES, ...BEFORE_2025];

// Public API of @dondoc/doc-import: official letter → directive data. Pure except the
// CLI command, which reads files through the io it is given.
export * from './imported-document.types';
export { importDocument, importText, type ImportOptions } from './import-document';
export type { ImportInput } from './input/extract-text';
export { extractText } from './input/extract-text';
export { normalizeText } from './text/normalize-text';
export { renderJson } from './render/json.renderer';
export { renderSummary, describeRecurrence, formatDateVi } from './render/summary.renderer';
export {
  runImportCommand,
  DEFAULT_ORG_CHART_PATH,
  DEFAULT_ORG_CHART_VERSIONS_DIR,
  EXIT_OK,
  EXIT_IMPORT_FAILED,
  EXIT_USAGE,
  type ImportCommandIo,
  type ImportCommandOptions,
} from './cli/import-command';
export { toDirectiveDraft, type DraftOptions, type DraftResult } from './draft/to-directive-draft';
export { evaluateCorpus, renderCorpusScore, type CorpusLetter, type CorpusScore } from './accuracy/evaluate-corpus';
export type { LetterExpectation, ExpectedTask } from './accuracy/letter-expectation.types';
export { chartHistory } from './cli/org-chart-history';
export { directiveFixtureSchema, fixtureToDraft, type DirectiveFixture, type FixtureUnitNode } from './draft/directive-fixture';
export { rebaseDraft } from './draft/rebase-draft';

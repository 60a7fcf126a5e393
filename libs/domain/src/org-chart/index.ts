// Public API of the org chart: pure (no I/O, no Node built-ins), safe in workflow code.
export * from './org-chart.types';
export { versionInForce, isInForce, isIsoDate, vietnamDateOf } from './version-in-force.policy';
export { escalationChain, findUnit, UnknownUnitError, type EscalationRole, type EscalationStep } from './escalation-chain.policy';
export { buildOrgUnitTree, descendantUnitIds, unitsInGroup, type OrgUnitNode } from './org-unit-tree.builder';
export { foldVietnamese, foldAndExpand, compactKey, initialsVariants, stripRoleWords } from './unit-name.folding';
export { UnitNameMatcher, type UnitMatch, type UnitMatchKind } from './unit-name.matcher';
export { validateOrgChartSeed, type OrgChartValidation } from './org-chart.validator';
export { effectiveInstant, unitStandingFor, successionProblems, type SuccessionCheck } from './unit-succession.policy';

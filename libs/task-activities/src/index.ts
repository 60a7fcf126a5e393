export * from './fact-sink.port';
export * from './org-chart.source';
export * from './task.activities';
export * from './run-archive.port';

// Official outputs of dondoc: reports on task results (.docx laid out per Nghị định
// 30/2020/NĐ-CP, .xlsx, .csv), prompting letters (công văn đôn đốc) and the preview of a
// directive's year. The computation is pure; reading and storing live in persistence.
export * from './compute/report-window';
export * from './compute/report-task';
export * from './compute/report-tasks-of';
export * from './compute/report-item';
export * from './compute/report-counts';
export * from './compute/compute-report';
export * from './compute/decree-grades';
export * from './render/document-issuer';
export * from './render/official-document.docx';
export * from './render/report-tables';
export * from './render/report.docx';
export * from './render/report.xlsx';
export * from './render/report.csv';
export * from './preview/unit-behaviour';
export * from './preview/simulate-task';
export * from './preview/preview-directive';
export * from './preview/org-chart-recipients';
export * from './service/report-request.schema';
export * from './service/report-builder';
export * from './letters/prompting-letter';
export * from './letters/prompting-letter.docx';
export * from './letters/letter-edit.schema';
export * from './service/preview-request.schema';
export * from './service/preview-runner';
export * from './assessments/assessment.schema';
export * from './assessments/window-assessments';
export * from './counts/drill-down-items';
export * from './counts/report-tally';
export * from './counts/report-summary';
export * from './counts/summary-request.schema';
export * from './counts/report-summary.service';
export * from './counts/counting-projection';
export * from './counts/report-counts-rebuild';
export * from './counts/report-counts-totals';

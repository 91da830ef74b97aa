/** Province consolidation of commune reports (issue 13); README "Province consolidation". */
export { openWorkspace, getSetting, setSetting, type Workspace } from './workspace';
export { addCommunes, renameCommune, listCommunes, communeNamesFromSheet, normaliseTitle, type ProvinceCommune } from './communes';
export { addReports, currentReports, type FileVerdict, type Verdict } from './submissions';
export { periodStatus, type PeriodStatus } from './status';
export { buildProvincialWorkbook, provincialSections, TOTAL_LABEL, SUMMARY_SHEET, STATUS_SHEET, type Section } from './provincial';
export { readReport, type ReadResult } from './read-report';
export { provinceOverview } from './overview';

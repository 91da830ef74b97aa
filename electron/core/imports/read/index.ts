export { readMemberWorkbook, type ReadOptions } from './read-member-workbook';
export type { MemberCell, MemberRow, MemberWorkbook } from './table';
export { READ_LIMITS } from './limits';
export { guardXlsxArchive, readZipEntries, type ZipEntry } from './zip-guard';
export { workbookKindOf, type WorkbookKind } from './file-kind';

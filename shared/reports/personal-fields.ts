import type { ReportLayout } from './layout';

/**
 * Personal fields a report to the province may carry only when its layout prints them (issue 9;
 * NĐ 13/2023/NĐ-CP: process no more personal data than the purpose needs). The member list reads
 * the others as empty, so they never enter the model, the workbook or its shared strings.
 */
export const OPTIONAL_PERSONAL_FIELDS = ['phone', 'birthDate', 'birthYear'] as const;
export type OptionalPersonalField = (typeof OPTIONAL_PERSONAL_FIELDS)[number];

/** Which of the optional personal fields the layout's member tables print. */
export function personalFieldsOf(layout: ReportLayout): Set<OptionalPersonalField> {
  const used = new Set<OptionalPersonalField>();
  for (const sheet of layout.sheets) {
    for (const table of sheet.tables) {
      if (table.source !== 'members') continue;
      for (const c of table.columns) {
        if ((OPTIONAL_PERSONAL_FIELDS as readonly string[]).includes(String(c.key))) used.add(c.key as OptionalPersonalField);
      }
    }
  }
  return used;
}

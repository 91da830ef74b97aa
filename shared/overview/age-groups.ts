/**
 * Age groups the overview counts and the people list filters by. One table, so a bar
 * clicked on Tổng quan opens exactly the people it counted (ages in whole years this year).
 */
export const AGE_GROUPS = [
  { id: 'duoi_30', label: 'Dưới 30', from: null, to: 29 },
  { id: '30_44', label: '30–44', from: 30, to: 44 },
  { id: '45_59', label: '45–59', from: 45, to: 59 },
  { id: 'tu_60', label: 'Từ 60', from: 60, to: null },
] as const;
export type AgeGroupId = (typeof AGE_GROUPS)[number]['id'];

export function ageGroup(id: string): (typeof AGE_GROUPS)[number] | undefined {
  return AGE_GROUPS.find((g) => g.id === id);
}

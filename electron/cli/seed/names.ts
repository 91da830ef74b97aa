/**
 * Realistic Vietnamese names for demo and benchmark data. Family names follow their
 * approximate national frequency, so a search for "nguyen" behaves as in a real commune.
 */
const FAMILY: [string, number][] = [
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 9.5], ['Phạm', 7], ['Hoàng', 5], ['Huỳnh', 3], ['Phan', 4.5],
  ['Vũ', 3.9], ['Võ', 2], ['Đặng', 2.1], ['Bùi', 2], ['Đỗ', 1.4], ['Hồ', 1.3], ['Ngô', 1.3],
  ['Dương', 1], ['Lý', 0.5], ['Đinh', 0.8], ['Trương', 0.8], ['Lương', 0.5], ['Đào', 0.5],
];
const MIDDLE_MALE = ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Thanh', 'Công', 'Xuân', 'Ngọc', 'Đình'];
const MIDDLE_FEMALE = ['Thị', 'Thị', 'Thị', 'Ngọc', 'Thu', 'Thanh', 'Minh', 'Kim', 'Diệu', 'Hồng'];
const GIVEN_MALE = [
  'An', 'Bình', 'Cường', 'Dũng', 'Đức', 'Hải', 'Hiếu', 'Hùng', 'Huy', 'Khánh', 'Khoa', 'Long', 'Lâm',
  'Mạnh', 'Nam', 'Nghĩa', 'Phong', 'Phúc', 'Quân', 'Quang', 'Sơn', 'Tâm', 'Thắng', 'Thành', 'Tiến',
  'Toàn', 'Trung', 'Tuấn', 'Việt', 'Vinh', 'Ánh', 'Ân', 'Đông', 'Ước',
];
const GIVEN_FEMALE = [
  'Anh', 'Ánh', 'Bích', 'Chi', 'Dung', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hoa', 'Hồng', 'Hương', 'Lan',
  'Linh', 'Loan', 'Mai', 'My', 'Nga', 'Ngân', 'Nhung', 'Oanh', 'Phương', 'Quyên', 'Thảo', 'Thủy',
  'Trang', 'Tuyết', 'Uyên', 'Vân', 'Yến', 'Ơn',
];

/** Small deterministic PRNG (mulberry32): the same seed gives the same commune every time. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rand: () => number, list: T[]): T => list[Math.floor(rand() * list.length)];

function pickWeighted(rand: () => number): string {
  const total = FAMILY.reduce((s, [, w]) => s + w, 0);
  let r = rand() * total;
  for (const [name, w] of FAMILY) {
    r -= w;
    if (r < 0) return name;
  }
  return FAMILY[0][0];
}

export function randomPerson(rand: () => number): { fullName: string; gender: 'nam' | 'nu' } {
  const female = rand() < 0.5;
  const middle = pick(rand, female ? MIDDLE_FEMALE : MIDDLE_MALE);
  const given = pick(rand, female ? GIVEN_FEMALE : GIVEN_MALE);
  return { fullName: `${pickWeighted(rand)} ${middle} ${given}`, gender: female ? 'nu' : 'nam' };
}

const MOBILE_PREFIXES = ['032', '033', '035', '037', '038', '039', '070', '077', '081', '083', '085', '086', '088', '090', '091', '093', '094', '096', '097', '098'];
export function randomPhone(rand: () => number): string {
  return pick(rand, MOBILE_PREFIXES) + String(Math.floor(rand() * 10_000_000)).padStart(7, '0');
}

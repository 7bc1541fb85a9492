// Whole years between a birth date and a day, both 'YYYY-MM-DD'; calendar arithmetic on the strings only,
// so no time zone can shift a birthday by one day.
export function ageInYears(birthDate: string, onDate: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = onDate.split('-').map(Number) as [number, number, number];
  const hadBirthday = m > bm || (m === bm && d >= bd);
  return y - by - (hadBirthday ? 0 : 1);
}

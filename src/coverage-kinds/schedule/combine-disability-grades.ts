/**
 * The grade several disabilities are rated at together (JR/T 0083-2013): the most severe grade counts; when two or
 * more share it, it is promoted by one grade, never beyond grade 1.
 *
 * @example
 * combineDisabilityGrades([7, 9]) //=> { grade: 7, promoted: false }
 * combineDisabilityGrades([7, 7, 9]) //=> { grade: 6, promoted: true }
 */
export function combineDisabilityGrades(grades: readonly number[]): { grade: number; promoted: boolean } {
  if (grades.length === 0) throw new RangeError("combineDisabilityGrades: no grades");
  const mostSevere = Math.min(...grades);
  const atMostSevere = grades.filter((grade) => grade === mostSevere).length;
  const promoted = atMostSevere >= 2 && mostSevere > 1;
  return { grade: promoted ? mostSevere - 1 : mostSevere, promoted };
}

/**
 * Edit distance between two names (optimal string alignment): insertions, deletions, substitutions
 * and swaps of two neighbouring letters each count one. Letter case is ignored, so `DueDate` is at
 * distance 0 from `dueDate`.
 */
export const editDistance = (a: string, b: string): number => {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  // Three rows of the dynamic-programming table: two back (for swaps), one back, and this one.
  let before: number[] = [];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) {
        best = Math.min(best, (before[j - 2] ?? 0) + 1);
      }
      current.push(best);
    }
    before = previous;
    previous = current;
  }
  return previous[y.length] ?? 0;
};

/**
 * The name a misspelling most likely meant: the candidate at the smallest edit distance, when that
 * distance is at most 2 and at most a third of the candidate's length (rounded), so that a short
 * name is not suggested for any other short name (`c` never means `b`). Ties go to the first
 * candidate; `undefined` when no candidate is that near.
 */
export const nearestName = (written: string, candidates: Iterable<string>): string | undefined => {
  let nearest: string | undefined;
  let nearestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const distance = editDistance(written, candidate);
    if (distance > Math.min(2, Math.round(candidate.length / 3))) continue;
    if (distance < nearestDistance) {
      nearest = candidate;
      nearestDistance = distance;
    }
  }
  return nearest;
};

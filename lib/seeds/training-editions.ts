/**
 * The order in which a program's figures arise (plan → revised plan → target → result, year by
 * year) and which plan a result's completion rate (이수율) is measured against. Shared by the
 * training subgraph (TrainingProgram.changes) and the training findings, on seed and entity editions alike.
 */
const PHASE_ORDER: Record<string, number> = { PLAN: 0, REVISED_PLAN: 1, TARGET: 2, RESULT: 3 };

interface EditionLike {
  year: number;
  phase: string;
}

/** Editions by year, then phase in the order they arise. */
export function chronological<E extends EditionLike>(editions: E[]): E[] {
  return [...editions].sort((a, b) => a.year - b.year || PHASE_ORDER[a.phase] - PHASE_ORDER[b.phase]);
}

/** Each edition with the one before it, in chronological order: the comparisons a report sets side by side. */
export function consecutivePairs<E extends EditionLike>(editions: E[]): [E, E][] {
  const ordered = chronological(editions);
  return ordered.slice(1).map((edition, index) => [ordered[index], edition]);
}

/** The plan a result's completion rate is measured against: the revised plan of its year, else the plan. */
export function completionBase<E extends EditionLike>(editions: E[], result: E): E | undefined {
  const sameYear = editions.filter((e) => e.year === result.year);
  return sameYear.find((e) => e.phase === 'REVISED_PLAN') ?? sameYear.find((e) => e.phase === 'PLAN');
}

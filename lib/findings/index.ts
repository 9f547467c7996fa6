/** Every data-quality finding of the seeds: computed ones from the figures, curated ones from seeds. */
import type { SeedContent } from '../seeds/read-seeds';
import { budgetFindings } from './budget-findings';
import { examFindings } from './exam-findings';
import { rollupFindings } from './rollup-findings';
import type { Finding } from './finding';
import { staffingFindings } from './staffing-findings';
import { trainingFindings, trainingHoursFindings } from './training-findings';

export type { Finding } from './finding';

export function allFindings(seeds: SeedContent): Finding[] {
  const curated: Finding[] = seeds.organizations.curatedFindings.map((f) => ({
    id: `curated:${f.id}`,
    kind: f.kind,
    origin: 'CURATED',
    organizationId: f.organizationId ?? null,
    recordType: null,
    recordId: null,
    description: f.description,
    valueA: f.valueA,
    sourceA: f.sourceA,
    valueB: f.valueB ?? null,
    sourceB: f.sourceB ?? null,
  }));
  return [
    ...budgetFindings(seeds.budgets.budgetTables),
    ...staffingFindings(seeds.organizations.staffingLines),
    ...examFindings(seeds.organizations.recruitmentExams),
    ...trainingFindings(seeds.training.trainingPrograms),
    ...trainingHoursFindings(seeds.training.trainingHoursTables),
    ...rollupFindings(seeds),
    ...curated,
  ];
}

export function countByKind(findings: Finding[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const finding of findings) counts[finding.kind] = (counts[finding.kind] ?? 0) + 1;
  return counts;
}

import { Field, Int, ObjectType } from 'type-graphql';
import { Reconciliation, toReconciliation } from '../../lib/graphql/reconciliation';
import { agreesWithReport } from '../../lib/reconciliation/entry';
import { rollupEntries, type StaffFact, type StaffingMeasure } from '../../lib/reconciliation/staffing';
import type { OrganizationFact } from './entities/organization-fact.entity';
import type { StaffingLine } from './entities/staffing-line.entity';

@ObjectType('StaffingCount', { description: 'Posts and staff summed over LINE rows (persons).' })
export class StaffingCount {
  @Field(() => Int, { description: 'Authorized posts (정원).' })
  authorized = 0;

  @Field(() => Int, { description: 'Staff in post (현원).' })
  inPost = 0;

  @Field(() => Int, { description: 'Vacancies (결원), summed line by line: a vacancy in one grade is not offset by a surplus in another.' })
  vacancies = 0;

  @Field(() => Int, { description: 'Posts over strength (초과 현원), summed line by line.' })
  overStrength = 0;
}

@ObjectType('StaffingCategoryCount', { description: 'Staffing summed for one staff category (직종).' })
export class StaffingCategoryCount extends StaffingCount {
  @Field(() => String, { description: 'Category as printed (교육전문직, 일반직 ...).' })
  categoryKo!: string;
}

@ObjectType('StaffingRollup', {
  description:
    'Headcount of an organization and every unit below it, summed over LINE rows (subtotals never added again). ' +
    'The reports count staff on different dates: asOfDates lists every date included.',
})
export class StaffingRollup extends StaffingCount {
  @Field(() => Int, { description: 'Organizations in the subtree that print a headcount table.' })
  organizationsCounted = 0;

  @Field(() => [String], { description: 'The dates the summed figures hold for (기준일), oldest first.' })
  asOfDates: string[] = [];

  @Field(() => [StaffingCategoryCount], { description: 'The same sums by staff category.' })
  byCategory: StaffingCategoryCount[] = [];

  @Field(() => [Reconciliation], {
    description:
      'The 총계 and 소계 rows of the headcount tables added here (their sum when several), beside these sums (part: the staff category of a 소계), ' +
      'and staff figures the report prints for this organization outside a headcount table (총원, 인원).',
  })
  reconciliation: Reconciliation[] = [];

  @Field(() => Boolean, { nullable: true, description: 'Whether every printed figure in reconciliation agrees with these sums; null when the reports print none for this scope.' })
  agreesWithReport: boolean | null = null;
}

function add(target: StaffingCount, line: StaffingLine): void {
  target.authorized += line.authorized ?? 0;
  target.inPost += line.inPost ?? 0;
  target.vacancies += line.vacancy ?? 0;
  target.overStrength += line.overStrength ?? 0;
}

export function rollUpStaffing(linesPerOrganization: StaffingLine[][], facts: OrganizationFact[] = []): StaffingRollup {
  const rollup = new StaffingRollup();
  const categories = new Map<string, StaffingCategoryCount>();
  const dates = new Set<string>();
  for (const lines of linesPerOrganization) {
    const counted = lines.filter((l) => l.rowKind === 'LINE');
    if (counted.length) rollup.organizationsCounted += 1;
    for (const line of counted) {
      add(rollup, line);
      dates.add(line.asOf);
      const category = categories.get(line.categoryKo) ?? Object.assign(new StaffingCategoryCount(), { categoryKo: line.categoryKo });
      add(category, line);
      categories.set(line.categoryKo, category);
    }
  }
  rollup.asOfDates = [...dates].sort();
  rollup.byCategory = [...categories.values()];
  const staffFacts: StaffFact[] = facts
    .filter((f) => f.reconcileMeasure && f.value !== null)
    .map((f) => ({ id: f.id, organizationId: f.organizationId, measure: f.reconcileMeasure as StaffingMeasure, label: `${f.subjectKo} ${f.attributeKo}`, value: Number(f.value), file: f.source.file, lines: f.source.lines }));
  const entries = rollupEntries(
    linesPerOrganization.flat().map((l) => ({ id: l.id, organizationId: l.organizationId, asOf: l.asOf, rowKind: l.rowKind, categoryKo: l.categoryKo, authorized: l.authorized, inPost: l.inPost, file: l.source.file, lines: l.source.lines })),
    staffFacts,
    { authorized: rollup.authorized, inPost: rollup.inPost, byCategory: new Map(rollup.byCategory.map((c) => [c.categoryKo, c])) },
  );
  rollup.reconciliation = entries.map(toReconciliation);
  rollup.agreesWithReport = agreesWithReport(entries);
  return rollup;
}

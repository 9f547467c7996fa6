/**
 * The GraphQL face of a reconciliation entry (lib/reconciliation/entry.ts): a printed total beside what
 * the hub computes over the same scope. Every subgraph serves it identically on its roll-ups: a
 * shareable value type, like SourceRef.
 */
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import type { ReconciliationEntry } from '../reconciliation/entry';
import { SourceRef, sourceRef } from './source-ref';

@Directive('@shareable')
@ObjectType('Reconciliation', {
  description:
    'A total the reports print for the same scope as a roll-up (or over the rows of a budget table or a training total), ' +
    'beside what the hub computes over that scope. Where they differ, findingIds name the data-quality findings that explain why, with both places. ' +
    'Figures are whole numbers in the hub\'s unit (won for money; persons, courses, sessions or units otherwise), as strings of digits.',
})
export class Reconciliation {
  @Field(() => String, { description: 'The figure compared, named like the roll-up\'s field: authorized, inPost, amounts.current, trainees, byAudience.trainees, hardwareUnits …' })
  measure!: string;

  @Field(() => String, { nullable: true, description: 'Null for the whole scope; else the part the report prints the figure for (a staff category, an audience as printed, a subtotal row).' })
  part!: string | null;

  @Field(() => String, { description: 'The printed row or phrase the figure comes from, as printed (총계, 2021년 교육훈련 전체, 연수원 소속직원 총원 …).' })
  label!: string;

  @Field(() => String, { description: 'What the report prints, in the hub\'s unit; when a roll-up adds several tables that each print a total, their printed totals added up.' })
  printed!: string;

  @Field(() => Int, { description: 'How many printed figures make `printed` (1 for a single printed total).' })
  printedTotals!: number;

  @Field(() => String, { description: 'What the hub computes over the same scope: the roll-up\'s own figure, or the sum of the rows a total covers.' })
  computed!: string;

  @Field(() => String, { description: 'computed − printed; "0" when they agree.' })
  difference!: string;

  @Field(() => Boolean, { description: 'Whether the printed and the computed figure are the same.' })
  agrees!: boolean;

  @Field(() => [ID], { description: 'Ids of the data-quality findings (DataQualityFinding.id) that explain the difference; empty when they agree.' })
  findingIds!: string[];

  @Field(() => [SourceRef], { description: 'Where the printed figures stand (one per printed total added).' })
  sources!: SourceRef[];
}

export function toReconciliation(entry: ReconciliationEntry): Reconciliation {
  return Object.assign(new Reconciliation(), {
    measure: entry.measure,
    part: entry.part,
    label: entry.label,
    printed: entry.printed.toString(),
    printedTotals: entry.printedTotals,
    computed: entry.computed.toString(),
    difference: (entry.computed - entry.printed).toString(),
    agrees: entry.printed === entry.computed,
    findingIds: entry.findingIds,
    sources: entry.sources.map((s) => sourceRef(s.file, s.lines)),
  });
}

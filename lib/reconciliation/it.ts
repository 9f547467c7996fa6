/**
 * IT counts the reports print for an organization (a fact whose reconcileMeasure names the roll-up
 * field it counts, e.g. 000:448's 970대 of information systems), beside the IT roll-up of that
 * organization and every unit below it. Pure: the infrastructure subgraph runs it on its entities.
 */
import { entry, type ReconciliationEntry } from './entry';

export const IT_MEASURES = ['systems', 'hardwareUnits', 'softwareUnits'] as const;
export type ItMeasure = (typeof IT_MEASURES)[number];

export interface ItCountFact {
  id: string;
  organizationId: string;
  measure: ItMeasure;
  label: string;
  value: number;
  file: string;
  lines: string;
}

export const itFactMismatchId = (factId: string, measure: ItMeasure) => `rollup-mismatch:${factId}:${measure}`;

export function rollupEntries(facts: ItCountFact[], rollup: Record<ItMeasure, number>): ReconciliationEntry[] {
  return facts.map((fact) =>
    entry(
      { measure: fact.measure, part: null, label: fact.label, printed: BigInt(fact.value), printedTotals: 1, computed: BigInt(rollup[fact.measure]), sources: [{ file: fact.file, lines: fact.lines }] },
      [itFactMismatchId(fact.id, fact.measure)],
    ),
  );
}

/** Findings in headcount tables: a printed subtotal or total against the sum of its lines. */
import type { z } from 'zod';
import { parseCount } from '../seeds/printed';
import type { staffingLine } from '../seeds/records';
import type { Finding } from './finding';

type Line = z.infer<typeof staffingLine>;

export function staffingFindings(lines: Line[]): Finding[] {
  const findings: Finding[] = [];
  const tables = new Map<string, Line[]>();
  for (const line of lines) {
    const key = `${line.organizationId}|${line.asOf}|${line.source.file}|${line.source.lines}`;
    tables.set(key, [...(tables.get(key) ?? []), line]);
  }
  for (const rows of tables.values()) {
    for (const stated of rows.filter((r) => r.rowKind !== 'LINE')) {
      const parts = rows.filter((r) => r.rowKind === 'LINE' && (stated.rowKind === 'TOTAL' || r.categoryKo === stated.categoryKo));
      for (const field of ['authorized', 'inPost'] as const) {
        const value = parseCount(stated[field]);
        if (value === null) continue;
        const computed = parts.reduce((sum, r) => sum + (parseCount(r[field]) ?? 0), 0);
        if (computed === value) continue;
        findings.push({
          id: `total-mismatch:${stated.id}:${field}`,
          kind: 'TOTAL_MISMATCH',
          origin: 'COMPUTED',
          organizationId: stated.organizationId,
          recordType: 'StaffingLine',
          recordId: stated.id,
          description: `Headcount ${stated.rowKind === 'TOTAL' ? 'total' : `subtotal of ${stated.categoryKo}`}: ${field === 'authorized' ? '정원' : '현원'} is printed ${stated[field]}, its ${parts.length} lines add up to ${computed}.`,
          valueA: stated[field]!,
          sourceA: stated.source,
          valueB: String(computed),
          sourceB: stated.source,
        });
      }
    }
  }
  return findings;
}

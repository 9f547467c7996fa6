import { build } from '../../lib/seeds/build';
import { parseCount } from '../../lib/seeds/printed';
import type { SeedContent } from '../../lib/seeds/read-seeds';
import { sourceRef } from '../../lib/graphql/source-ref';
import { Facility } from './entities/facility.entity';
import { HistoryEvent } from './entities/history-event.entity';
import { Organization } from './entities/organization.entity';
import { StaffingLine } from './entities/staffing-line.entity';

export function organizationsSeedPlan({ organizations: seeds }: SeedContent): object[] {
  const source = (s: { file: string; lines: string }) => sourceRef(s.file, s.lines);
  return [
    ...seeds.organizations.map((o) =>
      build(Organization, {
        id: o.id,
        kind: o.kind,
        nameKo: o.nameKo,
        nameEn: o.nameEn,
        parentId: o.parentId,
        parentBasis: o.parentBasis,
        government: o.government,
        aliasesKo: o.aliasesKo,
        duties: o.duties,
        source: source(o.source),
      }),
    ),
    ...seeds.staffingLines.map((s) =>
      build(StaffingLine, {
        id: s.id,
        organizationId: s.organizationId,
        asOf: s.asOf,
        position: s.position,
        categoryKo: s.categoryKo,
        categoryEn: s.categoryEn,
        gradeKo: s.gradeKo,
        gradeEn: s.gradeEn,
        authorized: parseCount(s.authorized),
        inPost: parseCount(s.inPost),
        rowKind: s.rowKind,
        note: s.note ?? null,
        source: source(s.source),
      }),
    ),
    ...seeds.facilities.map((f) =>
      build(Facility, {
        id: f.id,
        organizationId: f.organizationId,
        kind: f.kind,
        nameKo: f.nameKo,
        nameEn: f.nameEn,
        addressKo: f.addressKo ?? null,
        landAreaM2: f.landAreaM2?.replace(/,/g, '') ?? null,
        floorAreaM2: f.floorAreaM2?.replace(/,/g, '') ?? null,
        note: f.note ?? null,
        source: source(f.source),
      }),
    ),
    ...seeds.historyEvents.map((h) =>
      build(HistoryEvent, {
        id: h.id,
        organizationId: h.organizationId,
        date: h.date,
        datePrinted: h.datePrinted,
        eventKo: h.eventKo,
        eventEn: h.eventEn ?? null,
        source: source(h.source),
      }),
    ),
  ];
}

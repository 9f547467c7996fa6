/** Sites, buildings, rooms and areas of an organization and every unit below it, summed exactly from the printed rows. */
import { Field, Int, ObjectType } from 'type-graphql';
import { sumDecimals } from '../../lib/decimal';
import { DecimalScalar } from '../../lib/graphql/scalars';
import type { Facility } from './entities/facility.entity';

@ObjectType('FacilityTotals', {
  description: 'Facilities of an organization and every unit below it: rows by kind, rooms and areas summed from the printed rows (㎡, exact). The reports print no such totals.',
})
export class FacilityTotals {
  @Field(() => Int, { description: 'Organizations whose facilities were counted (those that print any).' })
  organizationsCounted!: number;

  @Field(() => Int, { description: 'Sites (부지·대지 rows).' })
  sites!: number;

  @Field(() => Int, { description: 'Buildings (건물 rows).' })
  buildings!: number;

  @Field(() => Int, { description: 'Kinds of rooms listed (강의실, 특별실 …).' })
  roomKinds!: number;

  @Field(() => Int, { description: 'Rooms summed over the kinds that print a count (roomCount).' })
  rooms!: number;

  @Field(() => Int, { description: 'Kinds of rooms that print no count, so rooms may understate.' })
  roomKindsWithoutCount!: number;

  @Field(() => DecimalScalar, { nullable: true, description: 'Land area of the sites summed (대지, ㎡); null when no site prints one.' })
  landAreaM2!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      "Floor area summed (건물 연면적, ㎡): each organization's sites, or its buildings where its sites print none; rooms never, since they lie inside the buildings counted. Null when none prints one.",
  })
  floorAreaM2!: string | null;
}

export function totalFacilities(groups: Facility[][]): FacilityTotals {
  const facilities = groups.flat();
  const rooms = facilities.filter((f) => f.kind === 'ROOM');
  return Object.assign(new FacilityTotals(), {
    organizationsCounted: groups.filter((g) => g.length).length,
    sites: facilities.filter((f) => f.kind === 'SITE').length,
    buildings: facilities.filter((f) => f.kind === 'BUILDING').length,
    roomKinds: rooms.length,
    rooms: rooms.reduce((sum, f) => sum + (f.roomCount ?? 0), 0),
    roomKindsWithoutCount: rooms.filter((f) => f.roomCount === null).length,
    landAreaM2: sumDecimals(facilities.filter((f) => f.kind === 'SITE').map((f) => f.landAreaM2)),
    floorAreaM2: sumDecimals(groups.map(floorAreaOf)),
  });
}

/** One organization's floor area: its sites' (which print the buildings' total), else its buildings'. */
function floorAreaOf(facilities: Facility[]): string | null {
  const ofKind = (kind: string) => sumDecimals(facilities.filter((f) => f.kind === kind).map((f) => f.floorAreaM2));
  return ofKind('SITE') ?? ofKind('BUILDING');
}

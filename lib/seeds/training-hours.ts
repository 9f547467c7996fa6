/** What the rows and columns of a training-hours table add up to, from its courses' printed hours. */
import type { z } from 'zod';
import type { trainingHoursTable } from './records';

export type HoursTable = z.infer<typeof trainingHoursTable>;

/** Hours of the courses in one stage row or one area column; courses merged across stages count in no stage. */
export function hoursOf(table: HoursTable, axis: 'stage' | 'area', position: number): number {
  return table.entries.filter((entry) => entry[axis] === position).reduce((sum, entry) => sum + Number(entry.hours), 0);
}

/** Hours of every course in the table. */
export function allHours(table: HoursTable): number {
  return table.entries.reduce((sum, entry) => sum + Number(entry.hours), 0);
}

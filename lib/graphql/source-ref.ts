/** Where a figure comes from: a report file in seeds/sources and the lines it was read from. */
import fs from 'node:fs';
import path from 'node:path';
import { Embeddable, Property } from '@mikro-orm/core';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { PROJECT_ROOT } from '../config';
import { reportAsOf } from '../seeds/reports';

export const SOURCES_DIR = path.join(PROJECT_ROOT, 'seeds', 'sources');

/** Expands "124-126,130" to [124, 125, 126, 130]. */
export function expandLines(lines: string): number[] {
  const result: number[] = [];
  for (const part of lines.split(',')) {
    const [first, last = first] = part.split('-').map(Number);
    for (let line = first; line <= last; line += 1) result.push(line);
  }
  return result;
}

/** Lines as one citation, ascending ranges ("104-107,111"); the whole span ("489-4718") when they would make more than `maxRanges`. */
export function compressLines(citations: string[], maxRanges = 8): string {
  const numbers = [...new Set(citations.flatMap(expandLines))].sort((a, b) => a - b);
  const ranges: Array<[number, number]> = [];
  for (const n of numbers) {
    const last = ranges[ranges.length - 1];
    if (last && n === last[1] + 1) last[1] = n;
    else ranges.push([n, n]);
  }
  if (ranges.length > maxRanges) return `${numbers[0]}-${numbers[numbers.length - 1]}`;
  return ranges.map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`)).join(',');
}

const fileCache = new Map<string, string[]>();
/** The lines of one report (1-based index: element 0 is line 1). */
export function reportLines(file: string): string[] {
  let lines = fileCache.get(file);
  if (!lines) {
    lines = fs.readFileSync(path.join(SOURCES_DIR, path.basename(file)), 'utf8').split('\n');
    fileCache.set(file, lines);
  }
  return lines;
}

@Embeddable()
// Every subgraph serves SourceRef on its own records, identically: a shareable value type.
@Directive('@shareable')
@ObjectType('SourceRef', { description: 'Where a record comes from (출처): the report file in seeds/sources and the 1-based line numbers it was read from.' })
export class SourceRef {
  @Field(() => String, { description: 'Report file name, e.g. "000_6ee2828e32648fc3.txt".' })
  @Property({ type: 'text' })
  file!: string;

  @Field(() => String, { description: 'Cited lines: "124", "124-126" or "124-126,130".' })
  @Property({ type: 'text' })
  lines!: string;

  @Field(() => Int, { description: 'First cited line.' })
  get firstLine(): number {
    return expandLines(this.lines)[0];
  }

  @Field(() => Int, { description: 'Last cited line.' })
  get lastLine(): number {
    const all = expandLines(this.lines);
    return all[all.length - 1];
  }

  @Field(() => String, {
    nullable: true,
    description: "The date the report states its figures as of (기준일, partial ISO): the as-of date of every figure that carries no date of its own.",
  })
  get reportAsOf(): string | null {
    return reportAsOf(this.file);
  }

  @Field(() => String, { description: 'The text of the cited lines as the report prints them (joined by newlines).' })
  get text(): string {
    const all = reportLines(this.file);
    return expandLines(this.lines)
      .map((line) => all[line - 1] ?? '')
      .join('\n');
  }
}

export function sourceRef(file: string, lines: string): SourceRef {
  const ref = new SourceRef();
  ref.file = file;
  ref.lines = lines;
  return ref;
}

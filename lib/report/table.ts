/**
 * Turns the answer to a saved operation into a table for council staff: one row per record of the
 * first list in the answer, one column per figure, a unit row from the schema's types, and each
 * record's source as file:lines. CSV is UTF-8 with a BOM so spreadsheets keep the Korean intact.
 */
import {
  getNamedType,
  isListType,
  isNonNullType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';

export interface Table {
  /** Dotted path of the list the rows come from, e.g. "budgetTable.lines". */
  rowsFrom: string;
  columns: string[];
  units: string[];
  rows: string[][];
}

const UNITS: Record<string, string> = {
  Won: '원 (won)',
  Decimal: 'as printed',
  Int: 'count',
};

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/** Output type of every selected field, by dotted response path (lists not indexed). */
function fieldTypes(schema: GraphQLSchema, document: DocumentNode): Map<string, GraphQLOutputType> {
  const types = new Map<string, GraphQLOutputType>();
  const typeInfo = new TypeInfo(schema);
  const path: string[] = [];
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field: {
        enter(node) {
          path.push(node.alias?.value ?? node.name.value);
          const type = typeInfo.getType();
          if (type) types.set(path.join('.'), type);
        },
        leave() {
          path.pop();
        },
      },
    }),
  );
  return types;
}

/** Lists that say something about the record they sit on rather than being records: a roll-up's reconciliation with the printed totals. */
const CELL_LISTS = new Set(['Reconciliation']);

/** The first list of objects in the answer, depth first, by path (lists of CELL_LISTS types stay cells of their record). */
function findRows(value: unknown, types: Map<string, GraphQLOutputType>, path: string[] = []): { path: string; rows: Record<string, unknown>[] } | null {
  if (!value || typeof value !== 'object') return null;
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const childPath = [...path, key];
    const type = types.get(childPath.join('.'));
    if (Array.isArray(child) && type && isList(type) && !CELL_LISTS.has(getNamedType(type).name) && child.every((item) => item && typeof item === 'object')) {
      return { path: childPath.join('.'), rows: child as Record<string, unknown>[] };
    }
    if (!Array.isArray(child)) {
      const found = findRows(child, types, childPath);
      if (found) return found;
    }
  }
  return null;
}

/** The answer's first top-level record, as a table of one row. */
function singleRecord(data: unknown): { path: string; rows: Record<string, unknown>[] } | null {
  const entries = Object.entries((data ?? {}) as Record<string, unknown>).filter(([, value]) => value && typeof value === 'object');
  if (entries.length === 0) return null;
  const [key, value] = entries[0];
  return { path: key, rows: [value as Record<string, unknown>] };
}

/** A reconciliation entry as one readable phrase: "inPost: printed 105, hub 0 (-105; rollup-mismatch:…)". */
function reconciliationText(item: Record<string, unknown>): string {
  const part = item.part ? ` [${item.part}]` : '';
  const sources = Array.isArray(item.sources) ? ` ${(item.sources as Array<{ file: string; lines: string }>).map((s) => `${s.file.slice(0, 3)}:${s.lines}`).join(', ')}` : '';
  const verdict = item.agrees === false ? ` (${item.difference ?? 'differs'}; ${((item.findingIds as string[] | undefined) ?? []).join(', ')})` : item.agrees === true ? ' (agrees)' : '';
  return `${item.measure}${part}: printed ${item.printed}, hub ${item.computed}${verdict}${sources}`;
}

const isReconciliation = (item: unknown) => Boolean(item && typeof item === 'object' && 'measure' in item && 'printed' in item && 'computed' in item);

/** Leaf cells of a record, flattened by dotted path; a `source` object becomes "file:lines", nested lists are joined. */
function flatten(record: Record<string, unknown>, prefix = ''): Array<[string, string]> {
  const cells: Array<[string, string]> = [];
  for (const [key, value] of Object.entries(record)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (key === 'source' && value && typeof value === 'object' && 'file' in value) {
      const source = value as { file: string; lines: string };
      cells.push([name, `${source.file}:${source.lines}`]);
    } else if (Array.isArray(value)) {
      cells.push([name, value.map((item) => (isReconciliation(item) ? reconciliationText(item as Record<string, unknown>) : item && typeof item === 'object' ? JSON.stringify(item) : String(item))).join('; ')]);
    } else if (value && typeof value === 'object') {
      cells.push(...flatten(value as Record<string, unknown>, name));
    } else {
      cells.push([name, value === null || value === undefined ? '' : String(value)]);
    }
  }
  return cells;
}

export function toTable(schema: GraphQLSchema, document: DocumentNode, data: unknown): Table {
  const types = fieldTypes(schema, document);
  // A list of records gives a row each; a single record (a dashboard tile) gives one row.
  const found = findRows(data, types) ?? singleRecord(data);
  if (!found) throw new Error('the answer holds no record to make a table of');
  const rows = found.rows.map((record) => new Map(flatten(record)));
  // Columns in the order the operation selects them; a record left null in some rows gives no column of its own beside its fields'.
  const seen = [...new Set(rows.flatMap((cells) => [...cells.keys()]))];
  const selected = [...types.keys()];
  const position = (column: string) => {
    const index = selected.indexOf(`${found.path}.${column}`);
    return index < 0 ? selected.length : index;
  };
  const columns = seen.filter((column) => !seen.some((other) => other.startsWith(`${column}.`))).sort((a, b) => position(a) - position(b));
  const units = columns.map((column) => {
    if (column.endsWith('source')) return 'file:lines';
    const type = types.get(`${found.path}.${column}`);
    return type ? (UNITS[getNamedType(type).name] ?? '') : '';
  });
  return { rowsFrom: found.path, columns, units, rows: rows.map((cells) => columns.map((c) => cells.get(c) ?? '')) };
}

function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** CSV with a UTF-8 BOM, the header row, then the unit row. */
export function toCsv(table: Table): string {
  const lines = [table.columns, table.units.map((u) => (u ? `unit: ${u}` : '')), ...table.rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function mdCell(value: string): string {
  return value.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function toMarkdown(table: Table): string {
  const header = table.columns.map((c, i) => mdCell(table.units[i] ? `${c} (${table.units[i]})` : c));
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...table.rows.map((row) => `| ${row.map(mdCell).join(' | ')} |`),
  ].join('\n') + '\n';
}

/** Reads `k=v` variables with the types the operation declares (Int, Float, Boolean; else string). */
export function coerceVariables(document: DocumentNode, pairs: string[]): Record<string, unknown> {
  const declared = new Map<string, string>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      let type = variable.type;
      while (type.kind !== Kind.NAMED_TYPE) type = type.type;
      declared.set(variable.variable.name.value, type.name.value);
    }
  }
  const variables: Record<string, unknown> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at < 1) throw new Error(`--var takes name=value, got "${pair}"`);
    const name = pair.slice(0, at);
    const raw = pair.slice(at + 1);
    const type = declared.get(name);
    if (!type) throw new Error(`the operation has no variable $${name}; it takes ${[...declared.keys()].map((k) => `$${k}`).join(', ') || 'none'}`);
    if (type === 'Int' || type === 'Float') {
      const number = Number(raw);
      if (!Number.isFinite(number) || (type === 'Int' && !Number.isInteger(number))) throw new Error(`$${name} must be ${type === 'Int' ? 'a whole number' : 'a number'}, got "${raw}"`);
      variables[name] = number;
    } else if (type === 'Boolean') {
      variables[name] = raw === 'true';
    } else {
      variables[name] = raw;
    }
  }
  return variables;
}

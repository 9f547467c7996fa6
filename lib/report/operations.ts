/** The saved operations in operations/*.graphql, by name. */
import fs from 'node:fs';
import path from 'node:path';
import { parse, type DocumentNode } from 'graphql';
import { PROJECT_ROOT } from '../config';

export const OPERATIONS_DIR = path.join(PROJECT_ROOT, 'operations');

export function savedOperationNames(): string[] {
  if (!fs.existsSync(OPERATIONS_DIR)) return [];
  return fs.readdirSync(OPERATIONS_DIR).filter((f) => f.endsWith('.graphql')).map((f) => path.basename(f, '.graphql')).sort();
}

export function savedOperation(name: string): { text: string; document: DocumentNode } {
  if (!/^[A-Za-z0-9]+$/.test(name) || !savedOperationNames().includes(name)) {
    throw new Error(`no saved operation "${name}"; there are: ${savedOperationNames().join(', ')}`);
  }
  const text = fs.readFileSync(path.join(OPERATIONS_DIR, `${name}.graphql`), 'utf8');
  return { text, document: parse(text) };
}

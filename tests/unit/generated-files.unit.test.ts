/** The checked-in schema/ and generated/ files are what the code produces now. */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { compose, composeHub, type PrintedSubgraph } from '../../gateway/compose';
import { FEDERATION_LINK } from '../../lib/federation/subgraph-schema';
import { SCHEMA_DIR, schemaArtifacts } from '../../gateway/schema-files';
import { PROJECT_ROOT } from '../../lib/config';

describe('schema/', () => {
  it('matches the composition of the current code (run `npm run schema` after changing a type)', async () => {
    const expected = schemaArtifacts(await composeHub());
    expect(Object.keys(expected).sort()).toEqual(
      ['api.graphql', 'budgets.graphql', 'infrastructure.graphql', 'organizations.graphql', 'supergraph.graphql', 'training.graphql'],
    );
    for (const [name, content] of Object.entries(expected)) {
      expect({ name, content: fs.readFileSync(path.join(SCHEMA_DIR, name), 'utf8') }).toEqual({ name, content });
    }
  });

  it('keeps join__/link__ types out of the client-facing schema', () => {
    const api = fs.readFileSync(path.join(SCHEMA_DIR, 'api.graphql'), 'utf8');
    expect(api).not.toMatch(/join__|link__/);
    expect(api).toMatch(/type Organization \{/);
  });

  it('a composition error fails with the composer\'s message', () => {
    const broken: PrintedSubgraph[] = [
      { name: 'organizations', url: 'http://a/graphql', sdl: `${FEDERATION_LINK} type Query { a: Thing } type Thing { id: ID! }` },
      { name: 'budgets', url: 'http://b/graphql', sdl: `${FEDERATION_LINK} type Query { b: Thing } type Thing { id: ID! }` },
    ];
    expect(() => compose(broken)).toThrow(/composition failed:[\s\S]*Non-shareable field "Thing.id"/);
  });
});

describe('generated/ (codegen)', () => {
  // The codegen CLI is ESM inside; its own --check mode runs it in a child process and fails on any difference.
  it('matches what `npm run codegen` writes now', () => {
    const run = () =>
      execFileSync(path.join(PROJECT_ROOT, 'node_modules', '.bin', 'graphql-codegen'), ['--config', 'codegen.yml', '--check'], {
        cwd: PROJECT_ROOT,
        stdio: 'pipe',
      });
    expect(run).not.toThrow();
  });
});

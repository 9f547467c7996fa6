import { buildSchema, parse, validate } from 'graphql';
import { depthLimit } from '../../lib/graphql/depth-limit';

const schema = buildSchema(`
  type Query { node: Node }
  type Node { id: ID, child: Node }
`);

function nested(depth: number): string {
  let selection = 'id';
  for (let i = 0; i < depth - 1; i += 1) selection = `child { ${selection} }`;
  return `{ node { ${selection} } }`;
}

describe('depthLimit', () => {
  it('accepts a query at the limit', () => {
    expect(validate(schema, parse(nested(4)), [depthLimit(5)])).toEqual([]);
  });

  it('refuses a deeper query with a clear error', () => {
    const [error] = validate(schema, parse(nested(6)), [depthLimit(5)]);
    expect(error.message).toBe('Query is nested 7 levels deep; the limit is 5. Split it into smaller queries.');
    expect(error.extensions.code).toBe('QUERY_TOO_DEEP');
  });

  it('follows fragments and does not loop on cycles', () => {
    const query = `{ node { ...F } } fragment F on Node { child { child { child { child { child { id } } } } } }`;
    expect(validate(schema, parse(query), [depthLimit(5)])[0].message).toContain('nested 7 levels');
  });

  it('ignores introspection fields', () => {
    expect(validate(schema, parse('{ __schema { types { fields { type { ofType { name } } } } } }'), [depthLimit(2)])).toEqual([]);
  });
});

describe('depthLimit on fragment chains', () => {
  /** Fragment F<i> spreads F<i-1> twice: 2^k paths through a document of k fragments. */
  function doubledChain(k: number, leaf = 'id'): string {
    let fragments = `fragment F0 on Node { ${leaf} }\n`;
    for (let i = 1; i <= k; i += 1) fragments += `fragment F${i} on Node { child { ...F${i - 1} } ...F${i - 1} }\n`;
    return `{ node { ...F${k} } }\n${fragments}`;
  }

  it('walks each fragment once: 2^60 paths are measured, not walked', () => {
    // Without the memo this would take longer than the universe has left; the assertion is its depth.
    const [error] = validate(schema, parse(doubledChain(60)), [depthLimit(12)]);
    expect(error.message).toBe('Query is nested 62 levels deep; the limit is 12. Split it into smaller queries.');
  });

  it('gives the same depth as a walk of every path on a small chain', () => {
    expect(validate(schema, parse(doubledChain(3)), [depthLimit(5)])).toEqual([]);
    expect(validate(schema, parse(doubledChain(4)), [depthLimit(5)])[0].message).toContain('nested 6 levels');
  });
});

/** Filters on figures in memory (the SQL side is checked against them end to end) and the tree key's units. */
import { compareDecimal } from '../../lib/decimal';
import { figureMatches } from '../../lib/graphql/figure-filters';
import { parentMap, unitsBelow } from '../../lib/federation/organization-tree';

describe('figure filters in memory', () => {
  it('compare decimals exactly, whatever their printed precision', () => {
    expect(compareDecimal('74.40', '74.4')).toBe(0);
    expect(compareDecimal('-0.5', '0')).toBe(-1);
    expect(compareDecimal('100', '99.999')).toBe(1);
    // Past a double's precision.
    expect(compareDecimal('9007199254740993.1', '9007199254740993.01')).toBe(1);
  });

  it('compare won as integers, never as floats', () => {
    const gt = figureMatches('Won', { gt: 9007199254740992n });
    expect(gt(9007199254740993n)).toBe(true);
    expect(gt('9007199254740992')).toBe(false);
  });

  it('let a missing figure match only isNull: true, and ne exclude it like SQL', () => {
    expect(figureMatches('Int', { isNull: true })(null)).toBe(true);
    expect(figureMatches('Int', { isNull: false })(null)).toBe(false);
    expect(figureMatches('Int', { ne: 3 })(null)).toBe(false);
    expect(figureMatches('Int', { ne: 3 })(4)).toBe(true);
    expect(figureMatches('Decimal', { gte: '1.5', lt: '2' })('1.50')).toBe(true);
    expect(figureMatches('Decimal', { gte: '1.5', lt: '2' })('2.0')).toBe(false);
  });
});

describe('the unit one level below an organization', () => {
  // a ─ b ─ d
  //   └ c
  const parents = parentMap([
    { id: 'a', parentId: 'root' },
    { id: 'b', parentId: 'a' },
    { id: 'c', parentId: 'a' },
    { id: 'd', parentId: 'b' },
  ]);

  it('is the child of `under` on the path, `under` itself for its own records, null outside its subtree', () => {
    expect(Object.fromEntries(unitsBelow(parents, 'a', ['a', 'b', 'c', 'd']))).toEqual({ a: 'a', b: 'b', c: 'c', d: 'b' });
    expect(Object.fromEntries(unitsBelow(parents, 'b', ['a', 'b', 'c', 'd']))).toEqual({ a: null, b: 'b', c: null, d: 'd' });
  });

  it('refuses an organization the tree does not hold', () => {
    expect(() => unitsBelow(parents, 'root', ['a'])).toThrow(/"root" is not/);
  });
});

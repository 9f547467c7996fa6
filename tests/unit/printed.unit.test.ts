import { decimalPlaces, parseAmount, parseCount, parseDecimal } from '../../lib/seeds/printed';
import { percentage } from '../../lib/seeds/rates';

describe('printed figures', () => {
  it('turns thousand-won amounts into exact won, past 2^31 and 2^53-safe', () => {
    expect(parseAmount('117,507,909', '천원')).toBe(117_507_909_000n);
    expect(parseAmount('△112,040', '천원')).toBe(-112_040_000n);
    expect(parseAmount('677', '백만원')).toBe(677_000_000n);
    expect(parseAmount('0', '천원')).toBe(0n);
  });

  it('keeps nil markers as null, never 0', () => {
    for (const nil of ['-', '_', '•', '', undefined, null]) expect(parseAmount(nil as string, '천원')).toBeNull();
    expect(parseCount('•')).toBeNull();
  });

  it('refuses what is not a figure', () => {
    expect(() => parseAmount('1,2a3', '천원')).toThrow('not an amount');
    expect(() => parseCount('12.5')).toThrow('not a count');
  });

  it('keeps the printed precision of decimals', () => {
    expect(parseDecimal('74.40')).toBe('74.40');
    expect(parseDecimal('△11.0')).toBe('-11.0');
    expect(parseDecimal('6,709.1')).toBe('6709.1');
    expect(decimalPlaces('74.40')).toBe(2);
    expect(decimalPlaces('100')).toBe(0);
  });
});

describe('percentage', () => {
  it('rounds half up without floating point', () => {
    expect(percentage(43_988_862n, 117_507_909n, 2)).toBe('37.43');
    expect(percentage(1n, 8n, 1)).toBe('12.5');
    expect(percentage(1n, 16n, 2)).toBe('6.25');
    expect(percentage(1n, 3n, 0)).toBe('33');
    expect(percentage(2n, 3n, 2)).toBe('66.67');
  });

  it('has no rate without a denominator', () => {
    expect(percentage(5n, 0n)).toBeNull();
    expect(percentage(null, 10n)).toBeNull();
  });

  it('signs negative rates', () => {
    expect(percentage(-1_708_971n, 15_534_973n, 1)).toBe('-11.0');
  });
});

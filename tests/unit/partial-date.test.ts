import { parsePartialDate } from '../../src/domain/partial-date';
import { DomainError } from '../../src/domain/errors';

describe('partial dates', () => {
  it('covers a whole year', () => {
    expect(parsePartialDate('2023')).toEqual({ value: '2023', precision: 'YEAR', from: '2023-01-01', to: '2023-12-31' });
  });
  it('covers a whole month, leap years included', () => {
    expect(parsePartialDate('2024-02')).toMatchObject({ precision: 'MONTH', from: '2024-02-01', to: '2024-02-29' });
  });
  it('keeps a day as a day', () => {
    expect(parsePartialDate('2023-04-11')).toMatchObject({ precision: 'DAY', from: '2023-04-11', to: '2023-04-11' });
  });
  it.each(['2023-13', '2023-02-30', '23-04-11', 'April 2023', '2023-4-1'])('refuses %s naming the field', (v) => {
    expect(() => parsePartialDate(v, 'saidFrom')).toThrow(DomainError);
    expect(() => parsePartialDate(v, 'saidFrom')).toThrow(/saidFrom/);
  });
});

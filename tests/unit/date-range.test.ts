import { DomainError } from '../../src/domain/errors';
import { dateRange } from '../../src/domain/partial-date';

describe('dateRange: the one from/to of positions and memberships', () => {
  it('normalises each end as given and leaves a missing end null', () => {
    expect(dateRange({ from: ' 2019-03 ', to: null })).toEqual({ from: '2019-03', to: null });
    expect(dateRange({})).toEqual({ from: null, to: null });
  });

  it('refuses an impossible day, naming the end it was given as', () => {
    expect(() => dateRange({ from: '2020', to: '2021-02-29' })).toThrow(DomainError);
    expect(() => dateRange({ from: '2020', to: '2021-02-29' })).toThrow(/^to has no day 29/);
  });
});

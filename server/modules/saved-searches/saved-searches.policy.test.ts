import { describe, expect, it } from 'vitest';
import { SAVED_SEARCH_LIMIT } from '../../../contracts/saved-searches';
import { hasRoomForSavedSearch, isDigestDue } from './saved-searches.policy';

describe('saved search rules', () => {
  it.each([
    ['daily alerts, verified address, not processed yet', true, 'daily', true, null],
    ['daily alerts, verified address, processed yesterday', true, 'daily', true, '2031-03-09'],
    ['already processed today', false, 'daily', true, '2031-03-10'],
    ['alerts off', false, 'off', true, null],
    ['unverified address', false, 'daily', false, null],
  ] as const)('%s: digest due is %s', (_case, due, frequency, emailVerified, lastDigestDay) => {
    expect(isDigestDue({ frequency, lastDigestDay }, { emailVerified }, '2031-03-10')).toBe(due);
  });

  it('allows saving up to the limit and no further', () => {
    expect(hasRoomForSavedSearch(SAVED_SEARCH_LIMIT - 1)).toBe(true);
    expect(hasRoomForSavedSearch(SAVED_SEARCH_LIMIT)).toBe(false);
  });
});

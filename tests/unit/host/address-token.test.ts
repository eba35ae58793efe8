import { describe, expect, it } from 'vitest';
import { parseRoute } from '../../../src/renderer/src/app/router';
import { hashWithToken, takeTokenFromHash } from '../../../src/shared/address-token';

// URLSearchParams has no enumerable fields, so compare report routes by their text.
const routeOf = (hash: string) => {
  const route = parseRoute(hash);
  return route.view === 'report' ? { ...route, params: route.params.toString() } : route;
};

describe('the token in the address fragment', () => {
  it('comes out of every address the host builds, leaving the route the router expects', () => {
    for (const route of [
      '',
      '/',
      '/review',
      '/article/a%201?s=s1',
      '/report?filter=%7B%22actors%22%3A%5B%5D%7D&title=Energy+weekly',
    ]) {
      const { token, hash } = takeTokenFromHash(`#${hashWithToken(route, 'k-_9')}`);
      expect(token).toBe('k-_9');
      expect(routeOf(hash)).toEqual(routeOf(route));
    }
    expect(takeTokenFromHash('#token=abc')).toEqual({ token: 'abc', hash: '' });
    expect(takeTokenFromHash('#/report?token=abc&filter=%7B%7D')).toEqual({
      token: 'abc',
      hash: '/report?filter=%7B%7D',
    });
  });

  it('leaves a hash without a token alone', () => {
    expect(takeTokenFromHash('#/timeline')).toEqual({ token: null, hash: '/timeline' });
    expect(takeTokenFromHash('')).toEqual({ token: null, hash: '' });
    expect(takeTokenFromHash('#/article/x?s=tokens')).toEqual({ token: null, hash: '/article/x?s=tokens' });
  });
});

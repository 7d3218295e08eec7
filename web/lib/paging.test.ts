import { describe, expect, it } from 'vitest';
import { pageFromSearch, pageLinks } from './paging';

describe('page-numbered lists', () => {
  it('reads the page from the URL, page 1 for anything else', () => {
    expect(pageFromSearch(new URLSearchParams('page=3'))).toBe(3);
    for (const bad of ['', 'page=0', 'page=-2', 'page=2.5', 'page=abc']) {
      expect(pageFromSearch(new URLSearchParams(bad))).toBe(1);
    }
  });

  it('links to the neighbouring pages, keeping the other parameters', () => {
    const links = pageLinks(new URLSearchParams('q=laser&status=open&page=2'), 45, 20);
    expect(links).toEqual({
      page: 2,
      pages: 3,
      previous: '?q=laser&status=open',
      next: '?q=laser&status=open&page=3',
    });
  });

  it('has no previous link on the first page and no next link on the last', () => {
    expect(pageLinks(new URLSearchParams(''), 45, 20)).toMatchObject({
      page: 1,
      previous: null,
      next: '?page=2',
    });
    expect(pageLinks(new URLSearchParams('page=3'), 45, 20)).toMatchObject({
      page: 3,
      previous: '?page=2',
      next: null,
    });
    expect(pageLinks(new URLSearchParams(''), 0, 20)).toMatchObject({
      page: 1,
      pages: 1,
      previous: null,
      next: null,
    });
  });

  it('clamps a page past the end to the last page', () => {
    expect(pageLinks(new URLSearchParams('page=9'), 45, 20)).toMatchObject({
      page: 3,
      next: null,
      previous: '?page=2',
    });
  });
});

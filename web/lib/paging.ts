/** Page-numbered lists (offset paging): the page a URL asks for and the links around it. */

export function pageFromSearch(search: URLSearchParams): number {
  const page = Number(search.get('page'));
  return Number.isInteger(page) && page > 1 ? page : 1;
}

export interface PageLinks {
  page: number;
  pages: number;
  /** Search strings (with "?") of the previous and next pages; null at either end. */
  previous: string | null;
  next: string | null;
}

/** The same search with another page: page 1 is the search without a page parameter. */
export function pageLinks(search: URLSearchParams, total: number, pageSize: number): PageLinks {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(pageFromSearch(search), pages);
  const at = (n: number) => {
    const params = new URLSearchParams(search);
    if (n <= 1) params.delete('page');
    else params.set('page', String(n));
    const text = params.toString();
    return text ? `?${text}` : '?';
  };
  return {
    page,
    pages,
    previous: page > 1 ? at(page - 1) : null,
    next: page < pages ? at(page + 1) : null,
  };
}

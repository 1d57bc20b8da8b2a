import { type ErrorContext, PaginationError } from "./errors.js";
import { unwrap } from "./result.js";

/** How to read one page of a provider's list response. */
export interface PageReader<Page, Item> {
  /** The items of a page. */
  items(page: Page): Item[];
  /** Whether the page numbered `pageNumber` (from 1) is the last one. */
  isLast(page: Page, pageNumber: number): boolean;
}

export interface PaginateOptions {
  /** Guard against an endless listing: more pages than this fail with a `PaginationError`. Default 1000. */
  maxPages?: number;
}

/**
 * Iterates over the items of every page, fetching page 1, 2, … lazily until the reader says the page
 * was the last (or it is empty). A failed page rejects with a {@link PaginationError} naming the page
 * number, its `cause` the `ApiError` or transport error. Provider packages wrap this in a typed
 * `paginate(client, path, init)`.
 */
export async function* paginatePages<Page, Item>(
  fetchPage: (pageNumber: number) => Promise<{ data?: Page; response: Response }>,
  reader: PageReader<Page, Item>,
  context: ErrorContext,
  { maxPages = 1000 }: PaginateOptions = {},
): AsyncGenerator<Item, void, undefined> {
  const prefix = `${context.provider}: ${context.operation}: `;
  for (let pageNumber = 1; ; pageNumber++) {
    let page: Page;
    try {
      page = unwrap(await fetchPage(pageNumber)) as Page;
    } catch (error) {
      const message = String((error as Error)?.message ?? error).replace(prefix, "");
      throw new PaginationError(`page ${pageNumber}: ${message}`, { ...context, page: pageNumber }, error);
    }
    const items = reader.items(page);
    yield* items;
    if (items.length === 0 || reader.isLast(page, pageNumber)) return;
    if (pageNumber >= maxPages) {
      const message = `more than ${maxPages} pages (maxPages); raise it to read further`;
      throw new PaginationError(message, { ...context, page: pageNumber });
    }
  }
}

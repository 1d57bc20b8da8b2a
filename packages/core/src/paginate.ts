import { type ErrorContext, PaginationError } from "./errors.js";
import { unwrap } from "./result.js";

/** How to read one page of a provider's list response. */
export interface PageReader<Page, Item> {
  /** The items of a page; throws (or returns a non-array) when the page is not the documented shape. */
  items(page: Page): Item[];
  /** Whether the page numbered `pageNumber` (from 1) is the last one. */
  isLast(page: Page, pageNumber: number): boolean;
}

export interface PaginateOptions {
  /** Guard against an endless listing: more pages than this fail with a `PaginationError`. A whole number ≥ 1; default 1000. */
  maxPages?: number | undefined;
}

/**
 * Iterates over the items of every page, fetching page 1, 2, … lazily until the reader says the page
 * was the last (or it is empty). Every failure is a {@link PaginationError} naming the page number, with
 * a `cause`: a failed page (the `ApiError` or transport error), a page that is not the documented shape
 * (the reader's `TypeError`), more pages than `maxPages`, or an invalid `maxPages` (page 1, before any
 * request). Provider packages wrap this in a typed `paginate(client, path, init)`.
 */
export async function* paginatePages<Page, Item>(
  fetchPage: (pageNumber: number) => Promise<{ data?: Page; response: Response }>,
  reader: PageReader<Page, Item>,
  context: ErrorContext,
  { maxPages = 1000 }: PaginateOptions = {},
): AsyncGenerator<Item, void, undefined> {
  const prefix = `${context.provider}: ${context.operation}: `;
  const fail = (page: number, what: string, cause: unknown) =>
    new PaginationError(`page ${page}: ${what}`, { ...context, page }, cause);
  if (!(Number.isInteger(maxPages) && maxPages >= 1)) {
    throw fail(1, "maxPages must be a whole number ≥ 1", new TypeError(`maxPages is ${maxPages}`));
  }
  for (let pageNumber = 1; ; pageNumber++) {
    let items: Item[];
    let last: boolean;
    try {
      const page = unwrap(await fetchPage(pageNumber)) as Page;
      try {
        items = reader.items(page);
        last = reader.isLast(page, pageNumber);
        if (!Array.isArray(items) || typeof last !== "boolean")
          throw new TypeError("no list of items or no end marker");
      } catch (error) {
        throw fail(pageNumber, "the page is not the documented list shape", error);
      }
    } catch (error) {
      if (error instanceof PaginationError) throw error;
      throw fail(pageNumber, String((error as Error)?.message ?? error).replace(prefix, ""), error);
    }
    yield* items;
    if (items.length === 0 || last) return;
    if (pageNumber >= maxPages) {
      throw fail(
        pageNumber,
        `more than ${maxPages} pages (maxPages); raise it to read further`,
        new RangeError("maxPages reached"),
      );
    }
  }
}

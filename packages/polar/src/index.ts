/**
 * `@specfirst/polar`: a typed client for Polar's legacy `/v1/users/*` API (the signed-in user's orders
 * and subscriptions), generated from the hand-written OpenAPI 3.1 document in `specs/polar` (source:
 * polarsource/polar server code at 1e09e8e2, the last snapshot before the endpoints were replaced by
 * `/v1/customer-portal/*` on 2024-12-16).
 *
 * @packageDocumentation
 */
import {
  type ApiClient,
  type CallOptions,
  type ClientOptions,
  createApiClient,
  type HeadersOptions,
  invalidOption,
  type PaginateOptions,
  paginatePages,
} from "@specfirst/core";
import { version } from "../package.json";
import type { components, operations, paths } from "./generated/openapi.js";
import { operationTable, servers } from "./generated/spec.js";

// The shared runtime contract (errors, unwrap, option and result types) is part of every client package.
export * from "@specfirst/core";
export type { components, operations, paths };

type Schemas = components["schemas"];

/** An order of the user (Polar's UserOrder): amounts in cents, product, price, optional subscription. */
export type Order = Schemas["UserOrder"];
/** `{ url }`: the hosted invoice of an order. */
export type OrderInvoice = Schemas["UserOrderInvoice"];
/** The product of an order, with its prices, benefits, media and organization. */
export type OrderProduct = Schemas["UserOrderProduct"];
/** The subscription an order belongs to, without product and price. */
export type OrderSubscription = Schemas["UserOrderSubscription"];
/** One page of orders: `items` and `pagination`. */
export type OrderList = Schemas["ListResourceUserOrder"];
/** A `sorting` criterion of the order list; a leading `-` sorts descending. */
export type OrderSortProperty = Schemas["UserOrderSortProperty"];
/** A subscription of the user (Polar's UserSubscription), with its product and price. */
export type Subscription = Schemas["UserSubscription"];
/** The product of a subscription. */
export type SubscriptionProduct = Schemas["UserSubscriptionProduct"];
/** Body of `PATCH /v1/users/subscriptions/{id}`: `{ product_price_id }`. */
export type SubscriptionUpdate = Schemas["UserSubscriptionUpdate"];
/** One page of subscriptions: `items` and `pagination`. */
export type SubscriptionList = Schemas["ListResourceUserSubscription"];
/** `incomplete`, `incomplete_expired`, `trialing`, `active`, `past_due`, `canceled` or `unpaid`. */
export type SubscriptionStatus = Schemas["SubscriptionStatus"];
/** `month` or `year`. */
export type SubscriptionRecurringInterval = Schemas["SubscriptionRecurringInterval"];
/** A `sorting` criterion of the subscription list; a leading `-` sorts descending. */
export type SubscriptionSortProperty = Schemas["UserSubscriptionSortProperty"];
/** A product price, discriminated by `type` (`recurring`, `one_time`) and then `amount_type` (`fixed`, `custom`, `free`). */
export type ProductPrice = Schemas["ProductPrice"];
/** `one_time` or `recurring`. */
export type ProductPriceType = Schemas["ProductPriceType"];
/** `{ total_count, max_page }` of a list page. */
export type Pagination = Schemas["Pagination"];
/** The organization selling a product. */
export type Organization = Schemas["Organization"];
/** 404 body: `{ error: "ResourceNotFound", detail }`. */
export type ResourceNotFound = Schemas["ResourceNotFound"];
/** 403 body of cancelling a subscription that is already canceled. */
export type AlreadyCanceledSubscription = Schemas["AlreadyCanceledSubscription"];
/** 422 body: validation errors (`detail`). */
export type HTTPValidationError = Schemas["HTTPValidationError"];

/** Short name of one of the spec's servers. */
export type PolarServer = keyof typeof servers;

/** Base URLs by server name: `production` (https://api.polar.sh) and `sandbox` (https://sandbox-api.polar.sh). */
export const POLAR_SERVERS: Readonly<Record<PolarServer, string>> = servers;

/** Options of {@link createPolarClient}: the shared {@link ClientOptions} plus `server`. */
export interface PolarClientOptions extends ClientOptions {
  /** Which Polar environment to call when `baseUrl` is not given. Default `"production"`. */
  server?: PolarServer | undefined;
}

/** The typed Polar client: `GET`/`PATCH`/`DELETE` over the spec's paths, returning `{ data, error, response }`. */
export type PolarClient = ApiClient<paths>;

/**
 * Creates a Polar client for the `/v1/users/*` endpoints.
 *
 * @param options - `token` (a Personal Access Token or an OAuth2 access token with the `user:orders:read`,
 *   `user:subscriptions:read` or `user:subscriptions:write` scope, sent as `Authorization: Bearer <token>`),
 *   `server` (`"production"` or `"sandbox"`), or `baseUrl` to override both; `headers`, `fetch`.
 * @throws TypeError when `server` is unknown or `baseUrl` is not an absolute http(s) URL.
 * @example
 * const polar = createPolarClient({ token: process.env.POLAR_TOKEN, server: "sandbox" });
 * const { data } = await polar.GET("/v1/users/orders/", { params: { query: { limit: 20 } } });
 */
export function createPolarClient(options: PolarClientOptions = {}): PolarClient {
  const server = options.server ?? "production";
  const defaultBaseUrl =
    POLAR_SERVERS[server] ?? invalidOption("polar", "server must be production or sandbox", server);
  // `server` is Polar's own option; the shared runtime ignores it.
  return createApiClient<paths>({ id: "polar", version, defaultBaseUrl, operations: operationTable }, options);
}

/** The list operations: paged by `page`/`limit`, answered with `items` and `pagination.max_page`. */
export type PolarListPath = "/v1/users/orders/" | "/v1/users/subscriptions/";

type ListOperation<Path extends PolarListPath> = paths[Path]["get"];
/** The item type a list path yields: `Order` or `Subscription`. */
export type PolarListItem<Path extends PolarListPath> =
  ListOperation<Path>["responses"][200]["content"]["application/json"]["items"][number];

/** Request options of {@link paginate}: filters, `limit` and `sorting` (every query parameter but `page`). */
export interface PolarListInit<Path extends PolarListPath> extends CallOptions {
  params?: { query?: Omit<NonNullable<ListOperation<Path>["parameters"]["query"]>, "page"> | undefined } | undefined;
  headers?: HeadersOptions | undefined;
  signal?: AbortSignal | undefined;
}

/**
 * Iterates over every item of a list operation, requesting page 1, 2, … until `pagination.max_page`.
 * Filters, `limit` (items per page, server maximum 100) and `sorting` apply to every page.
 *
 * @throws PaginationError (with `page`, and the `ApiError` or transport error as `cause`) when a page fails,
 *   or when there are more than `maxPages` pages (default 1000).
 * @example
 * for await (const order of paginate(polar, "/v1/users/orders/", { params: { query: { limit: 100 } } })) {
 *   console.log(order.id);
 * }
 */
export function paginate<Path extends PolarListPath>(
  client: PolarClient,
  path: Path,
  init: PolarListInit<Path> = {},
  options?: PaginateOptions,
): AsyncGenerator<PolarListItem<Path>, void, undefined> {
  type Page = { items: PolarListItem<Path>[]; pagination: { max_page: number } };
  const list = client.GET as (path: PolarListPath, init: object) => Promise<{ data?: Page; response: Response }>;
  return paginatePages(
    (page) => list(path, { ...init, params: { query: { ...init.params?.query, page } } }),
    { items: (body: Page) => body.items, isLast: (body: Page, page) => page >= body.pagination.max_page },
    { provider: "polar", operation: `GET ${path}` },
    options,
  );
}

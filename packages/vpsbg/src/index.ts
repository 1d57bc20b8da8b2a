/**
 * `@specfirst/vpsbg`: a typed client for the VPSBG hosting API (orders), generated from the
 * hand-written OpenAPI 3.1 document in `specs/vpsbg` (source: https://dev.vpsbg.eu, API Introduction
 * and the Orders pages).
 *
 * @packageDocumentation
 */
import {
  type ApiClient,
  type CallOptions,
  type ClientOptions,
  createApiClient,
  type HeadersOptions,
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

/**
 * A full order as `GET /orders/{id}` returns it: amounts (decimals, currency not stated; `tax_rate` is a
 * multiplier such as 1.2), status, type, invoices, promo, payment information and service lines.
 */
export type Order = Schemas["Order"];
/** An order as listed by `GET /orders`: the order's own fields, without `invoices` and `services`. */
export type OrderListItem = Schemas["OrderListItem"];
/** One page of `GET /orders`: `data` (the orders), `links` and `meta` (Laravel pagination). */
export type OrderList = Schemas["OrderList"];
/** `processing`, `cancelled`, `paid` or `awaiting_payment` (the docs list these as examples). */
export type OrderStatus = Schemas["OrderStatus"];
/** What the order is for: `new-service`, `renew-service`, `scale-service`, `deposit`, … */
export type OrderType = Schemas["OrderType"];
/** `balance`, `card`, `bank`, `bitcoin` or `bitcoin-ln`. */
export type PaymentMethod = Schemas["PaymentMethod"];
/** An invoice of an order (`proform` or `original`). */
export type OrderInvoice = Schemas["OrderInvoice"];
/** `proform` or `original`. */
export type InvoiceType = Schemas["InvoiceType"];
/** The promo code applied to an order. */
export type OrderPromo = Schemas["OrderPromo"];
/** Card or Bitcoin details of a paid order; which fields are present depends on how it was paid. */
export type PaymentInformation = Schemas["PaymentInformation"];
/** One service line of an order; `period_from`/`period_to` are Unix timestamps in seconds. */
export type OrderService = Schemas["OrderService"];
/** Kind of service on an order line (`server`, `shared-hosting`, `floating-ip`, …). */
export type ServiceType = Schemas["ServiceType"];
/** `links` of a paginated list. */
export type PaginationLinks = Schemas["PaginationLinks"];
/** `meta` of a paginated list (`current_page`, `last_page`, `per_page`, `total`, …). */
export type PaginationMeta = Schemas["PaginationMeta"];
/** Body of the change-renewal-period call: `billing_cycle` in months, optional `promo_code`. */
export type ChangeRenewalPeriodRequest = Schemas["ChangeRenewalPeriodRequest"];

/** `https://api.vpsbg.eu/v1`, the server of the VPSBG docs. */
export const VPSBG_DEFAULT_BASE_URL: string = servers.default;

/** The typed VPSBG client: `GET`/`PATCH` over the spec's paths, returning `{ data, error, response }`. */
export type VpsbgClient = ApiClient<paths>;

/**
 * Creates a VPSBG client. Every request carries `Accept: application/json`, which VPSBG requires.
 *
 * @param options - `token` (an API key from the client area, sent as `Authorization: Bearer <token>`;
 *   Read keys may only call `GET`), `baseUrl` (default {@link VPSBG_DEFAULT_BASE_URL}), `headers`, `fetch`.
 * @throws TypeError when `baseUrl` is not an absolute http(s) URL.
 * @example
 * const vpsbg = createVpsbgClient({ token: process.env.VPSBG_TOKEN });
 * const { data: order } = await vpsbg.GET("/orders/{id}", { params: { path: { id: 7756 } } });
 */
export function createVpsbgClient(options: ClientOptions = {}): VpsbgClient {
  return createApiClient<paths>(
    {
      id: "vpsbg",
      version,
      defaultBaseUrl: VPSBG_DEFAULT_BASE_URL,
      defaultHeaders: { Accept: "application/json" },
      operations: operationTable,
    },
    options,
  );
}

/** Request options of {@link paginate}: `per_page` and `filter[status]` (every query parameter but `page`). */
export interface VpsbgListInit extends CallOptions {
  params?:
    | { query?: Omit<NonNullable<operations["listOrders"]["parameters"]["query"]>, "page"> | undefined }
    | undefined;
  headers?: HeadersOptions | undefined;
  signal?: AbortSignal | undefined;
}

/**
 * Iterates over every order of `GET /orders`, requesting page 1, 2, … of the Laravel-paginated list
 * until `meta.last_page` (or a null `links.next`). `per_page` and `filter[status]` apply to every page.
 *
 * @throws PaginationError (with `page`, and the `ApiError` or transport error as `cause`) when a page fails,
 *   or when there are more than `maxPages` pages (default 1000).
 * @example
 * for await (const order of paginate(vpsbg, "/orders", { params: { query: { "filter[status]": "paid" } } })) {
 *   console.log(order.id, order.amount_with_vat);
 * }
 */
export function paginate(
  client: VpsbgClient,
  path: "/orders",
  init: VpsbgListInit = {},
  options?: PaginateOptions,
): AsyncGenerator<OrderListItem, void, undefined> {
  return paginatePages(
    (page) => client.GET(path, { ...init, params: { query: { ...init.params?.query, page } } }),
    {
      items: (body: OrderList) => body.data,
      isLast: (body: OrderList, page) => page >= body.meta.last_page || body.links.next === null,
    },
    { provider: "vpsbg", operation: `GET ${path}` },
    options,
  );
}

/**
 * `@specfirst/novaproxy`: a typed client for the NovaProxy API (proxy orders and plans), generated from
 * the hand-written OpenAPI 3.1 document in `specs/novaproxy` (source: https://docs.novaproxy.io/docs).
 *
 * @packageDocumentation
 */
import { type ApiClient, type ClientOptions, createApiClient } from "@specfirst/core";
import { version } from "../package.json";
import type { components, operations, paths } from "./generated/openapi.js";
import { operationTable, servers } from "./generated/spec.js";

// The shared runtime contract (errors, unwrap, option and result types) is part of every client package.
export * from "@specfirst/core";
export type { components, operations, paths };

type Schemas = components["schemas"];

/**
 * One proxy order (NovaProxy's UserPlanResource), identified by `uuid`. `username` and `password` are
 * `null` until credentials are ready; bandwidth fields are in bytes; `price` has no documented currency.
 */
export type Order = Schemas["UserPlanResource"];
/** Order lifecycle state: `awaiting_payment`, `active`, `inactive`, `expired`, `exhausted`, `pending`, `failed`, `invoice_expired`. */
export type OrderStatus = Schemas["OrderStatus"];
/** `{ gross, discount, net }` decimal amounts of an order (currency not documented). */
export type OrderPrice = Schemas["OrderPrice"];
/** Body of `POST /orders`: `plan` slug plus `bandwidth` (GB), or `duration` and `config`, per plan type. */
export type CreateOrderRequest = Schemas["CreateOrderRequest"];
/** A purchasable plan (NovaProxy's PlanResource); `type` says whether it is sold per GB or per period. */
export type Plan = Schemas["PlanResource"];
/** `bandwidth` (sold per GB) or `duration` (sold per period). */
export type PlanType = Schemas["PlanType"];
/** A bandwidth tier of a bandwidth plan (`bandwidth_in_bytes`, `price_per_gb`). */
export type PlanBandwidth = Schemas["PlanBandwidth"];
/** A period of a duration plan, with the options an order must configure. */
export type PlanDuration = Schemas["PlanDuration"];
/** A configurable option of a duration (`select`, `range` or `number`). */
export type PlanDurationOption = Schemas["PlanDurationOption"];
/** One choice of a `select` option. */
export type PlanDurationOptionChoice = Schemas["PlanDurationOptionChoice"];
/** A rotation mode of a plan (`rotating`, `sticky`). */
export type PlanRotation = Schemas["PlanRotation"];
/** A proxy protocol of a plan with its port (`http` 12321, `socks5` 32325). */
export type PlanProtocol = Schemas["PlanProtocol"];

/**
 * Base URL used when none is given. NovaProxy documents no API host: this one is an assumption marked
 * `x-unverified` in the spec, so pass `baseUrl` once you know the real host.
 */
export const NOVAPROXY_DEFAULT_BASE_URL: string = servers.default;

/** The typed NovaProxy client: `GET`/`POST` over the spec's paths, returning `{ data, error, response }`. */
export type NovaProxyClient = ApiClient<paths>;

/**
 * Creates a NovaProxy client.
 *
 * @param options - `baseUrl` (default {@link NOVAPROXY_DEFAULT_BASE_URL}, unverified), `token` (sent as
 *   `Authorization: Bearer <token>`; the scheme is undocumented and assumed), `headers`, `fetch`.
 * @throws TypeError when `baseUrl` is not an absolute http(s) URL.
 * @example
 * const novaproxy = createNovaProxyClient({ token: process.env.NOVAPROXY_TOKEN });
 * const { data: orders } = await novaproxy.GET("/orders");
 */
export function createNovaProxyClient(options: ClientOptions = {}): NovaProxyClient {
  return createApiClient<paths>(
    { id: "novaproxy", version, defaultBaseUrl: NOVAPROXY_DEFAULT_BASE_URL, operations: operationTable },
    options,
  );
}

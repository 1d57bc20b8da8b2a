/**
 * `@specfirst/vpsbg`: a typed client for the VPSBG hosting API (servers, plans, floating IPs, DDoS
 * protection, snapshots, backups, invoices, support, orders and the account), generated
 * from the hand-written OpenAPI 3.1 document in `specs/vpsbg` (source: https://dev.vpsbg.eu, the API
 * Introduction and each operation's page).
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
 * A server as `GET /servers` and `GET /servers/{id}` return it: `id`, `hostname`, `billing_cycle`
 * (months), `plan`, billing `status`, `locked`, and (typed from VPSBG's example, optional) dates in ISO
 * 8601, `ip_addresses`, `addons`, `server_image`, renewal amounts (decimals, VAT excluded or included).
 */
export type Server = Schemas["Server"];
/** One page of `GET /servers`: `data` (the servers), `links` and `meta` (Laravel pagination). */
export type ServerList = Schemas["ServerList"];
/** A server's billing status: `active`, `processing`, `suspended` or `terminated` (VPSBG's examples). */
export type ServerStatus = Schemas["ServerStatus"];
/**
 * `GET /servers/{id}/status`: `running`, `suspended`, `network_suspended`, `rescue_mode`, `dns_resolvers`,
 * and current use: `cpu` in percent, `disk` and `bandwidth` in GB.
 */
export type ServerLiveStatus = Schemas["ServerLiveStatus"];
/** `GET /servers/{id}/metrics`: data points (Unix `timestamp` in seconds; CPU %, network and I/O in MB/s). */
export type ServerMetrics = Schemas["ServerMetrics"];
/** `GET /servers/{id}/bandwidth`: `limit` and `used` in GB, and `daily_usage` (GB in and out per day). */
export type ServerBandwidth = Schemas["ServerBandwidth"];
/** A deployment plan: `type` (`vds`, `cloud-vps`), cores, memory and disk in GB, traffic in TB, monthly prices. */
export type Plan = Schemas["Plan"];
/** `GET /plans`: `data` (the plans), with pagination `links` and `meta` where the API sends them. */
export type PlanList = Schemas["PlanList"];
/** A promo code of a plan: `code`, `percentage` (discount in percent), `minimum_billing_cycle` (months). */
export type PromoCode = Schemas["PromoCode"];

/** The body of `POST /servers` (deploy): `name`, `plan` (e.g. `cloud-vps-2gb`), `billing_cycle` (months, 1–24), what it boots from, access, addons. */
export type DeployServerRequest = Schemas["DeployServerRequest"];
/** `POST /servers/renew/calculate`: the renewal's amounts (decimals, VAT excluded and included) and discounts. */
export type ServerRenewAmount = Schemas["ServerRenewAmount"];
/** `POST /servers/{id}/scale/calculate`: the change's amount (VAT excluded and included) and its `estimated_downtime`. */
export type ServerScaleCost = Schemas["ServerScaleCost"];
/** An addon a server can buy (`GET /servers/{server_id}/addons`): `key` and prices, monthly and until the server expires. */
export type AvailableAddon = Schemas["AvailableAddon"];
/** A snapshot: `id`, `server_id`, `name`, `created_at` (ISO 8601), `size` (the disk size, GB assumed). */
export type Snapshot = Schemas["Snapshot"];
/** One page of `GET /snapshots` (Laravel pagination). */
export type SnapshotList = Schemas["SnapshotList"];
/** A backup: as {@link Snapshot}, with the server's `server_hostname` and `server_ip`. */
export type Backup = Schemas["Backup"];
/** One page of `GET /backups` (Laravel pagination). */
export type BackupList = Schemas["BackupList"];
/** A floating IP: its service `status`, the server it is attached to (or null), `billing_cycle` (months), `expiry_at`, plan, address, cancel request. */
export type FloatingIp = Schemas["FloatingIp"];
/** One page of `GET /floating-ips` (Laravel pagination). */
export type FloatingIpList = Schemas["FloatingIpList"];
/** An IP address of the account: `ip_address`, `prefix`, `version` (4 or 6), `main`, `ddos_protected`, `ptr` (reverse DNS, address → host name). */
export type IpAddress = Schemas["IpAddress"];
/** `GET /network-protection/{id}`: whether the DDoS-protected IP is `under_attack`, the IP, its expiry and the service it protects. */
export type NetworkProtection = Schemas["NetworkProtection"];
/** An attack on a protected IP: `started_at`/`ended_at`, `detector`, `severity`, peak rates (Mbps, packets per second). */
export type Attack = Schemas["Attack"];
/** One page of `GET /network-protection/{id}/attacks` (Laravel pagination). */
export type AttackList = Schemas["AttackList"];
/** `GET /network-protection/{id}/attacks/{attack_id}`: an {@link Attack} with its initial rates and top protocols, networks, IPs and ports. */
export type AttackDetails = Schemas["AttackDetails"];
/** A protected IP's geo filter: `active`, `action` (`allow` or `deny`) and `countries` (codes such as `BG`). */
export type GeoFilter = Schemas["GeoFilter"];
/** A protected IP's blacklist: `active` and `networks` (addresses and CIDR ranges). */
export type Blacklist = Schemas["Blacklist"];
/** `GET /balance`: `balance`, `currency` (e.g. `EUR`), expenses, the last deposit, unconfirmed Bitcoin deposits. */
export type Balance = Schemas["Balance"];
/** One page of `GET /invoices`: `data` of {@link OrderInvoice} (Laravel pagination). */
export type InvoiceList = Schemas["InvoiceList"];
/** The account holder as `PATCH /user` returns it: contact, country (with its VAT `tax_rate`), company, 2FA. */
export type User = Schemas["User"];
/** `GET /user/2fa`: a TOTP `secret_key` and its `otp_auth_url` (for a QR code). */
export type TwoFactorSecret = Schemas["TwoFactorSecret"];
/** `PUT /affiliate`: the referral code and URL, turnover and earnings (decimals), days to the next payout. */
export type Affiliate = Schemas["Affiliate"];
/** A support ticket: `status`, `subject`, `department`, the service it is about, its `messages` with attachments. */
export type Ticket = Schemas["Ticket"];
/** The body of `POST /support/tickets` (multipart: pass an object, files as `Blob`s in `attachments[]`). */
export type CreateTicketRequest = Schemas["CreateTicketRequest"];
/** An SSH key of the account: `name`, `fingerprint`, `key`, and the servers it is installed on. */
export type SshKey = Schemas["SshKey"];
/** A 422's body (Laravel's, assumed): `message` and, per field, its `errors`. */
export type ValidationErrorBody = Schemas["ValidationErrorBody"];

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

/** The typed VPSBG client: `GET`/`PATCH`/… over the spec's paths, returning `{ data, error, response }`. */
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

/** A Laravel-paginated body: the page's `data`, and its `links` and `meta`. */
interface LaravelPage {
  data: unknown[];
  links: PaginationLinks;
  meta: PaginationMeta;
}

/**
 * The paths whose `GET` is a paginated list, derived from the spec: a `page` query parameter and a 200
 * body of `data`, `links` and `meta` (`/servers`, `/orders`, `/invoices`, `/snapshots`, …).
 */
export type VpsbgListPath = {
  [Path in keyof paths]: paths[Path] extends {
    get: { parameters: { query?: infer Query }; responses: { 200: { content: { "application/json": LaravelPage } } } };
  }
    ? "page" extends keyof NonNullable<Query>
      ? Path
      : never
    : never;
}[keyof paths];

type ListOperation<Path extends VpsbgListPath> = paths[Path]["get"];
type ListPathParameters<Path extends VpsbgListPath> = NonNullable<ListOperation<Path>["parameters"]["path"]>;
type ListQuery<Path extends VpsbgListPath> = Omit<NonNullable<ListOperation<Path>["parameters"]["query"]>, "page">;

/** The item type a list path yields, e.g. `Server` for `/servers`, `OrderListItem` for `/orders`. */
export type VpsbgListItem<Path extends VpsbgListPath> =
  ListOperation<Path>["responses"][200]["content"]["application/json"]["data"][number];

/**
 * Request options of {@link paginate}: every query parameter but `page` (`per_page`, `filter[…]`, `sort…`),
 * and the path parameters where the path has some (they are then required).
 */
export type VpsbgListInit<Path extends VpsbgListPath> = CallOptions & {
  headers?: HeadersOptions | undefined;
  signal?: AbortSignal | undefined;
} & ([ListPathParameters<Path>] extends [never]
    ? { params?: { query?: ListQuery<Path> | undefined } | undefined }
    : { params: { path: ListPathParameters<Path>; query?: ListQuery<Path> | undefined } });

/**
 * Iterates over every item of a paginated list ({@link VpsbgListPath}), requesting page 1, 2, … until
 * `meta.last_page` (or a null `links.next`). The other query parameters apply to every page.
 *
 * @throws PaginationError (with `page`, and the `ApiError` or transport error as `cause`) when a page fails,
 *   or when there are more than `maxPages` pages (default 1000).
 * @example
 * for await (const server of paginate(vpsbg, "/servers", { params: { query: { per_page: 50 } } })) {
 *   console.log(server.id, server.hostname);
 * }
 */
export function paginate<Path extends VpsbgListPath>(
  client: VpsbgClient,
  path: Path,
  ...[init, options]: [ListPathParameters<Path>] extends [never]
    ? [init?: VpsbgListInit<Path>, options?: PaginateOptions]
    : [init: VpsbgListInit<Path>, options?: PaginateOptions]
): AsyncGenerator<VpsbgListItem<Path>, void, undefined> {
  const request = (init ?? {}) as { params?: { path?: object; query?: object } };
  // The generic path defeats openapi-fetch's per-path overloads; the types above already checked the call.
  const list = client.GET as (path: string, init: object) => Promise<{ data?: LaravelPage; response: Response }>;
  return paginatePages(
    (page) => list(path, { ...request, params: { ...request.params, query: { ...request.params?.query, page } } }),
    {
      items: (body: LaravelPage) => body.data as VpsbgListItem<Path>[],
      isLast: (body: LaravelPage, page) => page >= body.meta.last_page || body.links.next === null,
    },
    { provider: "vpsbg", operation: `GET ${path}` },
    options,
  );
}

// Generated from @specfirst/spec-vpsbg (specs/vpsbg/openapi.yaml)
// by scripts/generate-client.mjs. Do not edit: change the spec and run `pnpm generate`.
/**
 * `@specfirst/vpsbg/validate`: opt-in validation of VPSBG's responses against the spec. Pass
 * `validators` as the client's `validate` option; each response body is checked against the schema
 * of its status, and each difference goes to `onDrift` (or fails the call with `throwOnDrift`). The
 * validators are plain code compiled from the spec (no `eval`, so a strict CSP allows them); a
 * program that does not import this entry bundles none of it, and one that imports a single
 * operation's export bundles only that operation's validators.
 *
 * @packageDocumentation
 */
import { type OperationValidators, type ResponseValidation, validateResponses } from "@specfirst/core";
import * as schemas from "./response-validators.js";

/** `PATCH /user`: validates the 200, 422 bodies; any other status is a drift. */
export const updateUser: OperationValidators = {
  operationId: "updateUser",
  operation: "PATCH /user",
  responses: { "200": schemas.User, "401": null, "403": null, "422": schemas.ValidationErrorBody, "429": null, "500": null },
};

/** `GET /user/2fa`: validates the 200 body; any other status is a drift. */
export const getTwoFactorSecret: OperationValidators = {
  operationId: "getTwoFactorSecret",
  operation: "GET /user/2fa",
  responses: { "200": schemas.TwoFactorSecret, "401": null, "429": null, "500": null },
};

/** `POST /user/2fa`: validates the 422 body; any other status is a drift. */
export const enableTwoFactor: OperationValidators = {
  operationId: "enableTwoFactor",
  operation: "POST /user/2fa",
  responses: { "204": null, "401": null, "403": null, "422": schemas.ValidationErrorBody, "429": null, "500": null },
};

/** `GET /balance`: validates the 200 body; any other status is a drift. */
export const getBalance: OperationValidators = {
  operationId: "getBalance",
  operation: "GET /balance",
  responses: { "200": schemas.Balance, "401": null, "429": null, "500": null },
};

/** `PUT /affiliate`: validates the 200, 422 bodies; any other status is a drift. */
export const updateReferralCode: OperationValidators = {
  operationId: "updateReferralCode",
  operation: "PUT /affiliate",
  responses: { "200": schemas.Affiliate, "401": null, "403": null, "422": schemas.ValidationErrorBody, "429": null, "500": null },
};

/** `GET /invoices`: validates the 200, 422 bodies; any other status is a drift. */
export const listInvoices: OperationValidators = {
  operationId: "listInvoices",
  operation: "GET /invoices",
  responses: { "200": schemas.InvoiceList, "401": null, "422": schemas.ValidationErrorBody, "429": null, "500": null },
};

/** `POST /support`: validates the 201, 422 bodies; any other status is a drift. */
export const purchaseSupportPlan: OperationValidators = {
  operationId: "purchaseSupportPlan",
  operation: "POST /support",
  responses: { "201": schemas.Order, "401": null, "403": null, "422": schemas.ValidationErrorBody, "429": null, "500": null },
};

/** `POST /support/tickets`: validates the 200, 422 bodies; any other status is a drift. */
export const createTicket: OperationValidators = {
  operationId: "createTicket",
  operation: "POST /support/tickets",
  responses: { "200": schemas.Ticket, "401": null, "403": null, "422": schemas.ValidationErrorBody, "429": null, "500": null },
};

/** `POST /support/tickets/{id}/messages`: validates the 200, 422 bodies; any other status is a drift. */
export const replyToTicket: OperationValidators = {
  operationId: "replyToTicket",
  operation: "POST /support/tickets/{id}/messages",
  responses: { "200": schemas.Ticket, "401": null, "403": null, "404": null, "422": schemas.ValidationErrorBody, "429": null, "500": null },
};

/** `GET /ssh-keys/{id}`: validates the 200 body; any other status is a drift. */
export const getSshKey: OperationValidators = {
  operationId: "getSshKey",
  operation: "GET /ssh-keys/{id}",
  responses: { "200": schemas.SshKey, "401": null, "404": null, "429": null, "500": null },
};

/** `PATCH /ssh-keys/{id}`: validates the 200, 422 bodies; any other status is a drift. */
export const updateSshKey: OperationValidators = {
  operationId: "updateSshKey",
  operation: "PATCH /ssh-keys/{id}",
  responses: { "200": schemas.SshKey, "401": null, "403": null, "404": null, "422": schemas.ValidationErrorBody, "429": null, "500": null },
};

/** `POST /servers/{id}/scale/calculate`: validates the 200, 422 bodies; any other status is a drift. */
export const calculateServerScaleCost: OperationValidators = {
  operationId: "calculateServerScaleCost",
  operation: "POST /servers/{id}/scale/calculate",
  responses: { "200": schemas.ServerScaleCost, "401": null, "403": null, "404": null, "422": schemas.ValidationErrorBody, "429": null, "500": null },
};

/** `GET /servers/{server_id}/addons`: validates the 200 body; any other status is a drift. */
export const listAvailableServerAddons: OperationValidators = {
  operationId: "listAvailableServerAddons",
  operation: "GET /servers/{server_id}/addons",
  responses: { "200": schemas.AvailableAddonList, "401": null, "404": null, "429": null, "500": null },
};

/** `POST /servers/{server_id}/addons`: validates the 200, 422 bodies; any other status is a drift. */
export const purchaseServerAddons: OperationValidators = {
  operationId: "purchaseServerAddons",
  operation: "POST /servers/{server_id}/addons",
  responses: { "200": schemas.Server, "401": null, "403": null, "404": null, "422": schemas.ValidationErrorBody, "423": null, "429": null, "500": null },
};

/** `POST /servers/{server_id}/addons/scale/calculate`: validates the 200, 422 bodies; any other status is a drift. */
export const calculateServerAddonsScaleCost: OperationValidators = {
  operationId: "calculateServerAddonsScaleCost",
  operation: "POST /servers/{server_id}/addons/scale/calculate",
  responses: { "200": schemas.ServerAddonsScaleCost, "401": null, "403": null, "404": null, "422": schemas.ValidationErrorBody, "429": null, "500": null },
};

/** `POST /servers/{server_id}/addons/{server_addon_id}`: validates the 422 body; any other status is a drift. */
export const cancelServerAddon: OperationValidators = {
  operationId: "cancelServerAddon",
  operation: "POST /servers/{server_id}/addons/{server_addon_id}",
  responses: { "204": null, "401": null, "403": null, "404": null, "422": schemas.ValidationErrorBody, "423": null, "429": null, "500": null },
};

/** `GET /servers`: validates the 200, 422 bodies; any other status is a drift. */
export const listServers: OperationValidators = {
  operationId: "listServers",
  operation: "GET /servers",
  responses: { "200": schemas.ServerList, "401": null, "422": schemas.ValidationErrorBody, "429": null, "500": null },
};

/** `POST /servers`: validates the 201, 422 bodies; any other status is a drift. */
export const deployServer: OperationValidators = {
  operationId: "deployServer",
  operation: "POST /servers",
  responses: { "201": schemas.Order, "401": null, "403": null, "422": schemas.ValidationErrorBody, "429": null, "500": null },
};

/** `GET /servers/{id}`: validates the 200 body; any other status is a drift. */
export const getServer: OperationValidators = {
  operationId: "getServer",
  operation: "GET /servers/{id}",
  responses: { "200": schemas.Server, "401": null, "404": null, "429": null, "500": null },
};

/** `GET /servers/{id}/status`: validates the 200 body; any other status is a drift. */
export const getServerStatus: OperationValidators = {
  operationId: "getServerStatus",
  operation: "GET /servers/{id}/status",
  responses: { "200": schemas.ServerLiveStatus, "401": null, "404": null, "429": null, "500": null },
};

/** `GET /servers/{id}/metrics`: validates the 200, 422 bodies; any other status is a drift. */
export const getServerMetrics: OperationValidators = {
  operationId: "getServerMetrics",
  operation: "GET /servers/{id}/metrics",
  responses: { "200": schemas.ServerMetrics, "401": null, "404": null, "422": schemas.ValidationErrorBody, "429": null, "500": null },
};

/** `GET /servers/{id}/bandwidth`: validates the 200, 422 bodies; any other status is a drift. */
export const getServerBandwidth: OperationValidators = {
  operationId: "getServerBandwidth",
  operation: "GET /servers/{id}/bandwidth",
  responses: { "200": schemas.ServerBandwidth, "401": null, "404": null, "422": schemas.ValidationErrorBody, "429": null, "500": null },
};

/** `POST /servers/{id}/cancel`: validates the 422 body; any other status is a drift. */
export const cancelServer: OperationValidators = {
  operationId: "cancelServer",
  operation: "POST /servers/{id}/cancel",
  responses: { "204": null, "401": null, "403": null, "404": null, "422": schemas.ValidationErrorBody, "423": null, "429": null, "500": null },
};

/** `PUT /servers/{id}/password`: validates the 422 body; any other status is a drift. */
export const changeServerPassword: OperationValidators = {
  operationId: "changeServerPassword",
  operation: "PUT /servers/{id}/password",
  responses: { "204": null, "401": null, "403": null, "404": null, "422": schemas.ValidationErrorBody, "423": null, "429": null, "500": null },
};

/** `POST /servers/{id}/primary-ip`: validates the 200, 422 bodies; any other status is a drift. */
export const changeServerPrimaryIp: OperationValidators = {
  operationId: "changeServerPrimaryIp",
  operation: "POST /servers/{id}/primary-ip",
  responses: { "200": schemas.Server, "401": null, "403": null, "404": null, "422": schemas.ValidationErrorBody, "423": null, "429": null, "500": null },
};

/** `POST /servers/renew/calculate`: validates the 200, 422 bodies; any other status is a drift. */
export const calculateServerRenewAmount: OperationValidators = {
  operationId: "calculateServerRenewAmount",
  operation: "POST /servers/renew/calculate",
  responses: { "200": schemas.ServerRenewAmount, "401": null, "403": null, "422": schemas.ValidationErrorBody, "429": null, "500": null },
};

/** `GET /plans`: validates the 200 body; any other status is a drift. */
export const listPlans: OperationValidators = {
  operationId: "listPlans",
  operation: "GET /plans",
  responses: { "200": schemas.PlanList, "401": null, "429": null, "500": null },
};

/** `GET /plans/{id}/addons`: validates the 200 body; any other status is a drift. */
export const listPlanAddons: OperationValidators = {
  operationId: "listPlanAddons",
  operation: "GET /plans/{id}/addons",
  responses: { "200": schemas.PlanAddonList, "401": null, "404": null, "429": null, "500": null },
};

/** `GET /plans/{id}/promo-codes`: validates the 200, 422 bodies; any other status is a drift. */
export const listPlanPromoCodes: OperationValidators = {
  operationId: "listPlanPromoCodes",
  operation: "GET /plans/{id}/promo-codes",
  responses: { "200": schemas.listPlanPromoCodes200, "401": null, "422": schemas.ValidationErrorBody, "429": null, "500": null },
};

/** `GET /snapshots`: validates the 200, 422 bodies; any other status is a drift. */
export const listSnapshots: OperationValidators = {
  operationId: "listSnapshots",
  operation: "GET /snapshots",
  responses: { "200": schemas.SnapshotList, "401": null, "422": schemas.ValidationErrorBody, "429": null, "500": null },
};

/** `GET /backups`: validates the 200, 422 bodies; any other status is a drift. */
export const listBackups: OperationValidators = {
  operationId: "listBackups",
  operation: "GET /backups",
  responses: { "200": schemas.BackupList, "401": null, "422": schemas.ValidationErrorBody, "429": null, "500": null },
};

/** `GET /floating-ips`: validates the 200 body; any other status is a drift. */
export const listFloatingIps: OperationValidators = {
  operationId: "listFloatingIps",
  operation: "GET /floating-ips",
  responses: { "200": schemas.FloatingIpList, "401": null, "429": null, "500": null },
};

/** `POST /floating-ips`: validates the 200, 422 bodies; any other status is a drift. */
export const purchaseFloatingIps: OperationValidators = {
  operationId: "purchaseFloatingIps",
  operation: "POST /floating-ips",
  responses: { "200": schemas.purchaseFloatingIps200, "401": null, "403": null, "422": schemas.ValidationErrorBody, "423": null, "429": null, "500": null },
};

/** `POST /floating-ips/cancel`: validates the 200, 422 bodies; any other status is a drift. */
export const cancelFloatingIps: OperationValidators = {
  operationId: "cancelFloatingIps",
  operation: "POST /floating-ips/cancel",
  responses: { "200": schemas.cancelFloatingIps200, "401": null, "403": null, "422": schemas.ValidationErrorBody, "423": null, "429": null, "500": null },
};

/** `PATCH /ip-addresses/{id}`: validates the 200, 422 bodies; any other status is a drift. */
export const updateIpAddress: OperationValidators = {
  operationId: "updateIpAddress",
  operation: "PATCH /ip-addresses/{id}",
  responses: { "200": schemas.IpAddress, "401": null, "403": null, "404": null, "422": schemas.ValidationErrorBody, "423": null, "429": null, "500": null },
};

/** `GET /network-protection/{id}`: validates the 200 body; any other status is a drift. */
export const getNetworkProtection: OperationValidators = {
  operationId: "getNetworkProtection",
  operation: "GET /network-protection/{id}",
  responses: { "200": schemas.NetworkProtection, "401": null, "404": null, "429": null, "500": null },
};

/** `GET /network-protection/{id}/geo`: validates the 200 body; any other status is a drift. */
export const getGeoFilter: OperationValidators = {
  operationId: "getGeoFilter",
  operation: "GET /network-protection/{id}/geo",
  responses: { "200": schemas.GeoFilter, "401": null, "404": null, "429": null, "500": null },
};

/** `POST /network-protection/{id}/blacklist`: validates the 200, 422 bodies; any other status is a drift. */
export const blacklistIpAddresses: OperationValidators = {
  operationId: "blacklistIpAddresses",
  operation: "POST /network-protection/{id}/blacklist",
  responses: { "200": schemas.Blacklist, "401": null, "403": null, "404": null, "422": schemas.ValidationErrorBody, "423": null, "429": null, "500": null },
};

/** `GET /network-protection/{id}/attacks`: validates the 200 body; any other status is a drift. */
export const listAttacks: OperationValidators = {
  operationId: "listAttacks",
  operation: "GET /network-protection/{id}/attacks",
  responses: { "200": schemas.AttackList, "401": null, "404": null, "429": null, "500": null },
};

/** `GET /network-protection/{id}/attacks/{attack_id}`: validates the 200 body; any other status is a drift. */
export const getAttack: OperationValidators = {
  operationId: "getAttack",
  operation: "GET /network-protection/{id}/attacks/{attack_id}",
  responses: { "200": schemas.AttackDetails, "401": null, "404": null, "429": null, "500": null },
};

/** `GET /orders`: validates the 200 body; any other status is a drift. */
export const listOrders: OperationValidators = {
  operationId: "listOrders",
  operation: "GET /orders",
  responses: { "200": schemas.OrderList, "401": null, "429": null, "500": null },
};

/** `GET /orders/{id}`: validates the 200 body; any other status is a drift. */
export const getOrder: OperationValidators = {
  operationId: "getOrder",
  operation: "GET /orders/{id}",
  responses: { "200": schemas.Order, "401": null, "404": null, "429": null, "500": null },
};

/** `PATCH /orders/{id}/{service_type}/{service_id}`: validates the 422 body; any other status is a drift. */
export const changeOrderRenewalPeriod: OperationValidators = {
  operationId: "changeOrderRenewalPeriod",
  operation: "PATCH /orders/{id}/{service_type}/{service_id}",
  responses: { "204": null, "401": null, "403": null, "422": schemas.ValidationErrorBody, "429": null, "500": null },
};

/**
 * The validators of every operation (updateUser, getTwoFactorSecret, enableTwoFactor, getBalance, updateReferralCode, listInvoices, purchaseSupportPlan, createTicket, replyToTicket, getSshKey, updateSshKey, calculateServerScaleCost, listAvailableServerAddons, purchaseServerAddons, calculateServerAddonsScaleCost, cancelServerAddon, listServers, deployServer, getServer, getServerStatus, getServerMetrics, getServerBandwidth, cancelServer, changeServerPassword, changeServerPrimaryIp, calculateServerRenewAmount, listPlans, listPlanAddons, listPlanPromoCodes, listSnapshots, listBackups, listFloatingIps, purchaseFloatingIps, cancelFloatingIps, updateIpAddress, getNetworkProtection, getGeoFilter, blacklistIpAddresses, listAttacks, getAttack, listOrders, getOrder, changeOrderRenewalPeriod), for the client's `validate` option. For some
 * operations only, pass `validateResponses({ updateUser, getTwoFactorSecret })` instead.
 */
export const validators: ResponseValidation = /* @__PURE__ */ validateResponses({ updateUser, getTwoFactorSecret, enableTwoFactor, getBalance, updateReferralCode, listInvoices, purchaseSupportPlan, createTicket, replyToTicket, getSshKey, updateSshKey, calculateServerScaleCost, listAvailableServerAddons, purchaseServerAddons, calculateServerAddonsScaleCost, cancelServerAddon, listServers, deployServer, getServer, getServerStatus, getServerMetrics, getServerBandwidth, cancelServer, changeServerPassword, changeServerPrimaryIp, calculateServerRenewAmount, listPlans, listPlanAddons, listPlanPromoCodes, listSnapshots, listBackups, listFloatingIps, purchaseFloatingIps, cancelFloatingIps, updateIpAddress, getNetworkProtection, getGeoFilter, blacklistIpAddresses, listAttacks, getAttack, listOrders, getOrder, changeOrderRenewalPeriod });

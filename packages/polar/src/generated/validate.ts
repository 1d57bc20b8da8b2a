// Generated from @specfirst/spec-polar (specs/polar/openapi.yaml)
// by scripts/generate-client.mjs. Do not edit: change the spec and run `pnpm generate`.
/**
 * `@specfirst/polar/validate`: opt-in validation of Polar's responses against the spec. Pass
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

/** `GET /v1/users/orders/`: validates the 200, 422 bodies; any other status is a drift. */
export const listOrders: OperationValidators = {
  operationId: "listOrders",
  operation: "GET /v1/users/orders/",
  responses: { "200": schemas.ListResourceUserOrder, "422": schemas.HTTPValidationError },
};

/** `GET /v1/users/orders/{id}`: validates the 200, 404, 422 bodies; any other status is a drift. */
export const getOrder: OperationValidators = {
  operationId: "getOrder",
  operation: "GET /v1/users/orders/{id}",
  responses: { "200": schemas.UserOrder, "404": schemas.ResourceNotFound, "422": schemas.HTTPValidationError },
};

/** `GET /v1/users/orders/{id}/invoice`: validates the 200, 404, 422 bodies; any other status is a drift. */
export const getOrderInvoice: OperationValidators = {
  operationId: "getOrderInvoice",
  operation: "GET /v1/users/orders/{id}/invoice",
  responses: { "200": schemas.UserOrderInvoice, "404": schemas.getOrderInvoice404, "422": schemas.HTTPValidationError },
};

/** `GET /v1/users/subscriptions/`: validates the 200, 422 bodies; any other status is a drift. */
export const listSubscriptions: OperationValidators = {
  operationId: "listSubscriptions",
  operation: "GET /v1/users/subscriptions/",
  responses: { "200": schemas.ListResourceUserSubscription, "422": schemas.HTTPValidationError },
};

/** `GET /v1/users/subscriptions/{id}`: validates the 200, 404, 422 bodies; any other status is a drift. */
export const getSubscription: OperationValidators = {
  operationId: "getSubscription",
  operation: "GET /v1/users/subscriptions/{id}",
  responses: { "200": schemas.UserSubscription, "404": schemas.ResourceNotFound, "422": schemas.HTTPValidationError },
};

/** `DELETE /v1/users/subscriptions/{id}`: validates the 200, 403, 404, 422 bodies; any other status is a drift. */
export const cancelSubscription: OperationValidators = {
  operationId: "cancelSubscription",
  operation: "DELETE /v1/users/subscriptions/{id}",
  responses: { "200": schemas.UserSubscription, "403": schemas.AlreadyCanceledSubscription, "404": schemas.ResourceNotFound, "422": schemas.HTTPValidationError },
};

/** `PATCH /v1/users/subscriptions/{id}`: validates the 200, 404, 422 bodies; any other status is a drift. */
export const updateSubscription: OperationValidators = {
  operationId: "updateSubscription",
  operation: "PATCH /v1/users/subscriptions/{id}",
  responses: { "200": schemas.UserSubscription, "404": schemas.ResourceNotFound, "422": schemas.HTTPValidationError },
};

/**
 * The validators of every operation (listOrders, getOrder, getOrderInvoice, listSubscriptions, getSubscription, cancelSubscription, updateSubscription), for the client's `validate` option. For some
 * operations only, pass `validateResponses({ listOrders, getOrder })` instead.
 */
export const validators: ResponseValidation = /* @__PURE__ */ validateResponses({ listOrders, getOrder, getOrderInvoice, listSubscriptions, getSubscription, cancelSubscription, updateSubscription });

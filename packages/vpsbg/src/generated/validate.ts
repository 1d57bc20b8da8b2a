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

/** `GET /orders`: validates the 200 body; any other status is a drift. */
export const listOrders: OperationValidators = {
  operationId: "listOrders",
  operation: "GET /orders",
  responses: { "200": schemas.OrderList, "401": null, "500": null },
};

/** `GET /orders/{id}`: validates the 200 body; any other status is a drift. */
export const getOrder: OperationValidators = {
  operationId: "getOrder",
  operation: "GET /orders/{id}",
  responses: { "200": schemas.Order, "401": null, "404": null, "500": null },
};

/** `PATCH /orders/{id}/{service_type}/{service_id}`: validates the status only (no JSON body is documented); any other status is a drift. */
export const changeOrderRenewalPeriod: OperationValidators = {
  operationId: "changeOrderRenewalPeriod",
  operation: "PATCH /orders/{id}/{service_type}/{service_id}",
  responses: { "204": null, "401": null, "422": null, "500": null },
};

/**
 * The validators of every operation (listOrders, getOrder, changeOrderRenewalPeriod), for the client's `validate` option. For some
 * operations only, pass `validateResponses({ listOrders, getOrder })` instead.
 */
export const validators: ResponseValidation = /* @__PURE__ */ validateResponses({ listOrders, getOrder, changeOrderRenewalPeriod });

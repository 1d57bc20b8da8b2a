// Generated from @specfirst/spec-novaproxy (specs/novaproxy/openapi.yaml)
// by scripts/generate-client.mjs. Do not edit: change the spec and run `pnpm generate`.
/**
 * `@specfirst/novaproxy/validate`: opt-in validation of NovaProxy's responses against the spec. Pass
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
  responses: { "200": schemas.listOrders200 },
};

/** `POST /orders`: validates the 201 body; any other status is a drift. */
export const createOrder: OperationValidators = {
  operationId: "createOrder",
  operation: "POST /orders",
  responses: { "201": schemas.UserPlanResource },
};

/** `GET /orders/{uuid}`: validates the 200 body; any other status is a drift. */
export const getOrder: OperationValidators = {
  operationId: "getOrder",
  operation: "GET /orders/{uuid}",
  responses: { "200": schemas.UserPlanResource },
};

/** `GET /plans`: validates the 200 body; any other status is a drift. */
export const listPlans: OperationValidators = {
  operationId: "listPlans",
  operation: "GET /plans",
  responses: { "200": schemas.listPlans200 },
};

/** `GET /plans/{plan}`: validates the 200 body; any other status is a drift. */
export const getPlan: OperationValidators = {
  operationId: "getPlan",
  operation: "GET /plans/{plan}",
  responses: { "200": schemas.PlanResource },
};

/**
 * The validators of every operation (listOrders, createOrder, getOrder, listPlans, getPlan), for the client's `validate` option. For some
 * operations only, pass `validateResponses({ listOrders, createOrder })` instead.
 */
export const validators: ResponseValidation = /* @__PURE__ */ validateResponses({ listOrders, createOrder, getOrder, listPlans, getPlan });

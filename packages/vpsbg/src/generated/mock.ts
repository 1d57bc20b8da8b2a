// Generated from @specfirst/spec-vpsbg (specs/vpsbg/openapi.yaml)
// by scripts/generate-client.mjs. Do not edit: change the spec and run `pnpm generate`.
/**
 * `@specfirst/vpsbg/mock`: MSW mocks of the VPSBG API, for testing code that uses the client without
 * the network. Needs `msw` 2 and `@specfirst/mock` (`npm install --save-dev msw @specfirst/mock`).
 *
 * @packageDocumentation
 */
import { defineMocks, type MockSpec, type OpenApiDocument, type ProviderMocks } from "@specfirst/mock";
import document from "@specfirst/vpsbg/openapi.json" with { type: "json" };
import type { paths } from "./openapi.js";
import * as validators from "./request-validators.js";

/** The names of the examples of each operation's documented responses, by status. */
type Examples = {
  listOrders: {
    "200": "paidNewService";
    "401": never;
    "500": never;
  };
  getOrder: {
    "200": "combinedRenewal";
    "401": never;
    "404": never;
    "500": never;
  };
  changeOrderRenewalPeriod: {
    "204": never;
    "401": never;
    "422": never;
    "500": never;
  };
};

const spec: MockSpec = {
  "provider": "VPSBG",
  "servers": [
    "https://api.vpsbg.eu/v1"
  ],
  "validationError": {
    "status": 422,
    "style": "laravel"
  },
  "operations": {
    "listOrders": {
      "method": "get",
      "path": "/orders",
      "parameters": [
        {
          "name": "page",
          "in": "query",
          "required": false,
          "type": "integer",
          "array": "never",
          "explode": true,
          validate: validators.listOrders_query_0
        },
        {
          "name": "per_page",
          "in": "query",
          "required": false,
          "type": "integer",
          "array": "never",
          "explode": true,
          validate: validators.listOrders_query_1
        },
        {
          "name": "filter[status]",
          "in": "query",
          "required": false,
          "type": "string",
          "array": "never",
          "explode": true,
          validate: validators.listOrders_query_2
        }
      ],
      "success": "200",
      "responses": {
        "200": [
          "paidNewService"
        ],
        "401": [],
        "500": []
      }
    },
    "getOrder": {
      "method": "get",
      "path": "/orders/{id}",
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "type": "integer",
          "array": "never",
          "explode": false,
          validate: validators.listOrders_query_1
        }
      ],
      "success": "200",
      "responses": {
        "200": [
          "combinedRenewal"
        ],
        "401": [],
        "404": [],
        "500": []
      }
    },
    "changeOrderRenewalPeriod": {
      "method": "patch",
      "path": "/orders/{id}/{service_type}/{service_id}",
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "type": "integer",
          "array": "never",
          "explode": false,
          validate: validators.listOrders_query_1
        },
        {
          "name": "service_type",
          "in": "path",
          "required": true,
          "type": "string",
          "array": "never",
          "explode": false,
          validate: validators.listOrders_query_2
        },
        {
          "name": "service_id",
          "in": "path",
          "required": true,
          "type": "string",
          "array": "never",
          "explode": false,
          validate: validators.listOrders_query_2
        }
      ],
      "body": {
        "required": true,
        "media": [
          "application/json"
        ],
        validate: validators.changeOrderRenewalPeriod_body
      },
      "success": "204",
      "responses": {
        "204": [],
        "401": [],
        "422": [],
        "500": []
      }
    }
  }
};

type Mocks = ProviderMocks<paths, Examples>;

// A JSON module's types widen its strings (`in: string`), so the document is typed as what it is.
const mocks: Mocks = defineMocks<paths, Examples>(spec, document as OpenApiDocument);

/**
 * One MSW handler per operation (listOrders, getOrder, changeOrderRenewalPeriod) on every server of the spec
 * (https://api.vpsbg.eu/v1): a valid request gets the example of the operation's first
 * documented 2xx response; an invalid one gets VPSBG's 422 validation error; a
 * path or method the spec does not have gets a 501 and a console error. Use with `setupServer(...handlers)`
 * (msw/node) or `setupWorker(...handlers)` (msw/browser).
 */
export const handlers: Mocks["handlers"] = mocks.handlers;

/**
 * The same handlers on the base URL(s) your client uses instead of the spec's servers, e.g.
 * `createHandlers({ baseUrl: "http://127.0.0.1:4010" })`.
 */
export const createHandlers: Mocks["createHandlers"] = mocks.createHandlers;

/**
 * MSW's `http` typed by the spec (openapi-msw): paths, path parameters and response bodies per status
 * are checked, so `server.use(http.get("<path>", ({ response }) => response(200).json(...)))` does not
 * compile with a body the spec does not allow. Matches the path on any origin.
 */
export const http: Mocks["http"] = mocks.http;

/**
 * Ready-made answers per operation, for `server.use(...)`: one per documented status (`notFound()`,
 * `unprocessableContent()`, … with `{ example }` to pick a named example) and `rateLimited()`,
 * `unavailable()`, `connectionDropped()` and `delayed(ms)`; each takes `{ times }`.
 */
export const scenarios: Mocks["scenarios"] = mocks.scenarios;

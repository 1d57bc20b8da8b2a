// Generated from @specfirst/spec-novaproxy (specs/novaproxy/openapi.yaml)
// by scripts/generate-client.mjs. Do not edit: change the spec and run `pnpm generate`.
/**
 * `@specfirst/novaproxy/mock`: MSW mocks of the NovaProxy API, for testing code that uses the client without
 * the network. Needs `msw` 2 and `@specfirst/mock` (`npm install --save-dev msw @specfirst/mock`).
 *
 * @packageDocumentation
 */
import { defineMocks, type MockSpec, type OpenApiDocument, type ProviderMocks } from "@specfirst/mock";
import document from "@specfirst/novaproxy/openapi.json" with { type: "json" };
import type { paths } from "./openapi.js";
import * as validators from "./request-validators.js";

/** The names of the examples of each operation's documented responses, by status. */
type Examples = {
  listOrders: {
    "200": "activeOrder";
  };
  createOrder: {
    "201": "createdOrder";
  };
  getOrder: {
    "200": "pendingOrder";
  };
  listPlans: {
    "200": "residentialOnly";
  };
  getPlan: {
    "200": "residential";
  };
};

const spec: MockSpec = {
  "provider": "NovaProxy",
  "servers": [
    "https://api.novaproxy.io"
  ],
  "validationError": {
    "status": 422,
    "style": "laravel"
  },
  "operations": {
    "listOrders": {
      "method": "get",
      "path": "/orders",
      "parameters": [],
      "success": "200",
      "responses": {
        "200": [
          "activeOrder"
        ]
      }
    },
    "createOrder": {
      "method": "post",
      "path": "/orders",
      "parameters": [],
      "body": {
        "required": true,
        "media": [
          "application/json",
          "multipart/form-data"
        ],
        validate: validators.createOrder_body
      },
      "success": "201",
      "responses": {
        "201": [
          "createdOrder"
        ]
      }
    },
    "getOrder": {
      "method": "get",
      "path": "/orders/{uuid}",
      "parameters": [
        {
          "name": "uuid",
          "in": "path",
          "required": true,
          "type": "string",
          "array": "never",
          "explode": false,
          validate: validators.getOrder_path_0
        }
      ],
      "success": "200",
      "responses": {
        "200": [
          "pendingOrder"
        ]
      }
    },
    "listPlans": {
      "method": "get",
      "path": "/plans",
      "parameters": [],
      "success": "200",
      "responses": {
        "200": [
          "residentialOnly"
        ]
      }
    },
    "getPlan": {
      "method": "get",
      "path": "/plans/{plan}",
      "parameters": [
        {
          "name": "plan",
          "in": "path",
          "required": true,
          "type": "string",
          "array": "never",
          "explode": false,
          validate: validators.getPlan_path_0
        }
      ],
      "success": "200",
      "responses": {
        "200": [
          "residential"
        ]
      }
    }
  }
};

type Mocks = ProviderMocks<paths, Examples>;

// A JSON module's types widen its strings (`in: string`), so the document is typed as what it is.
const mocks: Mocks = defineMocks<paths, Examples>(spec, document as OpenApiDocument);

/**
 * One MSW handler per operation (listOrders, createOrder, getOrder, listPlans, getPlan) on every server of the spec
 * (https://api.novaproxy.io): a valid request gets the example of the operation's first
 * documented 2xx response; an invalid one gets NovaProxy's 422 validation error; a
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

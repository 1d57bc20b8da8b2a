// Generated from @specfirst/spec-polar (specs/polar/openapi.yaml)
// by scripts/generate-client.mjs. Do not edit: change the spec and run `pnpm generate`.
/**
 * `@specfirst/polar/mock`: MSW mocks of the Polar API, for testing code that uses the client without
 * the network. Needs `msw` 2 and `@specfirst/mock` (`npm install --save-dev msw @specfirst/mock`).
 *
 * @packageDocumentation
 */
import { defineMocks, type MockSpec, type OpenApiDocument, type ProviderMocks } from "@specfirst/mock";
import document from "@specfirst/polar/openapi.json" with { type: "json" };
import type { paths } from "./openapi.js";
import * as validators from "./request-validators.js";

/** The names of the examples of each operation's documented responses, by status. */
type Examples = {
  listOrders: {
    "200": "oneTimeOrders";
    "422": "invalidSorting";
  };
  getOrder: {
    "200": "subscriptionRenewal";
    "404": "notFound";
    "422": "notUuid4";
  };
  getOrderInvoice: {
    "200": "stripeInvoice";
    "404": "notFound" | "invoiceNotAvailable";
    "422": "notUuid4";
  };
  listSubscriptions: {
    "200": "freeSubscription";
    "422": "invalidSorting";
  };
  getSubscription: {
    "200": "monthlySubscription";
    "404": "notFound";
    "422": "notUuid4";
  };
  cancelSubscription: {
    "200": "freeSubscriptionEnded";
    "403": "alreadyCanceled";
    "404": "notFound";
    "422": "notUuid4";
  };
  updateSubscription: {
    "200": "switchedToYearly";
    "404": "notFound";
    "422": "unknownPrice";
  };
};

const spec: MockSpec = {
  "provider": "Polar",
  "servers": [
    "https://api.polar.sh",
    "https://sandbox-api.polar.sh"
  ],
  "validationError": {
    "status": 422,
    "style": "fastapi",
    "name": "RequestValidationError"
  },
  "operations": {
    "listOrders": {
      "method": "get",
      "path": "/v1/users/orders/",
      "parameters": [
        {
          "name": "organization_id",
          "in": "query",
          "required": false,
          "type": "string",
          "array": "either",
          "explode": true,
          validate: validators.listOrders_query_0
        },
        {
          "name": "product_id",
          "in": "query",
          "required": false,
          "type": "string",
          "array": "either",
          "explode": true,
          validate: validators.listOrders_query_0
        },
        {
          "name": "product_price_type",
          "in": "query",
          "required": false,
          "type": "string",
          "array": "either",
          "explode": true,
          validate: validators.listOrders_query_2
        },
        {
          "name": "subscription_id",
          "in": "query",
          "required": false,
          "type": "string",
          "array": "either",
          "explode": true,
          validate: validators.listOrders_query_0
        },
        {
          "name": "query",
          "in": "query",
          "required": false,
          "type": "string",
          "array": "never",
          "explode": true,
          validate: validators.listOrders_query_4
        },
        {
          "name": "page",
          "in": "query",
          "required": false,
          "type": "integer",
          "array": "never",
          "explode": true,
          validate: validators.listOrders_query_5
        },
        {
          "name": "limit",
          "in": "query",
          "required": false,
          "type": "integer",
          "array": "never",
          "explode": true,
          validate: validators.listOrders_query_6
        },
        {
          "name": "sorting",
          "in": "query",
          "required": false,
          "type": "string",
          "array": "always",
          "explode": true,
          validate: validators.listOrders_query_7
        }
      ],
      "success": "200",
      "responses": {
        "200": [
          "oneTimeOrders"
        ],
        "422": [
          "invalidSorting"
        ]
      }
    },
    "getOrder": {
      "method": "get",
      "path": "/v1/users/orders/{id}",
      "parameters": [
        {
          "name": "id",
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
          "subscriptionRenewal"
        ],
        "404": [
          "notFound"
        ],
        "422": [
          "notUuid4"
        ]
      }
    },
    "getOrderInvoice": {
      "method": "get",
      "path": "/v1/users/orders/{id}/invoice",
      "parameters": [
        {
          "name": "id",
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
          "stripeInvoice"
        ],
        "404": [
          "notFound",
          "invoiceNotAvailable"
        ],
        "422": [
          "notUuid4"
        ]
      }
    },
    "listSubscriptions": {
      "method": "get",
      "path": "/v1/users/subscriptions/",
      "parameters": [
        {
          "name": "organization_id",
          "in": "query",
          "required": false,
          "type": "string",
          "array": "either",
          "explode": true,
          validate: validators.listOrders_query_0
        },
        {
          "name": "product_id",
          "in": "query",
          "required": false,
          "type": "string",
          "array": "either",
          "explode": true,
          validate: validators.listOrders_query_0
        },
        {
          "name": "active",
          "in": "query",
          "required": false,
          "type": "boolean",
          "array": "never",
          "explode": true,
          validate: validators.listSubscriptions_query_2
        },
        {
          "name": "query",
          "in": "query",
          "required": false,
          "type": "string",
          "array": "never",
          "explode": true,
          validate: validators.listOrders_query_4
        },
        {
          "name": "page",
          "in": "query",
          "required": false,
          "type": "integer",
          "array": "never",
          "explode": true,
          validate: validators.listOrders_query_5
        },
        {
          "name": "limit",
          "in": "query",
          "required": false,
          "type": "integer",
          "array": "never",
          "explode": true,
          validate: validators.listOrders_query_6
        },
        {
          "name": "sorting",
          "in": "query",
          "required": false,
          "type": "string",
          "array": "always",
          "explode": true,
          validate: validators.listSubscriptions_query_6
        }
      ],
      "success": "200",
      "responses": {
        "200": [
          "freeSubscription"
        ],
        "422": [
          "invalidSorting"
        ]
      }
    },
    "getSubscription": {
      "method": "get",
      "path": "/v1/users/subscriptions/{id}",
      "parameters": [
        {
          "name": "id",
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
          "monthlySubscription"
        ],
        "404": [
          "notFound"
        ],
        "422": [
          "notUuid4"
        ]
      }
    },
    "cancelSubscription": {
      "method": "delete",
      "path": "/v1/users/subscriptions/{id}",
      "parameters": [
        {
          "name": "id",
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
          "freeSubscriptionEnded"
        ],
        "403": [
          "alreadyCanceled"
        ],
        "404": [
          "notFound"
        ],
        "422": [
          "notUuid4"
        ]
      }
    },
    "updateSubscription": {
      "method": "patch",
      "path": "/v1/users/subscriptions/{id}",
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "type": "string",
          "array": "never",
          "explode": false,
          validate: validators.getOrder_path_0
        }
      ],
      "body": {
        "required": true,
        "media": [
          "application/json"
        ],
        validate: validators.updateSubscription_body
      },
      "success": "200",
      "responses": {
        "200": [
          "switchedToYearly"
        ],
        "404": [
          "notFound"
        ],
        "422": [
          "unknownPrice"
        ]
      }
    }
  }
};

type Mocks = ProviderMocks<paths, Examples>;

// A JSON module's types widen its strings (`in: string`), so the document is typed as what it is.
const mocks: Mocks = defineMocks<paths, Examples>(spec, document as OpenApiDocument);

/**
 * One MSW handler per operation (listOrders, getOrder, getOrderInvoice, listSubscriptions, getSubscription, cancelSubscription, updateSubscription) on every server of the spec
 * (https://api.polar.sh, https://sandbox-api.polar.sh): a valid request gets the example of the operation's first
 * documented 2xx response; an invalid one gets Polar's 422 validation error; a
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

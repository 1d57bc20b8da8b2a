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
  updateUser: {
    "200": "assembled";
    "401": never;
    "403": never;
    "422": "billingCycle";
    "429": never;
    "500": never;
  };
  getTwoFactorSecret: {
    "200": "docs";
    "401": never;
    "429": never;
    "500": never;
  };
  enableTwoFactor: {
    "204": never;
    "401": never;
    "403": never;
    "422": "billingCycle";
    "429": never;
    "500": never;
  };
  getBalance: {
    "200": "docs";
    "401": never;
    "429": never;
    "500": never;
  };
  updateReferralCode: {
    "200": "docs";
    "401": never;
    "403": never;
    "422": "billingCycle";
    "429": never;
    "500": never;
  };
  listInvoices: {
    "200": "docs";
    "401": never;
    "422": "billingCycle";
    "429": never;
    "500": never;
  };
  purchaseSupportPlan: {
    "201": "docs";
    "401": never;
    "403": never;
    "422": "billingCycle";
    "429": never;
    "500": never;
  };
  createTicket: {
    "200": "docs";
    "401": never;
    "403": never;
    "422": "billingCycle";
    "429": never;
    "500": never;
  };
  replyToTicket: {
    "200": "docs";
    "401": never;
    "403": never;
    "404": never;
    "422": "billingCycle";
    "429": never;
    "500": never;
  };
  getSshKey: {
    "200": "docs";
    "401": never;
    "404": never;
    "429": never;
    "500": never;
  };
  updateSshKey: {
    "200": "getSshKey";
    "401": never;
    "403": never;
    "404": never;
    "422": "billingCycle";
    "429": never;
    "500": never;
  };
  calculateServerScaleCost: {
    "200": "short";
    "401": never;
    "403": never;
    "404": never;
    "422": "billingCycle";
    "429": never;
    "500": never;
  };
  listAvailableServerAddons: {
    "200": "cpanel";
    "401": never;
    "404": never;
    "429": never;
    "500": never;
  };
  purchaseServerAddons: {
    "200": "serverModel";
    "401": never;
    "403": never;
    "404": never;
    "422": "billingCycle";
    "423": never;
    "429": never;
    "500": never;
  };
  calculateServerAddonsScaleCost: {
    "200": "cost";
    "401": never;
    "403": never;
    "404": never;
    "422": "billingCycle";
    "429": never;
    "500": never;
  };
  cancelServerAddon: {
    "204": never;
    "401": never;
    "403": never;
    "404": never;
    "422": "billingCycle";
    "423": never;
    "429": never;
    "500": never;
  };
  listServers: {
    "200": "oneServer";
    "401": never;
    "422": "billingCycle";
    "429": never;
    "500": never;
  };
  deployServer: {
    "201": "serverOrder";
    "401": never;
    "403": never;
    "422": "billingCycle";
    "429": never;
    "500": never;
  };
  getServer: {
    "200": "serverModel";
    "401": never;
    "404": never;
    "429": never;
    "500": never;
  };
  getServerStatus: {
    "200": "runningInRescue";
    "401": never;
    "404": never;
    "429": never;
    "500": never;
  };
  getServerMetrics: {
    "200": "twoPoints";
    "401": never;
    "404": never;
    "422": "billingCycle";
    "429": never;
    "500": never;
  };
  getServerBandwidth: {
    "200": "oneDay";
    "401": never;
    "404": never;
    "422": "billingCycle";
    "429": never;
    "500": never;
  };
  cancelServer: {
    "204": never;
    "401": never;
    "403": never;
    "404": never;
    "422": "billingCycle";
    "423": never;
    "429": never;
    "500": never;
  };
  changeServerPassword: {
    "204": never;
    "401": never;
    "403": never;
    "404": never;
    "422": "billingCycle";
    "423": never;
    "429": never;
    "500": never;
  };
  changeServerPrimaryIp: {
    "200": "serverModel";
    "401": never;
    "403": never;
    "404": never;
    "422": "billingCycle";
    "423": never;
    "429": never;
    "500": never;
  };
  calculateServerRenewAmount: {
    "200": "withPromo";
    "401": never;
    "403": never;
    "422": "billingCycle";
    "429": never;
    "500": never;
  };
  listPlans: {
    "200": "onePlan";
    "401": never;
    "429": never;
    "500": never;
  };
  listPlanAddons: {
    "200": "cpanel";
    "401": never;
    "404": never;
    "429": never;
    "500": never;
  };
  listPlanPromoCodes: {
    "200": "fall24";
    "401": never;
    "422": "billingCycle";
    "429": never;
    "500": never;
  };
  listSnapshots: {
    "200": "oneSnapshot";
    "401": never;
    "422": "billingCycle";
    "429": never;
    "500": never;
  };
  listBackups: {
    "200": "oneBackup";
    "401": never;
    "422": "billingCycle";
    "429": never;
    "500": never;
  };
  listFloatingIps: {
    "200": "unattached";
    "401": never;
    "429": never;
    "500": never;
  };
  purchaseFloatingIps: {
    "200": "listed";
    "401": never;
    "403": never;
    "422": "billingCycle";
    "423": never;
    "429": never;
    "500": never;
  };
  cancelFloatingIps: {
    "200": "empty";
    "401": never;
    "403": never;
    "422": "billingCycle";
    "423": never;
    "429": never;
    "500": never;
  };
  updateIpAddress: {
    "200": "ipv4";
    "401": never;
    "403": never;
    "404": never;
    "422": "billingCycle";
    "423": never;
    "429": never;
    "500": never;
  };
  getNetworkProtection: {
    "200": "protectedFloatingIp";
    "401": never;
    "404": never;
    "429": never;
    "500": never;
  };
  getGeoFilter: {
    "200": "allowBg";
    "401": never;
    "404": never;
    "429": never;
    "500": never;
  };
  blacklistIpAddresses: {
    "200": "hostAndNetwork";
    "401": never;
    "403": never;
    "404": never;
    "422": "billingCycle";
    "423": never;
    "429": never;
    "500": never;
  };
  listAttacks: {
    "200": "twoAttacks";
    "401": never;
    "404": never;
    "429": never;
    "500": never;
  };
  getAttack: {
    "200": "udpFlood";
    "401": never;
    "404": never;
    "429": never;
    "500": never;
  };
  listOrders: {
    "200": "paidNewService";
    "401": never;
    "429": never;
    "500": never;
  };
  getOrder: {
    "200": "combinedRenewal";
    "401": never;
    "404": never;
    "429": never;
    "500": never;
  };
  changeOrderRenewalPeriod: {
    "204": never;
    "401": never;
    "403": never;
    "422": "billingCycle";
    "429": never;
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
    "updateUser": {
      "method": "patch",
      "path": "/user",
      "parameters": [],
      "body": {
        "required": true,
        "media": [
          "application/json"
        ],
        validate: validators.updateUser_body
      },
      "success": "200",
      "responses": {
        "200": [
          "assembled"
        ],
        "401": [],
        "403": [],
        "422": [
          "billingCycle"
        ],
        "429": [],
        "500": []
      }
    },
    "getTwoFactorSecret": {
      "method": "get",
      "path": "/user/2fa",
      "parameters": [],
      "success": "200",
      "responses": {
        "200": [
          "docs"
        ],
        "401": [],
        "429": [],
        "500": []
      }
    },
    "enableTwoFactor": {
      "method": "post",
      "path": "/user/2fa",
      "parameters": [],
      "body": {
        "required": true,
        "media": [
          "application/json"
        ],
        validate: validators.enableTwoFactor_body
      },
      "success": "204",
      "responses": {
        "204": [],
        "401": [],
        "403": [],
        "422": [
          "billingCycle"
        ],
        "429": [],
        "500": []
      }
    },
    "getBalance": {
      "method": "get",
      "path": "/balance",
      "parameters": [],
      "success": "200",
      "responses": {
        "200": [
          "docs"
        ],
        "401": [],
        "429": [],
        "500": []
      }
    },
    "updateReferralCode": {
      "method": "put",
      "path": "/affiliate",
      "parameters": [],
      "body": {
        "required": true,
        "media": [
          "application/json"
        ],
        validate: validators.updateReferralCode_body
      },
      "success": "200",
      "responses": {
        "200": [
          "docs"
        ],
        "401": [],
        "403": [],
        "422": [
          "billingCycle"
        ],
        "429": [],
        "500": []
      }
    },
    "listInvoices": {
      "method": "get",
      "path": "/invoices",
      "parameters": [
        {
          "name": "page",
          "in": "query",
          "required": false,
          "type": "integer",
          "array": "never",
          "explode": true,
          validate: validators.listInvoices_query_0
        }
      ],
      "success": "200",
      "responses": {
        "200": [
          "docs"
        ],
        "401": [],
        "422": [
          "billingCycle"
        ],
        "429": [],
        "500": []
      }
    },
    "purchaseSupportPlan": {
      "method": "post",
      "path": "/support",
      "parameters": [],
      "body": {
        "required": true,
        "media": [
          "application/json"
        ],
        validate: validators.purchaseSupportPlan_body
      },
      "success": "201",
      "responses": {
        "201": [
          "docs"
        ],
        "401": [],
        "403": [],
        "422": [
          "billingCycle"
        ],
        "429": [],
        "500": []
      }
    },
    "createTicket": {
      "method": "post",
      "path": "/support/tickets",
      "parameters": [],
      "body": {
        "required": true,
        "media": [
          "multipart/form-data"
        ],
        validate: validators.createTicket_body
      },
      "success": "200",
      "responses": {
        "200": [
          "docs"
        ],
        "401": [],
        "403": [],
        "422": [
          "billingCycle"
        ],
        "429": [],
        "500": []
      }
    },
    "replyToTicket": {
      "method": "post",
      "path": "/support/tickets/{id}/messages",
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "type": "integer",
          "array": "never",
          "explode": false,
          validate: validators.replyToTicket_path_0
        }
      ],
      "body": {
        "required": true,
        "media": [
          "multipart/form-data"
        ],
        validate: validators.replyToTicket_body
      },
      "success": "200",
      "responses": {
        "200": [
          "docs"
        ],
        "401": [],
        "403": [],
        "404": [],
        "422": [
          "billingCycle"
        ],
        "429": [],
        "500": []
      }
    },
    "getSshKey": {
      "method": "get",
      "path": "/ssh-keys/{id}",
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "type": "integer",
          "array": "never",
          "explode": false,
          validate: validators.replyToTicket_path_0
        }
      ],
      "success": "200",
      "responses": {
        "200": [
          "docs"
        ],
        "401": [],
        "404": [],
        "429": [],
        "500": []
      }
    },
    "updateSshKey": {
      "method": "patch",
      "path": "/ssh-keys/{id}",
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "type": "integer",
          "array": "never",
          "explode": false,
          validate: validators.replyToTicket_path_0
        }
      ],
      "body": {
        "required": true,
        "media": [
          "application/json"
        ],
        validate: validators.updateSshKey_body
      },
      "success": "200",
      "responses": {
        "200": [
          "getSshKey"
        ],
        "401": [],
        "403": [],
        "404": [],
        "422": [
          "billingCycle"
        ],
        "429": [],
        "500": []
      }
    },
    "calculateServerScaleCost": {
      "method": "post",
      "path": "/servers/{id}/scale/calculate",
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "type": "integer",
          "array": "never",
          "explode": false,
          validate: validators.replyToTicket_path_0
        }
      ],
      "body": {
        "required": true,
        "media": [
          "application/json"
        ],
        validate: validators.calculateServerScaleCost_body
      },
      "success": "200",
      "responses": {
        "200": [
          "short"
        ],
        "401": [],
        "403": [],
        "404": [],
        "422": [
          "billingCycle"
        ],
        "429": [],
        "500": []
      }
    },
    "listAvailableServerAddons": {
      "method": "get",
      "path": "/servers/{server_id}/addons",
      "parameters": [
        {
          "name": "server_id",
          "in": "path",
          "required": true,
          "type": "integer",
          "array": "never",
          "explode": false,
          validate: validators.replyToTicket_path_0
        }
      ],
      "success": "200",
      "responses": {
        "200": [
          "cpanel"
        ],
        "401": [],
        "404": [],
        "429": [],
        "500": []
      }
    },
    "purchaseServerAddons": {
      "method": "post",
      "path": "/servers/{server_id}/addons",
      "parameters": [
        {
          "name": "server_id",
          "in": "path",
          "required": true,
          "type": "integer",
          "array": "never",
          "explode": false,
          validate: validators.replyToTicket_path_0
        }
      ],
      "body": {
        "required": true,
        "media": [
          "application/json"
        ],
        validate: validators.purchaseServerAddons_body
      },
      "success": "200",
      "responses": {
        "200": [
          "serverModel"
        ],
        "401": [],
        "403": [],
        "404": [],
        "422": [
          "billingCycle"
        ],
        "423": [],
        "429": [],
        "500": []
      }
    },
    "calculateServerAddonsScaleCost": {
      "method": "post",
      "path": "/servers/{server_id}/addons/scale/calculate",
      "parameters": [
        {
          "name": "server_id",
          "in": "path",
          "required": true,
          "type": "integer",
          "array": "never",
          "explode": false,
          validate: validators.replyToTicket_path_0
        }
      ],
      "body": {
        "required": true,
        "media": [
          "application/json"
        ],
        validate: validators.calculateServerAddonsScaleCost_body
      },
      "success": "200",
      "responses": {
        "200": [
          "cost"
        ],
        "401": [],
        "403": [],
        "404": [],
        "422": [
          "billingCycle"
        ],
        "429": [],
        "500": []
      }
    },
    "cancelServerAddon": {
      "method": "post",
      "path": "/servers/{server_id}/addons/{server_addon_id}",
      "parameters": [
        {
          "name": "server_id",
          "in": "path",
          "required": true,
          "type": "integer",
          "array": "never",
          "explode": false,
          validate: validators.replyToTicket_path_0
        },
        {
          "name": "server_addon_id",
          "in": "path",
          "required": true,
          "type": "integer",
          "array": "never",
          "explode": false,
          validate: validators.replyToTicket_path_0
        }
      ],
      "body": {
        "required": true,
        "media": [
          "application/json"
        ],
        validate: validators.cancelServerAddon_body
      },
      "success": "204",
      "responses": {
        "204": [],
        "401": [],
        "403": [],
        "404": [],
        "422": [
          "billingCycle"
        ],
        "423": [],
        "429": [],
        "500": []
      }
    },
    "listServers": {
      "method": "get",
      "path": "/servers",
      "parameters": [
        {
          "name": "page",
          "in": "query",
          "required": false,
          "type": "integer",
          "array": "never",
          "explode": true,
          validate: validators.listInvoices_query_0
        },
        {
          "name": "per_page",
          "in": "query",
          "required": false,
          "type": "integer",
          "array": "never",
          "explode": true,
          validate: validators.listServers_query_1
        },
        {
          "name": "filter[ip]",
          "in": "query",
          "required": false,
          "type": "string",
          "array": "never",
          "explode": true,
          validate: validators.listServers_query_2
        },
        {
          "name": "filter[search]",
          "in": "query",
          "required": false,
          "type": "string",
          "array": "never",
          "explode": true,
          validate: validators.listServers_query_2
        },
        {
          "name": "filter[status]",
          "in": "query",
          "required": false,
          "type": "string",
          "array": "never",
          "explode": true,
          validate: validators.listServers_query_2
        },
        {
          "name": "sort[created_at]",
          "in": "query",
          "required": false,
          "type": "string",
          "array": "never",
          "explode": true,
          validate: validators.listServers_query_2
        },
        {
          "name": "sort[expiry_at]",
          "in": "query",
          "required": false,
          "type": "string",
          "array": "never",
          "explode": true,
          validate: validators.listServers_query_2
        }
      ],
      "success": "200",
      "responses": {
        "200": [
          "oneServer"
        ],
        "401": [],
        "422": [
          "billingCycle"
        ],
        "429": [],
        "500": []
      }
    },
    "deployServer": {
      "method": "post",
      "path": "/servers",
      "parameters": [],
      "body": {
        "required": true,
        "media": [
          "application/json"
        ],
        validate: validators.deployServer_body
      },
      "success": "201",
      "responses": {
        "201": [
          "serverOrder"
        ],
        "401": [],
        "403": [],
        "422": [
          "billingCycle"
        ],
        "429": [],
        "500": []
      }
    },
    "getServer": {
      "method": "get",
      "path": "/servers/{id}",
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "type": "integer",
          "array": "never",
          "explode": false,
          validate: validators.replyToTicket_path_0
        },
        {
          "name": "include[]",
          "in": "query",
          "required": false,
          "type": "string",
          "array": "always",
          "explode": true,
          validate: validators.getServer_query_1
        }
      ],
      "success": "200",
      "responses": {
        "200": [
          "serverModel"
        ],
        "401": [],
        "404": [],
        "429": [],
        "500": []
      }
    },
    "getServerStatus": {
      "method": "get",
      "path": "/servers/{id}/status",
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "type": "integer",
          "array": "never",
          "explode": false,
          validate: validators.replyToTicket_path_0
        }
      ],
      "success": "200",
      "responses": {
        "200": [
          "runningInRescue"
        ],
        "401": [],
        "404": [],
        "429": [],
        "500": []
      }
    },
    "getServerMetrics": {
      "method": "get",
      "path": "/servers/{id}/metrics",
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "type": "integer",
          "array": "never",
          "explode": false,
          validate: validators.replyToTicket_path_0
        },
        {
          "name": "filter[month]",
          "in": "query",
          "required": false,
          "type": "integer",
          "array": "never",
          "explode": true,
          validate: validators.getServerMetrics_query_1
        },
        {
          "name": "filter[year]",
          "in": "query",
          "required": false,
          "type": "integer",
          "array": "never",
          "explode": true,
          validate: validators.replyToTicket_path_0
        }
      ],
      "success": "200",
      "responses": {
        "200": [
          "twoPoints"
        ],
        "401": [],
        "404": [],
        "422": [
          "billingCycle"
        ],
        "429": [],
        "500": []
      }
    },
    "getServerBandwidth": {
      "method": "get",
      "path": "/servers/{id}/bandwidth",
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "type": "integer",
          "array": "never",
          "explode": false,
          validate: validators.replyToTicket_path_0
        },
        {
          "name": "filter[start]",
          "in": "query",
          "required": false,
          "type": "integer",
          "array": "never",
          "explode": true,
          validate: validators.replyToTicket_path_0
        },
        {
          "name": "filter[end]",
          "in": "query",
          "required": false,
          "type": "integer",
          "array": "never",
          "explode": true,
          validate: validators.replyToTicket_path_0
        }
      ],
      "success": "200",
      "responses": {
        "200": [
          "oneDay"
        ],
        "401": [],
        "404": [],
        "422": [
          "billingCycle"
        ],
        "429": [],
        "500": []
      }
    },
    "cancelServer": {
      "method": "post",
      "path": "/servers/{id}/cancel",
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "type": "integer",
          "array": "never",
          "explode": false,
          validate: validators.replyToTicket_path_0
        }
      ],
      "body": {
        "required": false,
        "media": [
          "application/json"
        ],
        validate: validators.cancelServer_body
      },
      "success": "204",
      "responses": {
        "204": [],
        "401": [],
        "403": [],
        "404": [],
        "422": [
          "billingCycle"
        ],
        "423": [],
        "429": [],
        "500": []
      }
    },
    "changeServerPassword": {
      "method": "put",
      "path": "/servers/{id}/password",
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "type": "integer",
          "array": "never",
          "explode": false,
          validate: validators.replyToTicket_path_0
        }
      ],
      "body": {
        "required": true,
        "media": [
          "application/json"
        ],
        validate: validators.changeServerPassword_body
      },
      "success": "204",
      "responses": {
        "204": [],
        "401": [],
        "403": [],
        "404": [],
        "422": [
          "billingCycle"
        ],
        "423": [],
        "429": [],
        "500": []
      }
    },
    "changeServerPrimaryIp": {
      "method": "post",
      "path": "/servers/{id}/primary-ip",
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "type": "integer",
          "array": "never",
          "explode": false,
          validate: validators.replyToTicket_path_0
        }
      ],
      "body": {
        "required": true,
        "media": [
          "application/json"
        ],
        validate: validators.changeServerPrimaryIp_body
      },
      "success": "200",
      "responses": {
        "200": [
          "serverModel"
        ],
        "401": [],
        "403": [],
        "404": [],
        "422": [
          "billingCycle"
        ],
        "423": [],
        "429": [],
        "500": []
      }
    },
    "calculateServerRenewAmount": {
      "method": "post",
      "path": "/servers/renew/calculate",
      "parameters": [],
      "body": {
        "required": true,
        "media": [
          "application/json"
        ],
        validate: validators.calculateServerRenewAmount_body
      },
      "success": "200",
      "responses": {
        "200": [
          "withPromo"
        ],
        "401": [],
        "403": [],
        "422": [
          "billingCycle"
        ],
        "429": [],
        "500": []
      }
    },
    "listPlans": {
      "method": "get",
      "path": "/plans",
      "parameters": [],
      "success": "200",
      "responses": {
        "200": [
          "onePlan"
        ],
        "401": [],
        "429": [],
        "500": []
      }
    },
    "listPlanAddons": {
      "method": "get",
      "path": "/plans/{id}/addons",
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "type": "integer",
          "array": "never",
          "explode": false,
          validate: validators.replyToTicket_path_0
        }
      ],
      "success": "200",
      "responses": {
        "200": [
          "cpanel"
        ],
        "401": [],
        "404": [],
        "429": [],
        "500": []
      }
    },
    "listPlanPromoCodes": {
      "method": "get",
      "path": "/plans/{id}/promo-codes",
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "type": "integer",
          "array": "never",
          "explode": false,
          validate: validators.replyToTicket_path_0
        }
      ],
      "success": "200",
      "responses": {
        "200": [
          "fall24"
        ],
        "401": [],
        "422": [
          "billingCycle"
        ],
        "429": [],
        "500": []
      }
    },
    "listSnapshots": {
      "method": "get",
      "path": "/snapshots",
      "parameters": [
        {
          "name": "page",
          "in": "query",
          "required": false,
          "type": "integer",
          "array": "never",
          "explode": true,
          validate: validators.listInvoices_query_0
        },
        {
          "name": "filter[date]",
          "in": "query",
          "required": false,
          "type": "string",
          "array": "never",
          "explode": true,
          validate: validators.listSnapshots_query_1
        },
        {
          "name": "filter[server_id]",
          "in": "query",
          "required": false,
          "type": "integer",
          "array": "never",
          "explode": true,
          validate: validators.replyToTicket_path_0
        },
        {
          "name": "sort",
          "in": "query",
          "required": false,
          "type": "string",
          "array": "never",
          "explode": true,
          validate: validators.listSnapshots_query_3
        }
      ],
      "success": "200",
      "responses": {
        "200": [
          "oneSnapshot"
        ],
        "401": [],
        "422": [
          "billingCycle"
        ],
        "429": [],
        "500": []
      }
    },
    "listBackups": {
      "method": "get",
      "path": "/backups",
      "parameters": [
        {
          "name": "page",
          "in": "query",
          "required": false,
          "type": "integer",
          "array": "never",
          "explode": true,
          validate: validators.listInvoices_query_0
        },
        {
          "name": "filter[date]",
          "in": "query",
          "required": false,
          "type": "string",
          "array": "never",
          "explode": true,
          validate: validators.listSnapshots_query_1
        },
        {
          "name": "filter[server_id]",
          "in": "query",
          "required": false,
          "type": "integer",
          "array": "never",
          "explode": true,
          validate: validators.replyToTicket_path_0
        },
        {
          "name": "filter[size]",
          "in": "query",
          "required": false,
          "type": "integer",
          "array": "never",
          "explode": true,
          validate: validators.replyToTicket_path_0
        },
        {
          "name": "sort",
          "in": "query",
          "required": false,
          "type": "string",
          "array": "never",
          "explode": true,
          validate: validators.listSnapshots_query_3
        }
      ],
      "success": "200",
      "responses": {
        "200": [
          "oneBackup"
        ],
        "401": [],
        "422": [
          "billingCycle"
        ],
        "429": [],
        "500": []
      }
    },
    "listFloatingIps": {
      "method": "get",
      "path": "/floating-ips",
      "parameters": [
        {
          "name": "page",
          "in": "query",
          "required": false,
          "type": "integer",
          "array": "never",
          "explode": true,
          validate: validators.listInvoices_query_0
        },
        {
          "name": "per_page",
          "in": "query",
          "required": false,
          "type": "integer",
          "array": "never",
          "explode": true,
          validate: validators.replyToTicket_path_0
        },
        {
          "name": "filter[ip]",
          "in": "query",
          "required": false,
          "type": "string",
          "array": "never",
          "explode": true,
          validate: validators.listServers_query_2
        },
        {
          "name": "filter[search]",
          "in": "query",
          "required": false,
          "type": "string",
          "array": "never",
          "explode": true,
          validate: validators.listServers_query_2
        },
        {
          "name": "filter[status]",
          "in": "query",
          "required": false,
          "type": "string",
          "array": "never",
          "explode": true,
          validate: validators.listServers_query_2
        },
        {
          "name": "filter[ddos]",
          "in": "query",
          "required": false,
          "type": "boolean",
          "array": "never",
          "explode": true,
          validate: validators.listFloatingIps_query_5
        }
      ],
      "success": "200",
      "responses": {
        "200": [
          "unattached"
        ],
        "401": [],
        "429": [],
        "500": []
      }
    },
    "purchaseFloatingIps": {
      "method": "post",
      "path": "/floating-ips",
      "parameters": [],
      "body": {
        "required": true,
        "media": [
          "application/json"
        ],
        validate: validators.purchaseFloatingIps_body
      },
      "success": "200",
      "responses": {
        "200": [
          "listed"
        ],
        "401": [],
        "403": [],
        "422": [
          "billingCycle"
        ],
        "423": [],
        "429": [],
        "500": []
      }
    },
    "cancelFloatingIps": {
      "method": "post",
      "path": "/floating-ips/cancel",
      "parameters": [],
      "body": {
        "required": true,
        "media": [
          "application/json"
        ],
        validate: validators.cancelFloatingIps_body
      },
      "success": "200",
      "responses": {
        "200": [
          "empty"
        ],
        "401": [],
        "403": [],
        "422": [
          "billingCycle"
        ],
        "423": [],
        "429": [],
        "500": []
      }
    },
    "updateIpAddress": {
      "method": "patch",
      "path": "/ip-addresses/{id}",
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "type": "integer",
          "array": "never",
          "explode": false,
          validate: validators.replyToTicket_path_0
        }
      ],
      "body": {
        "required": true,
        "media": [
          "application/json"
        ],
        validate: validators.updateIpAddress_body
      },
      "success": "200",
      "responses": {
        "200": [
          "ipv4"
        ],
        "401": [],
        "403": [],
        "404": [],
        "422": [
          "billingCycle"
        ],
        "423": [],
        "429": [],
        "500": []
      }
    },
    "getNetworkProtection": {
      "method": "get",
      "path": "/network-protection/{id}",
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "type": "integer",
          "array": "never",
          "explode": false,
          validate: validators.replyToTicket_path_0
        }
      ],
      "success": "200",
      "responses": {
        "200": [
          "protectedFloatingIp"
        ],
        "401": [],
        "404": [],
        "429": [],
        "500": []
      }
    },
    "getGeoFilter": {
      "method": "get",
      "path": "/network-protection/{id}/geo",
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "type": "integer",
          "array": "never",
          "explode": false,
          validate: validators.replyToTicket_path_0
        }
      ],
      "success": "200",
      "responses": {
        "200": [
          "allowBg"
        ],
        "401": [],
        "404": [],
        "429": [],
        "500": []
      }
    },
    "blacklistIpAddresses": {
      "method": "post",
      "path": "/network-protection/{id}/blacklist",
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "type": "integer",
          "array": "never",
          "explode": false,
          validate: validators.replyToTicket_path_0
        }
      ],
      "body": {
        "required": true,
        "media": [
          "application/json"
        ],
        validate: validators.blacklistIpAddresses_body
      },
      "success": "200",
      "responses": {
        "200": [
          "hostAndNetwork"
        ],
        "401": [],
        "403": [],
        "404": [],
        "422": [
          "billingCycle"
        ],
        "423": [],
        "429": [],
        "500": []
      }
    },
    "listAttacks": {
      "method": "get",
      "path": "/network-protection/{id}/attacks",
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "type": "integer",
          "array": "never",
          "explode": false,
          validate: validators.replyToTicket_path_0
        },
        {
          "name": "filter[start]",
          "in": "query",
          "required": false,
          "type": "integer",
          "array": "never",
          "explode": true,
          validate: validators.replyToTicket_path_0
        },
        {
          "name": "filter[end]",
          "in": "query",
          "required": false,
          "type": "integer",
          "array": "never",
          "explode": true,
          validate: validators.replyToTicket_path_0
        },
        {
          "name": "per_page",
          "in": "query",
          "required": false,
          "type": "integer",
          "array": "never",
          "explode": true,
          validate: validators.replyToTicket_path_0
        },
        {
          "name": "page",
          "in": "query",
          "required": false,
          "type": "integer",
          "array": "never",
          "explode": true,
          validate: validators.listInvoices_query_0
        }
      ],
      "success": "200",
      "responses": {
        "200": [
          "twoAttacks"
        ],
        "401": [],
        "404": [],
        "429": [],
        "500": []
      }
    },
    "getAttack": {
      "method": "get",
      "path": "/network-protection/{id}/attacks/{attack_id}",
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "type": "integer",
          "array": "never",
          "explode": false,
          validate: validators.replyToTicket_path_0
        },
        {
          "name": "attack_id",
          "in": "path",
          "required": true,
          "type": "string",
          "array": "never",
          "explode": false,
          validate: validators.listServers_query_2
        }
      ],
      "success": "200",
      "responses": {
        "200": [
          "udpFlood"
        ],
        "401": [],
        "404": [],
        "429": [],
        "500": []
      }
    },
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
          validate: validators.listInvoices_query_0
        },
        {
          "name": "per_page",
          "in": "query",
          "required": false,
          "type": "integer",
          "array": "never",
          "explode": true,
          validate: validators.replyToTicket_path_0
        },
        {
          "name": "filter[status]",
          "in": "query",
          "required": false,
          "type": "string",
          "array": "never",
          "explode": true,
          validate: validators.listServers_query_2
        }
      ],
      "success": "200",
      "responses": {
        "200": [
          "paidNewService"
        ],
        "401": [],
        "429": [],
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
          validate: validators.replyToTicket_path_0
        }
      ],
      "success": "200",
      "responses": {
        "200": [
          "combinedRenewal"
        ],
        "401": [],
        "404": [],
        "429": [],
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
          validate: validators.replyToTicket_path_0
        },
        {
          "name": "service_type",
          "in": "path",
          "required": true,
          "type": "string",
          "array": "never",
          "explode": false,
          validate: validators.listServers_query_2
        },
        {
          "name": "service_id",
          "in": "path",
          "required": true,
          "type": "string",
          "array": "never",
          "explode": false,
          validate: validators.listServers_query_2
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
        "403": [],
        "422": [
          "billingCycle"
        ],
        "429": [],
        "500": []
      }
    }
  }
};

type Mocks = ProviderMocks<paths, Examples>;

// A JSON module's types widen its strings (`in: string`), so the document is typed as what it is.
const mocks: Mocks = defineMocks<paths, Examples>(spec, document as OpenApiDocument);

/**
 * One MSW handler per operation (updateUser, getTwoFactorSecret, enableTwoFactor, getBalance, updateReferralCode, listInvoices, purchaseSupportPlan, createTicket, replyToTicket, getSshKey, updateSshKey, calculateServerScaleCost, listAvailableServerAddons, purchaseServerAddons, calculateServerAddonsScaleCost, cancelServerAddon, listServers, deployServer, getServer, getServerStatus, getServerMetrics, getServerBandwidth, cancelServer, changeServerPassword, changeServerPrimaryIp, calculateServerRenewAmount, listPlans, listPlanAddons, listPlanPromoCodes, listSnapshots, listBackups, listFloatingIps, purchaseFloatingIps, cancelFloatingIps, updateIpAddress, getNetworkProtection, getGeoFilter, blacklistIpAddresses, listAttacks, getAttack, listOrders, getOrder, changeOrderRenewalPeriod) on every server of the spec
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

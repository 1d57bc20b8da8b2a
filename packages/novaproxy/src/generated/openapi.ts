// Generated from @specfirst/spec-novaproxy (specs/novaproxy/openapi.yaml)
// by scripts/generate-client.mjs. Do not edit: change the spec and run `pnpm generate`.
export interface paths {
    "/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List orders
         * @description Returns every order of the authenticated user as a bare JSON array (no `data` wrapper), newest
         *     first. There is no pagination and there are no query parameters: the whole list comes back in
         *     one response. Only the 200 response is documented.
         */
        get: operations["listOrders"];
        put?: never;
        /**
         * Create an order
         * @description Buys a plan for the authenticated user. The body names the plan by slug and, depending on the
         *     plan's `type`, the traffic (`bandwidth`, in GB) or the period (`duration`) with its option values
         *     (`config`); see CreateOrderRequest and GET /plans/{plan}. The price is always charged to the
         *     account balance: there is no payment choice, and `payment_gateway_id` must not be sent.
         *     The body may be sent as JSON or as multipart form data. Only the 201 response is documented;
         *     the docs describe no error responses (e.g. for invalid input or an insufficient balance).
         */
        post: operations["createOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orders/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The order's `uuid`, as returned in UserPlanResource.
                 * @example 9bdfe2d6-2c9a-4f7e-9e8c-1a2b3c4d5e6f
                 */
                uuid: string;
            };
            cookie?: never;
        };
        /**
         * Get an order
         * @description Returns one order of the authenticated user, looked up by its `uuid`, as a UserPlanResource at
         *     the root of the body. The older form of this call, GET /orders/{id} with the order's numeric
         *     `id` (shown on the superseded version of the manage page), was removed and is no longer
         *     supported, so it is not part of this document. Only the 200 response is documented.
         */
        get: operations["getOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List plans
         * @description Returns every plan that can be bought, each as a PlanResource with its bandwidth tiers,
         *     durations (with their options), IP whitelist and options already loaded, enough to build an
         *     order without further calls. The docs do not show this response's body, so whether the list
         *     is a bare array or wrapped in an object is not known; see the 200 response. Only a successful
         *     response is described.
         */
        get: operations["listPlans"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/plans/{plan}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The plan's `slug` (not its numeric `id`). Slugs named in the docs: residential,
                 *     residential-budget, unlimited-residential, unlimited-residential-budget, ipv6-residential,
                 *     ipv6-datacenter, static-isp, datacenter, static-datacenter.
                 * @example residential
                 */
                plan: string;
            };
            cookie?: never;
        };
        /**
         * Get a plan
         * @description Returns one plan, looked up by its slug, as a PlanResource. Use it to find what an order for
         *     this plan needs: the `bandwidths` tiers of a bandwidth-type plan, or the `durations` and their
         *     `options` of a duration-type plan. Only a successful response is described.
         */
        get: operations["getPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description One order (a purchased plan) of the authenticated user, identified by its `uuid`.
         *     The key list follows the current manage and create pages. `user`, `plan` and `duration_options`
         *     are optional because not every documented example carries them: `user` is missing from the
         *     POST /orders example and `duration_options` appears only there.
         */
        UserPlanResource: {
            /**
             * Format: uuid
             * @description Stable identifier of the order; use it with GET /orders/{uuid}.
             * @example 9bdfe2d6-2c9a-4f7e-9e8c-1a2b3c4d5e6f
             */
            uuid: string;
            /**
             * @description Proxy user name. Null until the credentials are ready, i.e. while `status` is
             *     `awaiting_payment`, `pending` or `invoice_expired`. The POST /orders example also shows null
             *     with `status` `active`, which contradicts that rule (an open question), so a client should be
             *     ready for null in any status.
             * @example 99xhbk9uyvzry71
             */
            username: string | null;
            /**
             * @description Proxy password. Null under the same conditions as `username`.
             * @example tmu1rfdkw47i90d
             */
            password: string | null;
            /**
             * @description Traffic allowance bought with the order, in bytes (the examples use binary multiples, 1073741824 = 1 GiB).
             * @example 10737418240
             */
            initial_bandwidth_in_bytes: number;
            /**
             * @description Traffic still available on the order, in bytes.
             * @example 10737418240
             */
            remaining_bandwidth_in_bytes: number;
            /**
             * @description Traffic used so far, in bytes. The current examples show 0; the superseded version of the
             *     manage page showed null, so null is allowed (example wins).
             * @example 0
             */
            consumed_bandwidth_in_bytes: number | null;
            /**
             * Format: date-time
             * @description When the order stops being usable (ISO 8601, UTC, no fractional seconds in the examples). The
             *     docs do not say when it is null; the list example shows null for an active order.
             * @example 2026-06-03T12:00:00Z
             */
            expires_at: string | null;
            status: components["schemas"]["OrderStatus"];
            price: components["schemas"]["OrderPrice"];
            /**
             * @description The owning user. The docs elide its contents (`{ /* ... *\/ }`), so no keys are listed and any
             *     are allowed. Shown on the manage page, absent from the POST /orders example.
             */
            user?: Record<string, never>;
            /**
             * @description The plan the order was bought for. The docs elide its contents (`{ /* ... *\/ }`); it is
             *     presumably a PlanResource, but that is not confirmed, so no keys are listed and any are allowed.
             */
            plan?: Record<string, never>;
            /**
             * @description Only in the POST /orders example (as `[]`). For duration-type orders with configurable
             *     options, each entry is one resolved choice (its label, value and line price, per the create
             *     page); the docs give no key names, so items are open objects.
             */
            duration_options?: Record<string, never>[];
            /**
             * Format: date-time
             * @description When the order was created (ISO 8601, UTC, Laravel style with microseconds).
             * @example 2026-01-04T21:19:12.000000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the order last changed (ISO 8601, UTC, Laravel style with microseconds).
             * @example 2026-01-04T21:19:12.000000Z
             */
            updated_at: string;
        };
        /**
         * @description Lifecycle state of an order, listed in the order the manage page gives them. The docs do not
         *     define each state. They only say that credentials (`username`, `password`) stay null while the
         *     order is `awaiting_payment`, `pending` or `invoice_expired`.
         * @enum {string}
         */
        OrderStatus: "awaiting_payment" | "active" | "inactive" | "expired" | "exhausted" | "pending" | "failed" | "invoice_expired";
        /**
         * @description What the order costs. The docs name no currency for these amounts; they are decimal amounts in
         *     whole currency units (e.g. 1.89), not cents. The examples show `discount` 0 and `net` equal to
         *     `gross`; how the three relate otherwise is not documented.
         */
        OrderPrice: {
            /**
             * @description Price before any discount, in the undocumented currency.
             * @example 19.99
             */
            gross: number;
            /**
             * @description Amount taken off the price, in the same currency; 0 in every example.
             * @example 0
             */
            discount: number;
            /**
             * @description Price after the discount, in the same currency.
             * @example 19.99
             */
            net: number;
        };
        /**
         * @description Body of POST /orders. Which fields beyond `plan` are needed depends on the plan (see
         *     GET /plans/{plan}): `bandwidth` for bandwidth-type plans; `duration` for duration-type plans,
         *     plus `config` when the chosen duration has options. The order is always paid from the account
         *     balance; do not send `payment_gateway_id`.
         */
        CreateOrderRequest: {
            /**
             * @description Slug of the plan to buy (`slug` from GET /plans).
             * @example residential
             * @example datacenter
             */
            plan: string;
            /**
             * @description Traffic to buy, in whole GB. Required for bandwidth-type plans. It must fit the plan's tiers
             *     in `bandwidths`; the Residential Budget page states at least 1 and at least the smallest tier.
             * @example 2
             */
            bandwidth?: number;
            /**
             * @description Slug of one of the plan's `durations`. Required for duration-type plans.
             * @example 1_day
             * @example 1_week
             * @example 1_month
             * @example 30_days
             */
            duration?: string;
            /**
             * @description Values for the chosen duration's options, keyed by option `name`. Required when that
             *     duration has a non-empty `options` list, and then every option must be present. A `select`
             *     option takes one of its `options[].value`; a `range` or `number` option takes a number within
             *     `min`..`max`, aligned to `step`.
             * @example {
             *       "speed": 10
             *     }
             * @example {
             *       "country": "us"
             *     }
             */
            config?: {
                [key: string]: string | number;
            };
            /**
             * @description Optional discount code to apply to the order.
             * @example SUMMER10
             */
            discount_code?: string;
        };
        /**
         * @description A purchasable plan. Its shape depends on `type`: bandwidth plans list their tiers in
         *     `bandwidths`, duration plans their periods in `durations`. The products page says plans come
         *     with their bandwidth tiers, durations with options, IP whitelist and options loaded, but only
         *     `bandwidths` and `durations` appear in an example, so the keys of the other two are unknown and
         *     extra keys are allowed. The only complete example is a bandwidth plan (the duration-plan example
         *     is cut off), so only `id`, `name`, `slug` and `type` are marked required.
         */
        PlanResource: {
            /**
             * @description Numeric identifier of the plan. GET /plans/{plan} does not accept it; use `slug`.
             * @example 1
             */
            id: number;
            /**
             * @description Display name of the plan.
             * @example Residential
             */
            name: string;
            /**
             * @description Identifier used in GET /plans/{plan} and as `plan` when creating an order.
             * @example residential
             */
            slug: string;
            type: components["schemas"]["PlanType"];
            /** @description Whether the plan offers geo-targeting (choosing the proxies' location); the docs add no detail. */
            has_geo_targeting?: boolean;
            /** @description Whether the plan offers an IP whitelist; the docs add no detail. */
            has_ip_whitelist?: boolean;
            /** @description IP rotation modes the plan supports. */
            rotations?: components["schemas"]["PlanRotation"][];
            /** @description Proxy protocols the plan supports, with their ports. */
            protocols?: components["schemas"]["PlanProtocol"][];
            /** @description Purchasable traffic tiers; shown on bandwidth-type plans. */
            bandwidths?: components["schemas"]["PlanBandwidth"][];
            /** @description Purchasable periods; shown on duration-type plans. */
            durations?: components["schemas"]["PlanDuration"][];
        };
        /**
         * @description How a plan is sold. `bandwidth`: by traffic, in GB; the plan lists its tiers in `bandwidths` and
         *     an order sends `bandwidth`. `duration`: for a fixed period; the plan lists its periods in
         *     `durations` and an order sends `duration` (and `config` when that period has options).
         * @enum {string}
         */
        PlanType: "bandwidth" | "duration";
        /** @description An IP rotation mode the plan supports. The docs show `rotating`/`Rotating` and `sticky`/`Sticky`. */
        PlanRotation: {
            /**
             * @description Machine name of the rotation mode.
             * @example rotating
             */
            code: string;
            /**
             * @description Display name of the rotation mode.
             * @example Rotating
             */
            name: string;
        };
        /** @description A proxy protocol the plan supports and the gateway port it is served on. */
        PlanProtocol: {
            /**
             * @description Protocol name. The docs show `http` and `socks5`.
             * @example http
             */
            code: string;
            /**
             * @description Port on which the proxy gateway serves this protocol.
             * @example 12321
             */
            port: number;
        };
        /** @description One purchasable traffic tier of a bandwidth-type plan. */
        PlanBandwidth: {
            /**
             * @description Numeric identifier of the tier.
             * @example 1
             */
            id: number;
            /**
             * @description Size of the tier, counted in `bandwidth_unit`.
             * @example 1
             */
            bandwidth: number;
            /**
             * @description Unit of `bandwidth`. Only `GB` appears in the docs, where 1 GB is 1073741824 bytes.
             * @example GB
             */
            bandwidth_unit: string;
            /**
             * @description Size of the tier in bytes.
             * @example 1073741824
             */
            bandwidth_in_bytes: number;
            /**
             * @description Price of one GB at this tier, in a currency the docs do not name.
             * @example 5
             */
            price_per_gb: number;
        };
        /**
         * @description One purchasable period of a duration-type plan. The captured docs show only `slug` and
         *     `options`; the rest of the object (pricing among it) is cut off on the products page, so further
         *     keys are expected and allowed.
         */
        PlanDuration: {
            /**
             * @description Identifier of the period; send it as `duration` when creating an order.
             * @example 30_days
             */
            slug: string;
            /**
             * @description Settings to choose for this period. When non-empty, the order must carry a `config` with a
             *     value for each option. The docs do not say whether the key is always present.
             */
            options?: components["schemas"]["PlanDurationOption"][];
        };
        /**
         * @description A setting the buyer must choose for a duration (e.g. `country`, `speed`, `threads`). Its `name`
         *     is the key to use in the order's `config`. A `select` option lists its allowed values in
         *     `options`; a `range` or `number` option takes a number between `min` and `max`, in multiples of
         *     `step` when `step` is given.
         */
        PlanDurationOption: {
            /**
             * @description Key of this option in the order's `config`.
             * @example speed
             */
            name: string;
            /**
             * @description Display name of the option.
             * @example Speed
             */
            label: string;
            /**
             * @description Kind of input the option takes.
             * @enum {string}
             */
            type: "select" | "range" | "number";
            /** @description Allowed values; present on `select` options. */
            options?: components["schemas"]["PlanDurationOptionChoice"][];
            /**
             * @description Smallest allowed value; present on `range` and `number` options.
             * @example 1
             */
            min?: number;
            /**
             * @description Largest allowed value; present on `range` and `number` options.
             * @example 100
             */
            max?: number;
            /**
             * @description Increment the value must be aligned to, for `range` and `number` options; the docs say it may be absent.
             * @example 1
             */
            step?: number;
        };
        /** @description One allowed value of a `select` option. */
        PlanDurationOptionChoice: {
            /**
             * @description What to send as the option's value in the order's `config`. The create pages show string
             *     codes (`ar`, `us`) and numbers (speed in Mbps, e.g. 10) and say integer ids also occur.
             * @example ar
             */
            value: string | number;
            /**
             * @description Display text of the choice.
             * @example Armenia
             */
            label: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listOrders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All of the user's orders, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPlanResource"][];
                };
            };
        };
    };
    createOrder: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrderRequest"];
                "multipart/form-data": components["schemas"]["CreateOrderRequest"];
            };
        };
        responses: {
            /** @description The order was created; the body is the new order (no `data` wrapper). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPlanResource"];
                };
            };
        };
    };
    getOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The order's `uuid`, as returned in UserPlanResource.
                 * @example 9bdfe2d6-2c9a-4f7e-9e8c-1a2b3c4d5e6f
                 */
                uuid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPlanResource"];
                };
            };
        };
    };
    listPlans: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description All purchasable plans. Assumed to be a bare JSON array, like GET /orders, because the
             *     text of https://docs.novaproxy.io/docs/products is cut off before any example of this
             *     response.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanResource"][];
                };
            };
        };
    };
    getPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The plan's `slug` (not its numeric `id`). Slugs named in the docs: residential,
                 *     residential-budget, unlimited-residential, unlimited-residential-budget, ipv6-residential,
                 *     ipv6-datacenter, static-isp, datacenter, static-datacenter.
                 * @example residential
                 */
                plan: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plan. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanResource"];
                };
            };
        };
    };
}

// Generated from @specfirst/spec-polar (specs/polar/openapi.yaml)
// by scripts/generate-client.mjs. Do not edit: change the spec and run `pnpm generate`.
export interface paths {
    "/v1/users/orders/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List my orders
         * @description Returns one page of the orders placed by the signed-in user, newest first unless `sorting` says otherwise. Polar's operation ID: `users:orders:list`; scope `user:orders:read`. Missing or invalid credentials get a 401 and a missing scope a 403; Polar's document declares neither (Polar's server code: https://github.com/polarsource/polar/blob/1e09e8e2c8a80eb3e4da4ebdc5a194e58566ccb3/server/polar/auth/dependencies.py).
         */
        get: operations["listOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the order (a UUID v4).
                 * @example 6bfc0403-8ac3-4394-b5e6-eff0359f1b26
                 */
                id: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        /**
         * Get one of my orders
         * @description Returns one order of the signed-in user, with its product, price and (for subscription orders) subscription. Polar's operation ID: `users:orders:get`; scope `user:orders:read`. An order of another user is answered with 404. Missing or invalid credentials get a 401 and a missing scope a 403; Polar's document declares neither (Polar's server code: https://github.com/polarsource/polar/blob/1e09e8e2c8a80eb3e4da4ebdc5a194e58566ccb3/server/polar/auth/dependencies.py).
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
    "/v1/users/orders/{id}/invoice": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the order (a UUID v4).
                 * @example 6bfc0403-8ac3-4394-b5e6-eff0359f1b26
                 */
                id: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        /**
         * Get the invoice of one of my orders
         * @description Returns where to find the invoice of an order of the signed-in user. Polar's operation ID: `users:orders:invoice`; scope `user:orders:read`. Besides the declared 404 for an unknown order, the server also answers 404 with an `InvoiceNotAvailable` body when the order has no Stripe invoice or that invoice has no hosted page. Missing or invalid credentials get a 401 and a missing scope a 403; Polar's document declares neither (Polar's server code: https://github.com/polarsource/polar/blob/1e09e8e2c8a80eb3e4da4ebdc5a194e58566ccb3/server/polar/auth/dependencies.py).
         */
        get: operations["getOrderInvoice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/subscriptions/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List my subscriptions
         * @description Returns one page of the signed-in user's subscriptions, most recently started first unless `sorting` says otherwise. Only subscriptions that have started (non-null `started_at`) are listed. Polar's operation ID: `users:subscriptions:list`; scope `user:subscriptions:read`. Missing or invalid credentials get a 401 and a missing scope a 403; Polar's document declares neither (Polar's server code: https://github.com/polarsource/polar/blob/1e09e8e2c8a80eb3e4da4ebdc5a194e58566ccb3/server/polar/auth/dependencies.py).
         */
        get: operations["listSubscriptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/subscriptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the subscription (a UUID v4).
                 * @example 8d522be2-a89f-4461-aaee-3ac9897ebd0a
                 */
                id: components["parameters"]["SubscriptionId"];
            };
            cookie?: never;
        };
        /**
         * Get one of my subscriptions
         * @description Returns one subscription of the signed-in user, with its product and current price. Polar's operation ID: `users:subscriptions:get`; scope `user:subscriptions:read`. A subscription of another user is answered with 404. Missing or invalid credentials get a 401 and a missing scope a 403; Polar's document declares neither (Polar's server code: https://github.com/polarsource/polar/blob/1e09e8e2c8a80eb3e4da4ebdc5a194e58566ccb3/server/polar/auth/dependencies.py).
         */
        get: operations["getSubscription"];
        put?: never;
        post?: never;
        /**
         * Cancel one of my subscriptions
         * @description Cancels a subscription of the signed-in user and returns it. A paid subscription is canceled through Stripe; a free one (no Stripe subscription) ends at once: `ended_at` is set to now, `cancel_at_period_end` to true and `status` to `canceled`. Polar's operation ID: `users:subscriptions:cancel`; scope `user:subscriptions:write`. Missing or invalid credentials get a 401 and a missing scope a 403; Polar's document declares neither (Polar's server code: https://github.com/polarsource/polar/blob/1e09e8e2c8a80eb3e4da4ebdc5a194e58566ccb3/server/polar/auth/dependencies.py).
         */
        delete: operations["cancelSubscription"];
        options?: never;
        head?: never;
        /**
         * Switch one of my subscriptions to another price
         * @description Moves a subscription of the signed-in user to another recurring price of the same organization, through Stripe, and returns the updated subscription. Polar's operation ID: `users:subscriptions:update`; scope `user:subscriptions:write`. An unusable price (unknown, archived, not recurring, pay-what-you-want, archived product, other organization) is answered with 422 at `["body", "product_price_id"]`. Not declared by Polar: a subscription without a Stripe subscription gets a 400 with `{"error": "SubscriptionNotActiveOnStripe"}`, missing or invalid credentials a 401 and a missing scope a 403 (Polar's server code: https://github.com/polarsource/polar/blob/1e09e8e2c8a80eb3e4da4ebdc5a194e58566ccb3/server/polar/user/service/subscription.py and https://github.com/polarsource/polar/blob/1e09e8e2c8a80eb3e4da4ebdc5a194e58566ccb3/server/polar/auth/dependencies.py).
         */
        patch: operations["updateSubscription"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Error body of the 403 of cancelSubscription: the subscription is already canceled or is set to end at the end of the current period. */
        AlreadyCanceledSubscription: {
            /**
             * @description Name of the error; always `AlreadyCanceledSubscription`.
             * @constant
             */
            error: "AlreadyCanceledSubscription";
            /** @description Human-readable message; the server sends `This subscription is already canceled or will be at the end of the period.` */
            detail: string;
        };
        /** @description A benefit granted by a product, in its public form (no type-specific properties). */
        BenefitBase: {
            /**
             * Format: date-time
             * @description When the benefit was created.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the benefit was last changed; null if it never was.
             */
            modified_at: string | null;
            /**
             * Format: uuid4
             * @description ID of the benefit.
             */
            id: string;
            type: components["schemas"]["BenefitType"];
            /** @description Text describing the benefit, as shown to customers. */
            description: string;
            /** @description Whether the benefit can be chosen when a product is created or updated. */
            selectable: boolean;
            /** @description Whether the benefit can be deleted. */
            deletable: boolean;
            /**
             * Format: uuid4
             * @description ID of the organization owning the benefit.
             */
            organization_id: string;
        };
        /**
         * @description Kind of a benefit.
         * @enum {string}
         */
        BenefitType: "custom" | "ads" | "discord" | "github_repository" | "downloadables" | "license_keys";
        /** @description Body of a 422. Polar's document declares FastAPI's default (an optional `detail` list); the body actually sent is `{"error": <name>, "detail": [...]}` where the name is `RequestValidationError` (FastAPI's own checks) or `PolarRequestValidationError` (checks made by Polar's code, e.g. the sorting criteria or the new price of updateSubscription). Both keys are therefore optional here and extra keys are allowed (Polar's server code: https://github.com/polarsource/polar/blob/1e09e8e2c8a80eb3e4da4ebdc5a194e58566ccb3/server/polar/exception_handlers.py and https://github.com/polarsource/polar/blob/1e09e8e2c8a80eb3e4da4ebdc5a194e58566ccb3/server/polar/exceptions.py). */
        HTTPValidationError: {
            /** @description Runtime-only: name of the error, `RequestValidationError` or `PolarRequestValidationError`. Not in Polar's declared schema. */
            error?: string;
            /** @description The validation problems. */
            detail?: components["schemas"]["ValidationError"][];
        };
        /** @description Runtime-only 404 body of getOrderInvoice, sent when the order has no Stripe invoice or that invoice has no hosted page. Polar's OpenAPI document declares only ResourceNotFound for this 404; this schema is added so the real body validates (Polar's server code: https://github.com/polarsource/polar/blob/1e09e8e2c8a80eb3e4da4ebdc5a194e58566ccb3/server/polar/user/service/order.py). */
        InvoiceNotAvailable: {
            /**
             * @description Name of the error; always `InvoiceNotAvailable`.
             * @constant
             */
            error: "InvoiceNotAvailable";
            /** @description Human-readable message; the server sends `The invoice is not available for this order.` */
            detail: string;
        };
        /** @description One page of the signed-in user's orders. Polar names this schema `ListResource_UserOrder_`; it is renamed to PascalCase here. */
        ListResourceUserOrder: {
            /** @description The orders on this page. */
            items: components["schemas"]["UserOrder"][];
            pagination: components["schemas"]["Pagination"];
        };
        /** @description One page of the signed-in user's subscriptions. Polar names this schema `ListResource_UserSubscription_`; it is renamed to PascalCase here. */
        ListResourceUserSubscription: {
            /** @description The subscriptions on this page. */
            items: components["schemas"]["UserSubscription"][];
            pagination: components["schemas"]["Pagination"];
        };
        /** @description The organization selling a product. */
        Organization: {
            /**
             * Format: date-time
             * @description When the organization was created.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the organization was last changed; null if it never was.
             */
            modified_at: string | null;
            /**
             * Format: uuid4
             * @description ID of the organization.
             */
            id: string;
            /** @description Display name. */
            name: string;
            /** @description URL-friendly identifier; also what the `query` filters match. */
            slug: string;
            /** @description Address of the avatar image; null if none. */
            avatar_url: string | null;
            /** @description Short public biography; null if none. */
            bio: string | null;
            /** @description Company name; null if none. */
            company: string | null;
            /** @description Blog or website address; null if none. */
            blog: string | null;
            /** @description Location; null if none. */
            location: string | null;
            /** @description Public contact email; null if none. */
            email: string | null;
            /** @description Twitter (X) handle; null if none. */
            twitter_username: string | null;
            /** @description Minimum pledge amount for issue funding, in cents. */
            pledge_minimum_amount: number;
            /** @description Whether the issue-funding badge shows the pledged amount. */
            pledge_badge_show_amount: boolean;
            /** @description Default share of issue-funding rewards split to contributors up front, in percent; null if not set. */
            default_upfront_split_to_contributors: number | null;
            /** @description Public profile settings; null if never set. */
            profile_settings: components["schemas"]["OrganizationProfileSettings"] | null;
            /** @description Feature flags of the organization; null if never set. */
            feature_settings: components["schemas"]["OrganizationFeatureSettings"] | null;
        };
        /** @description Feature switches of an organization. */
        OrganizationFeatureSettings: {
            /**
             * @description Whether issue funding is enabled; optional, false when absent.
             * @default false
             */
            issue_funding_enabled: boolean;
        };
        /** @description Settings of the organization's public profile page. Every field is optional and may be null (null or absent means not set). */
        OrganizationProfileSettings: {
            /** @description Whether the public profile page is enabled. */
            enabled?: boolean | null;
            /** @description Short profile description, at most 160 characters. */
            description?: string | null;
            /** @description IDs of the projects featured on the profile. */
            featured_projects?: string[] | null;
            /** @description IDs of the organizations featured on the profile. */
            featured_organizations?: string[] | null;
            /** @description Links shown on the profile. */
            links?: string[] | null;
            /**
             * @description How the profile promotes subscriptions; when not given the server applies all three switches as true.
             * @default {
             *       "promote": true,
             *       "show_count": true,
             *       "count_free": true
             *     }
             */
            subscribe: components["schemas"]["OrganizationSubscribePromoteSettings"] | null;
            /** @description Accent colour of the profile page. */
            accent_color?: string | null;
        };
        /** @description Switches for promoting subscriptions on the organization's profile; each is optional. */
        OrganizationSubscribePromoteSettings: {
            /**
             * @description Whether to promote subscribing on the profile.
             * @default true
             */
            promote: boolean;
            /**
             * @description Whether to show the number of subscribers.
             * @default true
             */
            show_count: boolean;
            /**
             * @description Whether free subscribers are included in that number.
             * @default true
             */
            count_free: boolean;
        };
        /** @description Paging totals returned with every list response. */
        Pagination: {
            /** @description Number of items matching the query across all pages. */
            total_count: number;
            /** @description Number of the last page for the requested `limit`, i.e. `ceil(total_count / limit)`; 0 when nothing matches. */
            max_page: number;
        };
        /** @description A media file (e.g. an image) attached to a product. */
        ProductMediaFileRead: {
            /**
             * Format: uuid4
             * @description ID of the file.
             */
            id: string;
            /**
             * Format: uuid4
             * @description ID of the organization owning the file.
             */
            organization_id: string;
            /** @description File name. */
            name: string;
            /** @description Storage path of the file. */
            path: string;
            /** @description MIME type of the file, e.g. `image/png`. */
            mime_type: string;
            /** @description File size in bytes. */
            size: number;
            /** @description Version of the stored object; null when unknown. */
            storage_version: string | null;
            /** @description ETag reported by the storage; null when unknown. */
            checksum_etag: string | null;
            /** @description SHA-256 checksum of the content, base64-encoded; null when unknown. */
            checksum_sha256_base64: string | null;
            /** @description SHA-256 checksum of the content, hex-encoded; null when unknown. */
            checksum_sha256_hex: string | null;
            /**
             * Format: date-time
             * @description When the stored object was last modified; null when unknown.
             */
            last_modified_at: string | null;
            /** @description File version; null when unknown. */
            version: string | null;
            /**
             * @description Purpose of the file; always `product_media` here. Required by Polar's server schema, although Polar's JS SDK treats it as optional (https://github.com/polarsource/polar-js/blob/b793a7f4614aa23b7e1ebd237fa1f3f71b9eb349/src/models/components/productmediafileread.ts).
             * @constant
             */
            service: "product_media";
            /** @description True once the upload has completed. */
            is_uploaded: boolean;
            /**
             * Format: date-time
             * @description When the file record was created.
             */
            created_at: string;
            /** @description `size` formatted for humans; computed by the server. */
            size_readable: string;
            /** @description Public address of the file; computed by the server. */
            public_url: string;
        };
        /** @description A price of a product: a recurring (subscription) price or a one-time price, told apart by `type`. Each kind is split again by `amount_type`. */
        ProductPrice: components["schemas"]["ProductPriceRecurring"] | components["schemas"]["ProductPriceOneTime"];
        /** @description A one-time price, charged once; split by `amount_type`. */
        ProductPriceOneTime: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "one_time";
        } & (components["schemas"]["ProductPriceOneTimeFixed"] | components["schemas"]["ProductPriceOneTimeCustom"] | components["schemas"]["ProductPriceOneTimeFree"]);
        /** @description A one-time price where the customer picks the amount (pay what you want). */
        ProductPriceOneTimeCustom: {
            /**
             * Format: date-time
             * @description When the price was created.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the price was last changed; null if it never was.
             */
            modified_at: string | null;
            /**
             * Format: uuid4
             * @description ID of the price.
             */
            id: string;
            /**
             * @description How the amount is set; always `custom` for this kind of price. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            amount_type: "custom";
            /** @description True when the price is archived and no longer offered. */
            is_archived: boolean;
            /**
             * Format: uuid4
             * @description ID of the product the price belongs to.
             */
            product_id: string;
            /** @description Currency code of the amounts. */
            price_currency: string;
            /** @description Lowest amount the customer may pay, in cents; null when not set. */
            minimum_amount: number | null;
            /** @description Highest amount the customer may pay, in cents; null when not set. */
            maximum_amount: number | null;
            /** @description Amount suggested to the customer first, in cents; null when not set. */
            preset_amount: number | null;
            /**
             * @description Kind of price; always `one_time` for this schema.
             * @constant
             */
            type: "one_time";
        };
        /** @description A one-time price with a fixed amount. */
        ProductPriceOneTimeFixed: {
            /**
             * Format: date-time
             * @description When the price was created.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the price was last changed; null if it never was.
             */
            modified_at: string | null;
            /**
             * Format: uuid4
             * @description ID of the price.
             */
            id: string;
            /**
             * @description How the amount is set; always `fixed` for this kind of price. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            amount_type: "fixed";
            /** @description True when the price is archived and no longer offered. */
            is_archived: boolean;
            /**
             * Format: uuid4
             * @description ID of the product the price belongs to.
             */
            product_id: string;
            /** @description Currency code of `price_amount`. */
            price_currency: string;
            /** @description The price, in cents of `price_currency`. */
            price_amount: number;
            /**
             * @description Kind of price; always `one_time` for this schema.
             * @constant
             */
            type: "one_time";
        };
        /** @description A one-time price that costs nothing. */
        ProductPriceOneTimeFree: {
            /**
             * Format: date-time
             * @description When the price was created.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the price was last changed; null if it never was.
             */
            modified_at: string | null;
            /**
             * Format: uuid4
             * @description ID of the price.
             */
            id: string;
            /**
             * @description How the amount is set; always `free` for this kind of price. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            amount_type: "free";
            /** @description True when the price is archived and no longer offered. */
            is_archived: boolean;
            /**
             * Format: uuid4
             * @description ID of the product the price belongs to.
             */
            product_id: string;
            /**
             * @description Kind of price; always `one_time` for this schema.
             * @constant
             */
            type: "one_time";
        };
        /** @description A recurring price, charged every `recurring_interval`; split by `amount_type`. */
        ProductPriceRecurring: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "recurring";
        } & (components["schemas"]["ProductPriceRecurringFixed"] | components["schemas"]["ProductPriceRecurringCustom"] | components["schemas"]["ProductPriceRecurringFree"]);
        /** @description A recurring (subscription) price where the customer picks the amount (pay what you want). */
        ProductPriceRecurringCustom: {
            /**
             * Format: date-time
             * @description When the price was created.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the price was last changed; null if it never was.
             */
            modified_at: string | null;
            /**
             * Format: uuid4
             * @description ID of the price.
             */
            id: string;
            /**
             * @description How the amount is set; always `custom` for this kind of price. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            amount_type: "custom";
            /** @description True when the price is archived and no longer offered. */
            is_archived: boolean;
            /**
             * Format: uuid4
             * @description ID of the product the price belongs to.
             */
            product_id: string;
            /** @description Currency code of the amounts. */
            price_currency: string;
            /** @description Lowest amount the customer may pay, in cents; null when not set. */
            minimum_amount: number | null;
            /** @description Highest amount the customer may pay, in cents; null when not set. */
            maximum_amount: number | null;
            /** @description Amount suggested to the customer first, in cents; null when not set. */
            preset_amount: number | null;
            /**
             * @description Kind of price; always `recurring` for this schema.
             * @constant
             */
            type: "recurring";
            recurring_interval: components["schemas"]["SubscriptionRecurringInterval"];
        };
        /** @description A recurring (subscription) price with a fixed amount. */
        ProductPriceRecurringFixed: {
            /**
             * Format: date-time
             * @description When the price was created.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the price was last changed; null if it never was.
             */
            modified_at: string | null;
            /**
             * Format: uuid4
             * @description ID of the price.
             */
            id: string;
            /**
             * @description How the amount is set; always `fixed` for this kind of price. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            amount_type: "fixed";
            /** @description True when the price is archived and no longer offered. */
            is_archived: boolean;
            /**
             * Format: uuid4
             * @description ID of the product the price belongs to.
             */
            product_id: string;
            /** @description Currency code of `price_amount`. */
            price_currency: string;
            /** @description The price, in cents of `price_currency`. */
            price_amount: number;
            /**
             * @description Kind of price; always `recurring` for this schema.
             * @constant
             */
            type: "recurring";
            recurring_interval: components["schemas"]["SubscriptionRecurringInterval"];
        };
        /** @description A recurring (subscription) price that costs nothing. */
        ProductPriceRecurringFree: {
            /**
             * Format: date-time
             * @description When the price was created.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the price was last changed; null if it never was.
             */
            modified_at: string | null;
            /**
             * Format: uuid4
             * @description ID of the price.
             */
            id: string;
            /**
             * @description How the amount is set; always `free` for this kind of price. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            amount_type: "free";
            /** @description True when the price is archived and no longer offered. */
            is_archived: boolean;
            /**
             * Format: uuid4
             * @description ID of the product the price belongs to.
             */
            product_id: string;
            /**
             * @description Kind of price; always `recurring` for this schema.
             * @constant
             */
            type: "recurring";
            recurring_interval: components["schemas"]["SubscriptionRecurringInterval"];
        };
        /**
         * @description Kind of a product price; `recurring` for subscriptions, `one_time` for single purchases.
         * @enum {string}
         */
        ProductPriceType: "one_time" | "recurring";
        /** @description Error body of a 404: the resource does not exist or does not belong to the signed-in user. Polar's error bodies may carry more keys, so extra keys are allowed. */
        ResourceNotFound: {
            /**
             * @description Name of the error; always `ResourceNotFound`.
             * @constant
             */
            error: "ResourceNotFound";
            /** @description Human-readable message; the server sends `Not found`. */
            detail: string;
        };
        /**
         * @description Billing interval of a subscription or recurring price.
         * @enum {string}
         */
        SubscriptionRecurringInterval: "month" | "year";
        /**
         * @description Status of a subscription. `trialing` and `active` count as active in the `active` filter of listSubscriptions; `past_due`, `canceled` and `unpaid` count as inactive.
         * @enum {string}
         */
        SubscriptionStatus: "incomplete" | "incomplete_expired" | "trialing" | "active" | "past_due" | "canceled" | "unpaid";
        /** @description An order placed by the signed-in user, with the product and price it was for. */
        UserOrder: {
            /**
             * Format: date-time
             * @description When the order was created.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the order was last changed; null if it never was.
             */
            modified_at: string | null;
            /**
             * Format: uuid4
             * @description ID of the order.
             */
            id: string;
            /** @description Order amount in cents of `currency`; tax is reported separately in `tax_amount`. */
            amount: number;
            /** @description Tax amount of the order, in cents of `currency`. */
            tax_amount: number;
            /** @description Currency code of both amounts (the examples show `usd`). */
            currency: string;
            /**
             * Format: uuid4
             * @description ID of the user who placed the order.
             */
            user_id: string;
            /**
             * Format: uuid4
             * @description ID of the product ordered.
             */
            product_id: string;
            /**
             * Format: uuid4
             * @description ID of the product price the order was charged at.
             */
            product_price_id: string;
            /**
             * Format: uuid4
             * @description ID of the subscription the order was created or renewed for; null for a one-time purchase.
             */
            subscription_id: string | null;
            product: components["schemas"]["UserOrderProduct"];
            product_price: components["schemas"]["ProductPrice"];
            /** @description The subscription behind the order; null for a one-time purchase. */
            subscription: components["schemas"]["UserOrderSubscription"] | null;
        };
        /** @description Where to get the invoice of an order. */
        UserOrderInvoice: {
            /** @description Address of the invoice; in practice a Stripe-hosted invoice page (Polar's server code: https://github.com/polarsource/polar/blob/1e09e8e2c8a80eb3e4da4ebdc5a194e58566ccb3/server/polar/user/service/order.py). */
            url: string;
        };
        /** @description The product of an order, with its prices, benefits, media files and organization. Same fields as UserSubscriptionProduct. */
        UserOrderProduct: {
            /**
             * Format: date-time
             * @description When the product was created.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the product was last changed; null if it never was.
             */
            modified_at: string | null;
            /**
             * Format: uuid4
             * @description ID of the product.
             */
            id: string;
            /** @description Name of the product. */
            name: string;
            /** @description Description of the product; null if it has none. */
            description: string | null;
            /** @description True for a subscription product, false for a one-time purchase. */
            is_recurring: boolean;
            /** @description True when the product is archived and can no longer be bought. */
            is_archived: boolean;
            /**
             * Format: uuid4
             * @description ID of the organization selling the product.
             */
            organization_id: string;
            /** @description Prices of the product. */
            prices: components["schemas"]["ProductPrice"][];
            /** @description Benefits granted by the product (Polar titles this list "BenefitPublic"). */
            benefits: components["schemas"]["BenefitBase"][];
            /** @description Media files (e.g. images) attached to the product. */
            medias: components["schemas"]["ProductMediaFileRead"][];
            organization: components["schemas"]["Organization"];
        };
        /**
         * @description A sorting criterion of listOrders; a leading `-` sorts that criterion in descending order. `organization` sorts by organization slug, `product` by product name, `subscription` by subscription ID.
         * @enum {string}
         */
        UserOrderSortProperty: "created_at" | "-created_at" | "amount" | "-amount" | "organization" | "-organization" | "product" | "-product" | "subscription" | "-subscription";
        /** @description The subscription an order belongs to, as embedded in a UserOrder (Polar's SubscriptionBase fields, without product and price). */
        UserOrderSubscription: {
            /**
             * Format: date-time
             * @description When the subscription was created.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the subscription was last changed; null if it never was.
             */
            modified_at: string | null;
            /**
             * Format: uuid4
             * @description ID of the subscription.
             */
            id: string;
            /** @description Recurring amount in cents of `currency`; null for a free subscription. */
            amount: number | null;
            /** @description Currency code of `amount`; null for a free subscription. */
            currency: string | null;
            recurring_interval: components["schemas"]["SubscriptionRecurringInterval"];
            status: components["schemas"]["SubscriptionStatus"];
            /**
             * Format: date-time
             * @description Start of the current billing period.
             */
            current_period_start: string;
            /**
             * Format: date-time
             * @description End of the current billing period; null when the subscription has none.
             */
            current_period_end: string | null;
            /** @description True when the subscription is set to stop at the end of the current period. */
            cancel_at_period_end: boolean;
            /**
             * Format: date-time
             * @description When the subscription started; null if it has not started.
             */
            started_at: string | null;
            /**
             * Format: date-time
             * @description When the subscription ended; null while it has not ended.
             */
            ended_at: string | null;
            /**
             * Format: uuid4
             * @description ID of the subscribed user.
             */
            user_id: string;
            /**
             * Format: uuid4
             * @description ID of the subscribed product.
             */
            product_id: string;
            /**
             * Format: uuid4
             * @description ID of the product price the subscription is billed at.
             */
            price_id: string;
            /**
             * Format: uuid4
             * @description ID of the discount applied to the subscription; null if none.
             */
            discount_id: string | null;
            /**
             * Format: uuid4
             * @description ID of the checkout that created the subscription; null if none did.
             */
            checkout_id: string | null;
        };
        /** @description A subscription of the signed-in user, with its product and current price. */
        UserSubscription: {
            /**
             * Format: date-time
             * @description When the subscription was created.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the subscription was last changed; null if it never was.
             */
            modified_at: string | null;
            /**
             * Format: uuid4
             * @description ID of the subscription.
             */
            id: string;
            /** @description Recurring amount in cents of `currency`; null for a free subscription. */
            amount: number | null;
            /** @description Currency code of `amount`; null for a free subscription. */
            currency: string | null;
            recurring_interval: components["schemas"]["SubscriptionRecurringInterval"];
            status: components["schemas"]["SubscriptionStatus"];
            /**
             * Format: date-time
             * @description Start of the current billing period.
             */
            current_period_start: string;
            /**
             * Format: date-time
             * @description End of the current billing period; null when the subscription has none.
             */
            current_period_end: string | null;
            /** @description True when the subscription is set to stop at the end of the current period. */
            cancel_at_period_end: boolean;
            /**
             * Format: date-time
             * @description When the subscription started; null if it has not started.
             */
            started_at: string | null;
            /**
             * Format: date-time
             * @description When the subscription ended; null while it has not ended.
             */
            ended_at: string | null;
            /**
             * Format: uuid4
             * @description ID of the subscribed user.
             */
            user_id: string;
            /**
             * Format: uuid4
             * @description ID of the subscribed product.
             */
            product_id: string;
            /**
             * Format: uuid4
             * @description ID of the product price the subscription is billed at.
             */
            price_id: string;
            /**
             * Format: uuid4
             * @description ID of the discount applied to the subscription; null if none.
             */
            discount_id: string | null;
            /**
             * Format: uuid4
             * @description ID of the checkout that created the subscription; null if none did.
             */
            checkout_id: string | null;
            product: components["schemas"]["UserSubscriptionProduct"];
            price: components["schemas"]["ProductPrice"];
        };
        /** @description The product of a subscription, with its prices, benefits, media files and organization. Same fields as UserOrderProduct. */
        UserSubscriptionProduct: {
            /**
             * Format: date-time
             * @description When the product was created.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the product was last changed; null if it never was.
             */
            modified_at: string | null;
            /**
             * Format: uuid4
             * @description ID of the product.
             */
            id: string;
            /** @description Name of the product. */
            name: string;
            /** @description Description of the product; null if it has none. */
            description: string | null;
            /** @description True for a subscription product, false for a one-time purchase. */
            is_recurring: boolean;
            /** @description True when the product is archived and can no longer be bought. */
            is_archived: boolean;
            /**
             * Format: uuid4
             * @description ID of the organization selling the product.
             */
            organization_id: string;
            /** @description Prices of the product. */
            prices: components["schemas"]["ProductPrice"][];
            /** @description Benefits granted by the product (Polar titles this list "BenefitPublic"). */
            benefits: components["schemas"]["BenefitBase"][];
            /** @description Media files (e.g. images) attached to the product. */
            medias: components["schemas"]["ProductMediaFileRead"][];
            organization: components["schemas"]["Organization"];
        };
        /**
         * @description A sorting criterion of listSubscriptions; a leading `-` sorts that criterion in descending order. `organization` sorts by organization slug, `product` by product name.
         * @enum {string}
         */
        UserSubscriptionSortProperty: "started_at" | "-started_at" | "amount" | "-amount" | "status" | "-status" | "organization" | "-organization" | "product" | "-product";
        /** @description Request body of updateSubscription, switching the subscription to another price. */
        UserSubscriptionUpdate: {
            /**
             * Format: uuid4
             * @description ID of the new price. It must exist, be recurring, not pay-what-you-want and not archived, and belong to a non-archived product of the same organization as the current one; otherwise the server answers 422.
             */
            product_price_id: string;
        };
        /** @description One validation problem. Polar's document declares `loc`, `msg` and `type`; at runtime the server also sends `input` and sometimes `ctx` (and may send other keys), so extra keys are allowed. */
        ValidationError: {
            /** @description Where the problem is: the request part (`path`, `query`, `body`) followed by field names and list indexes, e.g. `["body", "product_price_id"]`. */
            loc: (string | number)[];
            /** @description Human-readable message. */
            msg: string;
            /** @description Machine-readable kind of problem, e.g. `value_error`, `enum`, `uuid_version`. */
            type: string;
            /** @description Runtime-only: the value that was rejected, of any JSON type. Not in Polar's declared schema. */
            input?: unknown;
            /** @description Runtime-only, sent for some kinds of problem: the parameters of the message (e.g. the expected UUID version). Not in Polar's declared schema. */
            ctx?: {
                [key: string]: unknown;
            };
        };
    };
    responses: never;
    parameters: {
        /** @description Number of items per page, 10 by default. The documented maximum is 100; the server silently caps larger values to 100 instead of rejecting them, so the schema sets no `maximum`. */
        Limit: number;
        /**
         * @description ID of the order (a UUID v4).
         * @example 6bfc0403-8ac3-4394-b5e6-eff0359f1b26
         */
        OrderId: string;
        /** @description Only return items sold by these organizations. One UUID v4, or several sent as repeated keys (`organization_id=<a>&organization_id=<b>`); omit for no filter. */
        OrganizationIdFilter: string | string[] | null;
        /** @description Number of the page to return, counting from 1. Defaults to 1. */
        Page: number;
        /** @description Only return items for these products. One UUID v4, or several sent as repeated keys (`product_id=<a>&product_id=<b>`); omit for no filter. */
        ProductIdFilter: string | string[] | null;
        /** @description Case-insensitive search text. Polar's page says it matches the product or organization name; the server code matches it as a substring of the product name or of the organization slug. */
        Query: string | null;
        /**
         * @description ID of the subscription (a UUID v4).
         * @example 8d522be2-a89f-4461-aaee-3ac9897ebd0a
         */
        SubscriptionId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listOrders: {
        parameters: {
            query?: {
                /** @description Only return items sold by these organizations. One UUID v4, or several sent as repeated keys (`organization_id=<a>&organization_id=<b>`); omit for no filter. */
                organization_id?: components["parameters"]["OrganizationIdFilter"];
                /** @description Only return items for these products. One UUID v4, or several sent as repeated keys (`product_id=<a>&product_id=<b>`); omit for no filter. */
                product_id?: components["parameters"]["ProductIdFilter"];
                /** @description Only return orders charged at this kind of price: `recurring` for subscription creations and renewals, `one_time` for single purchases. One value, or both sent as repeated keys; omit for no filter. */
                product_price_type?: components["schemas"]["ProductPriceType"] | components["schemas"]["ProductPriceType"][] | null;
                /** @description Only return orders of these subscriptions. One UUID v4, or several sent as repeated keys (`subscription_id=<a>&subscription_id=<b>`); omit for no filter. */
                subscription_id?: string | string[] | null;
                /** @description Case-insensitive search text. Polar's page says it matches the product or organization name; the server code matches it as a substring of the product name or of the organization slug. */
                query?: components["parameters"]["Query"];
                /** @description Number of the page to return, counting from 1. Defaults to 1. */
                page?: components["parameters"]["Page"];
                /** @description Number of items per page, 10 by default. The documented maximum is 100; the server silently caps larger values to 100 instead of rejecting them, so the schema sets no `maximum`. */
                limit?: components["parameters"]["Limit"];
                /** @description Sorting criteria, applied in the order given; prefix a criterion with `-` for descending order. Several criteria are sent as repeated keys. Defaults to `-created_at` (newest first). */
                sorting?: components["schemas"]["UserOrderSortProperty"][] | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of orders and the paging totals. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListResourceUserOrder"];
                };
            };
            /** @description A query parameter is invalid. The body carries an `error` name besides the `detail` list (see HTTPValidationError). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
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
                 * @description ID of the order (a UUID v4).
                 * @example 6bfc0403-8ac3-4394-b5e6-eff0359f1b26
                 */
                id: components["parameters"]["OrderId"];
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
                    "application/json": components["schemas"]["UserOrder"];
                };
            };
            /** @description No order with this ID belongs to the signed-in user. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceNotFound"];
                };
            };
            /** @description The path ID is not a UUID v4. The body carries an `error` name besides the `detail` list (see HTTPValidationError). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    getOrderInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the order (a UUID v4).
                 * @example 6bfc0403-8ac3-4394-b5e6-eff0359f1b26
                 */
                id: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Where the invoice is. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserOrderInvoice"];
                };
            };
            /** @description No order with this ID belongs to the signed-in user (`ResourceNotFound`, declared), or its invoice is not available (`InvoiceNotAvailable`, runtime only). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceNotFound"] | components["schemas"]["InvoiceNotAvailable"];
                };
            };
            /** @description The path ID is not a UUID v4. The body carries an `error` name besides the `detail` list (see HTTPValidationError). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    listSubscriptions: {
        parameters: {
            query?: {
                /** @description Only return items sold by these organizations. One UUID v4, or several sent as repeated keys (`organization_id=<a>&organization_id=<b>`); omit for no filter. */
                organization_id?: components["parameters"]["OrganizationIdFilter"];
                /** @description Only return items for these products. One UUID v4, or several sent as repeated keys (`product_id=<a>&product_id=<b>`); omit for no filter. */
                product_id?: components["parameters"]["ProductIdFilter"];
                /** @description `true` keeps active subscriptions (status `trialing` or `active`), `false` keeps inactive ones (status `past_due`, `canceled` or `unpaid`); omit for both. */
                active?: boolean | null;
                /** @description Case-insensitive search text. Polar's page says it matches the product or organization name; the server code matches it as a substring of the product name or of the organization slug. */
                query?: components["parameters"]["Query"];
                /** @description Number of the page to return, counting from 1. Defaults to 1. */
                page?: components["parameters"]["Page"];
                /** @description Number of items per page, 10 by default. The documented maximum is 100; the server silently caps larger values to 100 instead of rejecting them, so the schema sets no `maximum`. */
                limit?: components["parameters"]["Limit"];
                /** @description Sorting criteria, applied in the order given; prefix a criterion with `-` for descending order. Several criteria are sent as repeated keys. Defaults to `-started_at` (most recently started first). */
                sorting?: components["schemas"]["UserSubscriptionSortProperty"][] | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of subscriptions and the paging totals. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListResourceUserSubscription"];
                };
            };
            /** @description A query parameter is invalid. The body carries an `error` name besides the `detail` list (see HTTPValidationError). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    getSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the subscription (a UUID v4).
                 * @example 8d522be2-a89f-4461-aaee-3ac9897ebd0a
                 */
                id: components["parameters"]["SubscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserSubscription"];
                };
            };
            /** @description No subscription with this ID belongs to the signed-in user. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceNotFound"];
                };
            };
            /** @description The path ID is not a UUID v4. The body carries an `error` name besides the `detail` list (see HTTPValidationError). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    cancelSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the subscription (a UUID v4).
                 * @example 8d522be2-a89f-4461-aaee-3ac9897ebd0a
                 */
                id: components["parameters"]["SubscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The canceled subscription. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserSubscription"];
                };
            };
            /** @description The subscription is already canceled or already set to end at the end of the current period. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlreadyCanceledSubscription"];
                };
            };
            /** @description No subscription with this ID belongs to the signed-in user. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceNotFound"];
                };
            };
            /** @description The path ID is not a UUID v4. The body carries an `error` name besides the `detail` list (see HTTPValidationError). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    updateSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the subscription (a UUID v4).
                 * @example 8d522be2-a89f-4461-aaee-3ac9897ebd0a
                 */
                id: components["parameters"]["SubscriptionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserSubscriptionUpdate"];
            };
        };
        responses: {
            /** @description The subscription, now on the new price. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserSubscription"];
                };
            };
            /** @description No subscription with this ID belongs to the signed-in user. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceNotFound"];
                };
            };
            /** @description The path ID or the body is invalid, or the new price cannot be used. The body carries an `error` name besides the `detail` list (see HTTPValidationError). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
}

// Generated from @specfirst/spec-vpsbg (specs/vpsbg/openapi.yaml)
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
         * @description Returns the account's orders one page at a time, with Laravel-style pagination (`data`, `links`, `meta`). List items carry the order's own fields only; use getOrder for an order's invoices and service lines.
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
    "/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an order
         * @description Returns one order with all its fields, including its invoices and service lines. The order object is returned at the top level, without a `data` wrapper.
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
    "/orders/{id}/{service_type}/{service_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change renewal period
         * @description Changes the billing cycle (renewal period) of one service of a renewal order, optionally applying a promo code. Get an order shows per service line whether its period can be changed (`is_period_changeable`). Needs an API key with Write permission.
         */
        patch: operations["changeOrderRenewalPeriod"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description New billing cycle, and optionally a promo code, for one service line of a renewal order. */
        ChangeRenewalPeriodRequest: {
            /** @description Promo code to apply to the renewal; omit it or send null for none. */
            promo_code?: string | null;
            /**
             * @description New billing cycle in months.
             * @example 1
             * @example 3
             * @example 6
             * @example 12
             * @example 24
             */
            billing_cycle: number;
        };
        /**
         * @description Kind of invoice; presumably `proform` is a pro-forma invoice and `original` the final invoice (the docs do not define them). The Get an order page shows only `proform`; `original` comes from the List invoices page (https://dev.vpsbg.eu/apidoc/project-345640/api-3578754). Both pages show the values as examples, so the list may be incomplete.
         * @enum {string}
         */
        InvoiceType: "proform" | "original";
        /** @description A full order as returned by Get an order: every OrderListItem field, with `payment_method` always present, plus the order's invoices and service lines. */
        Order: components["schemas"]["OrderListItem"] & {
            payment_method: components["schemas"]["PaymentMethod"];
            /** @description Invoices issued for the order (e.g. a pro-forma invoice while it awaits payment). */
            invoices: components["schemas"]["OrderInvoice"][];
            /** @description The order's lines; in the docs' example their amounts add up to the order's `amount`. */
            services: components["schemas"]["OrderService"][];
        };
        /** @description An invoice issued for an order. The same shape is used by List invoices. */
        OrderInvoice: {
            /** @description Invoice id. */
            id: number;
            /** @description Invoice number as printed on the invoice, a zero-padded string of digits (e.g. `"0000007756"`). */
            invoice_number: string;
            /**
             * Format: date-time
             * @description When the invoice was issued (ISO 8601, UTC, microsecond precision).
             */
            created_at: string;
            /** @description Invoice total without VAT, as a decimal money amount (not cents). The currency is not stated. */
            amount: number;
            /** @description Invoice total with VAT applied where applicable, as a decimal money amount (not cents). */
            amount_with_vat: number;
            type: components["schemas"]["InvoiceType"];
            /** @description Ids of the orders this invoice covers. */
            order_ids: number[];
        };
        /** @description One page of orders with Laravel-style pagination links and details. */
        OrderList: {
            /** @description The orders on this page. */
            data: components["schemas"]["OrderListItem"][];
            links: components["schemas"]["PaginationLinks"];
            meta: components["schemas"]["PaginationMeta"];
        };
        /** @description An order as returned by List orders: the order's own fields without its invoices and service lines. `payment_method` is optional here because one variant of the List orders page (and its example) leaves it out; Get an order always returns it (see Order). */
        OrderListItem: {
            /** @description Order id. */
            id: number;
            /** @description VAT multiplier applied to the order, not a percentage: 1.2 means 20 % VAT. In the docs' examples `amount_with_vat` equals `amount` × `tax_rate` rounded to two decimals. */
            tax_rate: number;
            /** @description Order total without VAT, as a decimal money amount (not cents). The order does not state its currency. */
            amount: number;
            /** @description Order total with your VAT applied where applicable, as a decimal money amount (not cents). */
            amount_with_vat: number;
            /** @description Part of the order paid from the account balance once the order is paid, as a decimal money amount. */
            amount_from_balance: number;
            payment_method?: components["schemas"]["PaymentMethod"];
            status: components["schemas"]["OrderStatus"];
            type: components["schemas"]["OrderType"];
            /** @description Whether the order tries to pay itself automatically. The docs give true as the default. */
            auto_pay: boolean;
            /** @description Whether a promo code can still be applied to the order. The docs give true as the default. */
            promo_applicable: boolean;
            /**
             * Format: date-time
             * @description When the order was created (ISO 8601, UTC, microsecond precision, e.g. `2025-01-13T14:21:27.000000Z`).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When payment of the order is due (ISO 8601, UTC, microsecond precision).
             */
            due_at: string;
            /**
             * Format: date-time
             * @description When the order was paid (ISO 8601, UTC, microsecond precision), or null while it is unpaid.
             */
            payment_date?: string | null;
            /** @description Promo code applied to the order, or null when there is none. */
            promo?: components["schemas"]["OrderPromo"] | null;
            /** @description Card or Bitcoin payment details, or null (as in the docs' example of an unpaid order). */
            payment_information?: components["schemas"]["PaymentInformation"] | null;
        };
        /** @description Promo code applied to an order. */
        OrderPromo: {
            /** @description The promo code, e.g. `fall2403`. */
            code: string;
            /** @description Discount in percent (10 means 10 % off). May be absent. */
            percentage?: number;
            /** @description Shortest billing cycle, in months, for which the promo code is valid. */
            minimum_billing_cycle: number;
        };
        /** @description One line of an order: a service (or addon, floating IP, discount, ...) being bought or renewed, with its billing period and price. */
        OrderService: {
            /** @description Display name of the line, e.g. `Renewal: Cloud VPS 4 GB - ubuntu-2gb [87.121.52.160]`. */
            label: string;
            /** @description Extra detail for the line (e.g. an IP address), or null when there is none. */
            sublabel?: string | null;
            /** @description Start of the billing period this line covers, as a Unix timestamp in seconds. The field list types it as a required integer, but the docs' example has null on a floating-IP renewal line (whose period is given in the label instead), so null is allowed. */
            period_from: number | null;
            /** @description End of the billing period this line covers, as a Unix timestamp in seconds. Null is allowed for the same reason as `period_from`: the docs' example shows null on a floating-IP renewal line. */
            period_to: number | null;
            /** @description Whether the billing period of this line can be changed (see changeOrderRenewalPeriod). The docs give false as the default. */
            is_period_changeable: boolean;
            /** @description Id of the service this line belongs to, or null (the docs' example shows null on a floating-IP renewal line). */
            service_id?: number | null;
            /** @description Billing cycle of the service in months, or null (as on the addon and floating-IP lines of the docs' example). */
            service_billing_cycle?: number | null;
            /** @description Shortest billing cycle, in months, the service can be set to, or null (as on the addon and floating-IP lines of the docs' example). */
            service_minimum_billing_cycle?: number | null;
            /** @description Kind of service billed. The field list types it as a required string (default `server`), but the docs' example has null on a floating-IP renewal line, so null is allowed. */
            service_type: components["schemas"]["ServiceType"] | null;
            /** @description Line amount without VAT, as a decimal money amount (not cents). The currency is not stated. */
            amount: number;
            /** @description Line amount with VAT applied where applicable, as a decimal money amount (not cents). */
            amount_with_vat: number;
            /** @description Extra text shown with the amount; an empty string in the docs' example. */
            amount_sublabel: string;
            /** @description Promo applied to this line, or null. The docs do not describe the object's fields, and their example only shows null. */
            promo: {
                [key: string]: unknown;
            } | null;
        };
        /**
         * @description Lifecycle state of an order. The docs show these values as examples rather than as a closed list, so the API may return others. Note that the docs' default `filter[status]` of List orders uses `pending_payment`, which is not among them (`awaiting_payment` is).
         * @enum {string}
         */
        OrderStatus: "processing" | "cancelled" | "paid" | "awaiting_payment";
        /**
         * @description What the order is for: a new or renewed service, a scale-up, an addon, a balance deposit, a floating IP, a custom order, or `combined` (in the docs' Get an order example, several renewals in one order). The docs show these values as examples rather than as a closed list, so the API may return others.
         * @enum {string}
         */
        OrderType: "new-service" | "renew-service" | "scale-service" | "new-addon" | "combined" | "deposit" | "custom" | "new-floating-ip" | "scale-addon";
        /** @description Laravel-style page links. The docs mark all four keys as required but type `prev` as literally null and `next` as string (List orders) or null (List invoices); both are modelled as nullable strings, null when there is no previous or next page. */
        PaginationLinks: {
            /** @description URL of the first page. */
            first: string;
            /** @description URL of the last page. */
            last: string;
            /** @description URL of the previous page, or null on the first page. */
            prev: string | null;
            /** @description URL of the next page, or null on the last page. */
            next: string | null;
        };
        /** @description Laravel-style pagination details of a list response. */
        PaginationMeta: {
            /** @description Number of this page, starting at 1. */
            current_page: number;
            /** @description 1-based position of the first item on this page within the whole result. */
            from: number;
            /** @description Number of the last page. */
            last_page: number;
            /** @description Page navigation entries. */
            links: components["schemas"]["PaginationMetaLink"][];
            /** @description URL of the list endpoint without query string. */
            path: string;
            /** @description Page size used for this response. */
            per_page: number;
            /** @description 1-based position of the last item on this page within the whole result. */
            to: number;
            /** @description Number of items across all pages. */
            total: number;
        };
        /** @description One entry of the paginator's link list (previous, page numbers, next), as used to render page navigation. */
        PaginationMetaLink: {
            /** @description URL of the page the entry points to, or null when there is no such page (e.g. "previous" on page 1). */
            url: string | null;
            /** @description Text of the entry (a page number, or a previous/next label). */
            label: string;
            /** @description Whether the entry is the current page. */
            active: boolean;
        };
        /** @description Details of the payment that settled the order. The card fields are present only for card payments and the transaction fields only for Bitcoin payments, so every field is optional. */
        PaymentInformation: {
            /** @description Last four digits of the card number, as a string (e.g. `"4242"`). Card payments only. */
            last_4?: string;
            /** @description Card brand, e.g. `visa`. Card payments only. */
            brand?: string;
            /** @description Card expiry month as a two-digit string (e.g. `"05"`). Card payments only. */
            expiry_month?: string;
            /** @description Card expiry year as a four-digit string (e.g. `"2028"`). Card payments only. */
            expiry_year?: string;
            /** @description Bitcoin transaction hash (64 hex characters). Bitcoin payments only. */
            tx_hash?: string;
            /** @description Amount of the Bitcoin transaction as a decimal string, presumably in BTC (e.g. `"0.002793"`). Bitcoin payments only. */
            tx_amount?: string;
            /**
             * Format: date-time
             * @description When the Bitcoin transaction was confirmed (ISO 8601, UTC, microsecond precision). Bitcoin payments only.
             */
            confirmed_at?: string;
        };
        /**
         * @description How the order is (or will be) paid: account balance, card, bank transfer, on-chain Bitcoin or Bitcoin Lightning (`bitcoin-ln`). The docs show these values as examples rather than as a closed list, so the API may return others.
         * @enum {string}
         */
        PaymentMethod: "balance" | "card" | "bank" | "bitcoin" | "bitcoin-ln";
        /**
         * @description Kind of service an order line bills. The docs give `server` as the default and show these values as examples rather than as a closed list, so the API may return others.
         * @enum {string}
         */
        ServiceType: "server" | "shared-hosting" | "floating-ip" | "support" | "server-addon" | "hosting-addon" | "discount";
    };
    responses: {
        /** @description Unauthorized: the request carried no valid bearer token. The docs document no error body, so none is described here. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Server error. The docs document no error body, so none is described here. */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
    };
    parameters: {
        /**
         * @description Order id. Typed as integer although the Get an order page types this path parameter as string: the order's `id` is an integer in every response, and the Change renewal period page types the same parameter as integer.
         * @example 7756
         */
        OrderId: number;
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
                /** @description Number of the page to return, starting at 1. */
                page?: number;
                /** @description Number of orders per page. The List orders page gives no default; the List invoices example shows a page size of 30, which is presumably the default here too. */
                per_page?: number;
                /**
                 * @description Only return orders whose status is one of the given values, as a comma-separated list of order statuses (see OrderStatus), e.g. `paid,awaiting_payment`. The docs give the default as `pending_payment,paid`; `pending_payment` is not a documented order status (the documented unpaid status is `awaiting_payment`), so what the default really matches is unclear.
                 * @example paid,awaiting_payment
                 */
                "filter[status]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of orders. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["ServerError"];
        };
    };
    getOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Order id. Typed as integer although the Get an order page types this path parameter as string: the order's `id` is an integer in every response, and the Change renewal period page types the same parameter as integer.
                 * @example 7756
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
                    "application/json": components["schemas"]["Order"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Not found, presumably when no order with this id exists on the account. This endpoint's page does not list 404; it comes from the status code table of the API Introduction ("no results"). No body schema is documented. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            500: components["responses"]["ServerError"];
        };
    };
    changeOrderRenewalPeriod: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Order id. Typed as integer although the Get an order page types this path parameter as string: the order's `id` is an integer in every response, and the Change renewal period page types the same parameter as integer.
                 * @example 7756
                 */
                id: components["parameters"]["OrderId"];
                /**
                 * @description Kind of service whose renewal period changes. The page lists no values; presumably it takes the line's `services[].service_type` from Get an order (see ServiceType), e.g. `server`.
                 * @example server
                 */
                service_type: string;
                /**
                 * @description Id of the service whose renewal period changes, presumably the line's `services[].service_id` from Get an order. Typed as string as on the page, although that id is an integer in the order; send its decimal digits.
                 * @example 2901
                 */
                service_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeRenewalPeriodRequest"];
            };
        };
        responses: {
            /** @description The renewal period was changed. No body: the page also declares a JSON body (an empty object, example `{}`) for this response, which a 204 cannot carry, so none is described. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            /** @description Validation error (e.g. a malformed or missing `billing_cycle`). This endpoint's page does not list 422; it comes from the status code table of the API Introduction. No body schema is documented. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            500: components["responses"]["ServerError"];
        };
    };
}

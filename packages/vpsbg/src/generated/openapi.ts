// Generated from @specfirst/spec-vpsbg (specs/vpsbg/openapi.yaml)
// by scripts/generate-client.mjs. Do not edit: change the spec and run `pnpm generate`.
export interface paths {
    "/user": {
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
         * Update user
         * @description Changes the account holder's details (address, contact, language, newsletter, company and VAT data, e-mail OTP); only the fields sent change. Some fields may be changed only early in the account's life (see each field). Returns the updated user. Needs a Write key (a Read key may only send GET).
         */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/user/2fa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get 2FA secret key
         * @description Generates a two-factor secret for the account and returns it with an `otpauth://` URL for authenticator apps; a front end can render the URL as a QR code. Turn 2FA on with the secret and a current one-time password (enableTwoFactor). The page says the key is generated; whether every call makes a new one is not stated.
         */
        get: operations["getTwoFactorSecret"];
        put?: never;
        /**
         * Enable 2FA
         * @description Turns on two-factor authentication for the account, given the secret from getTwoFactorSecret and a one-time password an authenticator app currently shows for it. Needs a Write key (a Read key may only send GET).
         */
        post: operations["enableTwoFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Balance
         * @description Returns the account balance with its limit, the estimated expenses and any shortfall, the account currency, whether a valid card is on file, the last deposit and Bitcoin deposits not yet confirmed.
         */
        get: operations["getBalance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/affiliate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update referral code
         * @description Changes the account's affiliate referral code (the code in its referral URL). Referral links with the old code keep working. Returns the affiliate figures with the new code. Needs a Write key (a Read key may only send GET).
         */
        put: operations["updateReferralCode"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List invoices
         * @description Returns the account's invoices (pro-forma and final) one page at a time, with Laravel-style pagination. The page calls them VAT invoices.
         */
        get: operations["listInvoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/support": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Purchase support plan
         * @description Orders a support plan (e.g. `professional`) for a billing cycle of 1 to 24 months and returns the order. This is a purchase: it creates an order that costs money, so the client never sends it again on its own, except after a 429 (nothing was done then). Needs a Write key (a Read key may only send GET).
         */
        post: operations["purchaseSupportPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/support/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create new ticket
         * @description Opens a support ticket in a department, with a subject, a first message (HTML allowed), optional file attachments and optionally the service it is about. The body is multipart/form-data (not JSON). Returns the new ticket with its messages, with status 200 as the page shows. Needs a Write key (a Read key may only send GET).
         */
        post: operations["createTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/support/tickets/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reply to ticket
         * @description Adds a message (HTML allowed), with optional file attachments, to a support ticket. The body is multipart/form-data (not JSON). Returns the ticket with its messages. What happens on a resolved or closed ticket is not stated. Needs a Write key (a Read key may only send GET).
         */
        post: operations["replyToTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ssh-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an SSH Key
         * @description Returns one SSH key of the account, with its fingerprint and the servers that use it.
         */
        get: operations["getSshKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update SSH Key
         * @description Renames an SSH key or replaces its public key; only the fields sent change. Returns the updated key. Needs a Write key (a Read key may only send GET).
         */
        patch: operations["updateSshKey"];
        trace?: never;
    };
    "/servers/{id}/scale/calculate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Calculate scale cost
         * @description Works out what scaling the server to another plan would cost (or refund, when scaling down), with or without its disk, and how long the server would be down. Nothing is changed. Needs a Write key (a Read key may only send GET).
         */
        post: operations["calculateServerScaleCost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/servers/{server_id}/addons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List available addons
         * @description Returns the addons the server can buy, priced for its configuration: per addon its price, its price until the server expires and, where given, the price of scaling it, each without and with VAT. Not paginated.
         */
        get: operations["listAvailableServerAddons"];
        put?: never;
        /**
         * Purchase new addons
         * @description Buys addons for the server: automatic backups, a cPanel licence, unmetered bandwidth, Microsoft RDS or Office SALs; returns the server. It is a purchase: the addons cost money, so the client never resends it, except after a 429. Needs a Write key (a Read key may only send GET).
         */
        post: operations["purchaseServerAddons"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/servers/{server_id}/addons/scale/calculate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Calculate scale cost
         * @description Works out what changing the server's addons (cPanel licence, Microsoft RDS and Office SAL counts) would cost, or refund to the balance when scaling down. Nothing is changed. The page names the path parameter `serverId`; it is `server_id` here, as on the group's newer pages. Needs a Write key (a Read key may only send GET).
         */
        post: operations["calculateServerAddonsScaleCost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/servers/{server_id}/addons/{server_addon_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel addon
         * @description Files a request to cancel one of the server's addons; it is not terminated right away. With `now` true the addon is suspended at once, otherwise on the service's expiry date, and terminated later. Needs a Write key (a Read key may only send GET).
         */
        post: operations["cancelServerAddon"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/servers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List servers
         * @description Returns the account's active and suspended servers (by default) one page at a time, with Laravel-style pagination.
         */
        get: operations["listServers"];
        put?: never;
        /**
         * Deploy new server
         * @description Orders a new server on a plan for a billing cycle, installed from an image, a snapshot, a backup or ISOs, optionally with a password, SSH keys and addons (backups, extra IPs, cPanel, bandwidth, Microsoft SALs) and a promo code. It is a purchase: it creates an order and costs money, so the client never resends it, except after a 429. Needs a Write key (a Read key may only send GET).
         */
        post: operations["deployServer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/servers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a server
         * @description Returns one server (the server model, without a `data` wrapper).
         */
        get: operations["getServer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/servers/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Server status
         * @description Returns what the server is doing now: whether it runs, is suspended or in rescue mode, its DNS resolvers and its current CPU, disk and bandwidth use.
         */
        get: operations["getServerStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/servers/{id}/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Server metrics
         * @description Returns the server's recorded CPU, network, disk and I/O data points of a month, newest first.
         */
        get: operations["getServerMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/servers/{id}/bandwidth": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Bandwidth
         * @description Returns the server's traffic limit, its use in the current cycle and its use per day, in GB.
         */
        get: operations["getServerBandwidth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/servers/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel server
         * @description Files a request to cancel the server; it is not terminated right away. With `now` true the server is suspended at once, otherwise on its expiry date, and terminated later. Needs a Write key (a Read key may only send GET).
         */
        post: operations["cancelServer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/servers/{id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change password
         * @description Sets a new password for the server's `root` (Linux) or `Administrator` (Windows) account. It takes effect after a reboot, which the call can do at once (`reboot`). Needs a Write key (a Read key may only send GET).
         */
        put: operations["changeServerPassword"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/servers/{id}/primary-ip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change Primary IP
         * @description Makes one of the server's IP addresses its primary one and returns the server. The server is rebooted automatically to apply it. (The page's curl sample sends an empty body, although its schema requires `ip_id`.) Needs a Write key (a Read key may only send GET).
         */
        post: operations["changeServerPrimaryIp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/servers/renew/calculate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Calculate renew amount
         * @description Works out what renewing one or more servers for a billing cycle would cost, optionally with a promo code: the amount, the discount and what is due now, each without and with VAT. Nothing is ordered. Needs a Write key (a Read key may only send GET).
         */
        post: operations["calculateServerRenewAmount"];
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
         * @description Returns the plans servers are deployed with: type, CPU cores, memory, disk, traffic, stock and monthly prices. The page shows the Laravel pagination fields in the response but no query parameters.
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
    "/plans/{id}/addons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Plan addon
         * @description Returns the addons a plan can be bought with, and their monthly prices.
         */
        get: operations["listPlanAddons"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/plans/{id}/promo-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Plan promo-codes
         * @description Returns the promo codes a plan accepts, as a bare array (not wrapped in `data`). VPSBG marks this endpoint as in development.
         */
        get: operations["listPlanPromoCodes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/snapshots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List snapshots
         * @description Returns the account's server snapshots one page at a time, with Laravel-style pagination, optionally filtered by creation date or server and sorted by date. Written from the page's older layout (the only one found): it lists no `per_page` parameter, although its example shows a page size of 50.
         */
        get: operations["listSnapshots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/backups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List backups
         * @description Returns the account's server backups one page at a time, with Laravel-style pagination, optionally filtered by creation date, server or size and sorted by date. Written from the page's newer layout (its fields `server_hostname` and `server_ip` and its `filter[size]` parameter), with the descriptions of the older layout, which lacks those three.
         */
        get: operations["listBackups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/floating-ips": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Floating IPs
         * @description Returns the account's Floating IPs one page at a time, with Laravel-style pagination, each with its plan, its IP address object, the server it is attached to and any pending cancellation. The page calls them "all active" IPs; its status filter defaults to `active,suspended`.
         */
        get: operations["listFloatingIps"];
        put?: never;
        /**
         * Purchase Floating IPs
         * @description Buys IPv4, DDoS-protected IPv4 and/or IPv6 Floating IPs for a billing period, optionally attached to a server at once; the server is then rebooted to apply the new network settings. Returns the IPs bought. This is a purchase (it costs money), so the client never resends it, except after a 429. The page's "Account limits" section could not be read. Needs a Write key (a Read key may only send GET).
         */
        post: operations["purchaseFloatingIps"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/floating-ips/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel Floating IP
         * @description Cancels one or more Floating IPs, at once or at the end of their billing cycle (`now`). The page says cancelled IPs are terminated from the account, and a server they are attached to is rebooted to remove them; how that goes with `now: false` is not explained. Needs a Write key (a Read key may only send GET).
         */
        post: operations["cancelFloatingIps"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ip-addresses/{id}": {
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
         * Update IP address
         * @description Sets the reverse DNS (PTR) record of one of the account's IP addresses and returns the address. Needs a Write key (a Read key may only send GET).
         */
        patch: operations["updateIpAddress"];
        trace?: never;
    };
    "/network-protection/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * General information
         * @description Returns general information about a DDoS-protected IP address: whether it is under attack, the address itself, its Floating IP id, its expiry and the service it protects. The page shows the path with a trailing slash (`/network-protection/{id}/`); it is described without one, as the lint rules (no-path-trailing-slash) require, and as the other Network Protection paths read.
         */
        get: operations["getNetworkProtection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/network-protection/{id}/geo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get current geo filter
         * @description Returns the geo filter of a protected IP address: whether it is on, the countries it lists and whether their traffic is allowed or denied.
         */
        get: operations["getGeoFilter"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/network-protection/{id}/blacklist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Blacklist IP addresses
         * @description Sets the blacklist of a protected IP address to the networks sent: the list replaces the whole blacklist, and every address blacklisted before is removed. If the blacklist was empty, the blacklist module is switched on. Needs a Write key (a Read key may only send GET).
         */
        post: operations["blacklistIpAddresses"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/network-protection/{id}/attacks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List attacks
         * @description Returns the DDoS attacks on a protected IP address in a time window (by default the last 7 days), ongoing ones included, one page at a time with Laravel-style pagination.
         */
        get: operations["listAttacks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/network-protection/{id}/attacks/{attack_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an attack
         * @description Returns one DDoS attack on a protected IP address in detail: its initial rates and the protocols, source networks, source addresses and ports that carried most of it.
         */
        get: operations["getAttack"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
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
         * @description Changes the billing cycle (renewal period) of one service of a renewal order, optionally applying a promo code. Get an order shows per service line whether its period can be changed (`is_period_changeable`). Needs a Write key (a Read key may only send GET).
         */
        patch: operations["changeOrderRenewalPeriod"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description The account's affiliate information, as Update referral code returns it (https://dev.vpsbg.eu/project-345640/api-3586623). That page defines no schema: the fields and their types come from its example, so all are optional here. Get affiliate information probably returns the same shape (its page was not captured). */
        Affiliate: {
            /** @description The current referral code. */
            referral_code?: string;
            /** @description Referral link with the code, e.g. `https://www.vpsbg.eu/aff/myawesomewebsite2`. */
            referral_url?: string;
            /** @description Turnover of the referred customers, as a decimal money amount (30 in the example); whether VAT is included is not stated. */
            referrals_turnover?: number;
            /** @description Commission rate, presumably in percent of `referrals_turnover`: in the example 5 % of the turnover 30 is the `estimated_earnings` 1.5. */
            commission?: number;
            /** @description Estimated earnings of the current payout period, presumably, as a decimal money amount. */
            estimated_earnings?: number;
            /** @description Earnings since the account joined the affiliate program, as a decimal money amount. */
            all_time_earnings?: number;
            /** @description Days until the next payout. */
            next_payout_in_days?: number;
        };
        /** @description A DDoS attack on a protected IP address, as List attacks (https://dev.vpsbg.eu/project-345640/api-3593101) lists it. Rates are in Mbps as the page states. */
        Attack: {
            /**
             * @description VPSBG's id of the attack (a string, e.g. `Ws8PeaCFn4bZ4Rf`).
             * @example Ws8PeaCFn4bZ4Rf
             */
            id: string;
            /** @description Whether the attack is still going on. */
            ongoing: boolean;
            /**
             * Format: date-time
             * @description When the attack started (ISO 8601, UTC, with milliseconds in the examples).
             * @example 2024-09-28T17:57:40.000Z
             */
            started_at: string;
            /**
             * Format: date-time
             * @description When the attack ended. The page types it as a required string; what it holds while the attack is ongoing is not shown.
             * @example 2024-09-28T18:12:55.000Z
             */
            ended_at: string;
            /**
             * @description Which detector caught the attack. The examples show `PPS` and `BPS` (List attacks) and `BPS_LIMIT` (Get an attack, for an attack List attacks shows as `BPS`); no closed list is given.
             * @example PPS
             */
            detector: string;
            /**
             * @description Severity of the attack; the examples show `low` and `middle` (no closed list given).
             * @example low
             */
            severity: string;
            /**
             * @description Why the detector fired, in words.
             * @example PPS threshold 50.000k is exceeded (63.839k)
             */
            reason: string;
            /**
             * @description The matched traffic (protocol, source and destination ports).
             * @example TCP(ALL:ACK) ANY:[0-65535] to ANY:[0-65535]
             */
            description: string;
            /**
             * @description Peak rate of the attack traffic in Mbps.
             * @example 157.928618
             */
            peak_bandwidth: number;
            /**
             * @description Peak rate of the attack traffic in packets per second.
             * @example 117936
             */
            peak_pps: number;
        };
        /** @description One attack in detail (Get an attack, https://dev.vpsbg.eu/apidoc/project-345640/api-3593141): the fields of Attack plus the initial rates and the top protocols, source networks, source addresses and ports. Peak and initial rates (`peak_bandwidth`, `initial_bandwidth`) are in Mbps; the page gives totals (`total_bandwidth`) in MB ("MBs"). */
        AttackDetails: components["schemas"]["Attack"] & {
            /**
             * @description Rate of the attack traffic when it was detected, in Mbps.
             * @example 1303.609805
             */
            initial_bandwidth: number;
            /** @description Rate of the attack traffic when it was detected, in packets per second. */
            initial_pps: number;
            /** @description The protocols carrying most of the attack traffic. */
            top_protocols: {
                /** @description Protocol name. */
                name: string;
                /** @description Protocol number. */
                number: number;
                /** @description Peak rate in Mbps. */
                peak_bandwidth: number;
                /** @description Peak rate in packets per second. */
                peak_pps: number;
                /** @description Total traffic in MB. */
                total_bandwidth: number;
                /** @description Total packets. */
                total_pps: number;
            }[];
            /** @description The source networks (autonomous systems) sending most of the attack traffic. */
            top_source_asns: {
                /** @description Autonomous system number. */
                asn: number;
                /** @description Name of the autonomous system. */
                name: string;
                /** @description Its country (format not stated). */
                country: string;
                /** @description Peak rate in Mbps. */
                peak_bandwidth: number;
                /** @description Peak rate in packets per second. */
                peak_pps: number;
                /** @description Total traffic in MB. */
                total_bandwidth: number;
                /** @description Total packets. */
                total_pps: number;
            }[];
            /** @description The source addresses sending most of the attack traffic. */
            top_source_ips: {
                /** @description Source IP address. */
                ip: string;
                /** @description Its country (format not stated). */
                country: string;
                /** @description Peak rate in Mbps. */
                peak_bandwidth: number;
                /** @description Peak rate in packets per second. */
                peak_pps: number;
                /** @description Total traffic in MB. */
                total_bandwidth: number;
                /** @description Total packets. */
                total_pps: number;
            }[];
            /** @description The ports hit most, per transport protocol. The page does not show what `tcp` and `udp` hold (presumably per-port statistics), so they are open objects. */
            top_ports: {
                /** @description TCP ports (contents not shown). */
                tcp: Record<string, never>;
                /** @description UDP ports (contents not shown). */
                udp: Record<string, never>;
            };
        };
        /** @description One page of attacks on a protected IP address, ongoing ones included, with Laravel-style pagination (List attacks, https://dev.vpsbg.eu/project-345640/api-3593101). The page types `links.prev` as null and `links.next` as string; both are nullable strings (PaginationLinks). */
        AttackList: {
            /** @description The attacks on this page. */
            data: components["schemas"]["Attack"][];
            links: components["schemas"]["PaginationLinks"];
            meta: components["schemas"]["PaginationMeta"];
        };
        /** @description An addon a server can buy, with its prices (List available addons, new-style page https://dev.vpsbg.eu/api-3620169). The old-style page shows only `key`, `price` and `price_with_vat`, typed integer; prices are decimal numbers here, as on the new-style page. */
        AvailableAddon: {
            /**
             * @description The addon. The pages show `cpanel-admin-5`, `cpanel-pro-30`, `cpanel-premier-100`, `cpanel-plus-50`, `backups`, `100mbps-unmetered`, `1gbps-unmetered` and `windows-server-license`, as examples rather than a closed list.
             * @example cpanel-admin-5
             */
            key: string;
            /**
             * @description Price without VAT (per month, presumably, as on Plan addon; not stated).
             * @example 25
             */
            price: number;
            /**
             * @description Price with VAT.
             * @example 30
             */
            price_with_vat: number;
            /**
             * @description Price for the time left until the server expires, without VAT (as the name says).
             * @example 100
             */
            price_until_expiry: number;
            /**
             * @description The same, with VAT.
             * @example 120
             */
            price_until_expiry_with_vat: number;
            /** @description Price of scaling the addon, without VAT (as the name says); optional on the page. */
            scale_price?: number;
            /** @description The same, with VAT; optional on the page. */
            scale_price_with_vat?: number;
        };
        /** @description The addons a server can buy, priced for its configuration (List available addons, https://dev.vpsbg.eu/api-3620169). Not paginated. The old-style variant of the page (https://dev.vpsbg.eu/project-345640/api-3620169) types the list as a bare array, but its example wraps it in `data` as the new-style page does. */
        AvailableAddonList: {
            data: components["schemas"]["AvailableAddon"][];
        };
        /** @description An automatic backup of a server (List backups, https://dev.vpsbg.eu/api-3487378). Fields as the page's newer layout lists them (all optional there); the older layout lacks `server_hostname` and `server_ip`, and gives the descriptions used here. */
        Backup: {
            /**
             * @description VPSBG's id of the backup.
             * @example 77
             */
            id?: number;
            /**
             * @description Id of the server the backup was taken from.
             * @example 2478
             */
            server_id?: number;
            /**
             * @description Hostname of that server (newer layout only).
             * @example ubuntu-2gb
             */
            server_hostname?: string;
            /**
             * @description IP address of that server (newer layout only).
             * @example 87.120.37.0
             */
            server_ip?: string;
            /**
             * @description Name of the backup (in the example, the backup file's name).
             * @example 71_ubuntu-2gb_2023_06_19-19_34_40.qcow2.gz
             */
            name?: string;
            /**
             * Format: date-time
             * @description When the backup was made (ISO 8601 with offset, e.g. `2023-06-19T22:36:35+03:00`).
             * @example 2023-06-19T22:36:35+03:00
             */
            created_at?: string;
            /**
             * @description The server's size when the backup was made; a restore needs a server with an equal or larger disk. The page states no unit (presumably GB, the unit of a plan's disk).
             * @example 50
             */
            size?: number;
        };
        /** @description One page of backups with Laravel-style pagination (List backups, https://dev.vpsbg.eu/api-3487378). The page marks `data`, `links` and `meta` optional; its example has all three, as every paginated list of the API does, so they are required here. */
        BackupList: {
            /** @description The backups on this page. */
            data: components["schemas"]["Backup"][];
            links: components["schemas"]["PaginationLinks"];
            meta: components["schemas"]["PaginationMeta"];
        };
        /** @description The account's balance (Balance, https://dev.vpsbg.eu/api-3487355). Fields as in the page's schema; its example contradicts it (it has `estimated_funds` and lacks `balance_limit` and `estimated_expenses`), and the schema is followed. Money amounts are decimal numbers in `currency`. */
        Balance: {
            /** @description Funds on the account, as a decimal money amount in `currency` (e.g. 3476.06). */
            balance: number;
            /** @description A limit on the balance, as a decimal money amount; the page does not say what it limits (and its example does not have the field). */
            balance_limit: number;
            /** @description Estimated expenses, as a money amount in `currency`; the period they cover is not stated. The page types it integer; it is a number here as it is money (an integer value still fits). The page's example has no such field but `estimated_funds`, probably the same figure. */
            estimated_expenses: number;
            /** @description In the page's example only (30), not in its schema; probably an older name of `estimated_expenses`. Typed from the example. */
            estimated_funds?: number;
            /** @description Amount missing to cover the estimated expenses, presumably, as a money amount in `currency` (0 in the example). The page types it integer; it is a number here as it is money. */
            shortfall: number;
            /** @description Currency of the account's amounts, e.g. `EUR`. */
            currency: string;
            /** @description Whether a valid payment card is on file. */
            has_valid_card: boolean;
            /** @description The most recent deposit. The page marks it required and not nullable; what an account that never deposited gets is not shown. */
            last_deposit: {
                /** @description Deposit without VAT, as a decimal money amount (e.g. 41.67). */
                amount: number;
                /** @description Deposit with VAT, as a decimal money amount (e.g. 50). */
                amount_with_vat: number;
                /** @description How it was paid, e.g. `card` (presumably one of the orders' payment methods, see PaymentMethod; the page lists no values). */
                payment_method: string;
                /**
                 * Format: date-time
                 * @description When it was paid (ISO 8601, UTC, microsecond precision, e.g. `2024-10-16T12:06:12.000000Z`).
                 */
                payment_date: string;
            };
            /** @description Bitcoin deposits seen but not yet confirmed. The page's example is cut before this field, so no item was shown; all item fields are optional as on the page. */
            unconfirmed_bitcoin_deposits: {
                /** @description Bitcoin transaction hash. */
                tx_hash?: string;
                /** @description Amount of the transaction as a decimal string, presumably in BTC. */
                tx_amount?: string;
                /** @description Deposit without VAT, as a decimal money amount in `currency`. */
                amount?: number;
                /** @description Deposit with VAT, as a decimal money amount in `currency`. */
                amount_with_vat?: number;
                /** @description When the transaction was noticed; its format is not shown. */
                noticed_on?: string;
            }[];
        };
        /** @description The blacklist of a protected IP address after it was set (Blacklist IP addresses, https://dev.vpsbg.eu/project-345640/api-3595285). */
        Blacklist: {
            /** @description Whether the blacklist module is switched on. */
            active: boolean;
            /**
             * @description The blacklisted networks in CIDR form; a bare address sent comes back as `/32`.
             * @example [
             *       "100.100.100.0/24",
             *       "100.100.200.100/32"
             *     ]
             */
            networks: string[];
        };
        /** @description The complete new blacklist of a protected IP address (Blacklist IP addresses, https://dev.vpsbg.eu/project-345640/api-3595285). It replaces the whole list. */
        BlacklistIpAddressesRequest: {
            /**
             * @description IP addresses or networks (CIDR) to blacklist, 1 to 1000 entries; a bare address means a single host. The page states no format (whether IPv6 is accepted is not shown).
             * @example [
             *       "100.100.200.100",
             *       "100.100.100.0/24"
             *     ]
             */
            networks: string[];
        };
        /** @description The addons to price a change of (Calculate scale cost for addons, https://dev.vpsbg.eu/project-345640/api-3613904). The page's schema lists only `microsoft_rds_sal` (required); `cpanel` and `microsoft_office_sal` appear only in its example and are typed from it. The schema probably has more fields than our copy shows (e.g. those of Purchase new addons). */
        CalculateServerAddonsScaleCostRequest: {
            /**
             * @description cPanel licence, e.g. `cpanel-pro-30` (only in the page's example; typed from it).
             * @example cpanel-pro-30
             */
            cpanel?: string;
            /**
             * @description Number of Microsoft RDS SALs (per user licences). Required on the page, which may be an artefact of its cut schema.
             * @example 4
             */
            microsoft_rds_sal: number;
            /**
             * @description Number of Microsoft Office SALs (per user licences); only in the page's example, typed from it.
             * @example 4
             */
            microsoft_office_sal?: number;
        };
        /** @description Servers, billing cycle and an optional promo code to price a renewal for (Calculate renew amount, https://dev.vpsbg.eu/api-3759409). */
        CalculateServerRenewAmountRequest: {
            /**
             * @description Ids of the servers to renew.
             * @example [
             *       152414
             *     ]
             */
            server_ids: number[];
            /**
             * @description Renewal period in months. The page's examples are rendered run together as "1361224", presumably 1, 3, 6, 12 and 24; no range is stated.
             * @example 1
             * @example 3
             * @example 6
             * @example 12
             * @example 24
             */
            billing_cycle: number;
            /**
             * @description Promo code to apply to the renewal.
             * @example fall2406
             */
            promo_code?: string;
        };
        /** @description The plan to scale a server to (Calculate scale cost, https://dev.vpsbg.eu/apidoc/project-345640/api-3600501). */
        CalculateServerScaleCostRequest: {
            /**
             * @description Key of the target plan.
             * @example cloud-vps-2gb
             */
            plan: string;
            /**
             * @description Whether the disk is scaled too. Scaling everything but the disk leaves room to scale the server down again later.
             * @example false
             */
            scale_disk: boolean;
        };
        /** @description Which Floating IPs to cancel, and when (Cancel Floating IP, https://dev.vpsbg.eu/project-345640/api-3487384). */
        CancelFloatingIpsRequest: {
            /**
             * @description Ids of the Floating IPs to cancel (their `id` in List Floating IPs).
             * @example [
             *       608,
             *       602
             *     ]
             */
            ids: number[];
            /**
             * @description true to cancel at once, false to cancel at the end of the billing cycle.
             * @example true
             */
            now: boolean;
            /**
             * @description Why the IPs are cancelled (free text).
             * @example No longer needed service.
             */
            reason?: string;
        };
        /** @description Why and when an addon is cancelled (Cancel addon, https://dev.vpsbg.eu/apidoc/project-345640/api-3621295). The page marks both fields required, whereas Cancel server (https://dev.vpsbg.eu/project-345640/api-3487375) has the same two fields optional, with `now` defaulting to false; this page is followed. */
        CancelServerAddonRequest: {
            /** @description Free-text reason for the cancellation. */
            reason: string;
            /** @description true: the addon is suspended at once; false: it is suspended on the service's expiry date. Either way it is terminated later. */
            now: boolean;
        };
        /** @description Why and when a server is cancelled (Cancel server, https://dev.vpsbg.eu/project-345640/api-3487375). Both fields are optional. */
        CancelServerRequest: {
            /**
             * @description Free-text reason for the cancellation.
             * @example Project ended.
             */
            reason?: string;
            /**
             * @description true: the server is suspended at once; false: it is suspended on its expiry date. Either way it is terminated later.
             * @default false
             */
            now: boolean;
        };
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
        /** @description The server's new password (Change password, https://dev.vpsbg.eu/apidoc/project-345640/api-3487373). */
        ChangeServerPasswordRequest: {
            /** @description New password of `root` (Linux) or `Administrator` (Windows), at least 6 characters. */
            password: string;
            /**
             * @description Whether to reboot the server; the new password takes effect only after a reboot.
             * @default false
             */
            reboot: boolean;
        };
        /** @description The IP address to make the server's primary one (Change Primary IP, https://dev.vpsbg.eu/api-3755895). */
        ChangeServerPrimaryIpRequest: {
            /**
             * @description Id of the IP address, presumably the `id` of one of the server's `ip_addresses` (the page only types it integer).
             * @example 33112
             */
            ip_id: number;
        };
        /** @description A new support ticket, sent as multipart/form-data (Create new ticket, https://dev.vpsbg.eu/api-3597305). */
        CreateTicketRequest: {
            /** @description Id of the support department (e.g. 2). The departments are listed by List departments, whose page was not captured. */
            department_id: number;
            /** @description Subject of the ticket, 3 to 255 characters. */
            subject: string;
            /** @description The first message, at least 5 characters; HTML is allowed. */
            message: string;
            /** @description Files to attach, one form part per file, each named `attachments[]`. The page states no limit on their number, size or types. */
            "attachments[]"?: Blob[];
            /** @description Id of the service (server or hosting) the ticket is about; leave it out for none. */
            service_id?: number;
            /** @description Kind of service `service_id` refers to. The page's examples read `hosting` and `server` (run together by its renderer) and list no closed set; the ticket it returns says `server` or `shared-hosting`. */
            service_type?: string;
        };
        /** @description A new server to deploy (Deploy new server, https://dev.vpsbg.eu/api-3487365): its name, plan and billing cycle, what it boots from, its access and the addons bought with it. The page does not say which of `image_id`, `snapshot_id`, `backup_id` and the ISO ids is needed, nor whether they exclude each other. The page describes none of the fields beyond `billing_cycle`'s range; the descriptions below are read from the field names. */
        DeployServerRequest: {
            /**
             * @description Name of the new server. The page types it "One of" without showing the alternatives, so no type is given here; its example sends a string (`new_server`).
             * @example new_server
             */
            name: unknown;
            /**
             * @description The plan to deploy, as a string such as `cloud-vps-2gb` (the `name` List plans shows; the page shows only the example).
             * @example cloud-vps-2gb
             */
            plan: string;
            /**
             * @description Billing period in months, 1 to 24.
             * @example 3
             */
            billing_cycle: number;
            /**
             * @description Id of the server image (operating system) to install.
             * @example 73
             */
            image_id?: number | null;
            /** @description Id of a snapshot to deploy the server from. */
            snapshot_id?: number | null;
            /** @description Id of a backup to deploy the server from. */
            backup_id?: number | null;
            /** @description Id of an ISO to mount as the primary one. */
            primary_iso_id?: number | null;
            /** @description Id of an ISO to mount as the secondary one. */
            secondary_iso_id?: number | null;
            /** @description Password of the new server's administrator account. The page states no length rule. */
            password?: string | null;
            /** @description Ids of SSH keys to install on the server. */
            ssh_keys?: number[] | null;
            /** @description Whether to buy the automatic-backups addon with the server. */
            backups?: boolean | null;
            /**
             * @description Number of extra IPv4 addresses.
             * @example 1
             */
            extra_ipv4?: number | null;
            /**
             * @description Number of extra DDoS-protected IPv4 addresses.
             * @example 2
             */
            extra_ipv4_ddos?: number | null;
            /** @description Number of extra IPv6 addresses. */
            extra_ipv6?: number | null;
            /**
             * @description cPanel licence to buy with the server. This page lists no values; Purchase new addons (https://dev.vpsbg.eu/api-3620180) names `cpanel-admin-5`, `cpanel-pro-30`, `cpanel-plus-50` and `cpanel-premier-100`.
             * @example cpanel-admin-5
             */
            cpanel?: string | null;
            /**
             * @description Unmetered-bandwidth addon. This page lists no values; Purchase new addons names `100mbps-unmetered` and `1gbps-unmetered`.
             * @example 100mbps-unmetered
             */
            bandwidth?: string | null;
            /** @description Number of Microsoft RDS SALs (per user licences). */
            microsoft_rds_sal?: number | null;
            /** @description Number of Microsoft Office SALs (per user licences). */
            microsoft_office_sal?: number | null;
            /** @description Promo code to apply (see Plan promo-codes); omit it or send null for none. */
            promo_code?: string | null;
        };
        /** @description The secret from Get 2FA secret key and a current one-time password for it. */
        EnableTwoFactorRequest: {
            /** @description The one-time password the authenticator app shows now. The page types it integer (so a code with leading zeros is sent without them); its example has 7 digits, while the OTP URL of Get 2FA secret key asks for 6. */
            otp: number;
            /** @description The `secret_key` returned by Get 2FA secret key. */
            secret_key: string;
        };
        /** @description A Floating IP (List Floating IPs, https://dev.vpsbg.eu/project-345640/api-3487380): a separately billed IP address that can be attached to a server. `required` as the page marks it; the page's example has null for `server_hostname` and `server_main_ip` of an unattached IP, so both are nullable here. */
        FloatingIp: {
            /**
             * @description VPSBG's id of the Floating IP (the `ids` of Cancel Floating IP).
             * @example 602
             */
            id?: number;
            /**
             * @description The Floating IP's status as a service (billing), e.g. `active`; the List Floating IPs status filter names `active` and `suspended`.
             * @example active
             */
            status?: string;
            /**
             * @description Id of the server the IP is attached to, or null when it is not attached.
             * @example 2586
             */
            server_id?: number | null;
            /**
             * @description Hostname of the attached server. The page types it string, but its example has null for an unattached IP.
             * @example ubuntu-2g
             */
            server_hostname: string | null;
            /** @description Main IP address of the attached server. The page types it string, but its example has null for an unattached IP. */
            server_main_ip: string | null;
            /**
             * @description Whether the IP is locked by a running operation (default false).
             * @default false
             */
            locked: boolean | null;
            /**
             * Format: date-time
             * @description When the IP was locked, or null when it is not locked.
             * @example 2024-11-24T22:00:00.000000Z
             */
            locked_at?: string | null;
            /**
             * @description Why the IP is locked (e.g. `floating-ip-attach`), or null when it is not locked.
             * @example floating-ip-attach
             */
            lock_reason: string | null;
            /**
             * @description Billing period in months.
             * @example 3
             */
            billing_cycle: number;
            /**
             * Format: date-time
             * @description When the Floating IP expires.
             * @example 2025-09-29T21:00:00.000000Z
             */
            expiry_at?: string;
            /** @description The Floating IP's plan. The page lists no sub-fields; these are the fields of its example (a subset of Plan's fields), typed from it. */
            plan: {
                /** @example 32 */
                id?: number;
                /** @example floating-ipv4 */
                name?: string;
                /** @description Whether the plan is in stock. */
                available?: boolean;
                /**
                 * @description Price per month without VAT.
                 * @example 2.5
                 */
                price?: number;
                /**
                 * @description Price per month with the caller's VAT, where it applies.
                 * @example 3
                 */
                price_with_vat?: number;
            };
            ip_address: components["schemas"]["IpAddress"];
            /** @description The pending cancellation of the IP. The page types it as an object (no sub-fields listed; these are the fields of its example); null for an IP without one is assumed. */
            cancel_request: {
                /** @example 233 */
                id?: number;
                /**
                 * @description Kind of cancellation; the page does not say what the numbers mean.
                 * @example 1
                 */
                type?: number;
                /** @example Example reason. */
                reason?: string;
                /**
                 * Format: date-time
                 * @example 2024-09-25T14:16:15.000000Z
                 */
                created_at?: string;
            } | null;
        };
        /** @description One page of Floating IPs with Laravel-style pagination (List Floating IPs, https://dev.vpsbg.eu/project-345640/api-3487380). */
        FloatingIpList: {
            /** @description The Floating IPs on this page. */
            data: components["schemas"]["FloatingIp"][];
            links: components["schemas"]["PaginationLinks"];
            meta: components["schemas"]["PaginationMeta"];
        };
        /** @description The geo filter of a protected IP address: which countries it applies to and whether their traffic is allowed or denied (Get current geo filter, https://dev.vpsbg.eu/project-345640/api-3593615). What an address without a configured geo filter returns is not shown. */
        GeoFilter: {
            /** @description Whether the geo filter is switched on. */
            active: boolean;
            /**
             * @description The policy for the listed countries: `allow` or `deny`. The page states the two values in its text, not as a declared enum.
             * @example allow
             * @enum {string}
             */
            action: "allow" | "deny";
            /**
             * @description The countries the policy applies to. The format is not stated; the example uses a two-letter code (`BG`), presumably ISO 3166-1 alpha-2.
             * @example [
             *       "BG"
             *     ]
             */
            countries: string[];
        };
        /** @description One page of invoices with Laravel-style pagination links and details (List invoices, https://dev.vpsbg.eu/api-3578754). The items have the same seven fields as an order's invoices, so they reuse OrderInvoice. */
        InvoiceList: {
            /** @description The invoices on this page. */
            data: components["schemas"]["OrderInvoice"][];
            links: components["schemas"]["PaginationLinks"];
            meta: components["schemas"]["PaginationMeta"];
        };
        /**
         * @description Kind of invoice; presumably `proform` is a pro-forma invoice and `original` the final invoice (the docs do not define them). The Get an order page shows only `proform`; `original` comes from the List invoices page (https://dev.vpsbg.eu/apidoc/project-345640/api-3578754). Both pages show the values as examples, so the list may be incomplete.
         * @enum {string}
         */
        InvoiceType: "proform" | "original";
        /** @description An IP address of the account, as Update IP address (https://dev.vpsbg.eu/api-3579669), General information of Network Protection (https://dev.vpsbg.eu/apidoc/project-345640/api-3596831) and the Floating IP object (List Floating IPs, https://dev.vpsbg.eu/project-345640/api-3487380) show it. Required are the fields all three mark required or show; `ptr` is a map from address to host name here (the Floating IP example), where ServerIpAddress types it as a string. Other fields may appear (the pages' schemas are cut). */
        IpAddress: {
            /**
             * @description VPSBG's id of the IP address.
             * @example 417
             */
            id: number;
            /**
             * @description The address itself.
             * @example 87.120.37.46
             */
            ip_address: string;
            /**
             * @description Prefix length of the address. The pages show the examples run together as "3264", presumably 32 (IPv4) and 64 (IPv6).
             * @example 32
             */
            prefix: number;
            /**
             * @description IP version, e.g. 4 (presumably 6 for IPv6 addresses).
             * @example 4
             */
            version: number;
            /**
             * @description Kind of address; the pages show only `public`.
             * @example public
             */
            type: string;
            /** @description Whether this is the main (primary) address of its server. */
            main: boolean;
            /** @description Whether the address is DDoS-protected. */
            ddos_protected: boolean;
            /** @description The pages disagree: General information types it boolean (whether the address is sold as a Floating IP); Update IP address types it "Any of" (alternatives not listed) and its example shows an object (`id`, `status`, `ip`, `server_id`, `expiry`, cut there). Both are allowed here. */
            floating_ip?: boolean | {
                /**
                 * @description Id of the Floating IP.
                 * @example 205
                 */
                id?: number;
                /** @example active */
                status?: string;
                /** @example 87.120.37.47 */
                ip?: string;
                /**
                 * @description Id of the server the Floating IP is attached to.
                 * @example 2478
                 */
                server_id?: number;
                /** @description When the Floating IP expires; the page's example is cut before its value. */
                expiry?: unknown;
            };
            /** @description Reverse DNS (PTR) records of the address: a map from the address to its host name, e.g. `{"87.120.37.46": "example.com"}`, or null when none is set. General information types it object | null without fields; the map form is the Floating IP example's. */
            ptr?: {
                [key: string]: string;
            } | null;
            /**
             * Format: date-time
             * @description When the address was assigned to the account (General information).
             * @example 2024-09-07T14:18:19.000000Z
             */
            assigned_on?: string;
        };
        /** @description General information about a DDoS-protected IP address (General information, https://dev.vpsbg.eu/apidoc/project-345640/api-3596831). */
        NetworkProtection: {
            /** @description Whether the address is under attack right now. */
            under_attack: boolean;
            /** @description The protected address. On this page `floating_ip` (a boolean) and `assigned_on` are required too. */
            ip_address: components["schemas"]["IpAddress"] & {
                /** @description Whether the address is sold as a Floating IP. */
                floating_ip: boolean;
            };
            /**
             * @description Id of the Floating IP product when the address is a Floating IP, else null.
             * @example 25963458
             */
            floating_ip_id?: number | null;
            /**
             * Format: date-time
             * @description When the protection (the address's service) expires; typed from the example.
             * @example 2024-11-06T22:00:00.000000Z
             */
            expiry_at: string;
            /** @description The service the address protects, or null. */
            protected_service?: {
                /**
                 * @description Id of the service (for a server, its id).
                 * @example 55667788
                 */
                id?: number | null;
                /**
                 * @description Kind of service; the page names only `server`.
                 * @example server
                 */
                type?: string | null;
                /**
                 * @description Label of the service; for a server, its hostname.
                 * @example my.server.com
                 */
                label?: string | null;
            } | null;
        };
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
        /** @description A deployment plan (List plans, https://dev.vpsbg.eu/project-345640/api-3487376). The page marks every field optional. Units as the page states them: `memory` and `disk` in GB (NVMe disk), `bandwidth` in TB of traffic, prices per month in the account's currency, without and with the caller's VAT. */
        Plan: {
            /** @example 104 */
            id?: number;
            /**
             * @description `vds` (dedicated CPU cores) or `cloud-vps` (shared CPU), the values the pages show; others may exist.
             * @example cloud-vps
             */
            type?: string;
            key?: string;
            /** @example cloud-vps-2gb */
            name?: string;
            /**
             * @description CPU cores (dedicated on a VDS).
             * @example 2
             */
            vcpus?: number;
            /**
             * @description RAM in GB.
             * @example 2
             */
            memory?: number;
            /**
             * @description NVMe disk in GB.
             * @example 50
             */
            disk?: number;
            /**
             * @description Traffic in TB.
             * @example 5
             */
            bandwidth?: number;
            /**
             * @description The shortest billing period (months) the plan is sold for.
             * @example 1
             */
            minimum_billing_cycle?: number;
            /** @description Id of the same plan with more disk (usually twice as much). */
            plan_with_more_disk?: number;
            /** @description Id of the same plan with more memory (usually twice as much). */
            plan_with_more_memory?: number;
            /** @description Whether the plan is in stock. */
            available?: boolean;
            /**
             * @description Monthly price without VAT.
             * @example 100
             */
            price?: number;
            /**
             * @description Monthly price with the caller's VAT, where it applies.
             * @example 120
             */
            price_with_vat?: number;
        };
        /** @description The addons a plan can have, with their monthly prices (Plan addon, https://dev.vpsbg.eu/api-3650644). */
        PlanAddonList: {
            data: {
                /**
                 * @description The addon, e.g. `cpanel-admin-5`, `cpanel-pro-30`, `cpanel-plus-50`, `cpanel-premier-100`, `backups`, `100mbps-unmetered`, `1gbps-unmetered`, `windows-server-license`, `microsoft-office-sal` (the keys the page's example shows; its list is cut).
                 * @example cpanel-admin-5
                 */
                key: string;
                /**
                 * @description Monthly price without VAT (the page types it integer; prices elsewhere are decimals).
                 * @example 25
                 */
                price: number;
                /** @example 30 */
                price_with_vat: number;
            }[];
        };
        /** @description The plans of List plans (https://dev.vpsbg.eu/project-345640/api-3487376), with the Laravel pagination `links` and `meta` the page's schema lists (all fields optional there). */
        PlanList: {
            data?: components["schemas"]["Plan"][];
            links?: components["schemas"]["PaginationLinks"];
            meta?: components["schemas"]["PaginationMeta"];
        };
        /** @description A promo code a plan accepts (Plan promo-codes, https://dev.vpsbg.eu/api-3650646): its discount in percent and the shortest billing cycle (months) it applies to. */
        PromoCode: {
            /** @example fall2403 */
            code: string;
            /**
             * @description Discount in percent. The page types it integer; Calculate renew amount shows 33.33 for a promo code's percentage.
             * @example 10
             */
            percentage: number;
            /** @example 3 */
            minimum_billing_cycle: number;
        };
        /** @description What to buy (Purchase Floating IPs, https://dev.vpsbg.eu/api-3487381). The page marks every field optional and states no descriptions, ranges or defaults; the meanings below are read from the field names and the example. (For comparison, Deploy new server limits its `billing_cycle` to 1-24; this page states no range.) */
        PurchaseFloatingIpsRequest: {
            /**
             * @description Billing period in months.
             * @example 1
             */
            billing_cycle?: number;
            /**
             * @description Number of IPv4 addresses to buy (presumably).
             * @example 1
             */
            ipv4?: number;
            /**
             * @description Number of DDoS-protected IPv4 addresses to buy (presumably).
             * @example 0
             */
            ipv4_ddos?: number;
            /**
             * @description Number of IPv6 addresses to buy (presumably).
             * @example 0
             */
            ipv6?: number;
            /**
             * @description Id of the server to attach the new IPs to. The page warns that the server may be rebooted to apply the network settings.
             * @example 2478
             */
            server_id?: number;
        };
        /** @description The addons to buy for a server (Purchase new addons, https://dev.vpsbg.eu/api-3620180). Every field is optional; meanings from the old-style page (https://dev.vpsbg.eu/project-345640/api-3620180). */
        PurchaseServerAddonsRequest: {
            /**
             * @description Automatic backups, at extra cost (weekly, kept three weeks).
             * @example true
             */
            backups?: boolean | null;
            /**
             * @description cPanel licence. The page's description lists the available values (in text, not as a schema enum).
             * @example cpanel-admin-5
             * @enum {string|null}
             */
            cpanel?: "cpanel-admin-5" | "cpanel-pro-30" | "cpanel-plus-50" | "cpanel-premier-100" | null;
            /**
             * @description Unmetered bandwidth. The page's description lists the options (in text, not as a schema enum).
             * @example 100mbps-unmetered
             * @enum {string|null}
             */
            bandwidth?: "100mbps-unmetered" | "1gbps-unmetered" | null;
            /**
             * @description Number of Microsoft RDS SALs (per user licences).
             * @example 0
             */
            microsoft_rds_sal?: number | null;
            /**
             * @description Number of Microsoft Office (365) SALs (per user licences).
             * @example 0
             */
            microsoft_office_sal?: number | null;
        };
        /** @description The support plan to buy and for how long. */
        PurchaseSupportPlanRequest: {
            /**
             * @description Billing cycle in months, 1 to 24.
             * @example 3
             */
            billing_cycle: number;
            /**
             * @description Key of the support plan, e.g. `professional`. The page lists no values; List plans (Support), whose page was not captured, presumably gives them.
             * @example professional
             */
            plan: string;
        };
        /** @description A reply to a support ticket, sent as multipart/form-data (Reply to ticket, https://dev.vpsbg.eu/apidoc/project-345640/api-3597306). */
        ReplyToTicketRequest: {
            /** @description The message, at least 5 characters; HTML is allowed. */
            message: string;
            /** @description Files to attach, one form part per file, each named `attachments[]`. The page states no limit on their number, size or types. */
            "attachments[]"?: Blob[];
        };
        /** @description A VPSBG server, as List servers (https://dev.vpsbg.eu/api-3487364) and Get a server (https://dev.vpsbg.eu/api-3487367) return it. Both pages' schemas end after the first fields (required: `id`, `hostname`, `billing_cycle`, `plan`, `status`, `locked`); the other fields are typed from the server model's full example on Change Primary IP (https://dev.vpsbg.eu/api-3755895) and are optional here. Dates are ISO 8601 with microseconds. */
        Server: {
            /**
             * @description VPSBG's id of the server.
             * @example 2864
             */
            id: number;
            /** @example ubuntu-2gb */
            hostname: string;
            /**
             * @description Billing period in months.
             * @example 1
             */
            billing_cycle: number;
            plan: components["schemas"]["Plan"];
            status: components["schemas"]["ServerStatus"];
            /**
             * @description The pages' schema marks it required, but the List servers example leaves it out, so it is optional here.
             * @example kvm
             */
            virtualization?: string;
            promo_code?: string | null;
            /**
             * @description What the next renewal costs, without VAT.
             * @example 100
             */
            renew_amount?: number;
            /** @example 120 */
            renew_amount_with_vat?: number;
            /** @description A server is locked while an operation such as a snapshot or a backup runs on it. */
            locked: boolean;
            /** @description The page's schema shows a string type (cut off in our copy); null when the server is not locked is assumed. */
            locked_at?: string | null;
            /**
             * Format: date-time
             * @example 2024-08-29T14:21:54.000000Z
             */
            created_at?: string;
            /**
             * Format: date-time
             * @example 2024-09-28T21:00:00.000000Z
             */
            expiry_at?: string;
            /**
             * Format: date-time
             * @description The expiry the server would have once its unpaid or processing renewal orders are paid (as the List servers page describes it).
             */
            potential_expiry_at?: string;
            /** @description Renew from the account balance or a saved card when the server expires. */
            auto_renew?: boolean;
            show_smtp_form?: boolean;
            server_image?: components["schemas"]["ServerImage"];
            ip_addresses?: components["schemas"]["ServerIpAddress"][];
            addons?: components["schemas"]["ServerAddon"][];
            /** @description A pending cancellation, or null. Its fields are not shown on any page read. */
            cancel_request?: Record<string, never> | null;
            settings?: {
                renew_enabled?: boolean;
                snapshots_enabled?: boolean;
            };
        };
        /** @description An addon of a server. The List servers example (https://dev.vpsbg.eu/project-345640/api-3487364) shows only `name` and `quantity`; the server model's example on Change Primary IP (https://dev.vpsbg.eu/api-3755895) adds the rest. Typed from the examples: `created_at` is `YYYY-MM-DD hh:mm:ss` there, unlike the server's ISO 8601 dates. */
        ServerAddon: {
            /** @example 801 */
            id?: number;
            /** @example backups */
            name: string;
            /** @example active */
            status?: string;
            /** @example 60 */
            quantity?: number;
            /** @example 36 */
            amount?: number;
            /** @example 43.2 */
            amount_with_vat?: number;
            /** @example 2025-01-10 11:45:31 */
            created_at?: string;
            ended_at?: string | null;
        };
        /** @description What changing a server's addons would cost (Calculate scale cost for addons, https://dev.vpsbg.eu/project-345640/api-3613904): charged on an upgrade, refunded to the balance on a downgrade, as the page describes it. The amounts are decimal strings here (e.g. `"15.33"`), as the page types them, unlike the numbers of a server's Calculate scale cost. */
        ServerAddonsScaleCost: {
            /**
             * @description Amount without VAT, as a decimal string.
             * @example 15.33
             */
            amount: string;
            /**
             * @description Amount with VAT, as a decimal string.
             * @example 18.40
             */
            amount_with_vat: string;
        };
        /** @description A server's traffic in its current bandwidth cycle (Bandwidth, https://dev.vpsbg.eu/apidoc/project-345640/api-3582800), in GB. */
        ServerBandwidth: {
            /** @description The server's traffic limit, GB. */
            limit: number;
            /** @description Traffic used in this cycle, GB. */
            used: number;
            daily_usage: {
                /** @description The day, Unix time in seconds. */
                timestamp: number;
                /** @description GB received that day. */
                incoming: number;
                /** @description GB sent that day. */
                outgoing: number;
            }[];
        };
        /** @description The operating system image a server was installed from, as the server model's example shows it (Change Primary IP, https://dev.vpsbg.eu/api-3755895); the page's schema does not list its fields. */
        ServerImage: {
            /** @example 73 */
            id?: number;
            /** @example Ubuntu 22.04 */
            name?: string;
            /** @description Whether the image is past its end of life. */
            eol?: boolean;
            group?: {
                /** @example Ubuntu */
                name?: string;
                /** @example os */
                type?: string;
                /** @example ubuntu */
                key?: string;
            };
        };
        /** @description An IP address of a server. The pages show two shapes: the List servers example (https://dev.vpsbg.eu/project-345640/api-3487364) has `gateway` and `mask`, the server model's example on Change Primary IP (https://dev.vpsbg.eu/api-3755895) has `prefix`, `floating_ip`, `floating_ip_id` and `assigned_on` instead; neither page's schema lists the fields, so all are optional and typed from the examples. */
        ServerIpAddress: {
            /**
             * @description Id of the address (the `ip_id` of Change Primary IP).
             * @example 416
             */
            id: number;
            /** @example 87.121.52.159 */
            ip_address: string;
            /**
             * @description 4 or 6.
             * @example 4
             */
            version?: number;
            /** @example public */
            type?: string;
            /** @description Whether this is the server's primary address. */
            main?: boolean;
            ddos_protected?: boolean;
            /** @description Reverse DNS (PTR) records of the address, or null when none is set. The server pages only show null; where other pages show a value (List Floating IPs, https://dev.vpsbg.eu/project-345640/api-3487380) it is a map from the address to its host name, e.g. `{"87.120.37.46": "example.com"}`, so it is typed so here. */
            ptr?: {
                [key: string]: string;
            } | null;
            /** @example 87.121.52.1 */
            gateway?: string;
            /** @example 255.255.255.0 */
            mask?: string;
            /** @example 32 */
            prefix?: number;
            /** @description Whether the address is a floating IP attached to the server. */
            floating_ip?: boolean;
            floating_ip_id?: number | null;
            /** Format: date-time */
            assigned_on?: string;
        };
        /** @description One page of servers (List servers, https://dev.vpsbg.eu/api-3487364). The page's schema shows `data` (typed there as an object, an array in its example: an array here) and does not show `links` and `meta`; they are the Laravel pagination every paginated list of the API carries (API Introduction, https://dev.vpsbg.eu/doc-338631), as the list takes `page` and `per_page`. */
        ServerList: {
            data: components["schemas"]["Server"][];
            links: components["schemas"]["PaginationLinks"];
            meta: components["schemas"]["PaginationMeta"];
        };
        /** @description What a server is doing now (Server status, https://dev.vpsbg.eu/apidoc/project-345640/api-3487366): power state, suspensions, rescue mode, resolvers and current usage. Every field is optional on the page. */
        ServerLiveStatus: {
            running?: boolean;
            suspended?: boolean;
            /** @description The server runs but its network is halted (e.g. its bandwidth limit is exceeded). */
            network_suspended?: boolean;
            rescue_mode?: boolean;
            dns_resolvers?: string[];
            /** @description CPU use in percent. */
            cpu?: {
                used?: number;
                free?: number;
            };
            /** @description Disk use and limit in GB. */
            disk?: {
                used?: number;
                limit?: number;
            };
            /** @description Traffic used and the limit in GB; the limit may be 0 with unlimited bandwidth. */
            bandwidth?: {
                used?: number;
                limit?: number;
            };
        };
        /** @description A server's recorded data points, newest first (Server metrics, https://dev.vpsbg.eu/project-345640/api-3487368). Every field is optional on the page. */
        ServerMetrics: {
            data?: {
                /** @description When the point was recorded, Unix time in seconds. */
                timestamp?: number;
                running?: boolean;
                /** @description CPU use in percent. */
                cpu?: number;
                /** @description Received, MB/s. */
                network_in?: number;
                /** @description Sent, MB/s. */
                network_out?: number;
                /** @description Disk use. The page gives its unit as GB/s; the example's value is the disk use in GB that Server status reports, so GB is likelier. */
                disk?: number;
                /** @description Disk reads, MB/s (the page types it integer, its sibling `io_write` number). */
                io_read?: number;
                /** @description Disk writes, MB/s. */
                io_write?: number;
            }[];
        };
        /** @description What renewing the servers would cost (Calculate renew amount, https://dev.vpsbg.eu/api-3759409). Amounts are decimal numbers, without or with VAT as the field name says. The page's schema is cut after `promo_amount` and a further field starting `promo_amoun` (presumably `promo_amount_with_vat`, not described here). */
        ServerRenewAmount: {
            /**
             * @description Renewal amount, without VAT.
             * @example 99.67
             */
            amount: number;
            /**
             * @description Renewal amount, with VAT.
             * @example 104.67
             */
            amount_with_vat: number;
            /**
             * @description Discount, without VAT. The page types it integer; it is an amount of money like the others, so it is a number here.
             * @example 25
             */
            discount: number;
            /**
             * @description Discount, with VAT (typed integer on the page, as `discount`).
             * @example 30
             */
            discount_with_vat: number;
            /** @description The promo code applied, if any (optional on the page). */
            promo_code?: components["schemas"]["PromoCode"];
            /**
             * @description What is due now, without VAT.
             * @example 74.67
             */
            due_today_amount: number;
            /**
             * @description What is due now, with VAT.
             * @example 89.61
             */
            due_today_amount_with_vat: number;
            /** @description Promo amount, without VAT. The page's schema marks it required, but its example leaves it out, so it is optional here. */
            promo_amount?: number;
        };
        /** @description What scaling a server to another plan would cost (Calculate scale cost, https://dev.vpsbg.eu/apidoc/project-345640/api-3600501). The page describes the amount as charged on an upgrade and refunded to the balance on a downgrade, but shows no sign convention or refund field. */
        ServerScaleCost: {
            /**
             * @description Amount charged to the account balance and/or a saved card, without VAT (for a downgrade, presumably the refund; not shown).
             * @example 44.44
             */
            amount: number;
            /**
             * @description The same amount with VAT.
             * @example 53.33
             */
            amount_with_vat: number;
            /**
             * @description Expected downtime: `short` roughly means a reboot only, `extended` a longer process. The page gives these two as examples, not as a closed list.
             * @example short
             * @example extended
             */
            estimated_downtime: string;
        };
        /**
         * @description Billing status of a server (not whether it is running: see Server status). The List servers page (https://dev.vpsbg.eu/api-3487364) shows these values as examples rather than as a closed list, so the API may return others.
         * @enum {string}
         */
        ServerStatus: "active" | "processing" | "suspended" | "terminated";
        /**
         * @description Kind of service an order line bills. The docs give `server` as the default and show these values as examples rather than as a closed list, so the API may return others.
         * @enum {string}
         */
        ServiceType: "server" | "shared-hosting" | "floating-ip" | "support" | "server-addon" | "hosting-addon" | "discount";
        /** @description A snapshot of a server (List snapshots, https://dev.vpsbg.eu/api-3487377). The page marks every field optional. Only the page's older layout was found; List backups' newer layout adds `server_hostname` and `server_ip` to backups, which snapshots may also carry (not shown). */
        Snapshot: {
            /**
             * @description VPSBG's id of the snapshot.
             * @example 116
             */
            id?: number;
            /**
             * @description Id of the server the snapshot was taken from.
             * @example 2478
             */
            server_id?: number;
            /**
             * @description A friendly label for the snapshot.
             * @example example_snapshot
             */
            name?: string;
            /**
             * Format: date-time
             * @description When the snapshot was taken (ISO 8601 with offset, e.g. `2023-06-19T22:34:43+03:00`).
             * @example 2023-06-19T22:34:43+03:00
             */
            created_at?: string;
            /**
             * @description The server's size when the snapshot was taken; a restore needs a server with an equal or larger disk. The page states no unit (presumably GB, the unit of a plan's disk).
             * @example 50
             */
            size?: number;
        };
        /** @description One page of snapshots with Laravel-style pagination (List snapshots, https://dev.vpsbg.eu/api-3487377). The page marks `data`, `links` and `meta` optional; its example has all three, as every paginated list of the API does, so they are required here. */
        SnapshotList: {
            /** @description The snapshots on this page. */
            data: components["schemas"]["Snapshot"][];
            links: components["schemas"]["PaginationLinks"];
            meta: components["schemas"]["PaginationMeta"];
        };
        /** @description An SSH public key of the account and the servers it is installed on (Get an SSH Key, https://dev.vpsbg.eu/apidoc/project-345640/api-3487359). `id`, `name` and `key` are optional as on the page. */
        SshKey: {
            /** @description VPSBG's id of the SSH key. */
            id?: number;
            /** @description Name of the key (3 to 100 characters when set through Update SSH Key). */
            name?: string;
            /** @description Fingerprint of the key, colon-separated (the docs' example, `c3:02:91:64:1f:e3:da:4b:7e:9e:33e:14:qf:4d:39:73`, is not valid hex, so the exact format is not shown). */
            fingerprint: string;
            /** @description The public key in OpenSSH format, e.g. `ssh-rsa AAAA... user@example.com`. */
            key?: string;
            /** @description Servers the key is installed on. */
            servers: {
                /** @description VPSBG's id of the server. */
                id: number;
                hostname: string;
            }[];
        };
        /** @description A support ticket with its messages, as Create new ticket (https://dev.vpsbg.eu/api-3597305) and Reply to ticket (https://dev.vpsbg.eu/apidoc/project-345640/api-3597306) return it. Dates are ISO 8601 with microseconds. */
        Ticket: {
            /** @description VPSBG's id of the ticket. */
            id: number;
            /** @description State of the ticket, e.g. `opened`; the pages show no other value. */
            status: string;
            subject: string;
            /**
             * Format: date-time
             * @description When the ticket was opened (ISO 8601, UTC, microsecond precision).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the ticket last changed (ISO 8601, UTC, microsecond precision).
             */
            updated_at: string;
            /** @description Key of the support department, e.g. `tech-support`. */
            department: string;
            /** @description Readable label of the service the ticket is about, e.g. `ubuntu-16gb - 87.120.8.29`, or null. */
            service_label?: string | null;
            /** @description Kind of that service, `server` or `shared-hosting` per the pages, or null. */
            service_type?: string | null;
            /** @description Id of the server or hosting the ticket is about. Both pages' schemas mark it required and not nullable, but a ticket may be opened without a service and the Reply to ticket example leaves it out, so it is optional and nullable here. */
            service_id?: number | null;
            /** @description In the Reply to ticket example only (`Cloud VPS 2 GB`), in place of `service_label`, `service_type` and `service_id`; in neither page's schema. */
            service?: string;
            /** @description The ticket's messages. */
            messages: components["schemas"]["TicketMessage"][];
        };
        /** @description A file attached to a ticket message. The pages type the item only as an object of 4 fields; the names and types come from their examples, so all are optional here. */
        TicketAttachment: {
            /** @description VPSBG's id of the attachment (presumably what Download attachment takes). */
            id?: number;
            /** @description File name, e.g. `first_attachment.png`. */
            name?: string;
            /** @description File size, presumably in bytes (1426 in the example). */
            size?: number;
            /** @description Media type of the file, e.g. `image/png`. */
            mimeType?: string;
        };
        /** @description One message of a support ticket. */
        TicketMessage: {
            /** @description VPSBG's id of the message. */
            id: number;
            /** @description Text of the message (HTML allowed when sent). */
            content: string;
            /** @description True when the customer wrote the message, false when support staff did. */
            is_customer: boolean;
            /**
             * Format: date-time
             * @description When the message was posted (ISO 8601, UTC, microsecond precision).
             */
            created_at: string;
            /** @description Files attached to the message. */
            attachments: components["schemas"]["TicketAttachment"][];
        };
        /** @description A generated two-factor secret (Get 2FA secret key, https://dev.vpsbg.eu/api-3578736), to be added to an authenticator app and then confirmed with Enable 2FA. */
        TwoFactorSecret: {
            /** @description The TOTP secret, base32 in the docs' example (e.g. `TYFM77AMC6O2RPHA`); send it back to Enable 2FA. */
            secret_key: string;
            /** @description `otpauth://totp/...` URL carrying the secret and its parameters (in the docs' example issuer VPSBG, SHA1, 6 digits, 30-second period), for a QR code an authenticator app can scan. */
            otp_auth_url: string;
        };
        /** @description The new reverse DNS (PTR) record of an IP address (Update IP address, https://dev.vpsbg.eu/api-3579669). */
        UpdateIpAddressRequest: {
            /** @description The PTR host name. The page types it "Any of" without listing the alternatives; its example shows a plain host name (for an IPv4 address) or, for IPv6, an object mapping the IPv6 address to its host name. Whether such a map may hold several addresses is not shown. */
            ptr: string | {
                [key: string]: string;
            };
        };
        /** @description The new affiliate referral code. */
        UpdateReferralCodeRequest: {
            /** @description New referral code, 5 to 20 characters. The page states no allowed characters; its examples are lower-case letters and digits (`myawesomewebsite`). */
            referral_code: string;
        };
        /** @description New name and/or public key for an SSH key; both are optional and only the fields sent change. */
        UpdateSshKeyRequest: {
            /** @description New name of the key, 3 to 100 characters. */
            name?: string;
            /** @description New public key in OpenSSH format: `ssh-rsa` or `ssh-ed25519`, a space, the base64 key, and optionally whitespace and a comment (e.g. `user@example.com`). */
            key?: string;
        };
        /** @description The user details to change; every field is optional and only the fields sent change (Update user, https://dev.vpsbg.eu/project-345640/api-3578566). The names are the page's field list; its request example uses `tech_email`, `aff_hash` and `company_number` instead of `technical_email`, `referral_code` and `uic`; those three are described too (x-unverified), as which names the server accepts is not stated. Send one name of each pair. */
        UpdateUserRequest: {
            /** @description Street address. */
            address?: string;
            /** @description VPSBG's id of the country (e.g. 40). Can be changed only if no company is set or no order has been paid yet. The list of ids is not documented. */
            country_id?: number;
            city?: string;
            postal_code?: string;
            phone_number?: string;
            /** @description E-mail address for technical notices (returned as `tech_email`). */
            technical_email?: string;
            /** @description Referral code the account was referred with (presumably an affiliate's code, returned as `aff_hash`). Cannot be changed once set; can be set only while no order has been paid or the account is at most 30 days old. */
            referral_code?: string;
            /** @description VPSBG's id of the account language (e.g. 2). The list of ids is not documented. */
            language_id?: number;
            /** @description Whether the account receives the newsletter. */
            newsletter?: boolean;
            /** @description Whether the account belongs to a company. */
            company?: boolean;
            /** @description Company name. Can be changed within 5 days of the first deposit or until an order is paid. */
            company_name?: string;
            company_address?: string;
            /** @description The company's unified identification code (registration number; returned as the string `company_number`). Typed integer as on the page, so leading zeros are not kept. Same rule as `company_name`: changeable within 5 days of the first deposit or until an order is paid. */
            uic?: number;
            /** @description VAT number, e.g. `BG123456789`. Same rule as `company_name`: changeable within 5 days of the first deposit or until an order is paid. */
            vat_number?: string;
            /** @description Whether a one-time password sent by e-mail is asked for (presumably at login). */
            email_otp_enabled?: boolean;
            /** @description In the page's request example only, in place of `technical_email` (the name the response uses); not in its field list. Which of the two the server reads is not stated. */
            tech_email?: string;
            /** @description In the page's request example only (`b4e7b5`), in place of `referral_code` (the name the response uses); not in its field list. */
            aff_hash?: string;
            /** @description In the page's request example only (`"223344"`, a string), in place of the integer `uic` (the name the response uses); not in its field list. */
            company_number?: string;
        };
        /** @description The account holder's details as Update user returns them (https://dev.vpsbg.eu/project-345640/api-3578566). The page's schema is cut after `newsle…` and shows no example, so more fields may follow. It marks every shown field as required and none as nullable, including the company fields of an account without a company. */
        User: {
            name: string;
            /** @description The account's e-mail address. */
            email: string;
            /** @description E-mail address for technical notices (sent as `technical_email` in Update user). */
            tech_email: string;
            phone_number: string;
            /** @description The account's country. */
            country: {
                /** @description Country code (its format is not shown). */
                code: string;
                /** @description Country name in English. */
                name: string;
                /** @description Country name in Bulgarian. */
                name_bg: string;
                /** @description VAT rate of the country. Whether it is a multiplier like an order's `tax_rate` (1.2 = 20 %) or a percentage is not shown. */
                tax_rate: number;
            };
            city: string;
            address: string;
            /** @description Referral code of the account's referrer (sent as `referral_code` in Update user, presumably). */
            aff_hash: string;
            company_name: string;
            company_address: string;
            /** @description The company's registration number (sent as the integer `uic` in Update user). */
            company_number: string;
            vat_number: string;
            /** @description Whether two-factor authentication is on (see Enable 2FA). */
            "2fa_enabled": boolean;
            /** @description Whether a one-time password sent by e-mail is asked for. */
            email_otp_enabled: boolean;
            /** @description Whether the account receives the newsletter. The page's schema is cut at `newsle…`; the name and type are inferred from Update user's `newsletter` field, and whether it is required is not shown. */
            newsletter?: boolean;
        };
        /** @description Body of a 422 as Laravel sends it: a summary `message` and `errors`, the messages of each field that failed. VPSBG shows no error body on any page (https://dev.vpsbg.eu/doc-338631); this is Laravel's default, assumed. */
        ValidationErrorBody: {
            /** @description The first failure, in words. */
            message: string;
            /** @description For each field that failed (by name, e.g. `billing_cycle`), its messages. */
            errors: {
                [key: string]: string[];
            };
        };
    };
    responses: {
        /** @description Forbidden: the key may not do this. A Read key may only send GET requests (How to generate an API key, https://dev.vpsbg.eu/project-345640/doc-338632); every other method needs a Write key. From the status code table of the API Introduction (https://dev.vpsbg.eu/doc-338631); the operation pages do not list it, and no body is documented. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Locked: the resource is locked for now, e.g. a server during a snapshot, a backup or another operation (its `locked` field). Try again once it is unlocked. From the status code table of the API Introduction (https://dev.vpsbg.eu/doc-338631); the operation pages do not list it, and no body is documented. */
        Locked: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Not found: no such resource on the account. The operation pages do not list 404; it comes from the status code table of the API Introduction (https://dev.vpsbg.eu/doc-338631). No body is documented. */
        NotFound: {
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
        /** @description Too many requests: the per-minute rate limit is used up (API Introduction, https://dev.vpsbg.eu/doc-338631). The client retries after the `Retry-After` seconds, also for a POST, as nothing was done. No body is documented. */
        TooManyRequests: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Unauthorized: the request carried no valid bearer token. The docs document no error body, so none is described here. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Validation error: the request breaks a rule of this operation (status code table of the API Introduction, https://dev.vpsbg.eu/doc-338631; the pages that list it show no body). Laravel's validation body is assumed, as the API's pagination is Laravel's: `message` and, per field, the messages of the rules it broke. */
        ValidationError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ValidationErrorBody"];
            };
        };
    };
    parameters: {
        /**
         * @description VPSBG's id of the server (a Server's `id`), on the Addons paths. Typed as integer: the new-style pages of List available addons and Purchase new addons type `server_id` string, Cancel addon types it integer, and the old-style pages (and Calculate scale cost for addons, whose page names it `serverId`) type it integer.
         * @example 2864
         */
        AddonsServerId: number;
        /**
         * @description VPSBG's id of the IP address (an IpAddress `id`; for network protection, the DDoS-protected IP address the call is about). Typed as integer, as on the Network Protection pages (General information, List attacks, Get an attack, Get current geo filter, Blacklist IP addresses); the Update IP address page types it string, but IP address ids are integers in every response.
         * @example 417
         */
        IpAddressId: number;
        /**
         * @description Order id. Typed as integer although the Get an order page types this path parameter as string: the order's `id` is an integer in every response, and the Change renewal period page types the same parameter as integer.
         * @example 7756
         */
        OrderId: number;
        /**
         * @description Id of the plan (a Plan's `id`). Typed as integer, as on Plan addon (the Plan promo-codes page types it string).
         * @example 104
         */
        PlanId: number;
        /**
         * @description VPSBG's id of the server. Typed as integer, as on Get a server, Server metrics and Bandwidth (the Server status, Cancel server and Change password pages type it string); it is the server's `id`.
         * @example 2864
         */
        ServerId: number;
        /**
         * @description VPSBG's id of the SSH key. Typed as integer, as the key's `id` is; the Get an SSH Key (https://dev.vpsbg.eu/apidoc/project-345640/api-3487359) and Update SSH Key (https://dev.vpsbg.eu/api-3487360) pages type the path parameter string.
         * @example 90
         */
        SshKeyId: number;
        /**
         * @description VPSBG's id of the support ticket. Typed as integer, as the ticket's `id` is; the Reply to ticket page (https://dev.vpsbg.eu/apidoc/project-345640/api-3597306) types the path parameter string.
         * @example 216
         */
        TicketId: number;
    };
    requestBodies: never;
    headers: {
        /** @description Requests allowed per minute. The API Introduction's "Rate limit" section (https://dev.vpsbg.eu/doc-338631) describes this header, but our copy of the page lost the header names; `X-RateLimit-Limit` is the name Laravel's rate limiter sends (the API is Laravel, as its pagination shows). */
        RateLimitLimit: number;
        /** @description Requests left in the current minute. Described by the API Introduction's "Rate limit" section (https://dev.vpsbg.eu/doc-338631); the name is Laravel's, as for `X-RateLimit-Limit`. */
        RateLimitRemaining: number;
        /** @description Seconds to wait before the next request, sent once the limit is reached. Described by the API Introduction's "Rate limit" section (https://dev.vpsbg.eu/doc-338631); the name is Laravel's (HTTP's `Retry-After`), as for `X-RateLimit-Limit`. The client waits this long before it retries. */
        RetryAfter: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserRequest"];
            };
        };
        responses: {
            /** @description "Successfully updated user."; the body is the updated user. The page shows no example. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getTwoFactorSecret: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The generated secret and its OTP URL. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwoFactorSecret"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    enableTwoFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnableTwoFactorRequest"];
            };
        };
        responses: {
            /** @description 2FA is on ("Successfully. applied 2fa"). No body: the page also declares a JSON body for this response (an empty object, example "Not configured"), which a 204 cannot carry, so none is described. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getBalance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account balance. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Balance"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    updateReferralCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateReferralCodeRequest"];
            };
        };
        responses: {
            /** @description "Updated referral code"; the body is the account's affiliate information. The page defines no schema for it, only an example, so the types of Affiliate come from that example. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Affiliate"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listInvoices: {
        parameters: {
            query?: {
                /** @description Number of the page to return, starting at 1. The page gives no description or bounds; its example shows 30 invoices per page. No `per_page` parameter is documented here. */
                page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of invoices. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    purchaseSupportPlan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PurchaseSupportPlanRequest"];
            };
        };
        responses: {
            /** @description The order was created; the body is the order (no `data` wrapper). The page's schema is cut after `auto_pay`; its fields up to there are those of Order, and its full example fits Order. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    createTicket: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["CreateTicketRequest"];
            };
        };
        responses: {
            /** @description The ticket was opened; the body is the new ticket. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ticket"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    replyToTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description VPSBG's id of the support ticket. Typed as integer, as the ticket's `id` is; the Reply to ticket page (https://dev.vpsbg.eu/apidoc/project-345640/api-3597306) types the path parameter string.
                 * @example 216
                 */
                id: components["parameters"]["TicketId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["ReplyToTicketRequest"];
            };
        };
        responses: {
            /** @description The message was added; the body is the ticket. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ticket"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getSshKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description VPSBG's id of the SSH key. Typed as integer, as the key's `id` is; the Get an SSH Key (https://dev.vpsbg.eu/apidoc/project-345640/api-3487359) and Update SSH Key (https://dev.vpsbg.eu/api-3487360) pages type the path parameter string.
                 * @example 90
                 */
                id: components["parameters"]["SshKeyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The SSH key ("Return data regarding the SSH key."). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SshKey"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    updateSshKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description VPSBG's id of the SSH key. Typed as integer, as the key's `id` is; the Get an SSH Key (https://dev.vpsbg.eu/apidoc/project-345640/api-3487359) and Update SSH Key (https://dev.vpsbg.eu/api-3487360) pages type the path parameter string.
                 * @example 90
                 */
                id: components["parameters"]["SshKeyId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSshKeyRequest"];
            };
        };
        responses: {
            /** @description The key was updated; the body is the updated key. The page's schema is cut after `id`, `name` and `key`; the rest (`fingerprint`, `servers`) is assumed to be that of Get an SSH Key. The page shows no example. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SshKey"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    calculateServerScaleCost: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description VPSBG's id of the server. Typed as integer, as on Get a server, Server metrics and Bandwidth (the Server status, Cancel server and Change password pages type it string); it is the server's `id`.
                 * @example 2864
                 */
                id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CalculateServerScaleCostRequest"];
            };
        };
        responses: {
            /** @description The cost of scaling and the expected downtime. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerScaleCost"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listAvailableServerAddons: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description VPSBG's id of the server (a Server's `id`), on the Addons paths. Typed as integer: the new-style pages of List available addons and Purchase new addons type `server_id` string, Cancel addon types it integer, and the old-style pages (and Calculate scale cost for addons, whose page names it `serverId`) type it integer.
                 * @example 2864
                 */
                server_id: components["parameters"]["AddonsServerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The addons the server can buy. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AvailableAddonList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    purchaseServerAddons: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description VPSBG's id of the server (a Server's `id`), on the Addons paths. Typed as integer: the new-style pages of List available addons and Purchase new addons type `server_id` string, Cancel addon types it integer, and the old-style pages (and Calculate scale cost for addons, whose page names it `serverId`) type it integer.
                 * @example 2864
                 */
                server_id: components["parameters"]["AddonsServerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PurchaseServerAddonsRequest"];
            };
        };
        responses: {
            /** @description The server. The page's response schema is cut after `plan` and it shows no example; its fields so far (`id`, `hostname`, `billing_cycle`, `plan`) and the old-style page's descriptions are those of the server model, so `Server` is assumed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Server"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            423: components["responses"]["Locked"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    calculateServerAddonsScaleCost: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description VPSBG's id of the server (a Server's `id`), on the Addons paths. Typed as integer: the new-style pages of List available addons and Purchase new addons type `server_id` string, Cancel addon types it integer, and the old-style pages (and Calculate scale cost for addons, whose page names it `serverId`) type it integer.
                 * @example 2864
                 */
                server_id: components["parameters"]["AddonsServerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CalculateServerAddonsScaleCostRequest"];
            };
        };
        responses: {
            /** @description The cost of the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerAddonsScaleCost"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    cancelServerAddon: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description VPSBG's id of the server (a Server's `id`), on the Addons paths. Typed as integer: the new-style pages of List available addons and Purchase new addons type `server_id` string, Cancel addon types it integer, and the old-style pages (and Calculate scale cost for addons, whose page names it `serverId`) type it integer.
                 * @example 2864
                 */
                server_id: components["parameters"]["AddonsServerId"];
                /**
                 * @description Id of the server's addon, presumably the `id` of an entry of the server's `addons` (the page types it integer and says no more).
                 * @example 801
                 */
                server_addon_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelServerAddonRequest"];
            };
        };
        responses: {
            /** @description The cancel request was filed. No body (the page shows the response as "Raw text/plain" with no example). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            423: components["responses"]["Locked"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listServers: {
        parameters: {
            query?: {
                /** @description Number of the page to return, starting at 1. */
                page?: number;
                /** @description Servers per page, 1 to 50. */
                per_page?: number;
                /** @description Only servers with this IP address. */
                "filter[ip]"?: string;
                /** @description Searches IP addresses and hostnames. */
                "filter[search]"?: string;
                /**
                 * @description Only servers in these billing statuses (see ServerStatus); the page gives the default as `active,suspended`, a comma-separated list.
                 * @example active,suspended
                 */
                "filter[status]"?: string;
                /** @description Sorts by creation date. The page types it string and shows no values; `asc` or `desc` (Laravel's usual directions) is assumed. */
                "sort[created_at]"?: string;
                /** @description Sorts by expiry date; values as for `sort[created_at]`. */
                "sort[expiry_at]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of servers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    deployServer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeployServerRequest"];
            };
        };
        responses: {
            /** @description The order for the new server. Our copy of the page ends in the request example and shows no response; the API Introduction's status code table (https://dev.vpsbg.eu/doc-338631) gives 201 for a created resource, and the API's purchase endpoints return the order (`Order`), so both are assumed. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getServer: {
        parameters: {
            query?: {
                /**
                 * @description Extra parts of the server to include. The page shows `app_getting_started` as an example and does not list the others or what each adds.
                 * @example [
                 *       "app_getting_started"
                 *     ]
                 */
                "include[]"?: string[];
            };
            header?: never;
            path: {
                /**
                 * @description VPSBG's id of the server. Typed as integer, as on Get a server, Server metrics and Bandwidth (the Server status, Cancel server and Change password pages type it string); it is the server's `id`.
                 * @example 2864
                 */
                id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Server"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getServerStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description VPSBG's id of the server. Typed as integer, as on Get a server, Server metrics and Bandwidth (the Server status, Cancel server and Change password pages type it string); it is the server's `id`.
                 * @example 2864
                 */
                id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server's live status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerLiveStatus"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getServerMetrics: {
        parameters: {
            query?: {
                /** @description The month, 1 to 12. The page does not say which month is returned without it. */
                "filter[month]"?: number;
                /** @description The year, four digits. */
                "filter[year]"?: number;
            };
            header?: never;
            path: {
                /**
                 * @description VPSBG's id of the server. Typed as integer, as on Get a server, Server metrics and Bandwidth (the Server status, Cancel server and Change password pages type it string); it is the server's `id`.
                 * @example 2864
                 */
                id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server's data points. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerMetrics"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getServerBandwidth: {
        parameters: {
            query?: {
                /**
                 * @description Only days from this time on, Unix time in seconds.
                 * @example 1725963656
                 */
                "filter[start]"?: number;
                /**
                 * @description Only days up to this time, Unix time in seconds.
                 * @example 1725963656
                 */
                "filter[end]"?: number;
            };
            header?: never;
            path: {
                /**
                 * @description VPSBG's id of the server. Typed as integer, as on Get a server, Server metrics and Bandwidth (the Server status, Cancel server and Change password pages type it string); it is the server's `id`.
                 * @example 2864
                 */
                id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server's bandwidth statistics. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerBandwidth"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    cancelServer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description VPSBG's id of the server. Typed as integer, as on Get a server, Server metrics and Bandwidth (the Server status, Cancel server and Change password pages type it string); it is the server's `id`.
                 * @example 2864
                 */
                id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CancelServerRequest"];
            };
        };
        responses: {
            /** @description The cancel request was filed. No body: the page also declares a JSON body (an empty object, `object {0}`, example "Not configured") for this response, which a 204 cannot carry, so none is described. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            423: components["responses"]["Locked"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    changeServerPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description VPSBG's id of the server. Typed as integer, as on Get a server, Server metrics and Bandwidth (the Server status, Cancel server and Change password pages type it string); it is the server's `id`.
                 * @example 2864
                 */
                id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeServerPasswordRequest"];
            };
        };
        responses: {
            /** @description The password was changed (and the server reboots if asked to). No body: the page also declares a JSON body (an empty object, `object {0}`, example "Not configured") for this response, which a 204 cannot carry, so none is described. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            423: components["responses"]["Locked"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    changeServerPrimaryIp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description VPSBG's id of the server. Typed as integer, as on Get a server, Server metrics and Bandwidth (the Server status, Cancel server and Change password pages type it string); it is the server's `id`.
                 * @example 2864
                 */
                id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeServerPrimaryIpRequest"];
            };
        };
        responses: {
            /** @description The server, with its new primary IP address. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Server"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            423: components["responses"]["Locked"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    calculateServerRenewAmount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CalculateServerRenewAmountRequest"];
            };
        };
        responses: {
            /** @description The renewal's amounts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerRenewAmount"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
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
            /** @description The plans. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listPlanAddons: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Id of the plan (a Plan's `id`). Typed as integer, as on Plan addon (the Plan promo-codes page types it string).
                 * @example 104
                 */
                id: components["parameters"]["PlanId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plan's addons. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanAddonList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listPlanPromoCodes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Id of the plan (a Plan's `id`). Typed as integer, as on Plan addon (the Plan promo-codes page types it string).
                 * @example 104
                 */
                id: components["parameters"]["PlanId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plan's promo codes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromoCode"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listSnapshots: {
        parameters: {
            query?: {
                /** @description Number of the page to return, starting at 1. */
                page?: number;
                /**
                 * @description Only snapshots taken on this date, as YYYY-MM-DD.
                 * @example 2023-06-19
                 */
                "filter[date]"?: string;
                /**
                 * @description Only snapshots of the server with this id.
                 * @example 2478
                 */
                "filter[server_id]"?: number;
                /** @description Sort by creation date, `date` ascending or `-date` descending (the page's two values). */
                sort?: "date" | "-date";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of snapshots. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SnapshotList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listBackups: {
        parameters: {
            query?: {
                /** @description Number of the page to return, starting at 1. */
                page?: number;
                /**
                 * @description Only backups made on this date, as YYYY-MM-DD (the older layout's text, which speaks of snapshots, copied from List snapshots).
                 * @example 2023-06-19
                 */
                "filter[date]"?: string;
                /**
                 * @description Only backups of the server with this id.
                 * @example 2478
                 */
                "filter[server_id]"?: number;
                /** @description Newer layout only, without a description; presumably only backups of this `size` (unit not stated). */
                "filter[size]"?: number;
                /** @description Sort by creation date, `date` ascending or `-date` descending (the older layout's two values; the newer one gives none). */
                sort?: "date" | "-date";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of backups. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BackupList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listFloatingIps: {
        parameters: {
            query?: {
                /** @description Number of the page to return, starting at 1. */
                page?: number;
                /** @description Floating IPs per page (the page states no range or default). */
                per_page?: number;
                /**
                 * @description Only the Floating IP with this address.
                 * @example 87.120.37.46
                 */
                "filter[ip]"?: string;
                /** @description Searches the IP addresses and the hostnames of the servers they are attached to. */
                "filter[search]"?: string;
                /**
                 * @description Only Floating IPs in these statuses, as a comma-separated list; the page gives the default as `active,suspended`.
                 * @example active,suspended
                 */
                "filter[status]"?: string;
                /** @description Only DDoS-protected (true) or unprotected (false) IPs. */
                "filter[ddos]"?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of Floating IPs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FloatingIpList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    purchaseFloatingIps: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PurchaseFloatingIpsRequest"];
            };
        };
        responses: {
            /** @description The Floating IPs bought. The page's schema is cut after the first fields of the items (`id`, `status`, `server_id`) and it shows no example; the items are taken to be the Floating IP object of List Floating IPs, as the page names them "Floating IP". */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The Floating IPs bought (optional on the page). */
                        data?: components["schemas"]["FloatingIp"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
            423: components["responses"]["Locked"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    cancelFloatingIps: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelFloatingIpsRequest"];
            };
        };
        responses: {
            /** @description The Floating IPs were cancelled. The body is an empty JSON object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
            423: components["responses"]["Locked"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    updateIpAddress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description VPSBG's id of the IP address (an IpAddress `id`; for network protection, the DDoS-protected IP address the call is about). Typed as integer, as on the Network Protection pages (General information, List attacks, Get an attack, Get current geo filter, Blacklist IP addresses); the Update IP address page types it string, but IP address ids are integers in every response.
                 * @example 417
                 */
                id: components["parameters"]["IpAddressId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateIpAddressRequest"];
            };
        };
        responses: {
            /** @description The IP address, updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IpAddress"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            423: components["responses"]["Locked"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getNetworkProtection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description VPSBG's id of the IP address (an IpAddress `id`; for network protection, the DDoS-protected IP address the call is about). Typed as integer, as on the Network Protection pages (General information, List attacks, Get an attack, Get current geo filter, Blacklist IP addresses); the Update IP address page types it string, but IP address ids are integers in every response.
                 * @example 417
                 */
                id: components["parameters"]["IpAddressId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description General information about the protected address. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkProtection"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getGeoFilter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description VPSBG's id of the IP address (an IpAddress `id`; for network protection, the DDoS-protected IP address the call is about). Typed as integer, as on the Network Protection pages (General information, List attacks, Get an attack, Get current geo filter, Blacklist IP addresses); the Update IP address page types it string, but IP address ids are integers in every response.
                 * @example 417
                 */
                id: components["parameters"]["IpAddressId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The state of the geo filter. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GeoFilter"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    blacklistIpAddresses: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description VPSBG's id of the IP address (an IpAddress `id`; for network protection, the DDoS-protected IP address the call is about). Typed as integer, as on the Network Protection pages (General information, List attacks, Get an attack, Get current geo filter, Blacklist IP addresses); the Update IP address page types it string, but IP address ids are integers in every response.
                 * @example 417
                 */
                id: components["parameters"]["IpAddressId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BlacklistIpAddressesRequest"];
            };
        };
        responses: {
            /** @description The blacklist as it now stands. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Blacklist"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            423: components["responses"]["Locked"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listAttacks: {
        parameters: {
            query?: {
                /**
                 * @description Only attacks from this time on, as a Unix timestamp (integer seconds); default 7 days ago. The page types it integer | null; leave it out for the default.
                 * @example 1725963656
                 */
                "filter[start]"?: number;
                /**
                 * @description Only attacks up to this time, as a Unix timestamp (integer seconds); default now. The page types it integer | null; leave it out for the default.
                 * @example 1725963656
                 */
                "filter[end]"?: number;
                /** @description Attacks per page (the page states no range or default). */
                per_page?: number;
                /** @description Number of the page to return, starting at 1. */
                page?: number;
            };
            header?: never;
            path: {
                /**
                 * @description VPSBG's id of the IP address (an IpAddress `id`; for network protection, the DDoS-protected IP address the call is about). Typed as integer, as on the Network Protection pages (General information, List attacks, Get an attack, Get current geo filter, Blacklist IP addresses); the Update IP address page types it string, but IP address ids are integers in every response.
                 * @example 417
                 */
                id: components["parameters"]["IpAddressId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of attacks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttackList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getAttack: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description VPSBG's id of the IP address (an IpAddress `id`; for network protection, the DDoS-protected IP address the call is about). Typed as integer, as on the Network Protection pages (General information, List attacks, Get an attack, Get current geo filter, Blacklist IP addresses); the Update IP address page types it string, but IP address ids are integers in every response.
                 * @example 417
                 */
                id: components["parameters"]["IpAddressId"];
                /**
                 * @description The attack's id (an Attack `id`); a string, as the page types it.
                 * @example Ws8PeaCFn4bZ4Rf
                 */
                attack_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attack in detail. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttackDetails"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
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
            429: components["responses"]["TooManyRequests"];
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
            429: components["responses"]["TooManyRequests"];
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
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
}

// The type-check suite's consumer for @polar-sh/sdk 1.0.1: one call per operation of specs/polar, each
// through the customer portal endpoints that replaced Polar's legacy `/v1/users/*` API.
import { createPolar } from "polar-sdk-1/2026-10";

const polar = createPolar({ accessToken: "t" });
const id = "e9758655-8433-4385-9f40-37710671fb8d";

export const listOrders = () => polar.customerPortal.orders.list();
export const getOrder = () => polar.customerPortal.orders.get(id);
export const getOrderInvoice = () => polar.customerPortal.orders.invoice(id);
export const listSubscriptions = () => polar.customerPortal.subscriptions.list();
export const getSubscription = () => polar.customerPortal.subscriptions.get(id);
export const updateSubscription = () =>
  polar.customerPortal.subscriptions.update(id, { product_id: "0d96c003-e565-4f99-b3f2-a37656289bf6" });
export const cancelSubscription = () => polar.customerPortal.subscriptions.cancel(id);

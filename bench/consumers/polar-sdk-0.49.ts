// The type-check suite's consumer for @polar-sh/sdk 0.49.0: one call per operation of specs/polar, each
// through the customer portal endpoints that replaced Polar's legacy `/v1/users/*` API.
import { Polar } from "polar-sdk-0.49";

const polar = new Polar({ accessToken: "t" });
const security = { customerSession: "t" };
const id = "e9758655-8433-4385-9f40-37710671fb8d";

export const listOrders = () => polar.customerPortal.orders.list(security, {});
export const getOrder = () => polar.customerPortal.orders.get(security, { id });
export const getOrderInvoice = () => polar.customerPortal.orders.invoice(security, { id });
export const listSubscriptions = () => polar.customerPortal.subscriptions.list(security, {});
export const getSubscription = () => polar.customerPortal.subscriptions.get(security, { id });
export const updateSubscription = () =>
  polar.customerPortal.subscriptions.update(security, {
    id,
    customerSubscriptionUpdate: { productId: "0d96c003-e565-4f99-b3f2-a37656289bf6" },
  });
export const cancelSubscription = () => polar.customerPortal.subscriptions.cancel(security, { id });

// Typechecked by the install test in a fresh project: strict, no skipLibCheck, as usage.mts and usage.cts
// under moduleResolution NodeNext and as usage.ts under Bundler. Each @ts-expect-error fails the check
// when the client's types degrade to `any` or stop rejecting a wrong call.
import { createPolarClient, type Order } from "@specfirst/polar";

export async function firstOrder(baseUrl: string): Promise<Order | undefined> {
  const polar = createPolarClient({ token: "polar_pat", server: "sandbox", baseUrl });
  const { data } = await polar.GET("/v1/users/orders/", { params: { query: { limit: 1 } } });
  const cents: number | undefined = data?.items[0]?.amount;
  // @ts-expect-error amounts are integers in cents, not strings
  const text: string | undefined = data?.items[0]?.amount;
  // @ts-expect-error not a path of this API
  await polar.GET("/v1/users/payments/");
  // @ts-expect-error `server` is "production" or "sandbox"
  createPolarClient({ server: "staging" });
  console.log(cents, text);
  return data?.items[0];
}

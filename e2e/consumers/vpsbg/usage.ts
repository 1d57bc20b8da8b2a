// Typechecked by the install test in a fresh project: strict, no skipLibCheck, as usage.mts and usage.cts
// under moduleResolution NodeNext and as usage.ts under Bundler. Each @ts-expect-error fails the check
// when the client's types degrade to `any` or stop rejecting a wrong call.
import { createVpsbgClient, type Order } from "@specfirst/vpsbg";

export async function order(baseUrl: string): Promise<Order | undefined> {
  const vpsbg = createVpsbgClient({ token: "vpsbg_token", baseUrl });
  const { data } = await vpsbg.GET("/orders/{id}", { params: { path: { id: 7756 } } });
  const total: number | undefined = data?.amount_with_vat;
  // @ts-expect-error the order id is a number
  const id: string | undefined = data?.id;
  // @ts-expect-error the `id` path parameter is required
  await vpsbg.GET("/orders/{id}");
  console.log(total, id);
  return data;
}

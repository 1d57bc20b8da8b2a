// Typechecked by the install test in a fresh project: strict, no skipLibCheck, as usage.mts and usage.cts
// under moduleResolution NodeNext and as usage.ts under Bundler. Each @ts-expect-error fails the check
// when the client's types degrade to `any` or stop rejecting a wrong call.
import { createNovaProxyClient, type Order } from "@specfirst/novaproxy";

export async function orders(baseUrl: string): Promise<Order[]> {
  const novaproxy = createNovaProxyClient({ token: "nova_token", baseUrl });
  const { data } = await novaproxy.GET("/orders");
  const bytes: number | undefined = data?.[0]?.remaining_bandwidth_in_bytes;
  // @ts-expect-error an order's uuid is a string
  const uuid: number | undefined = data?.[0]?.uuid;
  // @ts-expect-error POST /orders requires a body
  await novaproxy.POST("/orders");
  console.log(bytes, uuid);
  return data ?? [];
}

import { createVpsbgClient, unwrap } from "@specfirst/vpsbg";

const vpsbg = createVpsbgClient({ token: process.env.VPSBG_TOKEN }); // a Write key

// A purchase: the client never resends this POST, except after a 429 (nothing was bought then).
const order = unwrap(
  await vpsbg.POST("/servers", {
    body: { name: "web-1", plan: "cloud-vps-2gb", billing_cycle: 1, image_id: 73, ssh_keys: [90] },
  }),
);
const id = order.services.find((service) => service.service_type === "server")?.service_id;
if (id == null) throw new Error(`order ${order.id} has no server in it`);

// Poll the live status every 10 seconds, for up to 10 minutes, until the server runs.
for (let attempt = 1; ; attempt++) {
  const status = unwrap(await vpsbg.GET("/servers/{id}/status", { params: { path: { id } } }));
  if (status.running) break;
  if (attempt === 60) throw new Error(`server ${id} is not running after 10 minutes`);
  await new Promise((resolve) => setTimeout(resolve, 10_000));
}

const server = unwrap(await vpsbg.GET("/servers/{id}", { params: { path: { id } } }));
const address = server.ip_addresses?.find((ip) => ip.main) ?? server.ip_addresses?.[0];
console.log(`${server.hostname} (${id}) is running at ${address?.ip_address ?? "no IP yet"}`);

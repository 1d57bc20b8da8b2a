import { describeSecretSafety } from "@specfirst/testkit";
import { createVpsbgClient, unwrap } from "../src/index.js";

describeSecretSafety({
  token: "vpsbg_9b1f6c3a2e",
  call: (baseUrl, init, token) =>
    createVpsbgClient({ baseUrl, token }).GET("/orders/{id}", {
      params: { path: { id: 7756 } },
      ...init,
    }),
  unwrap,
});

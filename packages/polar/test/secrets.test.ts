import { describeSecretSafety } from "@specfirst/testkit";
import { createPolarClient, unwrap } from "../src/index.js";

describeSecretSafety({
  token: "polar_pat_7d2e9f4b1c",
  call: (baseUrl, init, token) => createPolarClient({ baseUrl, token }).GET("/v1/users/orders/", init),
  unwrap,
});

import { describeSecretSafety } from "@specfirst/testkit";
import { createNovaProxyClient, unwrap } from "../src/index.js";

describeSecretSafety({
  token: "np_live_4f9c2d7e1a",
  call: (baseUrl, init, token) => createNovaProxyClient({ baseUrl, token }).GET("/orders", init),
  unwrap,
});

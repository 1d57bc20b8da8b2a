import { dirname, join } from "node:path";
import { inject } from "vitest";
import { type Consumer, type ConsumerOptions, createConsumer } from "../../src/consumer.js";

/** The Node running the tests, as a consumer runtime. */
export const thisNode = { binDir: dirname(process.execPath), version: process.version };

/**
 * A fresh project in the install suite's work folder that installs from the suite's local registry
 * (shared package cache): npm on this Node unless told otherwise.
 */
export function registryConsumer(
  name: string,
  options: Partial<Pick<ConsumerOptions, "packageManager" | "runtime" | "programs">> = {},
): Consumer {
  return createConsumer({
    dir: join(inject("workDir"), name),
    packageManager: "npm",
    runtime: thisNode,
    registryUrl: inject("registryUrl"),
    cacheDir: join(inject("workDir"), "caches"),
    ...options,
  });
}

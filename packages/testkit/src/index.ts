export { type Chromium, chromiumPath, launchChromium } from "./chromium.js";
export {
  DRIFT_SENTINEL,
  type DriftCase,
  type Drifted,
  type DriftKind,
  driftCases,
  EXTRA_PROPERTY,
  type SpecOperation,
  specOperations,
  startSpecServer,
} from "./drift.js";
export { outsideReferences, publishedFiles } from "./provenance.js";
export { captureConsoleLog, typeScriptBlocks } from "./readme.js";
export {
  type RecordedRequest,
  type Reply,
  type Responder,
  replySequence,
  startTestServer,
  type TestServer,
} from "./server.js";
export { fixtureNames, loadBundledSpec, readFixture, readFixtureFile, specDir } from "./spec.js";
export { type AttackMatrix, describeAttackMatrix } from "./suites/attacks.js";
export { describeContract, runContract } from "./suites/contract.js";
export { describeRetryContract, type FaultCall, type RetryContract } from "./suites/faults.js";
export { createSpecValidator, describeFixtures, parseFixtureName } from "./suites/fixtures.js";
export { describeReadmeExample, type ReadmeExample } from "./suites/readme-example.js";
export { describeSecretSafety, type SecretSafety } from "./suites/secrets.js";
export { describeValidation, type ValidationContract } from "./suites/validation.js";
export { useTestServer } from "./use-server.js";

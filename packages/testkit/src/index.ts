export { type AttackMatrix, describeAttackMatrix } from "./attacks.js";
export { type Chromium, chromiumPath, launchChromium } from "./chromium.js";
export { describeContract, runContract } from "./contract.js";
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
export { describeRetryContract, type FaultCall, type RetryContract } from "./faults.js";
export { createSpecValidator, describeFixtures, parseFixtureName } from "./fixtures.js";
export { outsideReferences, publishedFiles } from "./provenance.js";
export { captureConsoleLog, describeReadmeExample, type ReadmeExample, typeScriptBlocks } from "./readme.js";
export { describeSecretSafety, type SecretSafety } from "./secrets.js";
export {
  type RecordedRequest,
  type Reply,
  type Responder,
  replySequence,
  startTestServer,
  type TestServer,
} from "./server.js";
export { fixtureNames, loadBundledSpec, readFixture, readFixtureFile, specDir } from "./spec.js";
export { useTestServer } from "./use-server.js";
export { describeValidation, type ValidationContract } from "./validation.js";

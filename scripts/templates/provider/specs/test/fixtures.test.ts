import { fileURLToPath } from "node:url";
import { describeFixtures } from "@specfirst/testkit";

describeFixtures(fileURLToPath(new URL("..", import.meta.url)));

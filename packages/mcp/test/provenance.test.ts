import { fileURLToPath } from "node:url";
import { outsideReferences, publishedFiles } from "@specfirst/testkit";
import { expect, it } from "vitest";

const dir = fileURLToPath(new URL("..", import.meta.url));

it("cites no file outside the repository in what it publishes, only provider pages and public sources", () => {
  expect(outsideReferences(publishedFiles(dir), dir)).toEqual([]);
});

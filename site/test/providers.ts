import { join } from "node:path";
import { operations } from "@specfirst/openapi-model";
import { loadBundledSpec, specDir } from "@specfirst/testkit";
import { workspaceProviders } from "../../scripts/providers.mjs";
import { mockPath } from "../mock-path.mjs";

const root = join(import.meta.dirname, "..", "..");

/**
 * Every provider of the workspace as the site shows it, from its bundled document: its operations with
 * the anchor Scalar gives each (`tag/<tag>/<METHOD><path>`), and the GET "Test Request" is tried with
 * (the first without path parameters) and the path the mock receives it on.
 */
export function siteProviders() {
  return workspaceProviders(root).map(({ slug, client }) => {
    const document = loadBundledSpec(specDir(slug));
    const located = operations(document).map(({ path, method, operationId, object, parameters }) => {
      const tagSlug = (object.tags?.[0] ?? "").toLowerCase().replace(/[^a-z0-9]+/g, "-");
      return {
        operationId: operationId as string,
        method,
        path,
        summary: object.summary as string,
        tagSlug,
        anchor: `tag/${tagSlug}/${method.toUpperCase()}${path}`,
        hasPathParameters: path.includes("{") || parameters.some((parameter) => parameter.in === "path"),
      };
    });
    const get = located.find((operation) => operation.method === "get" && !operation.hasPathParameters);
    if (!get) throw new Error(`${slug} has no GET without path parameters to try`);
    return {
      slug,
      title: document.info.title,
      client: client?.manifest.name as string,
      envPrefix: slug.replace(/-/g, "_").toUpperCase(),
      operations: located,
      tryIt: { ...get, requestPath: `/${mockPath(slug, document)}${get.path}` },
    };
  });
}

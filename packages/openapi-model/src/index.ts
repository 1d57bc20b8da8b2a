/**
 * `@specfirst/openapi-model` (private): the one way specfirst reads a bundled OpenAPI 3.1 document.
 * The generators in scripts/, the mocks, the MCP server, the docs site, the bench and the tests all
 * read a spec through it, so a feature of a spec (a path-level parameter, a `$ref`'d path item, a
 * `TRACE`) means the same to each of them. Bundled into `@specfirst/mock` and `@specfirst/mcp` when
 * they are built; never published on its own.
 *
 * @packageDocumentation
 */
export * from "./document.js";
export * from "./extensions.js";
export * from "./operations.js";
export * from "./pointer.js";
export * from "./ref.js";

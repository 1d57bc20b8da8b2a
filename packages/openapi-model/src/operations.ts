/**
 * The operations of a document, each with what every consumer needs and would otherwise look up on its
 * own: its path item resolved (a path item may be a `$ref`), its parameters merged (the path item's and
 * its own, an operation parameter replacing the path item's of the same name and location, as OpenAPI
 * 3.1 §4.8.9 says), its request body and responses resolved, and its effective security.
 */
import {
  METHODS,
  type Method,
  type OpenApiDocument,
  type OperationObject,
  type Parameter,
  type PathItem,
  type RequestBody,
  type Response,
  type SecurityRequirement,
} from "./document.js";
import { toPointer } from "./pointer.js";
import { resolveRef } from "./ref.js";

/** One operation of a document, resolved. */
export interface Operation {
  /** The path template, e.g. `/v1/users/orders/{id}`. */
  readonly path: string;
  readonly method: Method;
  /** `GET /v1/users/orders/{id}`: how the runtime, drift reports and messages name the operation. */
  readonly label: string;
  /** The operation's `operationId`; `undefined` when the spec gives none (consumers that need it say so). */
  readonly operationId: string | undefined;
  /** JSON Pointer of the operation object in the document, e.g. `/paths/~1v1~1users~1orders~1{id}/get`. */
  readonly pointer: string;
  /** The operation object itself (the document's own, not a copy). */
  readonly object: OperationObject;
  /** The path item it belongs to, its `$ref` followed. */
  readonly pathItem: PathItem;
  /** Every parameter that applies, resolved: the path item's first, then the operation's own. */
  readonly parameters: readonly Parameter[];
  /** The request body, resolved, when the operation has one. */
  readonly requestBody: RequestBody | undefined;
  /** Every documented response, resolved, by status (`"200"`, `"4XX"`, `"default"`) in document order. */
  readonly responses: Readonly<Record<string, Response>>;
  /** The security requirements that apply: the operation's, else the document's (`[]`: none). */
  readonly security: readonly SecurityRequirement[];
}

/**
 * Every operation of `document`, in document order: paths as the document lists them, and within a path
 * item the methods in {@link METHODS} order.
 * @throws Error when a `$ref` cannot be followed (see {@link resolveRef}).
 */
export function operations(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths ?? {}).flatMap(([path, item]) => {
    const pathItem = pathItemOf(document, item);
    return METHODS.filter((method) => pathItem[method] !== undefined).map((method) =>
      operationOf(document, path, pathItem, method),
    );
  });
}

/** A path item with its `$ref` followed; its own fields beside the `$ref` win over the target's. */
function pathItemOf(document: OpenApiDocument, item: PathItem): PathItem {
  if (item.$ref === undefined) return item;
  const { $ref, ...rest } = item;
  return { ...resolveRef<PathItem>(document, { $ref }), ...rest };
}

function operationOf(document: OpenApiDocument, path: string, pathItem: PathItem, method: Method): Operation {
  const object = pathItem[method] as OperationObject;
  const own = (object.parameters ?? []).map((parameter) => resolveRef<Parameter>(document, parameter));
  const overridden = (parameter: Parameter) =>
    own.some((mine) => mine.name === parameter.name && mine.in === parameter.in);
  const inherited = (pathItem.parameters ?? [])
    .map((parameter) => resolveRef<Parameter>(document, parameter))
    .filter((parameter) => !overridden(parameter));
  return {
    path,
    method,
    label: `${method.toUpperCase()} ${path}`,
    operationId: object.operationId,
    pointer: toPointer(["paths", path, method]),
    object,
    pathItem,
    parameters: [...inherited, ...own],
    requestBody: resolveRef<RequestBody>(document, object.requestBody),
    responses: Object.fromEntries(
      Object.entries(object.responses ?? {}).map(([status, response]) => [
        status,
        resolveRef<Response>(document, response),
      ]),
    ),
    security: object.security ?? document.security ?? [],
  };
}

/** The first documented `2xx` status of `operation` (`"200"`, `"201"`, … or `"2XX"`), if it has one. */
export function successStatus(operation: Operation): string | undefined {
  return Object.keys(operation.responses).find((status) => status.startsWith("2"));
}

import type { WorkspaceCopy } from "../../src/workspace.js";

/** Spec edits the workflow tests make, each a real change a provider could ship. */

/** Breaking: Polar's order loses its required `tax_amount` field (a response field removed). */
export function removeOrderTaxAmount(copy: WorkspaceCopy): void {
  copy.edit("specs/polar/components/schemas/UserOrder.yaml", (text) =>
    text.replace(/ {2}tax_amount:\n {4}type: integer\n {4}description: [^\n]*\n/, "").replace(/ {2}- tax_amount\n/, ""),
  );
}

/** Non-breaking: VPSBG's list orders gains an optional `sort` query parameter. */
export function addOrdersSortParameter(copy: WorkspaceCopy): void {
  copy.edit("specs/vpsbg/paths/orders.yaml", (text) =>
    text.replace(
      "  parameters:\n",
      "  parameters:\n    - name: sort\n      in: query\n      required: false\n      description: Sort order.\n      schema:\n        type: string\n",
    ),
  );
}

/** Non-breaking in two tags: VPSBG's "List orders" (Orders) and "List plans" (Servers) each get a `sort` parameter. */
export function addSortParameters(copy: WorkspaceCopy): void {
  addOrdersSortParameter(copy);
  copy.edit("specs/vpsbg/paths/plans.yaml", (text) =>
    text.replace(
      "  responses:\n",
      "  parameters:\n    - name: sort\n      in: query\n      required: false\n      description: Sort order.\n      schema:\n        type: string\n  responses:\n",
    ),
  );
}

/** Documentation only: NovaProxy's "List orders" gets a new summary. */
export function rewordListOrdersSummary(copy: WorkspaceCopy): void {
  copy.edit("specs/novaproxy/paths/orders.yaml", (text) =>
    text.replace("  summary: List orders\n", "  summary: List my orders\n"),
  );
}

/**
 * openapi-fetch's companions that take our clients as openapi-fetch clients, at the versions tested
 * (with what they need beside them: TanStack Query's core, SWR, React and its types, and the
 * openapi-typescript swr-openapi names as a peer dependency, at the workspace's version).
 */
export const ecosystemPackages = [
  "openapi-react-query@0.5.4",
  "@tanstack/react-query@5.108.4",
  "@tanstack/query-core@5.108.4",
  "swr-openapi@5.6.0",
  "swr@2.5.1",
  "react@19.3.1",
  "@types/react@19.3.3",
  "openapi-typescript@7.13.0",
];

/** Whether a README block uses one of the {@link ecosystemPackages}. */
export function usesEcosystem(block: string): boolean {
  return /from "(openapi-react-query|swr-openapi|swr|react|@tanstack\/[\w-]+)"/.test(block);
}

import type { ReactNode } from "react";

/**
 * The heading of whatever the detail panel shows. It takes focus after a
 * search result is chosen, so keyboard and screen-reader users land on it.
 */
export function PanelHeading({ children }: { children: ReactNode }) {
  return (
    <h2 id="detail-heading" tabIndex={-1}>
      {children}
    </h2>
  );
}

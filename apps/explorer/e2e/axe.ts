import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const require = createRequire(import.meta.url);
const source = readFile(require.resolve("axe-core/axe.min.js"), "utf8");

/** A violation as axe reports it, cut to what a failing test should print. */
export interface Violation {
  id: string;
  impact: string | null;
  nodes: string[];
}

/**
 * Runs axe-core (WCAG 2.1 A/AA rules) on the page and returns the serious
 * and critical violations. Injected through DevTools, so the page's CSP, which
 * forbids inline script, stays on.
 */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  await page.evaluate(await source);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (options: object) => Promise<{ violations: AxeResult[] }> } }).axe;
    type AxeResult = { id: string; impact: string | null; nodes: { target: string[] }[] };
    const result = await axe.run({ runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        nodes: violation.nodes.map((node) => node.target.join(" ")),
      }));
  });
}

import type { Page } from "playwright-core";
import { expect, test } from "vitest";
import {
  detailHeading,
  nodePosition,
  open,
  screenshot,
  searchbox,
  sharedBrowser,
  waitForNodeDisplay,
  waitForRender,
} from "./browser";

const browser = sharedBrowser();

/** Waits until the nodes sigma draws stressed (the focus of a hover or of the view) are exactly `keys`. */
async function stressed(page: Page, keys: string[]): Promise<void> {
  await page.waitForFunction(
    (expected) => {
      const sigma = window.__sigma;
      if (!sigma) return false;
      const drawn = sigma.getGraph().filterNodes((key) => sigma.getNodeDisplayData(key)?.highlighted === true);
      return JSON.stringify(drawn.sort()) === JSON.stringify([...expected].sort());
    },
    keys,
    { timeout: 5000 },
  );
}

test("a link pointed at or focused in a panel lights its node up only until a key closes the panel", async () => {
  const { page, problems } = await open(browser, "/app/?node=role/mediator&lang=id");
  await waitForRender(page);
  await detailHeading(page).filter({ hasText: "Mediator" }).waitFor();
  const link = page.locator(".relation-group a.node-link", { hasText: "Fase Konflik" });
  await link.focus();
  await stressed(page, ["concept/fase-konflik"]);
  await page.keyboard.press("Escape");
  await detailHeading(page).filter({ hasText: "Selamat datang" }).waitFor();
  // Closed with the link it was on: nothing is stressed any more, the graph is whole again.
  await stressed(page, []);

  await page.goto(page.url().replace("?", "?node=role/mediator&"));
  await detailHeading(page).filter({ hasText: "Mediator" }).waitFor();
  await link.hover();
  await stressed(page, ["concept/fase-konflik"]);
  await page.keyboard.press("Escape");
  await detailHeading(page).filter({ hasText: "Selamat datang" }).waitFor();
  await stressed(page, []);
  expect(problems).toEqual({ errors: [], dialogs: [] });
});

test("a node chosen by search shows though the pointer rests on another node of the canvas", async () => {
  const { page, problems } = await open(browser, "/app/?lang=id");
  await waitForRender(page);
  const advocate = await nodePosition(page, "role/advocate");
  await page.mouse.move(advocate.x, advocate.y);
  await waitForNodeDisplay(page, "role/advocate", "highlighted");
  await searchbox(page).focus();
  await page.keyboard.type("negosiasi");
  await page.keyboard.press("Enter");
  await detailHeading(page).filter({ hasText: "Negosiasi" }).waitFor();
  // The camera moves the hovered node from under the still pointer, which sends no "leave".
  await stressed(page, ["concept/negosiasi"]);
  await screenshot(page, "hover-cleared-by-search");
  expect(problems).toEqual({ errors: [], dialogs: [] });
});

/** Waits until the edges sigma draws strongly (unfaded and wider than plain) are exactly those of `relation`. */
async function litRelation(page: Page, relation: string | null): Promise<void> {
  await page.waitForFunction(
    (relation) => {
      const sigma = window.__sigma;
      if (!sigma) return false;
      const graph = sigma.getGraph();
      const lit = graph.filterEdges((edge) => (sigma.getEdgeDisplayData(edge)?.size ?? 0) > 2);
      const expected = relation === null ? [] : graph.filterEdges((_, attributes) => attributes.type === relation);
      return expected.length === lit.length && expected.every((edge) => lit.includes(edge));
    },
    relation,
    { timeout: 5000 },
  );
}

test("a legend entry pointed at, focused or pressed lights its edges or nodes up on the graph", async () => {
  const { page, problems } = await open(browser, "/app/?lang=id");
  await waitForRender(page);
  await page.getByText("Jenis relasi (", { exact: false }).click();
  const entry = page.getByRole("button", { name: "menggunakan taktik" });
  await entry.hover();
  await litRelation(page, "uses_tactic");
  await page.mouse.move(5, 790);
  await litRelation(page, null);
  // Pressed, it stays lit once the pointer has left, until pressed again.
  await entry.click();
  expect(await entry.getAttribute("aria-pressed")).toBe("true");
  await page.mouse.move(5, 790);
  await litRelation(page, "uses_tactic");
  await screenshot(page, "legend-pressed");
  await entry.click();
  await page.mouse.move(5, 790);
  await litRelation(page, null);
  // From the keyboard: a node type focused lights up its nodes.
  const roles = page.getByRole("button", { name: "Peran", exact: true });
  await page.getByRole("button", { name: "Penulis", exact: true }).focus();
  await page.keyboard.press("Tab");
  await expect.poll(() => roles.evaluate((element) => element === document.activeElement)).toBe(true);
  await stressed(page, []);
  await page.waitForFunction(() => {
    const sigma = window.__sigma;
    const graph = sigma?.getGraph();
    if (!sigma || !graph) return false;
    return graph.everyNode(
      (key, node) => (sigma.getNodeDisplayData(key)?.color === "#e3e6ea") !== (node.type === "role"),
    );
  });
  expect(problems).toEqual({ errors: [], dialogs: [] });
});

test("the open legend lists first the relations a node's edges are drawn in, in two columns", async () => {
  const { page, problems } = await open(browser, "/app/?node=role/mediator&lang=en");
  await waitForRender(page);
  await page.getByText("Relation types (", { exact: false }).click();
  const group = (name: string) => page.getByRole("list", { name: new RegExp(`^${name} \\(`) });
  expect(await group("In this view").getByRole("button").allTextContents()).toEqual([
    "active in phase",
    "contrasts with",
    "has role",
    "related to",
    "uses tactic",
  ]);
  expect(await group("Others").getByRole("button").count()).toBe(6);
  const columns = await group("Others").evaluate((list) => getComputedStyle(list).columnCount);
  expect(columns).toBe("2");
  await screenshot(page, "legend-in-view");
  // The whole graph has no highlighted edges: one list.
  await page.getByRole("button", { name: "Close panel" }).click();
  await expect.poll(() => page.locator(".legend-group").count()).toBe(0);
  expect(problems).toEqual({ errors: [], dialogs: [] });
});

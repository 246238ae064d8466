import type { Page } from "playwright-core";
import { expect, test } from "vitest";
import { cameraStill, detailHeading, offCanvas, open, screenshot, sharedBrowser, waitForRender } from "./browser";

const browser = sharedBrowser();

const zoomIn = async (page: Page, times: number) => {
  for (let i = 0; i < times; i++) {
    await page.getByRole("button", { name: "Perbesar" }).click();
    await cameraStill(page);
  }
};

test("a side panel opening or closing frames the node and its neighbours again in the canvas left", async () => {
  const { page, problems } = await open(browser, "/app/?node=role/mediator&lang=id");
  await waitForRender(page);
  await detailHeading(page).filter({ hasText: "Mediator" }).waitFor();
  const neighbourhood = await page.evaluate(() => {
    const graph = window.__sigma?.getGraph();
    return graph ? ["role/mediator", ...graph.neighbors("role/mediator")] : [];
  });
  await zoomIn(page, 3);
  expect((await offCanvas(page, neighbourhood)).length).toBeGreaterThan(0);
  await page.getByRole("button", { name: "Kerangka", exact: true }).click();
  await page.getByRole("tree", { name: "Topik" }).waitFor();
  expect(await offCanvas(page, neighbourhood)).toEqual([]);
  await screenshot(page, "camera-panel-opened");
  await zoomIn(page, 3);
  await page.getByRole("button", { name: "Tutup Kerangka" }).click();
  await page.locator(".tool-panel").waitFor({ state: "detached" });
  expect(await offCanvas(page, neighbourhood)).toEqual([]);
  await screenshot(page, "camera-panel-closed");
  expect(problems).toEqual({ errors: [], dialogs: [] });
});

test("with nothing chosen, a side panel opening frames the whole graph in the canvas left", async () => {
  const { page, problems } = await open(browser, "/app/?lang=id");
  await waitForRender(page);
  await zoomIn(page, 2);
  expect((await offCanvas(page)).length).toBeGreaterThan(0);
  await page.getByRole("button", { name: "Saring", exact: true }).click();
  await page.locator(".tool-panel h2").waitFor();
  expect(await offCanvas(page)).toEqual([]);
  await screenshot(page, "camera-whole-graph-panel");
  expect(problems).toEqual({ errors: [], dialogs: [] });
});

test("the window resizing keeps the reader's pan and zoom", async () => {
  const { page, problems } = await open(browser, "/app/?node=role/mediator&lang=id");
  await waitForRender(page);
  await detailHeading(page).filter({ hasText: "Mediator" }).waitFor();
  await zoomIn(page, 3);
  const camera = () => page.evaluate(() => window.__sigma?.getCamera().getState());
  const zoomed = await camera();
  await page.setViewportSize({ width: 1200, height: 760 });
  await cameraStill(page);
  expect(await camera()).toEqual(zoomed);
  expect(problems).toEqual({ errors: [], dialogs: [] });
});

test("a citation view frames what its claims join, and follows its filter", async () => {
  const { page, problems } = await open(browser, "/app/?cite=work/zastrow2008&lang=id");
  await waitForRender(page);
  await page.getByRole("status").filter({ hasText: "klaim" }).first().waitFor();
  const lit = () =>
    page.evaluate(() => {
      const sigma = window.__sigma;
      if (!sigma) throw new Error("sigma is not exposed");
      return sigma.getGraph().filterNodes((key) => {
        const display = sigma.getNodeDisplayData(key);
        return display?.hidden !== true && display?.color !== "#e3e6ea";
      });
    });
  const all = await lit();
  expect(all.length).toBeGreaterThan(2);
  // The camera follows once typing would have paused: polled, not read at once.
  await expect.poll(() => offCanvas(page, all)).toEqual([]);
  await zoomIn(page, 3);
  expect((await offCanvas(page, all)).length).toBeGreaterThan(0);
  // Narrowed to the claims on the mediator, the graph lights only theirs, and the camera frames them.
  await page.getByLabel("Saring klaim").fill("penengah");
  await expect.poll(async () => (await lit()).length).toBeLessThan(all.length);
  const narrowed = await lit();
  expect(narrowed).toContain("role/mediator");
  await expect.poll(() => offCanvas(page, narrowed)).toEqual([]);
  await screenshot(page, "camera-claims-filtered");
  expect(problems).toEqual({ errors: [], dialogs: [] });
});

test("what a view frames starts below the legend over the canvas, folded as it starts", async () => {
  // The whole graph, then a node with its neighbours.
  for (const [path, node] of [
    ["/app/?lang=id", null],
    ["/app/?node=concept/community-organization&lang=id", "concept/community-organization"],
  ] as const) {
    const { page, problems } = await open(browser, path);
    // Low and wide: the graph is framed by its height, right up to the top but for what is kept clear.
    await page.setViewportSize({ width: 1366, height: 460 });
    await page.reload();
    await waitForRender(page);
    await cameraStill(page);
    const { top, legend } = await page.evaluate((node) => {
      const sigma = window.__sigma;
      const box = document.querySelector(".legend")?.getBoundingClientRect();
      if (!sigma || !box) throw new Error("sigma or the legend is missing");
      const graph = sigma.getGraph();
      const framed = node
        ? [node, ...graph.neighbors(node)]
        : graph.filterNodes((key) => !sigma.getNodeDisplayData(key)?.hidden);
      const ys = framed.map((key) => sigma.graphToViewport(graph.getNodeAttributes(key) as { x: number; y: number }).y);
      return { top: Math.min(...ys), legend: box.bottom - sigma.getContainer().getBoundingClientRect().top };
    }, node);
    expect(top, path).toBeGreaterThan(legend);
    expect(problems).toEqual({ errors: [], dialogs: [] });
  }
});

test("a citation view of a bare bibliography entry whose filter leaves no claim is framed as the whole graph", async () => {
  // No note for the entry and no claim left: nothing of the view is on the graph.
  const { page, problems } = await open(browser, "/app/?cite=aribowo-makro&cq=qwxyzzy&lang=id");
  await waitForRender(page);
  await page.getByText("0 dari", { exact: false }).first().waitFor();
  await zoomIn(page, 3);
  expect((await offCanvas(page)).length).toBeGreaterThan(0);
  // The canvas narrows: the view is framed again, as it would be when opened.
  await page.getByRole("button", { name: "Kerangka", exact: true }).click();
  await page.getByRole("tree", { name: "Topik" }).waitFor();
  await expect.poll(() => offCanvas(page)).toEqual([]);
  expect(problems).toEqual({ errors: [], dialogs: [] });
});

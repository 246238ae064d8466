import type { Page } from "playwright-core";
import { expect, test } from "vitest";
import { drawnLabels, open, renders, screenshot, sharedBrowser, waitForNodeDisplay, waitForRender } from "./browser";

const browser = sharedBrowser();

/** Sets the camera's zoom once it is still (a framing may be under way), and waits for the frame drawn at it. */
async function zoomTo(page: Page, ratio: number) {
  await page.waitForFunction(() => window.__sigma?.getCamera().isAnimated() === false);
  const before = await renders(page);
  await page.evaluate((to) => {
    const sigma = window.__sigma;
    sigma?.getCamera().setState({ ratio: to });
    sigma?.refresh();
  }, ratio);
  await waitForRender(page, before);
}

test("labels, of nodes and of edges, never cover one another: crowded ones wait for room, the selected node's first", async () => {
  const { page, problems } = await open(browser, "/app/?node=concept/community-organization");
  await waitForNodeDisplay(page, "concept/community-development", "forceLabel");
  await page.waitForFunction(() => window.__sigma?.getCamera().isAnimated() === false);
  const framedRatio = await page.evaluate(() => window.__sigma?.getCamera().getState().ratio ?? 1);
  await zoomTo(page, framedRatio);
  const framed = await drawnLabels(page);
  expect(framed.overlapping).toEqual([]);
  expect(framed.keys).toContain("concept/community-organization");
  // The selection's edges are labelled with their relation, where the label has room.
  expect(framed.edges).toBeGreaterThan(0);

  // Zoomed far out, the neighbourhood's labels crowd onto one another: some wait, none is drawn over another.
  const forcedNodes = await page.evaluate(() => {
    const sigma = window.__sigma;
    return sigma?.getGraph().filterNodes((node) => sigma.getNodeDisplayData(node)?.forceLabel === true).length ?? 0;
  });
  await zoomTo(page, 4);
  const crowded = await drawnLabels(page);
  expect(crowded.overlapping).toEqual([]);
  expect(crowded.forced).toBeLessThan(forcedNodes);
  expect(crowded.keys).toContain("concept/community-organization");
  await screenshot(page, "labels-crowded");

  // Zoomed in again, the labels that waited are back.
  await zoomTo(page, framedRatio);
  expect((await drawnLabels(page)).keys).toEqual(framed.keys);
  expect(framed.keys.length).toBeGreaterThan(crowded.keys.length);
  expect(problems).toEqual({ errors: [], dialogs: [] });
});

// Community development's neighbours lie close around it: with labels kept right of their discs, one had no room.
test("a node's neighbours are labelled around their discs where the right of them is taken, never over another disc", async () => {
  const { page, problems } = await open(browser, "/app/?node=concept/community-development");
  await waitForNodeDisplay(page, "concept/community-organization", "forceLabel");
  await page.waitForFunction(() => window.__sigma?.getCamera().isAnimated() === false);
  await zoomTo(page, await page.evaluate(() => window.__sigma?.getCamera().getState().ratio ?? 1));
  const labels = await drawnLabels(page);
  const { neighbours, covered } = await page.evaluate((drawn) => {
    const sigma = window.__sigma;
    if (!sigma) throw new Error("sigma is not exposed");
    const graph = sigma.getGraph();
    const disc = (key: string) => {
      const data = sigma.getNodeDisplayData(key);
      const at = sigma.framedGraphToViewport({ x: data?.x ?? 0, y: data?.y ?? 0 });
      return { key, ...at, size: sigma.scaleSize(data?.size ?? 0) };
    };
    const discs = drawn.filter(({ tier }) => tier < 2).map(({ key }) => disc(key));
    const over = (box: (typeof drawn)[number]["boxes"][number], { x, y, size }: ReturnType<typeof disc>) =>
      Math.hypot(
        x - Math.max(box.left, Math.min(x, box.left + box.width)),
        y - Math.max(box.top, Math.min(y, box.top + box.height)),
      ) < size;
    return {
      neighbours: graph.neighbors("concept/community-development"),
      covered: drawn
        .filter(({ tier }) => tier === 0)
        .flatMap(({ key, boxes }) =>
          discs
            .filter((other) => other.key !== key && boxes.some((box) => over(box, other)))
            .map((other) => [key, other.key]),
        ),
    };
  }, labels.drawn);
  expect(neighbours.filter((key) => !labels.keys.includes(key))).toEqual([]);
  expect(covered).toEqual([]);
  expect(labels.overlapping).toEqual([]);
  await screenshot(page, "labels-around");
  expect(problems).toEqual({ errors: [], dialogs: [] });
});

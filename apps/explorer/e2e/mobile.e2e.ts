import type { Page } from "playwright-core";
import { expect, test } from "vitest";
import { WHOLE_GRAPH } from "../src/sigma/fitNodes";
import { detailHeading, nodePosition, open, screenshot, searchbox, sharedBrowser, waitForRender } from "./browser";

const browser = sharedBrowser({ phone: true });

/** Nothing may be wider than the phone: no sideways scrolling of the page. */
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** Whether an element, scrolled into view within its panel, lies fully inside the 390×844 screen. */
async function onScreen(page: Page, selector: string): Promise<boolean> {
  const element = page.locator(selector).first();
  await element.scrollIntoViewIfNeeded();
  const box = await element.boundingBox();
  return box !== null && box.x >= 0 && box.y >= 0 && box.x + box.width <= 390 && box.y + box.height <= 844;
}

test("on a 390×844 touch screen: search, tap a node, read the panel, compare", async () => {
  const { page, problems } = await open(browser, "/app/");
  await waitForRender(page);
  expect(await pageWidth(page)).toBeLessThanOrEqual(390);
  await searchbox(page).tap();
  await searchbox(page).fill("mediator");
  await page
    .getByRole("option", { name: /Mediator/ })
    .first()
    .tap();
  await detailHeading(page).filter({ hasText: "Mediator" }).waitFor();
  expect(await onScreen(page, ".detail-panel")).toBe(true);
  await screenshot(page, "mobile-node-panel");

  await page.getByRole("button", { name: "Tutup panel" }).tap();
  const advocate = await nodePosition(page, "role/advocate");
  await page.touchscreen.tap(advocate.x, advocate.y);
  await detailHeading(page).filter({ hasText: "Advokat" }).waitFor();
  await page.getByRole("button", { name: "Bandingkan…" }).tap();
  await searchbox(page).fill("mediator");
  await page
    .getByRole("option", { name: /Mediator/ })
    .first()
    .tap();
  await page.getByRole("button", { name: "Bandingkan dengan Advokat" }).tap();
  await detailHeading(page).filter({ hasText: "Perbandingan: Advokat vs Mediator" }).waitFor();
  expect(await pageWidth(page)).toBeLessThanOrEqual(390);
  expect(await onScreen(page, "table.aligned-table")).toBe(true);
  await screenshot(page, "mobile-comparison");
  await page.locator(".detail-panel").evaluate((panel) => panel.scrollTo(0, panel.scrollHeight));
  await screenshot(page, "mobile-comparison-scrolled");
  expect(problems).toEqual({ errors: [], dialogs: [] });
});

test("on a phone the three-model comparison and the outline stay readable", async () => {
  const { page, problems } = await open(
    browser,
    "/app/?compare=model/locality-development,model/social-planning,model/social-action",
  );
  await waitForRender(page);
  await detailHeading(page).waitFor();
  expect(await pageWidth(page)).toBeLessThanOrEqual(390);
  await screenshot(page, "mobile-three-models");
  await page.getByRole("button", { name: "Kerangka", exact: true }).tap();
  await page.getByRole("tree", { name: "Topik" }).waitFor();
  expect(await onScreen(page, ".tool-panel")).toBe(true);
  await screenshot(page, "mobile-outline");
  expect(problems).toEqual({ errors: [], dialogs: [] });
});

test("a comparison table stacks its rows on a phone, each value saying whose it is; the × covers no text", async () => {
  const { page, problems } = await open(
    browser,
    "/app/?compare=model/locality-development,model/social-planning,model/social-action",
  );
  await waitForRender(page);
  await detailHeading(page).waitFor();
  const table = page.locator("table.aligned-table", {
    has: page.locator("caption", { hasText: "Tiga model Rothman" }),
  });
  await table.scrollIntoViewIfNeeded();
  // No sideways scroll: the table is as wide as its panel, and each value is labelled with its column's node.
  const [width, room] = await table.evaluate((element) => [
    element.scrollWidth,
    element.parentElement?.clientWidth ?? 0,
  ]);
  expect(width).toBeLessThanOrEqual(room ?? 0);
  const labels = await table
    .locator("tbody tr")
    .first()
    .locator("td")
    .evaluateAll((cells) => cells.map((cell) => getComputedStyle(cell, "::before").content));
  expect(labels).toEqual(['"Pengembangan Masyarakat Lokal: "', '"Perencanaan Sosial: "', '"Aksi Sosial: "']);
  await screenshot(page, "mobile-table-stacked");
  // Scrolled text passes under the bar the × sits in, not under the × alone.
  await page.locator(".detail-panel").evaluate((panel) => {
    panel.scrollTop = 250;
  });
  const covered = await page.locator(".panel-bar").evaluate((bar) => {
    const { left, top, height } = bar.getBoundingClientRect();
    return document.elementFromPoint(left + 12, top + height / 2) === bar;
  });
  expect(covered).toBe(true);
  // A long comparison may take the whole screen, and give the graph its half back.
  const panel = page.locator(".detail-panel");
  const half = (await panel.boundingBox())?.height ?? 0;
  const grow = page.getByRole("button", { name: "Panel selayar penuh" });
  await grow.click();
  expect(await grow.getAttribute("aria-pressed")).toBe("true");
  await page.waitForFunction(
    (before) => (document.querySelector(".detail-panel")?.getBoundingClientRect().height ?? 0) > before * 1.5,
    half,
  );
  await screenshot(page, "mobile-sheet-full");
  await grow.click();
  await page.waitForFunction(
    (before) => Math.abs((document.querySelector(".detail-panel")?.getBoundingClientRect().height ?? 0) - before) < 2,
    half,
  );
  expect(problems).toEqual({ errors: [], dialogs: [] });
});

test("a tool panel behind the node's sheet is shown as not in view, and one tap brings it to the front", async () => {
  const { page, problems } = await open(browser, "/app/?node=role/advocate&panel=outline&lang=en");
  await waitForRender(page);
  await detailHeading(page).filter({ hasText: "Advocate" }).waitFor();
  const outline = page.getByRole("button", { name: "Outline", exact: true });
  expect(await outline.getAttribute("aria-pressed")).toBe("false");
  await outline.tap();
  await page.waitForFunction(() => document.querySelector(".explorer")?.getAttribute("data-sheet") === "tool");
  expect(new URL(page.url()).searchParams.get("panel")).toBe("outline");
  expect(await outline.getAttribute("aria-pressed")).toBe("true");
  await outline.tap();
  await page.waitForFunction(() => !new URL(location.href).searchParams.has("panel"));
  expect(problems).toEqual({ errors: [], dialogs: [] });
});

test("a phone opens on the welcome text as a sheet: a suggested comparison opens from it, and once closed it stays closed", async () => {
  const { page, problems } = await open(browser, "/app/?lang=id");
  await waitForRender(page);
  await detailHeading(page).filter({ hasText: "Selamat datang" }).waitFor();
  expect(await onScreen(page, ".welcome h2")).toBe(true);
  await screenshot(page, "mobile-welcome");
  await page.locator(".suggestions").getByRole("button").first().tap();
  await detailHeading(page)
    .filter({ hasText: /^Perbandingan: / })
    .waitFor();
  await page.getByRole("button", { name: "Tutup panel" }).tap();
  await page.waitForFunction(() => document.querySelector(".explorer")?.getAttribute("data-sheet") === "none");

  await page.reload();
  await waitForRender(page);
  await detailHeading(page).filter({ hasText: "Selamat datang" }).waitFor();
  await page.getByRole("button", { name: "Tutup panel" }).tap();
  await page.waitForFunction(() => document.querySelector(".explorer")?.getAttribute("data-sheet") === "none");
  const advocate = await nodePosition(page, "role/advocate");
  await page.touchscreen.tap(advocate.x, advocate.y);
  await detailHeading(page).filter({ hasText: "Advokat" }).waitFor();
  await page.getByRole("button", { name: "Tutup panel" }).tap();
  await page.waitForFunction(() => document.querySelector(".explorer")?.getAttribute("data-sheet") === "none");
  expect(problems).toEqual({ errors: [], dialogs: [] });
});

test("citations and node links in a note are tap targets at least 24 px tall, the phone held either way", async () => {
  const { page, problems } = await open(browser, "/app/?node=role/mediator&lang=id");
  await waitForRender(page);
  await detailHeading(page).filter({ hasText: "Mediator" }).waitFor();
  await page.getByText("Teks catatan").tap();
  const heights = () =>
    page
      .locator(".detail-panel")
      .locator("button.citation, .node-link")
      .evaluateAll((targets) => targets.map((target) => target.getBoundingClientRect().height));
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 844, height: 390 },
  ]) {
    await page.setViewportSize(viewport);
    const tall = await heights();
    expect(tall.length).toBeGreaterThan(5);
    expect(Math.min(...tall), `${viewport.width}×${viewport.height}`).toBeGreaterThanOrEqual(24);
  }
  await page.locator(".note-text p").scrollIntoViewIfNeeded();
  await screenshot(page, "mobile-landscape-citations");
  expect(problems).toEqual({ errors: [], dialogs: [] });
});

/**
 * Nodes the zoom buttons cover, and labels cut by the canvas' edge or run under the buttons, once the camera is
 * still: each node's disc and each drawn label as sigma draws them; of `only` these nodes when given. Framing
 * the whole graph, a label longer than the share of the canvas it gives one (a work's whole title) may be cut:
 * no zoom would show it on a phone.
 */
async function covered(page: Page, only?: string[]): Promise<{ underButtons: string[]; cutLabels: string[] }> {
  const share = only ? 1 : WHOLE_GRAPH.labelShare;
  await page.waitForFunction(() => window.__sigma !== undefined && !window.__sigma.getCamera().isAnimated());
  // The frame drawn at the camera's last state: sigma draws on the animation frame after a move.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page.evaluate(
    ([only, share]) => {
      const sigma = window.__sigma;
      if (!sigma) throw new Error("sigma is not exposed");
      const container = sigma.getContainer().getBoundingClientRect();
      const buttons = document.querySelector(".zoom-controls")?.getBoundingClientRect();
      const context = document.createElement("canvas").getContext("2d");
      if (!buttons || !context) throw new Error("no zoom buttons");
      context.font = `${sigma.getSetting("labelWeight")} ${sigma.getSetting("labelSize")}px ${sigma.getSetting("labelFont")}`;
      const labels = sigma.getNodeDisplayedLabels();
      const underButtons: string[] = [];
      const cutLabels: string[] = [];
      sigma.getGraph().forEachNode((key, attributes) => {
        const data = sigma.getNodeDisplayData(key);
        if (!data || data.hidden || (only && !only.includes(key))) return;
        const { x, y } = sigma.graphToViewport(attributes as { x: number; y: number });
        const radius = sigma.scaleSize(data.size);
        const [left, top] = [container.left + x, container.top + y];
        const nearX = Math.max(buttons.left, Math.min(left, buttons.right));
        const nearY = Math.max(buttons.top, Math.min(top, buttons.bottom));
        if (Math.hypot(left - nearX, top - nearY) < radius) underButtons.push(key);
        const label = data.label ? context.measureText(data.label).width : 0;
        if (labels.has(key) && label <= container.width * share && x + radius + 3 + label > container.width)
          cutLabels.push(key);
      });
      return { underButtons, cutLabels };
    },
    [only, share] as const,
  );
}

test("on a phone no node sits under the zoom buttons and no label is cut, first and after the fit button", async () => {
  const { page, problems } = await open(browser, "/app/?lang=id");
  await waitForRender(page);
  await detailHeading(page).filter({ hasText: "Selamat datang" }).waitFor();
  expect(await covered(page)).toEqual({ underButtons: [], cutLabels: [] });
  await screenshot(page, "mobile-first-fit");
  await page.getByRole("button", { name: "Perbesar" }).tap();
  await page.getByRole("button", { name: "Perbesar" }).tap();
  await page.getByRole("button", { name: "Tampilkan seluruh graf" }).tap();
  expect(await covered(page)).toEqual({ underButtons: [], cutLabels: [] });
  // A comparison framed on the graph over a sheet: its nodes and their labels clear of the buttons too.
  await page.locator(".suggestions").getByRole("button").first().tap();
  await detailHeading(page)
    .filter({ hasText: /^Perbandingan: / })
    .waitFor();
  const models = ["model/locality-development", "model/social-planning", "model/social-action"];
  expect(await covered(page, models)).toEqual({ underButtons: [], cutLabels: [] });
  await screenshot(page, "mobile-comparison-fit");
  expect(problems).toEqual({ errors: [], dialogs: [] });
});

test("on a phone a relation pressed in the legend folds its list away, says which is lit, and keeps focus on the legend", async () => {
  const { page, problems } = await open(browser, "/app/?lang=id");
  await waitForRender(page);
  await detailHeading(page).filter({ hasText: "Selamat datang" }).waitFor();
  await page.getByRole("button", { name: "Tutup panel" }).tap();
  await page.waitForFunction(() => document.querySelector(".explorer")?.getAttribute("data-sheet") === "none");
  const summary = page.locator(".legend summary");
  await summary.tap();
  await page.getByRole("button", { name: "menggunakan taktik" }).tap();
  await expect.poll(() => summary.textContent()).toBe("Jenis relasi (11) · menggunakan taktik");
  expect(await page.locator(".legend details").getAttribute("open")).toBeNull();
  expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true);
  await screenshot(page, "mobile-legend-pressed");
  expect(problems).toEqual({ errors: [], dialogs: [] });
});

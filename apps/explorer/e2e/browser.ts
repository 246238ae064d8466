import { mkdirSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium";

const SCREENSHOTS = new URL("../test-results/screenshots/", import.meta.url);

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Debian's Chromium with a fresh profile; phone options give a 390×844 touch screen. */
export async function launch(options: { phone?: boolean } = {}): Promise<Browser> {
  const profile = await mkdtemp(join(tmpdir(), "simpul-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    locale: "id-ID",
    viewport: options.phone ? { width: 390, height: 844 } : { width: 1366, height: 860 },
    deviceScaleFactor: 1,
    hasTouch: options.phone ?? false,
    isMobile: options.phone ?? false,
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The browser of a file's tests: launched before them and closed after
 * them (vitest's beforeAll and afterAll, registered here), so each file
 * says only which it needs.
 */
export function sharedBrowser(options: { phone?: boolean } = {}): Pick<Browser, "context"> {
  let launched: Browser | undefined;
  beforeAll(async () => {
    launched = await launch(options);
  });
  afterAll(() => launched?.close());
  return {
    get context() {
      if (!launched) throw new Error("the browser is launched before the tests run");
      return launched.context;
    },
  };
}

/** Everything a page did that a test should fail on: script errors, CSP violations, dialogs. */
export interface PageProblems {
  errors: string[];
  dialogs: string[];
}

/** Opens `path` (e.g. "/app/?node=…") and records problems as they happen. */
export async function open(
  browser: Pick<Browser, "context">,
  path: string,
): Promise<{ page: Page; problems: PageProblems }> {
  const page = await browser.context.newPage();
  const problems: PageProblems = { errors: [], dialogs: [] };
  page.on("pageerror", (error) => problems.errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") problems.errors.push(message.text());
  });
  page.on("dialog", (dialog) => {
    problems.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`${inject("baseUrl")}${path}`);
  return { page, problems };
}

/** Waits until sigma has drawn at least `after + 1` frames: a render, never a fixed sleep. */
export async function waitForRender(page: Page, after = 0): Promise<void> {
  await page.waitForFunction((count) => (window.__sigmaRenders ?? 0) > count, after);
}

/** The number of frames sigma has drawn so far. */
export const renders = (page: Page): Promise<number> => page.evaluate(() => window.__sigmaRenders ?? 0);

/**
 * Waits until the camera is still at the canvas' current size: a sheet that
 * just opened or closed resizes the graph, and sigma's viewport must have
 * followed it.
 */
export async function cameraSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const sigma = window.__sigma;
    if (!sigma || sigma.getCamera().isAnimated()) return false;
    const box = sigma.getContainer().getBoundingClientRect();
    const { width, height } = sigma.getDimensions();
    return width === Math.round(box.width) && height === Math.round(box.height);
  });
}

/** Where a node is drawn, in page pixels, for real clicks and taps on the canvas. */
export async function nodePosition(page: Page, key: string): Promise<{ x: number; y: number }> {
  // Where the node is once the camera is still: a tap while it moves (to a node just chosen, slow in software
  // rendering) lands where the node was.
  await cameraSettled(page);
  return page.evaluate((node) => {
    const sigma = window.__sigma;
    if (!sigma) throw new Error("sigma is not exposed; is this an e2e build?");
    const { x, y } = sigma.getGraph().getNodeAttributes(node);
    const point = sigma.graphToViewport({ x, y });
    const box = sigma.getContainer().getBoundingClientRect();
    return { x: box.left + point.x, y: box.top + point.y };
  }, key);
}

/** Saves a full-page screenshot under test-results/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: new URL(`${name}.png`, SCREENSHOTS).pathname });
}

/** The one search box, found the way assistive technology finds it. */
export const searchbox = (page: Page) => page.getByRole("combobox", { name: "Cari / Search" });

/** The heading of whatever the detail panel shows. */
export const detailHeading = (page: Page) => page.locator("#detail-heading");

/** Waits until sigma's display data for a node satisfies `check` (reducers run on the next frame). */
export async function waitForNodeDisplay(
  page: Page,
  key: string,
  check: "highlighted" | "hidden" | "faded" | "forceLabel" | "visible",
): Promise<void> {
  await page.waitForFunction(
    ([node, what]) => {
      const data = window.__sigma?.getNodeDisplayData(node);
      if (!data) return false;
      if (what === "faded") return data.color === "#e3e6ea";
      if (what === "visible") return !data.hidden;
      return data[what as "highlighted" | "hidden" | "forceLabel"] === true;
    },
    [key, check] as const,
  );
}

/**
 * Clicks the canvas once sigma's double-click window has closed: a second
 * click within `doubleClickTimeout` (300 ms) would be taken as a double click.
 */
export async function clickCanvas(page: Page, point: { x: number; y: number }): Promise<void> {
  await page.waitForFunction(() => window.__sigma?.getMouseCaptor().clicks === 0);
  await page.mouse.click(point.x, point.y);
}

/** Waits until the camera is still at the canvas' current size and the frame of that state is drawn. */
export async function cameraStill(page: Page): Promise<void> {
  await cameraSettled(page);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** Of the given nodes (every node shown, when none are given), those drawn outside the canvas. */
export async function offCanvas(page: Page, keys?: string[]): Promise<string[]> {
  await cameraStill(page);
  return page.evaluate((keys) => {
    const sigma = window.__sigma;
    if (!sigma) throw new Error("sigma is not exposed");
    const { width, height } = sigma.getDimensions();
    const graph = sigma.getGraph();
    const shown = keys ?? graph.filterNodes((key) => sigma.getNodeDisplayData(key)?.hidden !== true);
    return shown.filter((key) => {
      const { x, y } = sigma.graphToViewport(graph.getNodeAttributes(key) as { x: number; y: number });
      return x < 0 || x > width || y < 0 || y > height;
    });
  }, keys);
}

/** The labels sigma's last frame drew (end-to-end builds), and which pairs of them overlap. */
export async function drawnLabels(page: Page) {
  const labels = await page.evaluate(() =>
    (window.__drawnLabels?.() ?? []).map(({ key, boxes, tier }) => ({ key, boxes, tier })),
  );
  const overlap = (a: (typeof labels)[number]["boxes"][number], b: typeof a) =>
    a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
  const overlapping = labels.flatMap((a, i) =>
    labels
      .slice(i + 1)
      .filter((b) => a.boxes.some((box) => b.boxes.some((other) => overlap(box, other))))
      .map((b) => [a.key, b.key]),
  );
  const nodes = labels.filter(({ tier }) => tier < 2);
  return {
    drawn: labels,
    keys: nodes.map(({ key }) => key),
    forced: nodes.filter(({ tier }) => tier === 0).length,
    edges: labels.length - nodes.length,
    overlapping,
  };
}

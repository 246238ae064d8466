import type { Page } from "playwright-core";
import { expect, test } from "vitest";
import { seriousViolations } from "./axe";
import { detailHeading, open, screenshot, searchbox, sharedBrowser, waitForRender } from "./browser";

const browser = sharedBrowser();

/** Presses Tab until the focused element's text matches, as a keyboard user would; fails after `limit` presses. */
async function tabTo(page: Page, text: RegExp, limit = 25): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? "");
    if (text.test(focused)) return;
  }
  throw new Error(`no element matching ${text} within ${limit} Tab presses`);
}

test("keyboard only: search, open, pick for comparison, search again, compare", async () => {
  const { page, problems } = await open(browser, "/app/");
  await waitForRender(page);
  await page.keyboard.press("/");
  expect(await page.evaluate(() => document.activeElement?.getAttribute("type"))).toBe("search");
  await page.keyboard.type("advokat");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await detailHeading(page).filter({ hasText: "Advokat" }).waitFor();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("detail-heading");
  await tabTo(page, /^Bandingkan…$/);
  await page.keyboard.press("Enter");
  // Begun, a comparison waits for its next node: focus is in the search box, not on a button that would cancel it.
  await page.waitForFunction(() => document.activeElement?.id === "search-input");
  await page.keyboard.type("mediator");
  await page.keyboard.press("Enter");
  await detailHeading(page).filter({ hasText: "Mediator" }).waitFor();
  await tabTo(page, /^Bandingkan dengan Advokat$/);
  await page.keyboard.press("Enter");
  await detailHeading(page).filter({ hasText: "Perbandingan: Advokat vs Mediator" }).waitFor();
  expect(new URL(page.url()).searchParams.get("compare")).toBe("role/advocate,role/mediator");
  await screenshot(page, "keyboard-comparison");

  // A tool panel opened from the keyboard takes focus at its heading; the bibliography, fetched when first opened, too.
  for (const [tool, heading] of [
    ["Kerangka", "outline-heading"],
    ["Pustaka", "bibliography-heading"],
  ] as const) {
    await page.getByRole("button", { name: tool, exact: true }).focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction((id) => document.activeElement?.id === id, heading);
  }
  expect(problems).toEqual({ errors: [], dialogs: [] });
});

test("closing a tool panel, by Escape or its ×, gives focus back to the tool's button", async () => {
  const { page, problems } = await open(browser, "/app/?node=role/mediator");
  await waitForRender(page);
  for (const [tool, button, heading] of [
    ["Kerangka", "tool-outline", "outline-heading"],
    ["Pustaka", "tool-index", "bibliography-heading"],
    ["Saring", "tool-filters", "filters-heading"],
  ] as const) {
    await page.getByRole("button", { name: tool, exact: true }).focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction((id) => document.activeElement?.id === id, heading);
    await page.keyboard.press("Escape");
    await page.locator(".tool-panel").waitFor({ state: "detached" });
    await page.waitForFunction((id) => document.activeElement?.id === id, button);
    // The node panel the tool panel was in front of stays open: Escape closed only the tool panel.
    await detailHeading(page).filter({ hasText: "Mediator" }).waitFor();
    await page.keyboard.press("Enter");
    await page.waitForFunction((id) => document.activeElement?.id === id, heading);
    await page.getByRole("button", { name: `Tutup ${tool}` }).press("Enter");
    await page.locator(".tool-panel").waitFor({ state: "detached" });
    await page.waitForFunction((id) => document.activeElement?.id === id, button);
  }
  expect(problems).toEqual({ errors: [], dialogs: [] });
});

test("a tool panel a link opened gives focus to its button when closed; focus elsewhere stays", async () => {
  const { page, problems } = await open(browser, "/app/?panel=filters");
  await waitForRender(page);
  await page.locator(".filters").waitFor();
  await page.keyboard.press("Escape");
  await page.locator(".tool-panel").waitFor({ state: "detached" });
  await page.waitForFunction(() => document.activeElement?.id === "tool-filters");
  // In front but without the focus, the panel closes and the focus stays where the reader is, in the legend.
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.activeElement?.id === "filters-heading");
  const legend = page.locator(".legend summary");
  await legend.focus();
  await page.keyboard.press("Escape");
  await page.locator(".tool-panel").waitFor({ state: "detached" });
  await page.evaluate(() => new Promise(requestAnimationFrame));
  expect(await legend.evaluate((element) => element === document.activeElement)).toBe(true);
  expect(problems).toEqual({ errors: [], dialogs: [] });
});

test("axe finds no serious or critical violation in the main views", async () => {
  const views = [
    "/app/",
    "/app/?node=concept/community-development&panel=outline",
    "/app/?compare=model/locality-development,model/social-planning,model/social-action&panel=filters",
    "/app/?cite=author/jack-rothman&panel=index&lang=en",
    // A node the filters hide: its panel's notice and button.
    "/app/?node=role/mediator&hide=role&lang=en",
  ];
  for (const view of views) {
    const { page, problems } = await open(browser, view);
    await waitForRender(page);
    await detailHeading(page).waitFor();
    // The bibliography panel is fetched when opened: check the tool panel once it is there.
    if (view.includes("panel=")) await page.locator(".tool-panel h2").waitFor();
    expect({ view, violations: await seriousViolations(page) }).toEqual({ view, violations: [] });
    expect(problems).toEqual({ errors: [], dialogs: [] });
    await page.close();
  }
  const { page } = await open(browser, "/app/?q=rothman");
  await waitForRender(page);
  await searchbox(page).focus();
  await page.getByRole("listbox").waitFor();
  // A combobox says whether its list is shown, so a screen reader announces it.
  expect(await searchbox(page).getAttribute("aria-expanded")).toBe("true");
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press("Escape");
  await page.getByRole("listbox").waitFor({ state: "detached" });
  expect(await searchbox(page).getAttribute("aria-expanded")).toBe("false");
});

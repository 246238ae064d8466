import type { Page } from "playwright-core";
import { expect, inject, test } from "vitest";
import { seriousViolations } from "./axe";
import { detailHeading, open, screenshot, sharedBrowser, waitForRender } from "./browser";

const browser = sharedBrowser();

/** The place a link led to in the detail panel, as assistive technology is told it. */
const placeMarked = (page: Page) => page.locator('.detail-panel [aria-current="location"]');

/** Whether the marked place lies wholly in the panel's view, below its bar (the panel's scroll padding). */
const placeInView = (page: Page) =>
  page.evaluate(() => {
    const panel = document.querySelector(".detail-panel");
    const place = panel?.querySelector('[aria-current="location"]');
    if (!panel || !place) return false;
    const bar = Number.parseFloat(getComputedStyle(panel).scrollPaddingTop) || 0;
    const view = panel.getBoundingClientRect();
    const box = place.getBoundingClientRect();
    return box.top >= view.top + bar - 1 && box.bottom <= view.bottom + 1;
  });

const focusOnPlace = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute("aria-current") === "location");

const panelScroll = (page: Page) => page.locator(".detail-panel").evaluate((panel) => panel.scrollTop);

test("a claim's node opens its panel at the claim, scrolled to, marked and focused; Back returns to the claims", async () => {
  const { page, problems } = await open(browser, "/app/?cite=work/rothman1995&lang=id");
  await waitForRender(page);
  await detailHeading(page)
    .filter({ hasText: /^Klaim yang mengutip/ })
    .waitFor();
  // Social Action proposed by Jack Rothman: its relation is listed last but one in Social Action's long panel.
  const claim = page.locator(".claims li", { hasText: "diajukan oleh" }).filter({ hasText: "Aksi Sosial" });
  await claim.scrollIntoViewIfNeeded();
  const listPlace = await panelScroll(page);
  expect(listPlace).toBeGreaterThan(100);
  await claim.getByRole("link", { name: "Aksi Sosial" }).click();
  await detailHeading(page).filter({ hasText: "Aksi Sosial" }).waitFor();
  expect(new URL(page.url()).searchParams.get("at")).toBe("out.proposed_by.author/jack-rothman");

  // The entry of that claim, and only it, is marked: Jack Rothman under "diajukan oleh".
  await expect.poll(() => placeMarked(page).count()).toBe(1);
  expect(await placeMarked(page).getByRole("link").textContent()).toBe("Jack Rothman");
  expect(
    await placeMarked(page).evaluate((place) => place.closest(".relation-group")?.querySelector("h4")?.textContent),
  ).toMatch(/^diajukan oleh/);
  await expect.poll(() => placeInView(page)).toBe(true);
  expect(await panelScroll(page)).toBeGreaterThan(200);
  // It glows as it is landed on, stays marked while the address names it, and holds focus for a screen reader.
  expect(await placeMarked(page).evaluate((place) => place.classList.contains("landed"))).toBe(true);
  expect(await focusOnPlace(page)).toBe(true);
  await screenshot(page, "claim-place-landed");
  await page.waitForFunction(() => !document.querySelector(".landed"));
  expect(await placeMarked(page).evaluate((place) => getComputedStyle(place).backgroundColor)).not.toBe(
    "rgba(0, 0, 0, 0)",
  );

  await page.goBack();
  await detailHeading(page)
    .filter({ hasText: /^Klaim yang mengutip/ })
    .waitFor();
  expect(new URL(page.url()).search).toBe("?cite=work/rothman1995&lang=id");
  await page.waitForFunction(
    (expected) => Math.abs((document.querySelector(".detail-panel")?.scrollTop ?? 0) - expected) <= 2,
    listPlace,
  );

  // Forward returns where the reader left the node's panel, later than where the claim's link led.
  await page.goForward();
  await detailHeading(page).filter({ hasText: "Aksi Sosial" }).waitFor();
  await expect.poll(() => panelScroll(page)).toBeGreaterThan(200);
  const box = await page.locator(".detail-panel").boundingBox();
  await page.mouse.move((box?.x ?? 0) + 100, (box?.y ?? 0) + 300);
  await page.mouse.wheel(0, -5000);
  await expect.poll(() => panelScroll(page)).toBe(0);
  // Scrolling settles before its place is kept (SCROLL_SAVE_MS).
  await page.waitForTimeout(400);
  await page.goBack();
  await detailHeading(page)
    .filter({ hasText: /^Klaim yang mengutip/ })
    .waitFor();
  await page.goForward();
  await detailHeading(page).filter({ hasText: "Aksi Sosial" }).waitFor();
  await page.waitForTimeout(300);
  expect(await panelScroll(page)).toBe(0);
  expect(await placeMarked(page).count()).toBe(1);
  expect(problems).toEqual({ errors: [], dialogs: [] });
});

test("a shared link lands on its place, a table row too, at once where the reader asked for less motion", async () => {
  const { page, problems } = await open(browser, "/app/?lang=id");
  await waitForRender(page);
  await page.emulateMedia({ reducedMotion: "reduce" });
  const app = `${inject("baseUrl")}/app/`;
  // Community Organization has the role of advocate: far down its panel, under its table and other relations.
  await page.goto(`${app}?node=concept/community-organization&at=out.has_role.role/advocate&lang=id`);
  await detailHeading(page).filter({ hasText: "Pengorganisasian Masyarakat" }).waitFor();
  await page.waitForFunction(() => document.activeElement?.getAttribute("aria-current") === "location");
  // No smooth scroll to wait for, and no glow: the place is in view once focus is on it, and marked still.
  expect(await placeInView(page)).toBe(true);
  expect(await panelScroll(page)).toBeGreaterThan(200);
  expect(await placeMarked(page).getByRole("link").textContent()).toBe("Advokat");
  expect(await placeMarked(page).evaluate((place) => place.classList.contains("landed"))).toBe(false);

  await page.emulateMedia({ reducedMotion: "no-preference" });
  await page.goto(
    `${app}?node=model/social-action&at=row.3.concept/community-organization%23tiga-model-rothman&lang=id`,
  );
  await detailHeading(page).filter({ hasText: "Aksi Sosial" }).waitFor();
  await page.waitForFunction(() => document.activeElement?.getAttribute("aria-current") === "location");
  expect(await placeMarked(page).locator("dt").textContent()).toBe("Peran praktisi");
  await expect.poll(() => placeInView(page)).toBe(true);
  await screenshot(page, "claim-place-row");
  // The mark keeps its text readable, and the marked row is still a row of its list of terms.
  await page.waitForFunction(() => !document.querySelector(".landed"));
  expect(await seriousViolations(page)).toEqual([]);

  // A place the panel does not show (a hand-edited or stale link) opens it at its top.
  await page.goto(`${app}?node=model/social-action&at=out.has_role.role/nobody&lang=id`);
  await detailHeading(page).filter({ hasText: "Aksi Sosial" }).waitFor();
  await page.waitForTimeout(300);
  expect(await placeMarked(page).count()).toBe(0);
  expect(await panelScroll(page)).toBe(0);
  await page.goto(`${app}?node=model/social-action&at=nowhere&lang=id`);
  await detailHeading(page).filter({ hasText: "Aksi Sosial" }).waitFor();
  expect(new URL(page.url()).search).toBe("?node=model/social-action&lang=id");
  expect(problems).toEqual({ errors: [], dialogs: [] });
});

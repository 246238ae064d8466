import type { Locator, Page } from "playwright-core";
import { expect, test } from "vitest";
import { seriousViolations } from "./axe";
import { open, screenshot, sharedBrowser, waitForRender } from "./browser";
import { LARGE_BIBLIOGRAPHY } from "./graphVariants";

const browser = sharedBrowser();

/** The generated works and the fixture's five. */
const ENTRIES = LARGE_BIBLIOGRAPHY.length + 5;
/** `aria-rowindex` of the last entry: the header is row 1. */
const LAST_ROW = ENTRIES + 1;
/** Far fewer than the entries: what a panel of rows in view and a few around them holds. */
const FEW_ROWS = 100;

const rows = (page: Page) => page.locator(".bibliography tbody tr:not(.spacer)");
const shown = (page: Page) => page.locator(".bibliography p[role=status]");
const claimCounts = async (page: Page) => (await rows(page).locator("td.number").allTextContents()).map(Number);

/** Whether an element lies wholly inside the scrolled tool panel's visible part. */
const inPanelView = (locator: Locator) =>
  locator.evaluate((element) => {
    const panel = element.closest(".tool-panel")?.getBoundingClientRect();
    const box = element.getBoundingClientRect();
    return panel !== undefined && box.top >= panel.top && box.bottom <= panel.bottom;
  });

/**
 * Scrolls the tool panel to its end, again and again as the rows drawn there
 * are measured and the table grows or shrinks, until it is at the end and the last row is drawn.
 */
async function scrollToEnd(page: Page): Promise<Locator> {
  await page.waitForFunction((last) => {
    const panel = document.querySelector(".tool-panel");
    if (!panel) return false;
    const atEnd = panel.scrollTop + panel.clientHeight >= panel.scrollHeight - 1;
    panel.scrollTop = panel.scrollHeight;
    return atEnd && document.querySelector(`.bibliography tr[aria-rowindex="${last}"]`) !== null;
  }, LAST_ROW);
  return page.locator(`.bibliography tr[aria-rowindex="${LAST_ROW}"]`);
}

/** The header cells' widths, and whether the table fits the panel: no sideways scroll to reach the claim counts. */
const columns = (page: Page) =>
  page.locator(".bibliography .table-scroll").evaluate((box) => ({
    widths: [...box.querySelectorAll("thead th")].map((cell) => Math.round(cell.getBoundingClientRect().width)),
    fits: box.scrollWidth <= box.clientWidth,
  }));

const isDescending = (numbers: number[]) => numbers.every((n, i) => i === 0 || (numbers[i - 1] ?? n) >= n);

test("a bibliography of thousands draws only the rows in view, scrolls to its last entry and sorts", async () => {
  const { page, problems } = await open(browser, "/large-bibliography/?panel=index");
  await waitForRender(page);
  await rows(page).first().waitFor();
  expect(await shown(page).textContent()).toBe("3.005 dari 3.005 entri");
  expect(await page.locator(".bibliography table").getAttribute("aria-rowcount")).toBe(String(LAST_ROW));
  expect(await page.locator(".bibliography tr").count()).toBeLessThan(FEW_ROWS);
  expect(await rows(page).first().locator("td").first().textContent()).toMatch(/^Ábalos/);
  await screenshot(page, "bibliography-large");
  const atTop = await columns(page);
  expect(atTop.fits).toBe(true);

  // By author, Zúñiga's work is last, after every fixture author.
  const last = await scrollToEnd(page);
  // Other rows are drawn now; the columns keep their widths.
  expect(await columns(page)).toEqual(atTop);
  expect(await last.locator("td").nth(2).textContent()).toBe("Catatan penutup tentang pekerjaan sosial");
  expect(await inPanelView(last)).toBe(true);
  expect(await page.locator(".bibliography tr").count()).toBeLessThan(FEW_ROWS);
  await screenshot(page, "bibliography-large-end");

  // Another panel opens at its top, not where the bibliography was; Back, even after a reload, returns to that place.
  const place = await page.locator(".tool-panel").evaluate((panel) => panel.scrollTop);
  await page.getByRole("button", { name: "Saring", exact: true }).click();
  await page.locator(".filters").waitFor();
  expect(await page.locator(".tool-panel").evaluate((panel) => panel.scrollTop)).toBe(0);
  await page.reload();
  await waitForRender(page);
  await page.goBack();
  await page.waitForFunction(
    (expected) => Math.abs((document.querySelector(".tool-panel")?.scrollTop ?? 0) - expected) <= 2,
    place,
  );
  await scrollToEnd(page);

  // Most claims first: the rows drawn at the top, then at the end, are in order.
  await page.locator(".tool-panel").evaluate((panel) => panel.scrollTo(0, 0));
  await page.getByRole("button", { name: /^Klaim/ }).click();
  expect(await page.locator(".bibliography th[aria-sort=descending]").textContent()).toContain("Klaim");
  await page.locator('.bibliography tr[aria-rowindex="2"]').waitFor();
  const top = await claimCounts(page);
  expect(top[0]).toBe(15);
  expect(isDescending(top)).toBe(true);
  await scrollToEnd(page);
  const end = await claimCounts(page);
  expect(end.at(-1)).toBe(0);
  expect(isDescending(end)).toBe(true);
  expect(await page.locator(".bibliography tr").count()).toBeLessThan(FEW_ROWS);
  expect(await seriousViolations(page)).toEqual([]);
  expect(problems).toEqual({ errors: [], dialogs: [] });
});

test("the filter narrows the bibliography by author, year, title or key, ignoring case and accents", async () => {
  const { page, problems } = await open(browser, "/large-bibliography/?panel=index");
  await waitForRender(page);
  const filter = page.getByRole("searchbox", { name: "Saring pustaka" });
  // Wider than the other tools' 320 px on a 1366 px screen: four columns, long titles.
  await filter.waitFor();
  expect(await page.locator(".tool-panel").evaluate((panel) => panel.getBoundingClientRect().width)).toBeGreaterThan(
    400,
  );
  const expected = LARGE_BIBLIOGRAPHY.filter(
    (work) => work.authors.some((author) => author.startsWith("Pérez,")) && work.year === "1987",
  );
  expect(expected.length).toBeGreaterThan(1);
  await filter.fill("PEREZ 1987");
  await shown(page)
    .filter({ hasText: `${expected.length} dari 3.005 entri` })
    .waitFor();
  expect((await rows(page).locator("td:nth-child(3)").allTextContents()).sort()).toEqual(
    expected.map((work) => work.title).sort(),
  );
  expect(await rows(page).locator("td:nth-child(2)").allTextContents()).toEqual(expected.map(() => "1987"));

  await filter.fill("zuniga");
  await shown(page).filter({ hasText: "1 dari 3.005 entri" }).waitFor();
  expect(await rows(page).locator("td").first().textContent()).toBe("Zúñiga");
  // The filter is in the URL: a reload, or a shared link, shows the same entries.
  expect(new URL(page.url()).searchParams.get("bib")).toBe("zuniga");
  await page.reload();
  await shown(page).filter({ hasText: "1 dari 3.005 entri" }).waitFor();
  expect(await filter.inputValue()).toBe("zuniga");
  await filter.fill("introduction social");
  await shown(page).filter({ hasText: "1 dari 3.005 entri" }).waitFor();
  expect(await rows(page).locator("td").first().textContent()).toBe("Zastrow");
  await filter.fill("rothman-tropman");
  await shown(page).filter({ hasText: "1 dari 3.005 entri" }).waitFor();
  // Misspelt, and matching nothing as typed: the entries spelt much like it, said to be such.
  await filter.fill("zastow introduction");
  await shown(page).filter({ hasText: "Tidak ada yang persis “zastow introduction”; 1 dari 3.005 entri" }).waitFor();
  expect(await rows(page).locator("td").first().textContent()).toBe("Zastrow");
  await filter.fill("no such work");
  await shown(page).filter({ hasText: "0 dari 3.005 entri" }).waitFor();
  expect(await rows(page).count()).toBe(0);
  // Escape in the filter is the filter's: it clears the text and leaves the panel open.
  await filter.press("Escape");
  await shown(page).filter({ hasText: "3.005 entri" }).waitFor();
  expect(await filter.isVisible()).toBe(true);

  await filter.fill("pérez");
  await page.getByRole("radio", { name: "English" }).check();
  const perez = LARGE_BIBLIOGRAPHY.filter((work) => work.authors.some((author) => author.startsWith("Pérez,")));
  await shown(page)
    .filter({ hasText: `${perez.length} of 3,005 entries` })
    .waitFor();
  expect(await page.getByRole("searchbox", { name: "Filter the bibliography" }).inputValue()).toBe("pérez");
  await screenshot(page, "bibliography-large-filtered-en");
  expect(problems).toEqual({ errors: [], dialogs: [] });
});

test("Tab walks the titles of a long bibliography, scrolling each into view and keeping it when scrolled away", async () => {
  const { page, problems } = await open(browser, "/large-bibliography/?panel=index&lang=en");
  await waitForRender(page);
  await rows(page).first().getByRole("button").focus();
  const presses = 40;
  for (let press = 0; press < presses; press++) await page.keyboard.press("Tab");
  const focused = page.locator(".bibliography button:focus");
  expect(await focused.locator("xpath=ancestor::tr").getAttribute("aria-rowindex")).toBe(String(2 + presses));
  expect(await inPanelView(focused)).toBe(true);
  expect(await page.locator(".bibliography tr").count()).toBeLessThan(FEW_ROWS);
  await screenshot(page, "bibliography-large-keyboard-en");

  // Scrolled far away, the focused row stays drawn, so focus is not lost to the page.
  await scrollToEnd(page);
  expect(await page.evaluate(() => document.activeElement?.closest("tr")?.getAttribute("aria-rowindex"))).toBe(
    String(2 + presses),
  );
  await page.keyboard.press("Shift+Tab");
  expect(await page.evaluate(() => document.activeElement?.closest("tr")?.getAttribute("aria-rowindex"))).toBe(
    String(1 + presses),
  );
  expect(await inPanelView(focused)).toBe(true);
  expect(problems).toEqual({ errors: [], dialogs: [] });
});

test("an entry cited second-hand says so where its title would be, in both languages", async () => {
  const { page, problems } = await open(browser, "/untitled/?panel=index&lang=id");
  await waitForRender(page);
  const title = (author: string) =>
    page.locator(".bibliography tbody tr", { hasText: author }).locator("td").nth(2).textContent();
  await page.locator(".bibliography tbody tr").first().waitFor();
  expect(await title("Suharto")).toBe("dikutip tidak langsung; judul tidak tercatat di sumber");
  // A publisher but no title: no reason to think it cited second-hand.
  expect(await title("Zastrow")).toBe("Judul tidak tercantum");
  await screenshot(page, "bibliography-second-hand-id");
  await page.getByRole("radio", { name: "English" }).check();
  await page.locator(".bibliography h2", { hasText: "Bibliography" }).waitFor();
  expect(await title("Suharto")).toBe("cited second-hand; the source gives no title");
  expect(await title("Zastrow")).toBe("Title not given");
  // The claims citing it head their list with the whole entry, which says it too.
  await page.locator(".bibliography tbody tr", { hasText: "Suharto" }).getByRole("button").click();
  await page.locator(".citation-panel .reference").first().waitFor();
  expect(await page.locator(".citation-panel .reference").first().textContent()).toBe(
    "Edi Suharto (1997). Cited second-hand; the source gives no title.",
  );
  await screenshot(page, "bibliography-second-hand-cite-en");
  expect(problems).toEqual({ errors: [], dialogs: [] });
});

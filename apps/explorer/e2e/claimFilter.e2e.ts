import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { expect, test } from "vitest";
import { seriousViolations } from "./axe";
import { detailHeading, open, screenshot, searchbox, sharedBrowser, waitForRender } from "./browser";

const browser = sharedBrowser();
const phone = sharedBrowser({ phone: true });

const panel = (page: Page) => page.locator(".citation-panel");
const rows = (page: Page) => panel(page).locator(".claims li");
const shown = (page: Page) => panel(page).locator(".claim-filter [role=status]");
/** What each listed claim says, its `file:line` left out. */
const claims = (page: Page) =>
  rows(page).evaluateAll((items) =>
    items.map((item) =>
      [...item.childNodes]
        .filter((node) => !(node instanceof Element && node.classList.contains("provenance")))
        .map((node) => node.textContent)
        .join("")
        .replace(/\s+/g, " ")
        .trim(),
    ),
  );

test("the claims citing Rothman 1995 narrow by words, page and relation, export as shown, and stay on Back", async () => {
  const { page, problems } = await open(browser, "/app/?lang=id");
  await waitForRender(page);
  await searchbox(page).fill("rothman 1995");
  await page.getByRole("option", { name: "Klaim yang mengutip Approaches to Community Intervention: 15" }).click();
  await detailHeading(page).filter({ hasText: "Klaim yang mengutip Approaches to Community Intervention" }).waitFor();
  const filter = page.getByRole("searchbox", { name: "Saring klaim" });
  await shown(page).filter({ hasText: "15 dari 15 klaim" }).waitFor();
  expect(await rows(page).count()).toBe(15);

  // Either language's names, any case, any accent; every word must be there.
  await filter.fill("ADVOKÁT");
  await shown(page).filter({ hasText: "2 dari 15 klaim" }).waitFor();
  expect(await claims(page)).toEqual([
    "Aksi Sosial memiliki peran Advokat hlm. 44",
    "Aksi Sosial Tiga model Rothman · Peran praktisi: Advokat, negosiator hlm. 44",
  ]);
  expect(await panel(page).locator(".cited-work h3").textContent()).toBe("Rothman 1995 (2 dari 15 klaim)");
  await filter.fill("social action");
  await shown(page).filter({ hasText: "9 dari 15 klaim" }).waitFor();
  expect(await rows(page).count()).toBe(9);

  // The pages cited, counted with the words applied; a page and a relation narrow further.
  const pages = page.getByRole("combobox", { name: "Halaman" });
  expect(await pages.locator("option").allTextContents()).toEqual([
    "Semua halaman",
    "hlm. 27 (2)",
    "hlm. 30 (1)",
    "hlm. 31 (1)",
    "hlm. 32 (1)",
    "hlm. 33 (1)",
    "hlm. 44 (3)",
  ]);
  await pages.selectOption("44");
  await shown(page).filter({ hasText: "3 dari 15 klaim" }).waitFor();
  await page.getByRole("combobox", { name: "Relasi atau tabel" }).selectOption({ label: "memiliki peran (2)" });
  await shown(page).filter({ hasText: "2 dari 15 klaim" }).waitFor();
  expect(await claims(page)).toEqual([
    "Aksi Sosial memiliki peran Advokat hlm. 44",
    "Aksi Sosial memiliki peran Negosiator hlm. 44",
  ]);
  const params = new URL(page.url()).searchParams;
  expect([params.get("cq"), params.get("page"), params.get("kind")]).toEqual(["social action", "44", "has_role"]);
  await screenshot(page, "claim-filter-id");

  // The CSV holds the claims shown, and its name says it is filtered.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Unduh CSV (hasil saringan)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("simpul-claims-work-rothman1995-filtered-id.csv");
  const csv = await readFile((await download.path()) ?? "", "utf8");
  expect(csv.startsWith("\uFEFFwork,page,node,relation,target")).toBe(true);
  expect(csv.trimEnd().split("\r\n").slice(1)).toEqual([
    expect.stringMatching(/^rothman1995,44,Aksi Sosial,memiliki peran,Advokat,,,,models\/social-action\.md:\d+$/),
    expect.stringMatching(/^rothman1995,44,Aksi Sosial,memiliki peran,Negosiator,,,,models\/social-action\.md:\d+$/),
  ]);

  // A claim's node, and the way back: the same claims, filtered as they were.
  await rows(page).first().getByRole("link", { name: "Advokat" }).click();
  await detailHeading(page).filter({ hasText: "Advokat" }).waitFor();
  await page
    .getByRole("button", { name: "Kembali ke klaim yang mengutip Approaches to Community Intervention" })
    .click();
  await shown(page).filter({ hasText: "2 dari 15 klaim" }).waitFor();
  expect(await filter.inputValue()).toBe("social action");
  expect(await pages.inputValue()).toBe("44");
  expect(await claims(page)).toHaveLength(2);

  // Nothing left: said, nothing to export, and a way out that puts the reader back in the field.
  await filter.fill("xyzzy");
  await shown(page).filter({ hasText: "0 dari 15 klaim" }).waitFor();
  expect(await rows(page).count()).toBe(0);
  expect(await panel(page).getByText("Tidak ada klaim yang cocok dengan saringan.").isVisible()).toBe(true);
  expect(await page.getByRole("button", { name: "Unduh CSV (hasil saringan)" }).isDisabled()).toBe(true);
  await page.getByRole("button", { name: "Hapus saringan" }).click();
  await shown(page).filter({ hasText: "15 dari 15 klaim" }).waitFor();
  expect(await page.evaluate(() => document.activeElement?.getAttribute("type"))).toBe("search");
  expect(await filter.inputValue()).toBe("");
  expect(await pages.inputValue()).toBe("");
  expect(await seriousViolations(page)).toEqual([]);

  // In English the labels and the count follow; the words still find the Indonesian names.
  await page.getByRole("radio", { name: "English" }).check();
  await page.getByRole("searchbox", { name: "Filter the claims" }).fill("pemungkin");
  await shown(page).filter({ hasText: "0 of 15 claims" }).waitFor();
  await page.getByRole("searchbox", { name: "Filter the claims" }).fill("tiga model");
  await shown(page).filter({ hasText: "6 of 15 claims" }).waitFor();
  expect(await page.getByRole("button", { name: "Download CSV (filtered list)" }).isEnabled()).toBe(true);
  await screenshot(page, "claim-filter-en");
  // Escape in the field is the field's: it clears the words and leaves the claims open.
  await page.getByRole("searchbox", { name: "Filter the claims" }).press("Escape");
  await shown(page).filter({ hasText: "15 of 15 claims" }).waitFor();
  expect(await detailHeading(page).textContent()).toBe("Claims citing Approaches to Community Intervention");
  expect(problems).toEqual({ errors: [], dialogs: [] });
});

test("on a phone the filter fits the sheet, and a link with a filter opens filtered", async () => {
  const { page, problems } = await open(phone, "/app/?cite=author/jack-rothman&cq=pemungkin&lang=en");
  await detailHeading(page).filter({ hasText: "Claims citing Jack Rothman" }).waitFor();
  // Rothman & Tropman 1987 holds the two claims left (a table cell once its note's details are in); Rothman 1995,
  // holding none, is left out.
  await shown(page).filter({ hasText: "2 of 18 claims" }).waitFor();
  expect(await panel(page).locator(".cited-work h3").allTextContents()).toEqual([
    "Rothman & Tropman 1987 (2 of 3 claims)",
  ]);
  expect(await claims(page)).toEqual([
    "Locality Development has role Enabler p. 11",
    "Locality Development Tiga model Rothman · Peran praktisi: Pemungkin, koordinator p. 11",
  ]);
  const overflow = await panel(page).evaluate((article) => article.scrollWidth - article.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await screenshot(page, "claim-filter-phone-en");
  expect(problems).toEqual({ errors: [], dialogs: [] });
});

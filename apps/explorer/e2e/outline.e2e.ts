import { readFile } from "node:fs/promises";
import { expect, test } from "vitest";
import { detailHeading, open, screenshot, sharedBrowser, waitForRender } from "./browser";

const browser = sharedBrowser();

test("the outline is a keyboard tree and downloads as Markdown and CSV", async () => {
  const { page, problems } = await open(browser, "/app/?panel=outline");
  await waitForRender(page);
  const topics = page.getByRole("tree", { name: "Topik" });
  await topics.getByRole("treeitem").first().focus();
  expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^▾Praktik Pekerjaan Sosial/);
  await page.keyboard.press("ArrowDown");
  expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-level"))).toBe("2");
  await page.keyboard.press("ArrowRight");
  expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-expanded"))).toBe("true");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowDown");
  expect(await page.evaluate(() => document.activeElement?.firstElementChild?.textContent)).toBe(
    "▸Pengorganisasian Masyarakat",
  );
  await page.keyboard.press("Enter");
  await detailHeading(page).filter({ hasText: "Pengorganisasian Masyarakat" }).waitFor();
  await page.keyboard.press("ArrowLeft");
  expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^▾Intervensi Makro/);
  await screenshot(page, "outline");
  // Every level at once, by its button, and closed again; `*` opens the focused item's siblings.
  const items = () => topics.getByRole("treeitem").count();
  const some = await items();
  await page.getByRole("button", { name: "Buka semua tingkat Topik" }).click();
  const all = await items();
  expect(all).toBeGreaterThan(some);
  expect(await topics.locator('[aria-expanded="false"]').count()).toBe(0);
  await page.getByRole("button", { name: "Tutup semua tingkat Topik" }).click();
  expect(await items()).toBeLessThan(some);
  await topics.getByRole("treeitem").first().focus();
  await page.keyboard.press("*");
  expect(await topics.getByRole("treeitem").first().getAttribute("aria-expanded")).toBe("true");

  const [markdown] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Unduh Markdown" }).click(),
  ]);
  const text = await readFile((await markdown.path()) ?? "", "utf8");
  expect(text).toContain(
    "# Topik\n\n- Praktik Pekerjaan Sosial (Social Work Practice) — `concept/praktik-pekerjaan-sosial`\n  - Intervensi Makro",
  );
  expect(text).toContain(
    "    - Pengorganisasian Masyarakat (Community Organization) — `concept/community-organization`\n      - Aksi Sosial",
  );
  const [csv] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Unduh CSV" }).click(),
  ]);
  const rows = (await readFile((await csv.path()) ?? "", "utf8")).split("\r\n");
  // With its byte order mark, so that Excel reads it as UTF-8.
  expect(rows[0]).toBe("\uFEFFkey,type,label,label_en,broader,summary");
  expect(rows).toContainEqual(
    expect.stringMatching(/^model\/social-action,model,Aksi Sosial,Social Action,concept\/community-organization,/),
  );
  expect(problems).toEqual({ errors: [], dialogs: [] });
});

import { readFile } from "node:fs/promises";
import { expect, test } from "vitest";
import {
  detailHeading,
  open,
  screenshot,
  searchbox,
  sharedBrowser,
  waitForNodeDisplay,
  waitForRender,
} from "./browser";

const browser = sharedBrowser();

test("a deep link survives a reload, and back/forward restore each view", async () => {
  const { page, problems } = await open(browser, "/app/?node=concept/community-development&lang=en");
  await waitForRender(page);
  await detailHeading(page).filter({ hasText: "Community Development" }).waitFor();
  expect(await page.locator(".other-label").first().textContent()).toBe("Pengembangan Masyarakat");
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
  await page.reload();
  await waitForRender(page);
  await detailHeading(page).filter({ hasText: "Community Development" }).waitFor();
  expect(await page.title()).toBe("Community Development — simpul");

  const empowerment = page
    .locator(".relation-group", { hasText: "includes" })
    .getByRole("link", { name: "Empowerment" });
  // A real link: it opens in a new tab, or copies, as the address of the node.
  expect(await empowerment.getAttribute("href")).toBe("?node=concept/pemberdayaan&lang=en");
  const before = page.url();
  const [tab] = await Promise.all([page.context().waitForEvent("page"), empowerment.click({ modifiers: ["Control"] })]);
  await tab.waitForURL(/node=concept\/pemberdayaan/);
  await tab.close();
  expect(page.url()).toBe(before);
  await empowerment.click();
  await detailHeading(page).filter({ hasText: "Empowerment" }).waitFor();
  expect(new URL(page.url()).search).toBe("?node=concept/pemberdayaan&lang=en");
  await page.getByRole("radio", { name: "Bahasa Indonesia" }).check();
  await detailHeading(page).filter({ hasText: "Pemberdayaan" }).waitFor();

  await page.goBack();
  await detailHeading(page).filter({ hasText: "Empowerment" }).waitFor();
  await page.goBack();
  await detailHeading(page).filter({ hasText: "Community Development" }).waitFor();
  await waitForNodeDisplay(page, "concept/community-development", "highlighted");
  await page.goForward();
  await detailHeading(page).filter({ hasText: "Empowerment" }).waitFor();
  await screenshot(page, "deep-link-back-forward");

  const cite = await open(browser, "/app/?cite=work/rothman1995&q=rothman");
  await waitForRender(cite.page);
  await detailHeading(cite.page)
    .filter({ hasText: "Klaim yang mengutip Approaches to Community Intervention" })
    .waitFor();
  expect(await searchbox(cite.page).inputValue()).toBe("rothman");
  expect(problems).toEqual({ errors: [], dialogs: [] });
  expect(cite.problems).toEqual({ errors: [], dialogs: [] });
});

test("filters hide types, relations and hubs; focus keeps a neighbourhood; the bibliography sorts", async () => {
  const { page, problems } = await open(browser, "/app/?panel=filters&node=role/mediator");
  await waitForRender(page);
  await page.getByRole("checkbox", { name: /Karya/ }).uncheck();
  await waitForNodeDisplay(page, "work/rothman1995", "hidden");
  expect(new URL(page.url()).searchParams.get("hide")).toBe("work");
  // The whole graph in view, as after the reader zoomed out: focusing on a neighbourhood frames it.
  await page.evaluate(() => window.__sigma?.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }));
  await page.locator(".filters").getByRole("radio", { name: "1 langkah" }).check();
  await waitForNodeDisplay(page, "concept/intervensi-makro", "hidden");
  await waitForNodeDisplay(page, "role/advocate", "visible");
  await page.waitForFunction(() => {
    const camera = window.__sigma?.getCamera();
    return camera !== undefined && !camera.isAnimated() && camera.getState().ratio < 0.9;
  });
  const outOfView = await page.evaluate(() => {
    const sigma = window.__sigma;
    if (!sigma) throw new Error("sigma is not exposed");
    const { width, height } = sigma.getDimensions();
    return sigma.getGraph().filterNodes((key) => {
      const shown = sigma.getNodeDisplayData(key);
      if (!shown || shown.hidden) return false;
      const { x, y } = sigma.framedGraphToViewport(shown);
      return x < 0 || y < 0 || x > width || y > height;
    });
  });
  expect(outOfView).toEqual([]);
  await page.getByRole("group", { name: "Sembunyikan simpul pusat" }).getByRole("checkbox").first().check();
  expect(new URL(page.url()).searchParams.get("hidenode")).toBeTruthy();
  await screenshot(page, "filters-focus");
  // Three toggles in a row are one history entry: Back undoes them together, Forward redoes them.
  const filtered = page.url();
  await page.goBack();
  await waitForNodeDisplay(page, "work/rothman1995", "visible");
  expect(new URL(page.url()).search).toBe("?node=role/mediator&panel=filters&lang=id");
  expect(await page.getByRole("checkbox", { name: /Karya/ }).isChecked()).toBe(true);
  await page.goForward();
  await waitForNodeDisplay(page, "work/rothman1995", "hidden");
  expect(page.url()).toBe(filtered);
  await page.getByRole("button", { name: "Tampilkan semua" }).click();
  await waitForNodeDisplay(page, "work/rothman1995", "visible");

  await page.getByRole("button", { name: "Pustaka", exact: true }).click();
  const firstTitle = () => page.locator(".bibliography tbody tr").first().locator("td").nth(2).textContent();
  expect(await firstTitle()).toBe("Bahan ajar praktik makro pekerjaan sosial");
  await page.getByRole("button", { name: /^Tahun/ }).click();
  expect(await page.locator(".bibliography th[aria-sort=ascending]").textContent()).toContain("Tahun");
  expect(await firstTitle()).toContain("Models of community organization");
  // The order is in the URL: a reload or a shared link sorts the same way.
  expect(new URL(page.url()).searchParams.get("sort")).toBe("year");
  await page.reload();
  await page.locator(".bibliography th[aria-sort=ascending]", { hasText: "Tahun" }).waitFor();
  expect(await firstTitle()).toContain("Models of community organization");
  await page.getByRole("button", { name: /^Klaim/ }).click();
  expect(await page.locator(".bibliography tbody tr").first().locator("td").nth(3).textContent()).toBe("15");
  await screenshot(page, "bibliography");
  await page
    .locator(".bibliography")
    .getByRole("button", { name: "Introduction to Social Work and Social Welfare" })
    .click();
  await detailHeading(page).filter({ hasText: "Klaim yang mengutip Introduction to Social Work" }).waitFor();
  expect(problems).toEqual({ errors: [], dialogs: [] });
});

test("a citation view opened from a node closes back to it, by its link or by Escape", async () => {
  const { page, problems } = await open(browser, "/app/?node=role/advocate&lang=id");
  await waitForRender(page);
  await detailHeading(page).filter({ hasText: "Advokat" }).waitFor();
  await page
    .locator(".detail-panel")
    .getByRole("button", { name: /^Zastrow 2008, hlm\. 52/ })
    .first()
    .click();
  await detailHeading(page)
    .filter({ hasText: /^Klaim yang mengutip/ })
    .waitFor();
  const params = new URL(page.url()).searchParams;
  expect([params.get("node"), params.get("cite")]).toEqual(["role/advocate", "work/zastrow2008"]);
  expect(await page.title()).toBe("Klaim yang mengutip Introduction to Social Work and Social Welfare — simpul");
  const [claims] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Unduh CSV" }).click(),
  ]);
  expect(claims.suggestedFilename()).toBe("simpul-claims-work-zastrow2008-id.csv");
  expect(await readFile((await claims.path()) ?? "", "utf8")).toContain(
    "zastrow2008,52,Advokat,dikontraskan dengan,Mediator,,,,roles/advocate.md:18\r\n",
  );
  await page.getByRole("button", { name: "Kembali ke Advokat" }).click();
  await detailHeading(page).filter({ hasText: "Advokat" }).waitFor();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("detail-heading");
  await page.goBack();
  await detailHeading(page)
    .filter({ hasText: /^Klaim yang mengutip/ })
    .waitFor();
  await page.keyboard.press("Escape");
  await detailHeading(page).filter({ hasText: "Advokat" }).waitFor();
  expect(new URL(page.url()).search).toBe("?node=role/advocate&lang=id");
  expect(problems).toEqual({ errors: [], dialogs: [] });
});

test("a note's text shows its headings and lists, and each citation in it opens the claims citing that work", async () => {
  const { page, problems } = await open(browser, "/app/?node=role/mediator&lang=id");
  await waitForRender(page);
  await detailHeading(page).filter({ hasText: "Mediator" }).waitFor();
  await page.getByText("Teks catatan").click();
  const text = page.locator(".note-body .note-text");
  expect(await text.locator("h4").textContent()).toBe("Mediator");
  expect(await text.locator("h5").textContent()).toBe("Teknik");
  expect(await text.locator("li").allTextContents()).toEqual(["Mendengarkan kedua pihak", "tanpa memihak"]);
  expect(await text.locator("p").textContent()).toMatch(
    /^Mediator menengahi pihak yang bertikai Suharto 1997, hlm\. 292, dan Aribowo.*hlm\. 7 menyebut sikapnya netral\. Hubungi @nasw\.$/,
  );
  // An @ naming no entry of the bibliography is no citation; code is shown as written, nothing in it read.
  expect(await text.locator("p").getByRole("button").count()).toBe(2);
  // With a mouse a citation is no taller than the line it sits in: the paragraph's lines stay evenly spaced.
  const [chip, line] = await text
    .locator("p")
    .evaluate((p) => [
      p.querySelector("button")?.getBoundingClientRect().height ?? 0,
      Number.parseFloat(getComputedStyle(p).lineHeight),
    ]);
  expect(chip).toBeGreaterThan(0);
  expect(chip).toBeLessThanOrEqual(line);
  expect(await text.locator("pre").textContent()).toBe("# bukan judul\n[@suharto1997]");
  expect(await text.locator("h4").count()).toBe(1);
  await text.locator("li").last().scrollIntoViewIfNeeded();
  await screenshot(page, "note-text");
  await text.getByRole("button", { name: /^Suharto 1997, hlm\. 292/ }).click();
  await detailHeading(page)
    .filter({ hasText: /^Klaim yang mengutip/ })
    .waitFor();
  expect(new URL(page.url()).searchParams.get("cite")).toBe("work/suharto1997");
  expect(problems).toEqual({ errors: [], dialogs: [] });
});

test("Back, or the node's link back, returns to the place in a long list of claims the reader left it at", async () => {
  const { page, problems } = await open(browser, "/app/?cite=work/rothman1995&lang=id");
  await page.setViewportSize({ width: 1280, height: 420 });
  await waitForRender(page);
  await detailHeading(page)
    .filter({ hasText: /^Klaim yang mengutip/ })
    .waitFor();
  const claim = page.locator(".claims li").nth(10);
  await claim.scrollIntoViewIfNeeded();
  const place = await page.locator(".detail-panel").evaluate((panel) => panel.scrollTop);
  expect(place).toBeGreaterThan(100);
  await claim.getByRole("link").first().click();
  await detailHeading(page)
    .filter({ hasNotText: /^Klaim yang mengutip/ })
    .waitFor();
  // The node's panel leads back to the claims it was opened from, as the browser's Back does.
  await page
    .getByRole("button", { name: "Kembali ke klaim yang mengutip Approaches to Community Intervention" })
    .click();
  await detailHeading(page)
    .filter({ hasText: /^Klaim yang mengutip/ })
    .waitFor();
  expect(new URL(page.url()).search).toBe("?cite=work/rothman1995&lang=id");
  const placeIs = (expected: number) =>
    page.waitForFunction(
      (value) => Math.abs((document.querySelector(".detail-panel")?.scrollTop ?? 0) - value) <= 2,
      expected,
    );
  await placeIs(place);
  // The place is the latest one, kept as the reader scrolls, and it survives a reload of the page in between.
  await page.locator(".detail-panel").evaluate((panel) => panel.scrollBy(0, -60));
  const later = await page.locator(".detail-panel").evaluate((panel) => panel.scrollTop);
  await page.waitForTimeout(400);
  await page.goForward();
  await detailHeading(page)
    .filter({ hasNotText: /^Klaim yang mengutip/ })
    .waitFor();
  await page.reload();
  await waitForRender(page);
  await page.goBack();
  await detailHeading(page)
    .filter({ hasText: /^Klaim yang mengutip/ })
    .waitFor();
  await placeIs(later);
  expect(problems).toEqual({ errors: [], dialogs: [] });
});

test("a node opened from far down another's panel shows from its heading; Back returns to the place left", async () => {
  const { page, problems } = await open(browser, "/app/?node=role/mediator&lang=id");
  await waitForRender(page);
  await detailHeading(page).filter({ hasText: "Mediator" }).waitFor();
  const panel = page.locator(".detail-panel");
  const link = page.locator(".relation-group a.node-link", { hasText: "Advokat" }).first();
  await link.scrollIntoViewIfNeeded();
  await panel.evaluate((element) => {
    element.scrollTop = element.scrollHeight;
  });
  const left = await panel.evaluate((element) => element.scrollTop);
  expect(left).toBeGreaterThan(100);
  await link.click();
  await detailHeading(page).filter({ hasText: "Advokat" }).waitFor();
  await expect.poll(() => panel.evaluate((element) => element.scrollTop)).toBe(0);
  await page.goBack();
  await detailHeading(page).filter({ hasText: "Mediator" }).waitFor();
  await expect.poll(() => panel.evaluate((element) => element.scrollTop)).toBeGreaterThan(100);
  expect(problems).toEqual({ errors: [], dialogs: [] });
});

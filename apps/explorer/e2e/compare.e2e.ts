import type { Page } from "playwright-core";
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

const CO = "concept/community-organization";
const CD = "concept/community-development";

const browser = sharedBrowser();

/** The aligned table titled `title`, as rows of cell texts (header row first). */
async function tableRows(page: Page, title: string): Promise<string[][]> {
  const table = page.locator("table.aligned-table", { has: page.locator("caption", { hasText: title }) });
  return table
    .locator("tr")
    .evaluateAll((rows) =>
      rows.map((row) => [...row.children].map((cell) => (cell.textContent ?? "").replace(/\s+/g, " ").trim())),
    );
}

/** The facts listed under a relation-split heading. */
const factsUnder = (page: Page, heading: RegExp) =>
  page.locator("h4", { hasText: heading }).locator("xpath=following-sibling::*[1]").locator("li").allTextContents();

test("CO vs CD: picked from the panels, dimensions row by row, contrast with citations", async () => {
  const { page, problems } = await open(browser, "/app/");
  await waitForRender(page);
  await searchbox(page).fill("CO");
  await searchbox(page).press("Enter");
  await detailHeading(page).filter({ hasText: "Pengorganisasian Masyarakat" }).waitFor();
  await page.getByRole("button", { name: "Bandingkan…" }).click();
  await searchbox(page).fill("CD");
  await searchbox(page).press("Enter");
  await page.getByRole("button", { name: "Bandingkan dengan Pengorganisasian Masyarakat" }).click();
  await detailHeading(page)
    .filter({ hasText: "Perbandingan: Pengorganisasian Masyarakat vs Pengembangan Masyarakat" })
    .waitFor();
  expect(new URL(page.url()).searchParams.get("compare")).toBe(`${CO},${CD}`);

  expect(await tableRows(page, "CO dan CD")).toEqual([
    ["Dimensi", "Pengorganisasian Masyarakat", "Pengembangan Masyarakat"],
    // Both values cite the same page: said once, under the row's name.
    ["Fokus Suharto 1997, hlm. 12", "Aksi kolektif untuk kepentingan bersama", "Kapasitas dan kemandirian lokal"],
    ["Pendekatan", "Konflik dan tekanan", "Konsensus dan kerja sama"],
    [
      "Peran pekerja sosial",
      "Pengorganisir, advokat Zastrow 2008, hlm. 60",
      "Pemungkin, fasilitator Zastrow 2008, hlm. 61",
    ],
  ]);
  const contrast = await page.locator("li.contrast").textContent();
  expect(contrast).toMatch(/Pengorganisasian Masyarakat\s*dikontraskan dengan\s*Pengembangan Masyarakat/);
  expect(contrast).toContain("Suharto 1997, hlm. 12");
  expect(contrast).toContain("Aribowo 2019");
  expect((await factsUnder(page, /^Dimiliki bersama/)).join("|")).toMatch(/termasuk dalam\s*Intervensi Makro/);
  expect((await factsUnder(page, /^Hanya Pengorganisasian Masyarakat/)).join("|")).toMatch(/memiliki peran\s*Advokat/);
  expect((await factsUnder(page, /^Hanya Pengembangan Masyarakat/)).join("|")).toMatch(/memiliki peran\s*Mediator/);

  // On the graph: both compared nodes stand out, their shared neighbour is labelled, the rest fades.
  await waitForNodeDisplay(page, CO, "highlighted");
  await waitForNodeDisplay(page, CD, "highlighted");
  await waitForNodeDisplay(page, "concept/intervensi-makro", "forceLabel");
  await waitForNodeDisplay(page, "work/zastrow2008", "faded");
  await screenshot(page, "compare-co-cd");

  await page.locator("li.contrast").getByRole("button", { name: "Suharto 1997, hlm. 12" }).click();
  await detailHeading(page).filter({ hasText: "Klaim yang mengutip Pembangunan, Kebijakan Sosial" }).waitFor();
  expect(problems).toEqual({ errors: [], dialogs: [] });
});

test("in English a comparison table reads in English where its note gives it, the rest marked as Indonesian", async () => {
  const { page, problems } = await open(browser, `/app/?compare=${CO},${CD}&lang=en`);
  await waitForRender(page);
  await detailHeading(page)
    .filter({ hasText: "Comparison: Community Organization vs Community Development" })
    .waitFor();
  expect(await tableRows(page, "CO and CD")).toEqual([
    ["Dimension", "Community Organization", "Community Development"],
    ["Focus Suharto 1997, p. 12", "Collective action for shared interests", "Local capacity and self-reliance"],
    ["Approach", "Conflict and pressure", "Consensus and cooperation"],
    [
      "Peran pekerja sosial",
      "Pengorganisir, advokat Zastrow 2008, p. 60",
      "Pemungkin, fasilitator Zastrow 2008, p. 61",
    ],
  ]);
  const untranslated = await page
    .locator('table.aligned-table [lang="id"]')
    .evaluateAll((spans) => spans.map((span) => span.textContent));
  expect(untranslated).toEqual(["Peran pekerja sosial", "Pengorganisir, advokat", "Pemungkin, fasilitator"]);
  await screenshot(page, "compare-english");
  // The column names stay in sight below the panel's bar as the panel scrolls past them (a low window, so it can).
  await page.setViewportSize({ width: 1280, height: 360 });
  await page.locator(".detail-panel").evaluate((panel) => {
    const table = panel.querySelector("table.aligned-table");
    panel.scrollTop += (table?.getBoundingClientRect().top ?? 0) - panel.getBoundingClientRect().top + 40;
  });
  const [head, bar] = await page.evaluate(() =>
    [".column-head", ".panel-bar"].map((selector) => document.querySelector(selector)?.getBoundingClientRect()),
  );
  expect(head?.top).toBeCloseTo(bar?.bottom ?? 0, -1);
  expect(problems).toEqual({ errors: [], dialogs: [] });
});

test("a search naming two nodes, or parts of their names, offers their comparison first", async () => {
  const { page, problems } = await open(browser, "/app/");
  await waitForRender(page);
  await searchbox(page).fill("pembela vs mediator");
  const first = page.getByRole("option").first();
  await expect.poll(() => first.textContent()).toBe("Bandingkan Advokat vs Mediator");
  await searchbox(page).press("Enter");
  await detailHeading(page).filter({ hasText: "Perbandingan: Advokat vs Mediator" }).waitFor();
  expect(new URL(page.url()).searchParams.get("compare")).toBe("role/advocate,role/mediator");
  await screenshot(page, "search-compare");
  // Parts of names, as people type them: the nodes the vault compares in a table.
  await searchbox(page).fill("pengorganisasian vs pengembangan");
  await expect
    .poll(() => first.textContent())
    .toBe("Bandingkan Pengorganisasian Masyarakat vs Pengembangan Masyarakat");
  await searchbox(page).press("Enter");
  await detailHeading(page).filter({ hasText: "Perbandingan: Pengorganisasian Masyarakat vs Pengembangan" }).waitFor();
  expect(problems).toEqual({ errors: [], dialogs: [] });
});

test("advocate vs mediator: what they share, what sets them apart, and the path between them", async () => {
  const { page, problems } = await open(browser, "/app/?compare=role/advocate,role/mediator&lang=en");
  await waitForRender(page);
  await detailHeading(page).filter({ hasText: "Comparison: Advocate vs Mediator" }).waitFor();
  expect(await tableRows(page, "Peran dalam konflik")).toEqual([
    ["Dimension", "Advocate", "Mediator"],
    ["Posisi", "Berpihak pada klien Zastrow 2008, p. 52", "Netral di antara pihak Zastrow 2008, p. 53"],
    ["Tujuan", "Memenangkan hak klien", "Kesepakatan yang diterima semua pihak"],
  ]);
  expect(await factsUnder(page, /^Shared/)).toEqual([
    expect.stringMatching(/active in phase\s*Conflict Phase\s*Zastrow 2008, p. 52\s*Zastrow 2008, p. 53/),
  ]);
  expect((await factsUnder(page, /^Only Advocate/)).join("|")).toMatch(/uses tactic\s*Advocacy/);
  expect((await factsUnder(page, /^Only Mediator/)).join("|")).toMatch(/uses tactic\s*Negotiation/);
  expect(await page.locator("li.contrast").textContent()).toMatch(
    /Advocate\s*contrasts with\s*Mediator\s*Zastrow 2008, p. 52/,
  );
  // The direct contrast edge is the shortest path: it is drawn strongly and labelled.
  await page.waitForFunction(() => {
    const sigma = window.__sigma;
    const edge = sigma?.getGraph().edges("role/advocate", "role/mediator")[0];
    return edge !== undefined && sigma?.getEdgeDisplayData(edge)?.label === "contrasts with";
  });
  await screenshot(page, "compare-advocate-mediator");

  // A third node, opened as the comparison's hint says: the comparison waits under it.
  await searchbox(page).fill("negotiator");
  await searchbox(page).press("Enter");
  await detailHeading(page).filter({ hasText: "Negotiator" }).waitFor();
  await page.getByRole("button", { name: "Back to the comparison: Advocate vs Mediator" }).waitFor();
  // Closing the node shows the comparison it was opened over.
  await page.keyboard.press("Escape");
  await detailHeading(page).filter({ hasText: "Comparison: Advocate vs Mediator" }).waitFor();
  await searchbox(page).fill("negotiator");
  await searchbox(page).press("Enter");
  await detailHeading(page).filter({ hasText: "Negotiator" }).waitFor();
  await page.getByRole("button", { name: "Add to the comparison" }).click();
  await detailHeading(page).filter({ hasText: "Comparison: Advocate vs Mediator vs Negotiator" }).waitFor();
  expect(new URL(page.url()).searchParams.get("compare")).toBe("role/advocate,role/mediator,role/negotiator");
  await waitForNodeDisplay(page, "role/negotiator", "highlighted");
  await screenshot(page, "compare-third-added");

  // The language chosen is in the URL: a reload keeps it, whatever the browser's.
  await page.reload();
  await detailHeading(page).filter({ hasText: "Comparison: Advocate vs Mediator vs Negotiator" }).waitFor();

  // Escape ends it, and keyboard focus stays in the explorer, on the graph.
  await page.keyboard.press("Escape");
  await detailHeading(page).filter({ hasText: "Welcome" }).waitFor();
  expect(new URL(page.url()).searchParams.get("compare")).toBeNull();
  await page.waitForFunction(() => document.activeElement?.id === "graph-area");
  expect(problems).toEqual({ errors: [], dialogs: [] });
});

test("a comparison naming a key no node has, or a fourth node, says so, and goes on without it", async () => {
  const { page, problems } = await open(browser, "/app/?compare=role/advocate,role/nobody&lang=en");
  await waitForRender(page);
  await detailHeading(page).filter({ hasText: "Comparison: Advocate" }).waitFor();
  await page.getByText("No node has the key “role/nobody”; the comparison goes on without it.").waitFor();
  // One node left: nothing to set side by side.
  expect(await page.getByRole("heading", { name: "Dimensions" }).count()).toBe(0);
  // A fourth node is more than a comparison shows: said too, until the view changes.
  await page.goto(
    `${new URL(page.url()).origin}/app/?compare=role/advocate,role/mediator,role/negotiator,role/enabler&lang=en`,
  );
  await detailHeading(page).filter({ hasText: "Comparison: Advocate vs Mediator vs Negotiator" }).waitFor();
  const leftOut = page.getByText("A comparison holds at most 3 nodes; Enabler is left out.");
  await leftOut.waitFor();
  expect(new URL(page.url()).searchParams.get("compare")).toBe("role/advocate,role/mediator,role/negotiator");
  await page.getByRole("button", { name: "Remove Negotiator from the comparison" }).click();
  await detailHeading(page).filter({ hasText: "Comparison: Advocate vs Mediator" }).waitFor();
  expect(await leftOut.count()).toBe(0);
  // A key naming no node among the first three takes no place: the fourth is compared, and only the key is named.
  await page.goto(
    `${new URL(page.url()).origin}/app/?compare=role/advocate,role/nobody,role/mediator,role/negotiator&lang=en`,
  );
  await detailHeading(page).filter({ hasText: "Comparison: Advocate vs Mediator vs Negotiator" }).waitFor();
  await page.getByText("No node has the key “role/nobody”; the comparison goes on without it.").waitFor();
  expect(await page.getByText(/left out/).count()).toBe(0);
  expect(new URL(page.url()).searchParams.get("compare")).toBe("role/advocate,role/mediator,role/negotiator");
  await screenshot(page, "compare-unknown-key");
  await page.goBack();
  expect(new URL(page.url()).searchParams.get("compare")).toBe("role/advocate,role/mediator");
  expect(problems).toEqual({ errors: [], dialogs: [] });
});

test("a table holding one compared node only is set apart, cut to its column, closed beside tables of two", async () => {
  const { page, problems } = await open(browser, `/app/?compare=role/advocate,role/mediator,${CO}&lang=id`);
  await waitForRender(page);
  await detailHeading(page).filter({ hasText: "Perbandingan: Advokat vs Mediator vs Pengorganisasian" }).waitFor();
  const apart = page.locator("details.tables-about-one");
  expect(await apart.locator("summary").textContent()).toBe("Tabel yang hanya memuat satu di antaranya (1)");
  expect(await page.locator("table.aligned-table", { hasText: "CO dan CD" }).isVisible()).toBe(false);
  await apart.locator("summary").click();
  expect(await tableRows(page, "CO dan CD")).toEqual([
    ["Dimensi", "Pengorganisasian Masyarakat"],
    ["Fokus", "Aksi kolektif untuk kepentingan bersama Suharto 1997, hlm. 12"],
    ["Pendekatan", "Konflik dan tekanan"],
    ["Peran pekerja sosial", "Pengorganisir, advokat Zastrow 2008, hlm. 60"],
  ]);
  expect((await tableRows(page, "Peran dalam konflik"))[0]).toEqual([
    "Dimensi",
    "Advokat",
    "Mediator",
    "Pengorganisasian Masyarakat",
  ]);
  // With no table of two, the tables of one are what there is: open.
  await page.goto(`${new URL(page.url()).origin}/app/?compare=${CO},model/social-action&lang=id`);
  await detailHeading(page).filter({ hasText: "Perbandingan: Pengorganisasian Masyarakat vs Aksi Sosial" }).waitFor();
  expect(await page.locator("details.tables-about-one").getAttribute("open")).toBe("");
  expect((await tableRows(page, "CO dan CD"))[0]).toEqual(["Dimensi", "Pengorganisasian Masyarakat"]);
  expect(problems).toEqual({ errors: [], dialogs: [] });
});

test("a table lacking a compared node offers the column linked to it, and compares that instead", async () => {
  const { page, problems } = await open(
    browser,
    "/app/?compare=concept/pemberdayaan,concept/community-organization&lang=id",
  );
  await waitForRender(page);
  await detailHeading(page).filter({ hasText: "Perbandingan: Pemberdayaan vs Pengorganisasian Masyarakat" }).waitFor();
  await page
    .getByText(
      "Pemberdayaan tidak ada di tabel ini, tetapi Pemberdayaan termasuk dalam Pengembangan Masyarakat, yang ada.",
    )
    .waitFor();
  await page.getByRole("button", { name: "Bandingkan Pengembangan Masyarakat sebagai gantinya" }).click();
  await detailHeading(page)
    .filter({ hasText: "Perbandingan: Pengembangan Masyarakat vs Pengorganisasian Masyarakat" })
    .waitFor();
  expect(new URL(page.url()).searchParams.get("compare")).toBe(
    "concept/community-development,concept/community-organization",
  );
  expect(problems).toEqual({ errors: [], dialogs: [] });
});

test("keyboard focus stays in the panel when the pressed control goes with what it showed; Escape leaves a checkbox's panel", async () => {
  const { page, problems } = await open(browser, "/app/?compare=role/advocate,role/mediator,role/negotiator&lang=en");
  await waitForRender(page);
  await page.getByRole("button", { name: "Remove Negotiator from the comparison" }).focus();
  await page.keyboard.press("Enter");
  await detailHeading(page).filter({ hasText: "Comparison: Advocate vs Mediator" }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === "detail-heading");
  await page.goto(page.url().replace("/app/?", "/app/?panel=filters&"));
  await page.getByRole("checkbox").first().focus();
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => !new URL(location.href).searchParams.has("panel"));
  expect(problems).toEqual({ errors: [], dialogs: [] });
});

test("the three Rothman models at once, from the suggested comparisons", async () => {
  const { page, problems } = await open(browser, "/app/");
  await waitForRender(page);
  await page
    .getByRole("button", { name: /Pengembangan Masyarakat Lokal vs Perencanaan Sosial vs Aksi Sosial/ })
    .click();
  await detailHeading(page).filter({ hasText: "Perbandingan:" }).waitFor();
  const rows = await tableRows(page, "Tiga model Rothman");
  // What every value of a row cites is said once, under the row's name.
  expect(rows.map((row) => row[0])).toEqual([
    "Dimensi",
    "Tujuan Rothman 1995, hlm. 31",
    "Asumsi tentang masyarakat",
    "Strategi perubahan",
    "Peran praktisi",
  ]);
  expect(rows[0]).toEqual(["Dimensi", "Pengembangan Masyarakat Lokal", "Perencanaan Sosial", "Aksi Sosial"]);
  expect(rows[4]?.[3]).toBe("Advokat, negosiator Rothman 1995, hlm. 44");
  expect((await factsUnder(page, /^Dimiliki bersama/)).join("|")).toMatch(/diajukan oleh\s*Jack Rothman/);
  expect(await page.locator("h4", { hasText: /^Dimiliki sebagian/ }).count()).toBe(1);
  for (const model of ["model/locality-development", "model/social-planning", "model/social-action"]) {
    await waitForNodeDisplay(page, model, "highlighted");
  }
  await screenshot(page, "compare-rothman-models");
  expect(problems).toEqual({ errors: [], dialogs: [] });
});

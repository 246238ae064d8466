import { readFile } from "node:fs/promises";
import { expect, test } from "vitest";
import {
  clickCanvas,
  detailHeading,
  drawnLabels,
  nodePosition,
  open,
  renders,
  screenshot,
  searchbox,
  sharedBrowser,
  waitForNodeDisplay,
  waitForRender,
} from "./browser";

const browser = sharedBrowser();

test("searching Rothman reaches his works and every claim citing them", async () => {
  const { page, problems } = await open(browser, "/app/");
  await waitForRender(page);
  await searchbox(page).fill("Rothman");
  const listbox = page.getByRole("listbox");
  await listbox.waitFor();
  const groups = await listbox
    .getByRole("group")
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute("aria-labelledby")));
  expect(groups[0]).toBe("group-name");
  const options = await listbox.getByRole("option").allTextContents();
  expect(options[0]).toContain("Jack Rothman");
  expect(options.join("\n")).toContain("Approaches to Community Intervention");
  expect(options.join("\n")).toContain("Models of Community Organization");
  await screenshot(page, "search-rothman");

  await listbox.getByRole("option", { name: /Klaim yang mengutip Jack Rothman/ }).click();
  await detailHeading(page).filter({ hasText: "Klaim yang mengutip Jack Rothman" }).waitFor();
  const panel = page.locator(".citation-panel");
  expect(await panel.locator(".cited-work h3").allTextContents()).toEqual([
    "Rothman & Tropman 1987 (3 klaim)",
    "Rothman 1995 (15 klaim)",
  ]);
  const claims = (await panel.locator(".claims li").allTextContents()).join("\n");
  expect(claims).toMatch(/Aksi Sosial\s*memiliki peran\s*Advokat\s*hlm\. 44/);
  expect(claims).toContain("models/social-action.md:");
  expect(new URL(page.url()).searchParams.get("cite")).toBe("author/jack-rothman");
  await screenshot(page, "cite-rothman");
  expect(problems).toEqual({ errors: [], dialogs: [] });
});

test("Zastrow's claims are one keyboard step from the search box", async () => {
  const { page, problems } = await open(browser, "/app/?lang=en");
  await waitForRender(page);
  await searchbox(page).fill("zastrow");
  await page.getByRole("listbox").waitFor();
  await searchbox(page).press("ArrowDown");
  await searchbox(page).press("ArrowDown");
  expect(await page.locator(".option.active").textContent()).toContain("Claims citing Charles Zastrow");
  await searchbox(page).press("Enter");
  await detailHeading(page).filter({ hasText: "Claims citing Charles Zastrow" }).waitFor();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("detail-heading");
  expect(await page.locator(".cited-work h3").allTextContents()).toEqual(["Zastrow 2008 (14 claims)"]);
  expect(problems).toEqual({ errors: [], dialogs: [] });
});

test("a link's search lists its results, which a press elsewhere or Escape closes, leaving the text", async () => {
  const { page, problems } = await open(browser, "/app/?q=rothman&lang=en");
  await waitForRender(page);
  const listbox = page.getByRole("listbox");
  await listbox.waitFor();
  // The search box has no focus to lose: a press on the panel beside closes the list all the same.
  await detailHeading(page).click();
  await listbox.waitFor({ state: "detached" });
  await searchbox(page).focus();
  await listbox.waitFor();
  await page.getByRole("heading", { name: "Welcome" }).click();
  await listbox.waitFor({ state: "detached" });
  await page.goto(page.url());
  await listbox.waitFor();
  await page.keyboard.press("Escape");
  await listbox.waitFor({ state: "detached" });
  expect(await searchbox(page).inputValue()).toBe("rothman");
  expect(problems).toEqual({ errors: [], dialogs: [] });
});

test("what the query names is listed first whatever its type, each row saying its type, in both languages", async () => {
  const { page, problems } = await open(browser, "/app/?lang=id");
  await waitForRender(page);
  await searchbox(page).fill("pengembangan");
  const listbox = page.getByRole("listbox");
  await listbox.waitFor();
  const rows = () =>
    listbox.getByRole("option").evaluateAll((options) => options.map((option) => option.textContent?.trim()));
  // The model named by the query before the concept whose text only mentions it.
  expect(await rows()).toEqual([
    "Pengembangan Masyarakat · Community Development, Konsep",
    "Pengembangan Masyarakat Lokal · Locality Development, Model",
    "Pemberdayaan · Empowerment, Konsep",
    "Pemungkin · Enabler, Peran",
  ]);
  expect(await listbox.locator(".group-label").allTextContents()).toEqual(["Nama yang cocok", "Disebut dalam teks"]);
  await screenshot(page, "search-sections-id");
  await page.getByRole("radio", { name: "English" }).check();
  await page.waitForFunction(() => new URL(location.href).searchParams.get("lang") === "en");
  await searchbox(page).focus();
  await listbox.waitFor();
  expect(await listbox.locator(".group-label").allTextContents()).toEqual(["Matching names", "Mentioned in the text"]);
  expect((await rows())[1]).toBe("Locality Development · Pengembangan Masyarakat Lokal, Model");
  await screenshot(page, "search-sections-en");
  expect(problems).toEqual({ errors: [], dialogs: [] });
});

test("works are found by author and year; results are typo-tolerant", async () => {
  const { page } = await open(browser, "/app/");
  await waitForRender(page);
  await searchbox(page).fill("Rothman 1995");
  expect(await page.getByRole("option").first().textContent()).toContain("Approaches to Community Intervention");
  await searchbox(page).fill("mediater");
  expect(await page.getByRole("option").first().textContent()).toContain("Mediator");
  await searchbox(page).press("Escape");
  expect(await page.getByRole("listbox").count()).toBe(0);
  await searchbox(page).press("Escape");
  expect(await searchbox(page).inputValue()).toBe("");
});

test("hovering highlights neighbours and a click selects, on the canvas itself; the panel shows the node's tags", async () => {
  const { page, problems } = await open(browser, "/app/");
  await waitForRender(page);
  const mediator = await nodePosition(page, "role/mediator");
  await page.mouse.move(mediator.x, mediator.y);
  await waitForNodeDisplay(page, "role/mediator", "highlighted");
  await waitForNodeDisplay(page, "work/rothman1995", "faded");
  await waitForNodeDisplay(page, "concept/negosiasi", "forceLabel");
  const before = await renders(page);
  const camera = await page.evaluate(() => window.__sigma?.getCamera().getState());
  await clickCanvas(page, mediator);
  await detailHeading(page).filter({ hasText: "Mediator" }).waitFor();
  expect(await renders(page)).toBeGreaterThan(before);
  // A node clicked on screen stays where the reader clicked it.
  expect(await page.evaluate(() => window.__sigma?.getCamera().getState())).toEqual(camera);
  // Its tags, from the frontmatter and the text, as the note has them.
  await page.locator(".node-panel .tag").first().waitFor();
  expect(await page.locator(".node-panel .tag").allTextContents()).toEqual(["#peran", "#konflik/mediasi"]);
  // A tag searches what is tagged with it: the box takes it, and lists Mediator among what it names.
  await page.locator(".node-panel .tag", { hasText: "#konflik/mediasi" }).click();
  await page.getByRole("listbox").waitFor();
  expect(await searchbox(page).inputValue()).toBe("#konflik/mediasi");
  expect((await page.getByRole("option").allTextContents())[0]).toContain("Mediator");
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
  expect(await searchbox(page).inputValue()).toBe("");
  const relations = await page.locator(".relation-group h4").allTextContents();
  expect(relations).toEqual(
    expect.arrayContaining(["dikontraskan dengan (1)", "peran dalam (1)", "menggunakan taktik (1)"]),
  );
  await page.mouse.move(5, 5);
  // With the pointer gone, the selection's edges show their relation's label.
  await page.waitForFunction(() => {
    const sigma = window.__sigma;
    return sigma
      ?.getGraph()
      .edges("role/mediator")
      .some((edge) => sigma.getEdgeDisplayData(edge)?.label === "dikontraskan dengan");
  });
  await screenshot(page, "node-mediator");
  // Drawn again for the pointer, the edge labels make room for the node labels left on screen.
  expect((await drawnLabels(page)).overlapping).toEqual([]);

  // A click on an edge describes it: relation, both ends, citation and source line.
  // At the point of the edge farthest from every other node, so the click lands on it whatever the framing.
  const along = await page.evaluate(() => {
    const sigma = window.__sigma;
    if (!sigma) throw new Error("sigma is not exposed");
    const graph = sigma.getGraph();
    const at = (key: string) => sigma.graphToViewport(graph.getNodeAttributes(key) as { x: number; y: number });
    const [from, to] = [at("role/advocate"), at("role/mediator")];
    const others = graph.filterNodes((key) => key !== "role/advocate" && key !== "role/mediator").map(at);
    let best = { x: 0, y: 0, clear: -1 };
    for (let share = 0.2; share <= 0.8; share += 0.05) {
      const point = { x: from.x + (to.x - from.x) * share, y: from.y + (to.y - from.y) * share };
      const clear = Math.min(...others.map((other) => Math.hypot(other.x - point.x, other.y - point.y)));
      if (clear > best.clear) best = { ...point, clear };
    }
    const box = sigma.getContainer().getBoundingClientRect();
    return { x: box.left + best.x, y: box.top + best.y };
  });
  await clickCanvas(page, along);
  const card = page.getByRole("region", { name: "Relasi terpilih" });
  await card.waitFor();
  expect(await card.textContent()).toMatch(
    /Advokat\s*dikontraskan dengan\s*Mediator.*Zastrow 2008, hlm\. 52.*roles\/advocate\.md:18/,
  );
  expect(problems).toEqual({ errors: [], dialogs: [] });
});

test("the legend marks what the filters hide, and the outline says the focus hides nodes too", async () => {
  const { page, problems } = await open(browser, "/app/?node=role/mediator&focus=1&hide=work&panel=outline&lang=en");
  await waitForRender(page);
  const work = page.locator(".legend-types li", { hasText: "Work" });
  expect(await work.getAttribute("class")).toBe("legend-off");
  expect(await page.locator(".legend-types li", { hasText: "Role" }).getAttribute("class")).toBeNull();
  await page.getByText(/nodes hidden by the filters and the focus, and left out of the downloads\./).waitFor();
  const [markdown] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download Markdown" }).click(),
  ]);
  expect(markdown.suggestedFilename()).toBe("simpul-outline-en-filtered.md");
  const text = await readFile((await markdown.path()) ?? "", "utf8");
  expect(text).toMatch(/^> This file leaves out \d+ nodes hidden by the filters or the focus\.\n\n# Topics\n/);
  expect(text).toContain("`role/mediator`");
  expect(text).not.toContain("`work/");
  expect(problems).toEqual({ errors: [], dialogs: [] });
});

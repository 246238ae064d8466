import { expect, test } from "vitest";
import {
  cameraSettled,
  detailHeading,
  offCanvas,
  open,
  screenshot,
  searchbox,
  sharedBrowser,
  waitForNodeDisplay,
  waitForRender,
} from "./browser";

const browser = sharedBrowser();

const MEDIATOR_AND_NEIGHBOURS = [
  "role/mediator",
  "role/advocate",
  "role/negotiator",
  "concept/fase-konflik",
  "concept/negosiasi",
  "concept/community-development",
];

test("a node of a hidden type says it is drawn only while open, and its button shows the type again, framed", async () => {
  const { page, problems } = await open(browser, "/app/?lang=en");
  await waitForRender(page);
  await page.getByRole("button", { name: "Filters", exact: true }).click();
  const roles = page.getByRole("checkbox", { name: /^Role/ });
  await roles.uncheck();
  await searchbox(page).fill("mediator");
  await searchbox(page).press("Enter");
  await detailHeading(page).filter({ hasText: "Mediator" }).waitFor();
  const notice = page.locator("p.hint", { hasText: "The filters hide" });
  expect(await notice.getByRole("status").textContent()).toBe(
    "The filters hide Role nodes: Mediator is on the graph only while open here.",
  );
  // Drawn while open, as the notice says; the other roles are not.
  await waitForNodeDisplay(page, "role/mediator", "visible");
  await waitForNodeDisplay(page, "role/advocate", "hidden");
  await screenshot(page, "filtered-node-en");

  // The reader looked elsewhere meanwhile: showing the type brings the node and its neighbours back into sight.
  await cameraSettled(page);
  await page.evaluate(() => window.__sigma?.getCamera().setState({ x: 0.02, y: 0.02, ratio: 0.1 }));
  expect(await offCanvas(page, ["role/mediator"])).toEqual(["role/mediator"]);
  await notice.getByRole("button", { name: "Show Role nodes" }).click();
  await notice.waitFor({ state: "detached" });
  expect(new URL(page.url()).searchParams.get("hide")).toBeNull();
  expect(await roles.isChecked()).toBe(true);
  await waitForNodeDisplay(page, "role/advocate", "visible");
  expect(await offCanvas(page, MEDIATOR_AND_NEIGHBOURS)).toEqual([]);
  // The button went with the notice: focus is on the panel's heading, not the page's start.
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("detail-heading");
  await screenshot(page, "filtered-node-shown-en");

  // No longer an exception: the node stays once its panel closes.
  await page.keyboard.press("Escape");
  await detailHeading(page).filter({ hasText: "Welcome" }).waitFor();
  await waitForNodeDisplay(page, "role/mediator", "visible");
  expect(problems).toEqual({ errors: [], dialogs: [] });
});

test("a comparison of nodes the filters hide says so; the button lifts only the filters that hid them", async () => {
  const { page, problems } = await open(
    browser,
    "/app/?compare=role/advocate,concept/negosiasi&hide=role,work&hidenode=concept/negosiasi&lang=id",
  );
  await waitForRender(page);
  await detailHeading(page).filter({ hasText: "Perbandingan: Advokat vs Negosiasi" }).waitFor();
  const notice = page.locator("p.hint", { hasText: "Saringan menyembunyikan" });
  expect(await notice.getByRole("status").textContent()).toBe(
    "Saringan menyembunyikan simpul Peran dan sebagian simpul pusat: Advokat dan Negosiasi tampil di graf hanya selama dibuka di sini.",
  );
  await screenshot(page, "filtered-comparison-id");
  await notice.getByRole("button", { name: "Tampilkan simpul Peran dan Negosiasi" }).click();
  await notice.waitFor({ state: "detached" });
  const params = new URL(page.url()).searchParams;
  expect([params.get("hide"), params.get("hidenode")]).toEqual(["work", null]);
  await waitForNodeDisplay(page, "role/mediator", "visible");
  await waitForNodeDisplay(page, "work/rothman1995", "hidden");
  expect(problems).toEqual({ errors: [], dialogs: [] });
});

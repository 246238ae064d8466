import { expect, test } from "vitest";
import { detailHeading, open, screenshot, searchbox, sharedBrowser, waitForRender } from "./browser";
import { HOSTILE_LABEL, HOSTILE_SUMMARY } from "./graphVariants";

const browser = sharedBrowser();

test("markup in note text is shown as text and never runs", async () => {
  const { page, problems } = await open(browser, "/hostile/?node=concept/community-organization");
  await waitForRender(page);
  await detailHeading(page).waitFor();
  expect(await detailHeading(page).textContent()).toBe(HOSTILE_LABEL);
  expect(await page.locator(".node-panel .summary").textContent()).toBe(HOSTILE_SUMMARY);
  await page.getByText("Teks catatan").click();
  expect(await page.locator(".note-body p").textContent()).toContain("<iframe");
  await searchbox(page).fill("svg");
  await page.getByRole("listbox").waitFor();
  await searchbox(page).fill("zastrow");
  await page.getByRole("option").first().hover();
  expect(
    await page.locator("#root img, #root script, #root iframe, #root svg[onload], [onerror], [onmouseover]").count(),
  ).toBe(0);
  await screenshot(page, "hostile-content");
  expect(problems).toEqual({ errors: [], dialogs: [] });
});

test("the policy forbids inline script, in the page and in the header", async () => {
  const { page } = await open(browser, "/app/");
  await waitForRender(page);
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(meta).toContain("script-src 'self'");
  expect(meta).not.toContain("unsafe-inline");
  // Trusted Types: a string can no longer become script or markup.
  const sink = await page.evaluate(() => {
    try {
      document.createElement("script").textContent = "window.__ran = true";
      return "assigned";
    } catch (error) {
      return (error as Error).message;
    }
  });
  expect(sink).toContain("TrustedScript");
  // script-src without 'unsafe-inline': even past Trusted Types, an inline handler does not run.
  const blocked = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        document.addEventListener("securitypolicyviolation", (event) => resolve(event.effectiveDirective), {
          once: true,
        });
        const types = (
          window as unknown as {
            trustedTypes: { createPolicy(name: string, rules: object): { createScript(s: string): string } };
          }
        ).trustedTypes;
        const policy = types.createPolicy("e2e", { createScript: (text: string) => text });
        const button = document.createElement("button");
        button.setAttribute("onclick", policy.createScript("window.__ran = true"));
        document.body.append(button);
        button.click();
      }),
  );
  expect(blocked).toBe("script-src-attr");
  expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
  const response = await page.request.get(page.url());
  expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
});

test("a corrupt graph or an unknown version shows a readable error page", async () => {
  const corrupt = await open(browser, "/corrupt/");
  await corrupt.page.getByRole("heading", { name: "Graf tidak dapat ditampilkan" }).waitFor();
  expect(await corrupt.page.locator(".error-page").textContent()).toContain("bukan JSON yang sah");
  await screenshot(corrupt.page, "error-corrupt");
  const future = await open(browser, "/future/?lang=en");
  await future.page.getByRole("heading", { name: "The graph cannot be shown" }).waitFor();
  expect(await future.page.locator(".error-page").textContent()).toContain("unsupported version 99");
  await screenshot(future.page, "error-version");
});

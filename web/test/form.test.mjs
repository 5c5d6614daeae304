// A real browser: headless Chromium renders the draft-07 Theory of Value schema as a form with
// react-jsonschema-form, loads the national ToV with zero validation errors, and shows the
// expected errors for a broken document. Set SCREENSHOT_DIR to keep screenshots.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { existsSync, mkdirSync } from "node:fs";
import { join, normalize, dirname, extname } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const types = { ".html": "text/html", ".js": "text/javascript", ".json": "application/json" };
const chromiumPath = process.env.CHROMIUM ?? "/usr/bin/chromium";
let server;
let browser;
let base;

before(async () => {
  assert.ok(existsSync(chromiumPath), `no Chromium at ${chromiumPath}: run web/browser-tests.sh, which installs it`);
  assert.ok(existsSync(join(root, "web", "dist", "form.js")), "web/dist/form.js is missing: run `npm run build` in web/");
  server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname));
    const file = join(root, path === "/" ? "/web/form/index.html" : path);
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
});

async function open(query, screenshot) {
  const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
  const problems = [];
  page.on("pageerror", (e) => problems.push(String(e)));
  await page.goto(`${base}/?${query}`);
  await page.waitForSelector("body[data-ready=true]", { timeout: 60_000 });
  const result = await page.evaluate(() => window.__result);
  if (screenshot && process.env.SCREENSHOT_DIR) {
    mkdirSync(process.env.SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: join(process.env.SCREENSHOT_DIR, screenshot) });
  }
  const text = await page.locator("body").innerText();
  await page.close();
  return { result, problems, text };
}

test("the national ToV loads into the Dutch form with zero validation errors", async () => {
  const { result, problems, text } = await open("lang=nl&doc=/data/national-tov.json", "form-nl.png");
  assert.deepEqual(problems, []);
  assert.equal(result.failure, undefined);
  assert.deepEqual(result.errors, []);
  // People read Dutch titles and the catalogue's labels, not identifiers.
  assert.match(text, /Inloop en ontmoeting/);
  assert.doesNotMatch(text, /\bwalk_in\b/);
});

test("the English form loads the national ToV too", async () => {
  const { result, text } = await open("lang=en&doc=/data/national-tov.json", "form-en.png");
  assert.deepEqual(result.errors, []);
  assert.match(text, /Walk-in and meeting/);
});

test("a broken document shows the expected errors", async () => {
  const { result, text } = await open("lang=nl&doc=/tests/fixtures/schema/invalid/theory-of-value--text-without-dutch.json", "form-nl-errors.png");
  const required = result.errors.filter((e) => e.name === "required");
  assert.ok(required.some((e) => e.property === ".impact.statement.nl"), JSON.stringify(result.errors));
  assert.match(text, /nl/);
  const kind = await open("lang=nl&doc=/tests/fixtures/schema/invalid/theory-of-value--unknown-activity-kind.json");
  assert.ok(kind.result.errors.some((e) => e.property === ".activities.0.kind"), JSON.stringify(kind.result.errors));
});

// The report for the board and funders in a real browser: headless Chromium opens the HTML
// files `tov report` wrote (web/browser-tests.sh writes them to web/dist/) straight from disk,
// with no server (Playwright gives the browser a fresh profile of its own). Each renders with no console errors and no request outside the file; axe-core
// finds no WCAG 2.1 A/AA violation; printed to PDF on A4 every section heading is in the PDF's
// text (pdftotext) and no word lies outside the page's margins. Set SCREENSHOT_DIR to keep PNGs
// of the example report's first pages.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile, mkdtemp, rm } from "node:fs/promises";
import { existsSync, mkdirSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join, dirname } from "node:path";
import { tmpdir } from "node:os";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

const web = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(web, "dist");
const chromiumPath = process.env.CHROMIUM ?? "/usr/bin/chromium";
const axeSource = await readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const reports = ["report-example-nl.html", "report-example-en.html", "report-national-nl.html", "report-national-en.html"];
let browser;
let work;

before(async () => {
  assert.ok(existsSync(chromiumPath), `no Chromium at ${chromiumPath}: run web/browser-tests.sh, which installs it`);
  for (const r of reports) {
    assert.ok(existsSync(join(dist, r)), `web/dist/${r} is missing: run web/browser-tests.sh, which writes it with \`tov report\``);
  }
  work = await mkdtemp(join(tmpdir(), "tov-report-"));
  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
});

after(async () => {
  await browser?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

async function open(name) {
  const url = pathToFileURL(join(dist, name)).href;
  const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
  const problems = [];
  const outside = [];
  page.on("pageerror", (e) => problems.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on("request", (r) => {
    if (r.url() !== url) outside.push(r.url());
  });
  await page.goto(url, { waitUntil: "load" });
  return { page, problems, outside };
}

for (const name of reports) {
  test(`${name}: no console errors, no requests outside the file, axe finds no WCAG 2.1 AA violation`, async () => {
    const { page, problems, outside } = await open(name);
    // Every chart has a text alternative that carries its figures.
    const charts = await page.$$eval("figure.chart svg", (svgs) =>
      svgs.map((s) => ({ role: s.getAttribute("role"), desc: s.querySelector("desc")?.textContent ?? "" })),
    );
    for (const c of charts) {
      assert.equal(c.role, "img");
      assert.match(c.desc, /\d/);
    }
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(() =>
      window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }),
    );
    const violations = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
    assert.deepEqual(violations, []);
    assert.ok(result.passes.length > 10, "axe ran its checks");
    assert.deepEqual(problems, []);
    assert.deepEqual(outside, []);
    await page.close();
  });

  test(`${name}: printed to A4, every section heading is in the PDF and nothing is cut at the page edge`, async () => {
    const { page } = await open(name);
    const headings = await page.$$eval("h1, h2", (hs) => hs.map((h) => h.textContent.replace(/\s+/g, " ").trim()));
    assert.ok(headings.length >= 8, `${headings}`);
    const pdf = join(work, name.replace(".html", ".pdf"));
    await page.pdf({ path: pdf, format: "A4", printBackground: true });
    await page.close();
    const text = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    for (const h of headings) {
      assert.ok(text.includes(h), `heading "${h}" is not in the PDF's text`);
    }
    // Every word's box lies within the page, inside the 15 mm margins (42.5 pt) the print
    // style sheet asks for, with half a point of slack.
    const boxes = execFileSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8" });
    const pages = [...boxes.matchAll(/<page width="([\d.]+)" height="([\d.]+)">/g)];
    assert.ok(pages.length > 1);
    const [w, h] = [Number(pages[0][1]), Number(pages[0][2])];
    assert.ok(Math.abs(w - 595.28) < 1 && Math.abs(h - 841.89) < 1, `A4: ${w} × ${h}`);
    const margin = 42.5 - 0.5;
    const cut = [];
    for (const m of boxes.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      const [x0, y0, x1, y1] = m.slice(1, 5).map(Number);
      if (x0 < margin || x1 > w - margin || y0 < margin || y1 > h - margin) cut.push(`${m[5]} (${x0}, ${y0}, ${x1}, ${y1})`);
    }
    assert.deepEqual(cut.slice(0, 10), []);
    if (process.env.SCREENSHOT_DIR && name === "report-example-nl.html") {
      mkdirSync(process.env.SCREENSHOT_DIR, { recursive: true });
      execFileSync("pdftoppm", ["-r", "70", "-png", "-f", "1", "-l", "2", pdf, join(process.env.SCREENSHOT_DIR, "report-page")]);
    }
  });
}

test("the reports have no element wider than the printed page", async () => {
  for (const name of reports) {
    const { page } = await open(name);
    await page.emulateMedia({ media: "print" });
    // A4 less two 15 mm margins is 180 mm, 680 CSS pixels.
    await page.setViewportSize({ width: 680, height: 1000 });
    const wide = await page.evaluate(() => {
      const limit = document.documentElement.clientWidth + 0.5;
      return [...document.body.querySelectorAll("*")]
        .filter((e) => e.getBoundingClientRect().right > limit)
        .map((e) => `${e.tagName}.${e.className.baseVal ?? e.className} ${Math.round(e.getBoundingClientRect().right)}`)
        .slice(0, 5);
    });
    assert.deepEqual(wide, [], name);
    await page.close();
  }
});

// The hostile corpus (tests/hostile/corpus.json) opened the way each reader sees it: the HTML
// pages and the SVGs in headless Chromium, the Markdown rendered by markdown-it and marked and
// then opened in Chromium, the Mermaid drawn by mermaid in the strict and the loose security
// level. For every class of hostile text, planted in every text field of the documents:
// no script runs (a hook on window.__pwned, and no dialog), the SVG is well-formed XML, and
// the page has exactly the elements, table rows, links and diagram nodes of the same
// documents with plain letters in those fields. The renderings are the ToV's, the value
// estimate's, who pays and who saves (payer split, funding, wrong pocket, break-even), the
// monitor report's and the report for the board and funders. `cargo run --example
// hostile_corpus` writes them; this test runs it first.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import MarkdownIt from "markdown-it";
import { Marked } from "marked";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const chromiumPath = process.env.CHROMIUM ?? "/usr/bin/chromium";
const mermaidJs = join(root, "web", "node_modules", "mermaid", "dist", "mermaid.min.js");
const work = mkdtempSync(join(tmpdir(), "tov-hostile-"));
const dir = join(work, "renderings");
const corpus = JSON.parse(readFileSync(join(root, "tests", "hostile", "corpus.json"), "utf8")).texts;
let browser;

before(async () => {
  assert.ok(existsSync(chromiumPath), `no Chromium at ${chromiumPath}: run web/browser-tests.sh, which installs it`);
  execFileSync("cargo", ["run", "--quiet", "--example", "hostile_corpus", "--", dir], { cwd: root, stdio: "inherit" });
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"], // playwright gives every launch a fresh profile
  });
});

after(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

const read = (cls, variant, name) => readFileSync(join(dir, cls, `${variant}.${name}`), "utf8");

/** A fresh page that records any script the content runs: window.__pwned, dialogs. */
async function page() {
  const p = await browser.newPage();
  p.pwned = [];
  p.on("dialog", async (d) => {
    p.pwned.push(`dialog: ${d.message()}`);
    await d.dismiss();
  });
  await p.route("**/*", (route) => {
    const body = p.served?.[new URL(route.request().url()).pathname];
    if (body) route.fulfill({ status: 200, contentType: body.type, body: body.text });
    else route.fulfill({ status: 404, body: "" });
  });
  return p;
}

async function pwned(p) {
  await p.waitForTimeout(50);
  const hook = await p.evaluate(() => window.__pwned);
  return hook === undefined ? p.pwned : [...p.pwned, `window.__pwned = ${hook}`];
}

/** The structure of what is shown: how many of each element, rows, cells, links. */
const structure = (selector) => {
  const scope = selector ? document.querySelector(selector) : document;
  const counts = {};
  for (const el of scope.querySelectorAll("*")) {
    const name = el.tagName.toLowerCase();
    counts[name] = (counts[name] ?? 0) + 1;
  }
  const attrs = new Set();
  for (const el of scope.querySelectorAll("*")) for (const a of el.getAttributeNames()) if (a.startsWith("on")) attrs.add(a);
  return {
    counts,
    handlers: [...attrs],
    rows: scope.querySelectorAll("tr").length,
    cells: scope.querySelectorAll("td, th").length,
    links: scope.querySelectorAll("a[href], a").length,
    parsererror: scope.getElementsByTagName("parsererror").length,
  };
};

/** Opens `text` as a page of `type` and returns its structure and anything that ran. */
async function open(text, type) {
  const p = await page();
  p.served = { "/doc": { type, text } };
  await p.goto("http://hostile.test/doc");
  const s = await p.evaluate(structure);
  const ran = await pwned(p);
  await p.close();
  return { s, ran };
}

/** Opens each [name, text, type] in turn in one fresh page, a navigation each (cheaper than a
 * page each for the files of one test); returns their structures and anything that ran. */
async function openEach(docs) {
  const p = await page();
  const out = [];
  for (const [i, [name, text, type]] of docs.entries()) {
    p.served = { [`/doc/${i}`]: { type, text } };
    p.pwned = [];
    await p.goto(`http://hostile.test/doc/${i}`);
    const s = await p.evaluate(structure);
    out.push({ name, s, ran: await pwned(p) });
  }
  await p.close();
  return out;
}

/** Opens the hostile and the plain variants of `names`, `load(variant, name)` giving
 * [text, type]; each hostile one must run nothing and have its plain twin's structure.
 * Returns the hostile ones' structures. */
async function compareEach(names, load) {
  const variant = (v) => openEach(names.map((name) => [name, ...load(v, name)]));
  const [hostile, plain] = await Promise.all([variant("hostile"), variant("plain")]);
  hostile.forEach((h, i) => {
    assert.deepEqual(h.ran, [], h.name);
    assert.deepEqual(h.s, plain[i].s, h.name);
  });
  return hostile;
}

const markdownIt = new MarkdownIt({ html: true, linkify: true });
const marked = new Marked({ gfm: true });
const markdownRenderers = {
  "markdown-it": (md) => markdownIt.render(md),
  marked: (md) => marked.parse(md),
};

/** The HTML page `name` of class `cls`: nothing runs, the plain twin's structure. */
async function checkPage(cls, name, tables) {
  const [h, p] = await Promise.all([
    open(read(cls, "hostile", name), "text/html"),
    open(read(cls, "plain", name), "text/html"),
  ]);
  assert.deepEqual(h.ran, [], name);
  assert.deepEqual(h.s, p.s, name);
  assert.ok(!tables || h.s.rows > 3, `${name} has HTML tables`);
}

/** The SVG `name` of class `cls`: well-formed, nothing runs, the plain twin's structure. */
async function checkSvg(cls, name) {
  const text = read(cls, "hostile", name);
  const [h, p] = await Promise.all([
    open(text, "image/svg+xml"),
    open(read(cls, "plain", name), "image/svg+xml"),
  ]);
  assert.deepEqual(h.ran, [], name);
  assert.equal(h.s.parsererror, 0, `Chromium shows ${name}, not an XML error`);
  assert.deepEqual(h.s, p.s, name);
  const q = await page();
  const errors = await q.evaluate((t) => new DOMParser().parseFromString(t, "image/svg+xml").getElementsByTagName("parsererror").length, text);
  await q.close();
  assert.equal(errors, 0, `DOMParser reads ${name} as XML`);
}

/** The Markdown `name` of class `cls` rendered by `render` and opened in Chromium. */
async function checkMarkdown(cls, name, render, tables) {
  const wrap = (md) => `<!doctype html><meta charset="utf-8"><body>${render(md)}</body>`;
  const [h, p] = await Promise.all([
    open(wrap(read(cls, "hostile", name)), "text/html"),
    open(wrap(read(cls, "plain", name)), "text/html"),
  ]);
  assert.deepEqual(h.ran, [], name);
  assert.deepEqual(h.s, p.s, name);
  assert.equal(h.s.counts.a ?? 0, 0, `no links in ${name}`);
  assert.ok(!tables || h.s.rows > 3, `the tables of ${name} are tables`);
}

const moneyPages = ["payer-split.html", "funding.html", "wrong-pocket.html", "monitor.html", "report.html"];
const moneyMarkdown = ["payer-split.md", "break-even.md", "funding.md", "wrong-pocket.md", "monitor.md"];

for (const { class: cls } of corpus) {
  for (const name of ["tov.html", "estimate.html"]) {
    test(`${cls}: ${name} in Chromium has the plain page's elements and runs nothing`, async () => {
      await checkPage(cls, name, name === "estimate.html");
    });
  }

  test(`${cls}: tov.svg is well-formed XML with the plain picture's elements`, async () => {
    await checkSvg(cls, "tov.svg");
  });

  for (const name of ["tov.md", "estimate.md"]) {
    for (const [renderer, render] of Object.entries(markdownRenderers)) {
      test(`${cls}: ${name} rendered by ${renderer} has the plain document's elements and runs nothing`, async () => {
        await checkMarkdown(cls, name, render, name === "estimate.md");
      });
    }
  }

  // Who pays and who saves, the monitor report and the board report: a test per class for the
  // pages, the picture and each Markdown renderer, each opening its files side by side.
  test(`${cls}: who pays, monitor and board report pages and wrong-pocket.svg in Chromium have the plain twins' elements and run nothing`, async () => {
    const type = (name) => (name.endsWith(".svg") ? "image/svg+xml" : "text/html");
    const names = [...moneyPages, "wrong-pocket.svg"];
    for (const h of await compareEach(names, (variant, name) => [read(cls, variant, name), type(name)])) {
      if (type(h.name) === "text/html") assert.ok(h.s.rows > 3, `${h.name} has HTML tables`);
      else assert.equal(h.s.parsererror, 0, `Chromium shows ${h.name}, not an XML error`);
    }
    const text = read(cls, "hostile", "wrong-pocket.svg");
    const q = await page();
    const errors = await q.evaluate((t) => new DOMParser().parseFromString(t, "image/svg+xml").getElementsByTagName("parsererror").length, text);
    await q.close();
    assert.equal(errors, 0, "DOMParser reads wrong-pocket.svg as XML");
  });

  test(`${cls}: who pays and monitor Markdown rendered by markdown-it and marked has the plain twins' elements and runs nothing`, async () => {
    const docs = Object.keys(markdownRenderers).flatMap((renderer) => moneyMarkdown.map((name) => `${renderer}:${name}`));
    const rendered = (variant, doc) => {
      const [renderer, name] = doc.split(":");
      const body = markdownRenderers[renderer](read(cls, variant, name));
      return [`<!doctype html><meta charset="utf-8"><body>${body}</body>`, "text/html"];
    };
    for (const h of await compareEach(docs, rendered)) {
      assert.equal(h.s.counts.a ?? 0, 0, `no links in ${h.name}`);
      assert.ok(h.name.endsWith("break-even.md") || h.s.rows > 3, `the tables of ${h.name} are tables`);
    }
  });

  for (const level of ["strict", "loose"]) {
    test(`${cls}: tov.mmd drawn by mermaid (${level}) has the plain diagram's nodes and runs nothing`, async () => {
      const draw = async (text) => {
        const p = await page();
        p.served = { "/": { type: "text/html", text: '<!doctype html><meta charset="utf-8"><body><div id="out"></div></body>' } };
        await p.goto("http://hostile.test/");
        await p.addScriptTag({ path: mermaidJs });
        const s = await p.evaluate(async ({ text, level }) => {
          window.mermaid.initialize({ startOnLoad: false, securityLevel: level });
          const out = document.getElementById("out");
          const { svg, bindFunctions } = await window.mermaid.render("diagram", text);
          out.innerHTML = svg;
          bindFunctions?.(out);
          for (const n of out.querySelectorAll("g.node, a, .clickable")) n.dispatchEvent(new MouseEvent("click", { bubbles: true }));
          return {
            nodes: out.querySelectorAll("g.node").length,
            clusters: out.querySelectorAll("g.cluster").length,
            edges: out.querySelectorAll("path.flowchart-link, .edgePaths path").length,
            clickable: out.querySelectorAll(".clickable").length,
            links: out.querySelectorAll("a").length,
            tags: Object.entries([...out.querySelectorAll("*")].reduce((m, e) => ((m[e.tagName] = (m[e.tagName] ?? 0) + 1), m), {})).sort(),
            dark: getComputedStyle(out.querySelector("svg")).backgroundColor,
          };
        }, { text, level });
        const ran = await pwned(p);
        await p.close();
        return { s, ran };
      };
      const h = await draw(read(cls, "hostile", "tov.mmd"));
      const p = await draw(read(cls, "plain", "tov.mmd"));
      assert.deepEqual(h.ran, []);
      assert.equal(h.s.clickable, 0, "no click handlers");
      assert.ok(h.s.nodes > 10, "the diagram is drawn");
      assert.deepEqual(h.s, p.s);
    });
  }
}

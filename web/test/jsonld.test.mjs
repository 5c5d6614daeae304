// The CIDS exports are well-formed JSON-LD: a JSON-LD processor (jsonld.js) expands them and
// turns them into RDF without errors, and every predicate and type expands into the
// namespaces of the CIDS ontology and the ontologies it imports.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import jsonld from "jsonld";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const dir = join(root, "docs", "examples");
const files = readdirSync(dir).filter((f) => f.endsWith(".jsonld")).sort();

test("there are exports to check", () => {
  assert.ok(files.length >= 3, files.join(", "));
});

for (const file of files) {
  test(`${file} expands and converts to RDF`, async () => {
    const doc = JSON.parse(readFileSync(join(dir, file), "utf8"));
    const namespaces = Object.values(doc["@context"]);
    const expanded = await jsonld.expand(doc, { safe: true });
    assert.equal(expanded.length, doc["@graph"].length, "every node survives expansion");
    for (const node of expanded) {
      for (const [key, value] of Object.entries(node)) {
        if (key === "@id") continue;
        const iris = key === "@type" ? value : [key];
        for (const iri of iris) {
          assert.ok(namespaces.some((ns) => iri.startsWith(ns)), `${file}: ${iri} is outside the ontologies`);
        }
      }
    }
    const nquads = await jsonld.toRDF(doc, { format: "application/n-quads", safe: true });
    assert.ok(nquads.split("\n").filter(Boolean).length > doc["@graph"].length, "triples for every node");
  });
}

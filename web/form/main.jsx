// Renders the draft-07 Theory of Value schema as a form with react-jsonschema-form and loads
// a document into it. Query parameters: `lang` (nl|en) and `doc` (a path served next to this
// page). The validation result is exposed as `window.__result` for the browser test.
import React from "react";
import { createRoot } from "react-dom/client";
import Form from "@rjsf/core";
import validator from "@rjsf/validator-ajv8";

const params = new URLSearchParams(window.location.search);
const lang = params.get("lang") === "en" ? "en" : "nl";
const doc = params.get("doc") || "/data/national-tov.json";

async function main() {
  document.documentElement.lang = lang;
  const schema = await (await fetch(`/schemas/draft-07/${lang}/theory-of-value.schema.json`)).json();
  const formData = await (await fetch(doc)).json();
  const { errors } = validator.validateFormData(formData, schema);
  window.__result = {
    errors: errors.map((e) => ({ property: e.property, message: e.message, name: e.name })),
  };
  const uiSchema = { $schema: { "ui:widget": "hidden" }, "ui:submitButtonOptions": { norender: true } };
  createRoot(document.getElementById("root")).render(
    <Form
      schema={schema}
      uiSchema={uiSchema}
      formData={formData}
      validator={validator}
      liveValidate
      showErrorList="top"
      noHtml5Validate
    />,
  );
  // Let React commit before the test reads the page.
  requestAnimationFrame(() => requestAnimationFrame(() => {
    document.body.dataset.ready = "true";
  }));
}

main().catch((e) => {
  window.__result = { failure: String(e) };
  document.body.dataset.ready = "true";
});

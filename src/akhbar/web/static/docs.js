// A small, CDN-free reader of /openapi.json (the stock Swagger page needs a CDN and inline script).
"use strict";

(() => {
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    for (const c of children.flat()) if (c !== null && c !== undefined) node.append(c instanceof Node ? c : String(c));
    return node;
  }

  function schemaText(schema) {
    if (!schema) return "";
    if (schema.anyOf) return schema.anyOf.map(schemaText).join(" | ");
    if (schema.type === "array") return `${schemaText(schema.items)}[]`;
    return schema.format ? `${schema.type} (${schema.format})` : schema.type || (schema.$ref || "").split("/").pop();
  }

  function bodyFields(op, spec) {
    const content = (op.requestBody && op.requestBody.content) || {};
    const [type, media] = Object.entries(content)[0] || [];
    if (!media) return null;
    let schema = media.schema || {};
    if (schema.$ref) schema = spec.components.schemas[schema.$ref.split("/").pop()] || {};
    const required = new Set(schema.required || []);
    return el("div", {}, el("p", {}, el("strong", {}, "Body "), el("code", {}, type)),
      el("ul", {}, Object.entries(schema.properties || {}).map(([name, prop]) =>
        el("li", {}, el("code", {}, name), ` ${schemaText(prop)}${required.has(name) ? ", required" : ""}`,
          prop.description ? ` — ${prop.description}` : ""))));
  }

  async function main() {
    const spec = await fetch("/openapi.json").then((r) => r.json());
    document.getElementById("api-title").textContent = `${spec.info.title} API ${spec.info.version}`;
    document.getElementById("api-description").textContent = spec.info.description || "";
    const out = document.getElementById("endpoints");
    for (const [path, ops] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const params = (op.parameters || []).map((p) => el("li", {}, el("code", {}, p.name),
          ` (${p.in}) ${schemaText(p.schema)}${p.required ? ", required" : ""}`,
          p.description || (p.schema && p.schema.description) ? ` — ${p.description || p.schema.description}` : ""));
        out.append(el("section", { class: "hit" },
          el("h2", {}, el("code", {}, `${method.toUpperCase()} ${path}`)),
          el("p", {}, op.summary || ""),
          params.length ? el("ul", {}, params) : null,
          bodyFields(op, spec)));
      }
    }
  }

  document.addEventListener("DOMContentLoaded", () => {
    main().catch((e) => { document.getElementById("endpoints").textContent = `Could not load /openapi.json: ${e}`; });
  });
})();

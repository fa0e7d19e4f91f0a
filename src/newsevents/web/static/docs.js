// An offline API reference rendered from /openapi.json (the stock /docs page loads from a CDN).

import { h, tag } from "./util.js";

function typeOf(schema) {
  if (!schema) return "";
  if (schema.anyOf) return schema.anyOf.map(typeOf).filter((t) => t !== "null").join(" | ");
  if (schema.enum) return schema.enum.join(" | ");
  if (schema.$ref) return schema.$ref.split("/").at(-1);
  return schema.format ? `${schema.type} (${schema.format})` : schema.type || "";
}

function limits(schema) {
  const parts = [];
  const s = schema.anyOf ? schema.anyOf.find((x) => x.type !== "null") || {} : schema;
  if (s.minimum !== undefined) parts.push(`≥ ${s.minimum}`);
  if (s.maximum !== undefined) parts.push(`≤ ${s.maximum}`);
  if (s.maxLength !== undefined) parts.push(`at most ${s.maxLength} characters`);
  return parts.join(", ");
}

function exampleOf(p) {
  const ex = p.examples ?? p.schema?.examples;
  const first = Array.isArray(ex) ? ex[0] : ex && Object.values(ex)[0]?.value;
  return first === undefined ? null : h("div", { class: "sub" }, "e.g. ", h("span", { class: "code" }, String(first)));
}

// An enum too long to read in a table cell (country codes, CAMEO prefixes) is named, not listed.
function typeCell(schema) {
  const t = typeOf(schema);
  return t.split(" | ").length > 20 ? "string (a listed code)" : t;
}

function operation(path, method, op) {
  const params = (op.parameters || []).map((p) => h("tr", {},
    h("td", {}, h("span", { class: "code" }, p.name)), h("td", { class: "when" }, p.in),
    h("td", {}, typeCell(p.schema)), h("td", {}, p.schema?.default === undefined ? "" : String(p.schema.default)),
    h("td", { class: "sentence" }, [p.description || p.schema?.description || "", " ", limits(p.schema || {})].join(" ").trim(), exampleOf(p))));
  const example = method === "get" ? h("a", { href: path.includes("{") ? null : path }, path) : path;
  return h("section", { class: "card wide" },
    h("div", { class: "card-head" }, h("h3", {}, tag(method.toUpperCase(), method === "get" ? "#4f86b5" : "#c4574b"), " ", h("span", { class: "code" }, example)),
      h("span", { class: "note" }, (op.tags || []).join(", "))),
    h("p", {}, op.summary || ""),
    params.length ? h("table", { class: "list" }, h("thead", {}, h("tr", {}, ["name", "in", "type", "default", "notes"].map((c) => h("th", {}, c)))), h("tbody", {}, params)) : null,
    op.requestBody ? h("p", { class: "sub" }, "JSON body: ", typeOf(op.requestBody.content["application/json"].schema)) : null,
    h("p", { class: "sub" }, "Responses: ", Object.keys(op.responses || {}).join(", ")));
}

async function start() {
  const spec = await (await fetch("/openapi.json")).json();
  const ops = [];
  for (const [path, methods] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(methods)) ops.push(operation(path, method, op));
  }
  document.getElementById("view").replaceChildren(
    h("h1", {}, `${spec.info.title} API ${spec.info.version}`), h("p", {}, spec.info.summary || ""),
    h("p", { class: "sub" }, "Errors are JSON: {\"error\": ..., \"detail\": [{\"field\", \"in\", \"message\"}]}. 422 names the bad field; 413 means the body is too large; POST needs Authorization: Bearer TOKEN."),
    h("div", { class: "grid" }, ops));
}

start();

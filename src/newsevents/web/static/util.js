// DOM building without HTML strings: every value reaches the page as a text node or an
// attribute, so text from an article can never become markup.

const SVG_NS = "http://www.w3.org/2000/svg";

function build(el, attrs, children) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") el.setAttribute("class", value);
    else if (key === "vars") for (const [v, x] of Object.entries(value)) el.style.setProperty(v, x);
    else if (key.startsWith("on")) el.addEventListener(key.slice(2), value);
    else if (key === "data") for (const [d, x] of Object.entries(value)) el.dataset[d] = x;
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** An HTML element: h("a", {href: "#"}, "text", otherNode). */
export function h(tag, attrs, ...children) {
  return build(document.createElement(tag), attrs, children);
}

/** An SVG element. */
export function s(tag, attrs, ...children) {
  return build(document.createElementNS(SVG_NS, tag), attrs, children);
}

export async function api(path, params) {
  const url = new URL("/api" + path, location.origin);
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== null && v !== undefined && v !== "") url.searchParams.set(k, v);
  }
  const resp = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await resp.json();
  if (!resp.ok) throw new Error(body.error || resp.statusText);
  return body;
}

export const fmt = {
  n: (x) => (x ?? 0).toLocaleString("en-US"),
  date: (d) => (d ? String(d).slice(0, 10) : "undated"),
};

// Quad classes: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
export const QUADS = {
  1: { name: "Verbal cooperation", color: "#4f86b5" },
  2: { name: "Material cooperation", color: "#4e9a70" },
  3: { name: "Verbal conflict", color: "#d39a3a" },
  4: { name: "Material conflict", color: "#c4574b" },
};
export const NEUTRAL = "#9aa3ae";

export function quadColor(q) {
  return (QUADS[q] || { color: NEUTRAL }).color;
}

// One fixed colour per PLOVER type, the same in every chart and filter: sixteen hues far enough
// apart to tell apart side by side (Tableau 20, light and dark pairs split across the quad
// classes), cooperation in blues and greens, conflict in oranges, reds and purples.
export const PLOVER_COLORS = {
  AGREE: "#4e79a7", CONSULT: "#a0cbe8", SUPPORT: "#59a14f", CONCEDE: "#8cd17d",
  COOPERATE: "#499894", AID: "#86bcb6", RETREAT: "#b6992d", REQUEST: "#f1ce63",
  ACCUSE: "#f28e2b", REJECT: "#ffbe7d", THREATEN: "#d37295", PROTEST: "#fabfd2",
  SANCTION: "#b07aa1", MOBILIZE: "#d4a6c8", COERCE: "#9d7660", ASSAULT: "#e15759",
};

export function ploverColor(type) {
  return PLOVER_COLORS[type] || NEUTRAL;
}

export const ENTITY_COLORS = {
  PERSON: "var(--ent-person)",
  ORG: "var(--ent-org)",
  GPE: "var(--ent-place)",
  LOC: "var(--ent-place)",
  NORP: "var(--ent-place)",
  FAC: "var(--ent-place)",
};

// One tooltip for the whole page.
const tip = () => document.getElementById("tip");

export function showTip(event, rows) {
  const el = tip();
  el.replaceChildren(...rows.map((r) => h("div", { class: "t-row" }, r)));
  el.hidden = false;
  const pad = 14;
  const { innerWidth: w, innerHeight: hgt } = window;
  const rect = el.getBoundingClientRect();
  let x = event.clientX + pad;
  let y = event.clientY + pad;
  if (x + rect.width > w - 8) x = event.clientX - rect.width - pad;
  if (y + rect.height > hgt - 8) y = event.clientY - rect.height - pad;
  el.style.left = Math.max(4, x) + "px";
  el.style.top = Math.max(4, y) + "px";
}

export function hideTip() {
  tip().hidden = true;
}

/** Key/value lines for a tooltip row, skipping empty values. */
export function kv(pairs) {
  return pairs
    .filter(([, v]) => v !== null && v !== undefined && v !== "" && !(Array.isArray(v) && !v.length))
    .map(([k, v]) => h("div", {}, h("span", { class: "t-k" }, k + " "), Array.isArray(v) ? v.join(", ") : String(v)));
}

export function tag(text, color, extra) {
  return h("span", { class: "tag" + (extra ? " " + extra : ""), vars: color ? { "--c": color } : null }, text);
}

// The three overview charts, drawn as SVG: a stacked timeline with a brush, an actor network
// laid out by a small force simulation whose labels never overlap, and a map of event locations
// on an offline country basemap.

import { s, h, fmt, quadColor, ploverColor, showTip, hideTip, kv, QUADS, NEUTRAL } from "./util.js";

// -- timeline ---------------------------------------------------------------------------------

const DAY = 86400000;

function nextBucket(date, size) {
  const d = new Date(date.getTime());
  if (size === "day") d.setUTCDate(d.getUTCDate() + 1);
  else if (size === "week") d.setUTCDate(d.getUTCDate() + 7);
  else if (size === "month") d.setUTCMonth(d.getUTCMonth() + 1);
  else d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d;
}

function bucketLabel(iso, size) {
  if (size === "year") return iso.slice(0, 4);
  if (size === "month") return iso.slice(0, 7);
  return iso;
}

const isoDay = (d) => d.toISOString().slice(0, 10);

/** Colours per series: the fixed colour of each PLOVER type, or of each quad class. */
export function seriesColors(data) {
  return Object.fromEntries(data.series.map((x) => [x.key, data.by === "quad_class" ? quadColor(x.key) : ploverColor(x.key)]));
}

/**
 * Stacked bars per bucket. Drag across the bars to pick a range of dates, or click one bar:
 * `onPick(first, last)` gets ISO dates, both included. Events dated far from the rest are left
 * out by the API (`outliers`) and listed under the chart.
 */
export function drawTimeline(data, { onPick }) {
  // narrower on a phone, so that the bars keep some height
  const W = window.innerWidth < 700 ? 560 : 1100, H = 220, L = 40, R = 10, T = 10, B = 28;
  if (!data.series.length) return h("p", { class: "empty" }, "No dated events match.");
  const root = s("svg", { class: "chart timeline", viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "Events over time" });
  const days = data.series.flatMap((x) => x.points.map((p) => p.t)).sort();
  const buckets = [];
  const end = new Date(days.at(-1) + "T00:00:00Z");
  let cur = new Date(days[0] + "T00:00:00Z");
  while (cur <= end && buckets.length < 2000) {
    buckets.push(isoDay(cur));
    cur = nextBucket(cur, data.bucket);
  }
  const index = new Map(buckets.map((b, i) => [b, i]));
  const stacks = buckets.map(() => []);
  for (const series of data.series) {
    for (const p of series.points) if (index.has(p.t)) stacks[index.get(p.t)].push([series.key, p.n]);
  }
  const max = Math.max(1, ...stacks.map((st) => st.reduce((a, [, n]) => a + n, 0)));
  const colors = seriesColors(data);
  const slot = (W - L - R) / buckets.length;
  const bw = Math.min(slot, 56);
  const x0 = (i) => L + i * slot + (slot - bw) / 2;
  const y = (n) => T + (H - T - B) * (1 - n / max);
  const ticks = [0, Math.ceil(max / 2), max].filter((v, i, a) => a.indexOf(v) === i);
  root.append(
    s("g", { class: "grid" }, ticks.map((t) => s("line", { x1: L, x2: W - R, y1: y(t), y2: y(t) }))),
    s("g", {}, ticks.map((t) => s("text", { x: L - 6, y: y(t) + 4, "text-anchor": "end" }, fmt.n(t)))),
  );
  const every = Math.max(1, Math.ceil(buckets.length / (W / 130)));
  buckets.forEach((b, i) => {
    if (i % every === 0) {
      root.append(s("text", { x: x0(i) + bw / 2, y: H - 8, "text-anchor": "middle" }, bucketLabel(b, data.bucket)));
    }
    let base = 0;
    for (const [key, n] of stacks[i]) {
      root.append(s("rect", {
        class: "bar", x: x0(i) + Math.min(1, bw * 0.1), width: Math.max(1, bw - Math.min(2, bw * 0.2)),
        y: y(base + n), height: y(base) - y(base + n), fill: colors[key], data: { series: String(key), bucket: b },
        onmousemove: (ev) => showTip(ev, [h("div", { class: "t-head" }, bucketLabel(b, data.bucket)),
          ...stacks[i].map(([k, m]) => h("div", {}, `${labelOf(data, k)}: ${fmt.n(m)}`))]),
        onmouseleave: hideTip,
      }));
      base += n;
    }
  });
  const lastDay = (i) => isoDay(new Date(nextBucket(new Date(buckets[i] + "T00:00:00Z"), data.bucket).getTime() - DAY));
  brush(root, { W, left: L, right: W - R, top: T, bottom: H - B }, (fromX, toX) => {
    const at = (x) => Math.min(buckets.length - 1, Math.max(0, Math.floor((x - L) / slot)));
    const [i, j] = [at(Math.min(fromX, toX)), at(Math.max(fromX, toX))];
    onPick(buckets[i], lastDay(j));
  });
  const legend = h("div", { class: "legend", id: "timeline-legend" },
    data.series.map((x) => h("span", { vars: { "--c": colors[x.key] }, data: { key: String(x.key) } }, labelOf(data, x.key))));
  return h("div", {}, root, legend, outlierNote(data));
}

/** Drag across the plot to select x from..to (a click selects one point); shows the band. */
function brush(root, box, onSelect) {
  const band = s("rect", { class: "brush", y: box.top, height: box.bottom - box.top, width: 0, visibility: "hidden" });
  root.append(band);
  const toX = (ev) => {
    const r = root.getBoundingClientRect();
    return Math.min(box.right, Math.max(box.left, ((ev.clientX - r.left) * box.W) / r.width));
  };
  let start = null;
  root.addEventListener("pointerdown", (ev) => {
    if (ev.button !== 0) return;
    start = toX(ev);
    root.setPointerCapture(ev.pointerId);
    band.setAttribute("x", start);
    band.setAttribute("width", 0);
    band.setAttribute("visibility", "visible");
    ev.preventDefault();
  });
  root.addEventListener("pointermove", (ev) => {
    if (start === null) return;
    const x = toX(ev);
    band.setAttribute("x", Math.min(start, x));
    band.setAttribute("width", Math.abs(x - start));
  });
  const finish = (ev) => {
    if (start === null) return;
    const from = start;
    start = null;
    band.setAttribute("visibility", "hidden");
    if (ev.type === "pointerup") onSelect(from, toX(ev));
  };
  root.addEventListener("pointerup", finish);
  root.addEventListener("pointercancel", finish);
}

function outlierNote(data) {
  const out = data.outliers;
  if (!out || !out.n) return null;
  const many = out.n === 1 ? "1 event dated" : `${fmt.n(out.n)} events dated`;
  return h("div", { class: "outliers", id: "timeline-outliers" },
    h("p", { class: "sub" }, `${many} far from the rest ${out.n === 1 ? "is" : "are"} not drawn (the bars run ${out.shown_from} to ${out.shown_to}):`),
    h("ul", {}, out.items.map((ev) => h("li", {},
      h("span", { class: "when" }, fmt.date(ev.event_date)), " ",
      h("a", { href: `#/event/${encodeURIComponent(ev.article_id)}/${encodeURIComponent(ev.id)}` }, ev.headline || ev.trigger_text)))),
    out.n > out.items.length ? h("p", { class: "sub" }, `and ${fmt.n(out.n - out.items.length)} more`) : null);
}

function labelOf(data, key) {
  return data.by === "quad_class" ? (QUADS[key] || { name: "Uncoded" }).name : String(key);
}

// -- actor network ----------------------------------------------------------------------------

let measurer = null;

/** The width of a label in SVG units (the label style: 11.5px system sans-serif). */
function textWidth(text) {
  measurer = measurer || document.createElement("canvas").getContext("2d");
  measurer.font = '11.5px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
  return Math.ceil(measurer.measureText(text).width) + 2;
}

/** The box a node takes: its circle and, to its right, its label. */
function boxOf(p, b) {
  return { left: p.x - b.r, right: p.x + b.r + 4 + b.w, top: p.y - b.hh, bottom: p.y + b.hh };
}

function overlap(a, b, pad) {
  const dx = Math.min(a.right, b.right) - Math.max(a.left, b.left) + pad;
  const dy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) + pad;
  return dx > 0 && dy > 0 ? [dx, dy] : null;
}

/**
 * Positions for the nodes: a force simulation (repulsion between every pair, springs along the
 * edges pulling harder the more events an edge has, a pull towards the centre), then pushes that
 * move apart any two node-and-label boxes that overlap and keep every box inside the frame.
 * Deterministic: it starts from a spiral, heaviest node in the middle.
 */
export function layout(nodes, edges, W, H, sizes) {
  const n = nodes.length;
  const pos = nodes.map((_, i) => {
    const a = i * 2.39996, r = Math.sqrt(i + 0.5) * Math.min(W, H) * 0.07;
    return { x: W / 2 + r * Math.cos(a), y: H / 2 + r * Math.sin(a) };
  });
  const byId = new Map(nodes.map((nd, i) => [nd.id, i]));
  const k = Math.sqrt((W * H) / Math.max(1, n)) * 0.75;
  const maxW = Math.max(1, ...edges.map((e) => e.weight));
  let temp = W / 10;
  for (let step = 0; step < 300; step++) {
    const disp = pos.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
        const d = Math.max(1, Math.hypot(dx, dy));
        const f = (k * k) / d;
        dx /= d; dy /= d;
        disp[i].x += dx * f; disp[i].y += dy * f;
        disp[j].x -= dx * f; disp[j].y -= dy * f;
      }
    }
    for (const e of edges) {
      const i = byId.get(e.source), j = byId.get(e.target);
      if (i === undefined || j === undefined || i === j) continue;
      let dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
      const d = Math.max(1, Math.hypot(dx, dy));
      const f = ((d * d) / k) * (0.6 + 0.8 * Math.sqrt(e.weight / maxW));
      dx /= d; dy /= d;
      disp[i].x -= dx * f; disp[i].y -= dy * f;
      disp[j].x += dx * f; disp[j].y += dy * f;
    }
    for (let i = 0; i < n; i++) {
      // the pull is on the middle of the node-and-label box, not on the node
      disp[i].x += (W / 2 - (sizes[i].r + 4 + sizes[i].w) / 2 - pos[i].x) * 0.9;
      disp[i].y += (H / 2 - pos[i].y) * 0.9 * (W / H);
      const d = Math.max(0.01, Math.hypot(disp[i].x, disp[i].y));
      pos[i].x += (disp[i].x / d) * Math.min(d, temp);
      pos[i].y += (disp[i].y / d) * Math.min(d, temp);
    }
    temp = Math.max(1, temp * 0.97);
  }
  separate(pos, sizes, W, H);
  return pos;
}

/** Moves boxes apart along the axis they overlap least on, and back into the frame. */
function separate(pos, sizes, W, H) {
  const pad = 3, edge = 4;
  for (let pass = 0; pass < 400; pass++) {
    let moved = false;
    for (let i = 0; i < pos.length; i++) {
      for (let j = i + 1; j < pos.length; j++) {
        const o = overlap(boxOf(pos[i], sizes[i]), boxOf(pos[j], sizes[j]), pad);
        if (!o) continue;
        moved = true;
        const [dx, dy] = o;
        const ci = boxOf(pos[i], sizes[i]), cj = boxOf(pos[j], sizes[j]);
        if (dx < dy) {
          const sign = (ci.left + ci.right) / 2 < (cj.left + cj.right) / 2 ? -1 : 1;
          pos[i].x += (sign * dx) / 2; pos[j].x -= (sign * dx) / 2;
        } else {
          const sign = pos[i].y < pos[j].y || (pos[i].y === pos[j].y && i < j) ? -1 : 1;
          pos[i].y += (sign * dy) / 2; pos[j].y -= (sign * dy) / 2;
        }
      }
    }
    for (let i = 0; i < pos.length; i++) {
      const b = boxOf(pos[i], sizes[i]);
      if (b.left < edge) { pos[i].x += edge - b.left; moved = true; }
      if (b.right > W - edge) { pos[i].x -= b.right - (W - edge); moved = true; }
      if (b.top < edge) { pos[i].y += edge - b.top; moved = true; }
      if (b.bottom > H - edge) { pos[i].y -= b.bottom - (H - edge); moved = true; }
    }
    if (!moved) return true;
  }
  return false;
}

/** True when some two boxes overlap or one leaves the frame (the layout then needs more room). */
function crowded(pos, sizes, W, H) {
  for (let i = 0; i < pos.length; i++) {
    const b = boxOf(pos[i], sizes[i]);
    if (b.left < 0 || b.top < 0 || b.right > W || b.bottom > H) return true;
    for (let j = i + 1; j < pos.length; j++) if (overlap(b, boxOf(pos[j], sizes[j]), 0)) return true;
  }
  return false;
}

export function drawNetwork(data, { onPick }) {
  if (!data.nodes.length) return h("p", { class: "empty" }, "No actor pairs among these events.");
  const nodes = data.nodes;
  const keep = new Set(nodes.map((nd) => nd.id));
  const edges = data.edges.filter((e) => keep.has(e.source) && keep.has(e.target));
  const maxW = Math.max(1, ...nodes.map((nd) => nd.weight));
  const sizes = nodes.map((nd) => {
    const r = 4 + 9 * Math.sqrt(nd.weight / maxW);
    return { r, hh: Math.max(r, 8), w: textWidth(shorten(nd.name)) };
  });
  // Room for every box several times over: a taller frame for more (or longer) labels.
  const W = 560;
  const area = sizes.reduce((a, b) => a + (2 * b.r + 4 + b.w) * 2 * b.hh, 0);
  let H = Math.round(Math.min(1400, Math.max(360, (area * 3.2) / W)));
  let pos = layout(nodes, edges, W, H, sizes);
  for (let tries = 0; tries < 4 && crowded(pos, sizes, W, H); tries++) {
    H = Math.round(H * 1.25);
    pos = layout(nodes, edges, W, H, sizes);
  }
  const at = new Map(nodes.map((nd, i) => [nd.id, i]));
  // The frame shrinks to what the boxes take (the edges' curves bend inside them).
  const boxes = pos.map((p, i) => boxOf(p, sizes[i]));
  const x1 = Math.max(0, Math.min(...boxes.map((b) => b.left)) - 10);
  const y1 = Math.max(0, Math.min(...boxes.map((b) => b.top)) - 10);
  const x2 = Math.min(W, Math.max(...boxes.map((b) => b.right)) + 10);
  const y2 = Math.min(H, Math.max(...boxes.map((b) => b.bottom)) + 10);
  const view = [x1, y1, Math.max(W * 0.6, x2 - x1), Math.max(240, y2 - y1)].map((v) => v.toFixed(1)).join(" ");
  const root = s("svg", { class: "chart network", viewBox: view, role: "img", "aria-label": "Actor network" });
  const defs = s("defs", {});
  for (const q of [0, 1, 2, 3, 4]) {
    defs.append(s("marker", { id: `arrow-${q}`, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: "userSpaceOnUse", orient: "auto-start-reverse" },
      s("path", { d: "M0,1 L10,5 L0,9 z", fill: quadColor(q) })));
  }
  root.append(defs);
  const maxE = Math.max(1, ...edges.map((e) => e.weight));
  for (const e of edges) {
    const a = pos[at.get(e.source)], b = pos[at.get(e.target)];
    if (a === b) continue;
    const dx = b.x - a.x, dy = b.y - a.y, d = Math.max(1, Math.hypot(dx, dy));
    const r = sizes[at.get(e.target)].r + 3;
    const ex = b.x - (dx / d) * r, ey = b.y - (dy / d) * r;
    const mx = (a.x + ex) / 2 - (dy / d) * d * 0.12, my = (a.y + ey) / 2 + (dx / d) * d * 0.12;
    const q = e.quad_class || 0;
    root.append(s("path", {
      class: "edge", d: `M${a.x.toFixed(1)},${a.y.toFixed(1)} Q${mx.toFixed(1)},${my.toFixed(1)} ${ex.toFixed(1)},${ey.toFixed(1)}`,
      stroke: quadColor(q), "stroke-width": (1 + 5 * Math.sqrt(e.weight / maxE)).toFixed(2), data: { weight: String(e.weight) },
      "marker-end": data.directed ? `url(#arrow-${q})` : null,
      onmousemove: (ev) => showTip(ev, [
        h("div", { class: "t-head" }, `${nodes[at.get(e.source)].name} ${data.directed ? "→" : "—"} ${nodes[at.get(e.target)].name}`),
        ...kv([[data.directed ? "events" : "articles", e.weight], ["mostly", QUADS[e.quad_class]?.name],
          ["mean Goldstein", e.goldstein == null ? null : e.goldstein.toFixed(1)]]),
      ]),
      onmouseleave: hideTip,
    }));
  }
  nodes.forEach((nd, i) => {
    const p = pos[i], { r } = sizes[i];
    root.append(s("g", { class: "actor", onclick: () => onPick(nd), onmouseleave: hideTip,
      onmousemove: (ev) => showTip(ev, [h("div", { class: "t-head" }, nd.name), ...kv([["country", nd.country], ["sector", nd.sector], ["events", nd.weight]])]) },
    s("circle", { class: "node", cx: p.x.toFixed(1), cy: p.y.toFixed(1), r: r.toFixed(1), fill: "#1f2a37" }),
    s("text", { class: "label", x: (p.x + r + 4).toFixed(1), y: (p.y + 4).toFixed(1) }, shorten(nd.name))));
  });
  return root;
}

function shorten(name) {
  return name.length > 40 ? name.slice(0, 39) + "…" : name;
}

// -- map --------------------------------------------------------------------------------------

let basemap = null;

async function loadBasemap() {
  if (!basemap) basemap = fetch("/static/countries.geojson").then((r) => r.json());
  return basemap;
}

// Equirectangular projection, cropped to the inhabited latitudes.
const MAP = { W: 720, H: 330, north: 84, south: -58 };
const px = (lon) => ((lon + 180) / 360) * MAP.W;
const py = (lat) => ((MAP.north - lat) / (MAP.north - MAP.south)) * MAP.H;

function ringPath(ring) {
  return ring.map(([lon, lat], i) => `${i ? "L" : "M"}${px(lon).toFixed(1)},${py(lat).toFixed(1)}`).join("") + "Z";
}

const CLUSTER_PX = 8;

// Points (place, events n) grouped greedily, the largest first: a point joins the first
// cluster whose centre lies within `radius` map pixels, else starts its own.
export function clusterPoints(points, radius) {
  const clusters = [];
  for (const p of [...points].sort((a, b) => b.n - a.n)) {
    const x = px(p.lon), y = py(p.lat);
    const c = clusters.find((k) => Math.hypot(k.x - x, k.y - y) <= radius);
    if (c) { c.members.push(p); c.n += p.n; } else clusters.push({ x, y, n: p.n, members: [p] });
  }
  return clusters;
}

export async function drawMap(data, { onPick }) {
  const world = await loadBasemap();
  const root = s("svg", { class: "chart", viewBox: `0 0 ${MAP.W} ${MAP.H}`, role: "img", "aria-label": "Map of event locations" });
  const grid = s("g", {});
  for (let lon = -150; lon <= 150; lon += 30) grid.append(s("path", { class: "graticule", d: `M${px(lon)},0V${MAP.H}` }));
  for (let lat = -30; lat <= 60; lat += 30) grid.append(s("path", { class: "graticule", d: `M0,${py(lat)}H${MAP.W}` }));
  root.append(grid);
  const counts = data.countries || {};
  const maxC = Math.max(1, ...Object.values(counts));
  for (const f of world.features) {
    const iso = f.properties.iso3;
    const n = (iso && counts[iso]) || 0;
    const d = f.geometry.coordinates.map((poly) => poly.map(ringPath).join("")).join("");
    const path = s("path", {
      class: "country" + (n ? " hit" : ""), d,
      // CSSOM styles (not attributes): they must win over the stylesheet's neutral fill
      vars: n ? { fill: "#4f86b5", "fill-opacity": String(0.2 + 0.55 * Math.sqrt(n / maxC)) } : null,
      onmousemove: (ev) => showTip(ev, [h("div", { class: "t-head" }, f.properties.name), ...kv([["events located here", n || "none"]])]),
      onmouseleave: hideTip,
      onclick: iso && n ? () => onPick({ country: iso }) : null,
    });
    root.append(path);
  }
  // many events at one place, or at places closer than CLUSTER_PX on the map, are one cluster:
  // a dot sized by its events with their count on it; its tip lists its places
  const clusters = clusterPoints(data.points, CLUSTER_PX);
  const maxP = Math.max(1, ...clusters.map((c) => c.n));
  for (const c of clusters) {
    const top = c.members[0];
    const r = 3 + 9 * Math.sqrt(c.n / maxP);
    const tip = c.members.length === 1
      ? [h("div", { class: "t-head" }, top.name || "unnamed place"), ...kv([["events", top.n], ["mostly", top.plover], ["country", top.country]])]
      : [h("div", { class: "t-head" }, `${c.n} events at ${c.members.length} places`),
        ...kv(c.members.slice(0, 8).map((p) => [p.name || "unnamed place", p.n]))];
    const dot = s("g", { class: "cluster", data: { n: String(c.n), places: String(c.members.length) },
      onmousemove: (ev) => showTip(ev, tip), onmouseleave: hideTip,
      onclick: top.country ? () => onPick({ country: top.country }) : null },
      s("circle", { class: "point", cx: c.x, cy: c.y, r, fill: quadColor(top.quad_class) }));
    if (c.n > 1) dot.append(s("text", { class: "count", x: c.x, y: c.y + 3.5, "text-anchor": "middle" }, fmt.n(c.n)));
    root.append(dot);
  }
  const places = data.points.length;
  const note = h("p", { class: "legend" }, h("span", { vars: { "--c": "#4f86b5" } }, "shade: events placed in the country"),
    h("span", { vars: { "--c": "#c4574b" } }, `dots: ${places} place${places === 1 ? "" : "s"}, coloured by quad class`));
  return h("div", {}, root, note);
}

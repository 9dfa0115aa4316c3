/**
 * Renders the demo illustrations, avatars, logo and favicon used by the seeded demo site.
 *
 *   node scripts/make-demo-images.ts
 *
 * Every picture is a hand-written SVG (flat editorial style) rasterised with sharp.
 * All randomness comes from a PRNG seeded by the image key, so reruns write identical files.
 */
import sharp from 'sharp';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_IMAGE_KEYS } from '../lib/seed/demo/types.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const W = 1600;
const H = 900;

// ---------------------------------------------------------------------------
// Toolkit
// ---------------------------------------------------------------------------

type Rand = () => number;
type Pt = [number, number];
type Stop = [offset: number, color: string, opacity?: number];

function mulberry32(seed: number): Rand {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hashString(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

const between = (r: Rand, a: number, b: number) => a + (b - a) * r();
function pick<T>(r: Rand, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)]!;
}
const lerp = (a: number, b: number, t: number) => a + (b - a) * t;
const lerpPt = (a: Pt, b: Pt, t: number): Pt => [lerp(a[0], b[0], t), lerp(a[1], b[1], t)];

/** Mixes two #rrggbb colours. */
function mix(c1: string, c2: string, t: number): string {
  const p = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
  const a = p(c1);
  const b = p(c2);
  return '#' + a.map((v, i) => Math.round(lerp(v, b[i]!, t)).toString(16).padStart(2, '0')).join('');
}

/** Number formatting that keeps the SVG compact. */
const f = (v: number) => String(Math.round(v * 10) / 10);
const ex = (extra: string) => (extra ? ' ' + extra : '');
const pts = (p: Pt[]) => p.map(([x, y]) => `${f(x)},${f(y)}`).join(' ');

const rect = (x: number, y: number, w: number, h: number, fill: string, extra = '') =>
  `<rect x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${f(h)}" fill="${fill}"${ex(extra)}/>`;
const circle = (cx: number, cy: number, r: number, fill: string, extra = '') =>
  `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(r)}" fill="${fill}"${ex(extra)}/>`;
const ellipse = (cx: number, cy: number, rx: number, ry: number, fill: string, extra = '') =>
  `<ellipse cx="${f(cx)}" cy="${f(cy)}" rx="${f(rx)}" ry="${f(ry)}" fill="${fill}"${ex(extra)}/>`;
const polygon = (p: Pt[], fill: string, extra = '') => `<polygon points="${pts(p)}" fill="${fill}"${ex(extra)}/>`;
const pathEl = (d: string, fill: string, extra = '') => `<path d="${d}" fill="${fill}"${ex(extra)}/>`;
const line = (x1: number, y1: number, x2: number, y2: number, stroke: string, width: number, extra = '') =>
  `<line x1="${f(x1)}" y1="${f(y1)}" x2="${f(x2)}" y2="${f(y2)}" stroke="${stroke}" stroke-width="${f(width)}"${ex(extra)}/>`;
const polyline = (p: Pt[], stroke: string, width: number, extra = '') =>
  `<polyline points="${pts(p)}" fill="none" stroke="${stroke}" stroke-width="${f(width)}"${ex(extra)}/>`;
const group = (content: string | string[], extra = '') =>
  `<g${ex(extra)}>${Array.isArray(content) ? content.join('') : content}</g>`;
const stroke = (d: string, color: string, width: number, extra = '') =>
  `<path d="${d}" fill="none" stroke="${color}" stroke-width="${f(width)}"${ex(extra)}/>`;

/** Smooth path through the points (Catmull-Rom converted to cubic Béziers). */
function smoothD(p: Pt[], move = true): string {
  let d = move ? `M${f(p[0]![0])},${f(p[0]![1])}` : `L${f(p[0]![0])},${f(p[0]![1])}`;
  for (let i = 0; i < p.length - 1; i++) {
    const p0 = p[i - 1] ?? p[i]!;
    const p1 = p[i]!;
    const p2 = p[i + 1]!;
    const p3 = p[i + 2] ?? p2;
    const c1: Pt = [p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6];
    const c2: Pt = [p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6];
    d += ` C${pts([c1, c2, p2])}`;
  }
  return d;
}

/** Samples a Catmull-Rom curve densely (for strokes of varying width). */
function sampleCurve(p: Pt[], perSeg = 16): Pt[] {
  const out: Pt[] = [];
  for (let i = 0; i < p.length - 1; i++) {
    const p0 = p[i - 1] ?? p[i]!;
    const p1 = p[i]!;
    const p2 = p[i + 1]!;
    const p3 = p[i + 2] ?? p2;
    for (let s = 0; s < perSeg; s++) {
      const t = s / perSeg;
      const t2 = t * t;
      const t3 = t2 * t;
      const c = (a: number, b: number, c_: number, d: number) =>
        0.5 * (2 * b + (-a + c_) * t + (2 * a - 5 * b + 4 * c_ - d) * t2 + (-a + 3 * b - 3 * c_ + d) * t3);
      out.push([c(p0[0], p1[0], p2[0], p3[0]), c(p0[1], p1[1], p2[1], p3[1])]);
    }
  }
  out.push(p[p.length - 1]!);
  return out;
}

/** A rolling ridge line: y as a function of x (sum of sines with seeded phases). */
function ridge(r: Rand, base: number, amp: number, minWave = 260, maxWave = 900, waves = 3): (x: number) => number {
  const comps = Array.from({ length: waves }, (_, i) => ({
    l: between(r, minWave, maxWave) / (1 + i * 0.6),
    p: r() * Math.PI * 2,
    a: 1 / (i + 1),
  }));
  const total = comps.reduce((s, c) => s + c.a, 0);
  return (x) => base - (amp * comps.reduce((s, c) => s + c.a * Math.sin((x / c.l) * Math.PI * 2 + c.p), 0)) / total;
}

/** Closed hill shape under a ridge function. */
function hillD(fn: (x: number) => number, bottom = H, x0 = -20, x1 = W + 20, step = 40): string {
  const p: Pt[] = [];
  for (let x = x0; x < x1; x += step) p.push([x, fn(x)]);
  p.push([x1, fn(x1)]);
  return `${smoothD(p)} L${x1},${bottom} L${x0},${bottom} Z`;
}

class Doc {
  w: number;
  h: number;
  defs: string[] = [];
  body: string[] = [];
  counter = 0;
  constructor(w = W, h = H) {
    this.w = w;
    this.h = h;
  }
  id(prefix = 'i') {
    this.counter += 1;
    return `${prefix}${this.counter}`;
  }
  add(...parts: string[]) {
    this.body.push(...parts);
  }
  stops(stops: Stop[]) {
    return stops
      .map(([o, c, op]) => `<stop offset="${o}" stop-color="${c}"${op === undefined ? '' : ` stop-opacity="${op}"`}/>`)
      .join('');
  }
  /** Linear gradient in bounding-box units (default: top to bottom). */
  lin(stops: Stop[], x1 = 0, y1 = 0, x2 = 0, y2 = 1): string {
    const id = this.id('l');
    this.defs.push(`<linearGradient id="${id}" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}">${this.stops(stops)}</linearGradient>`);
    return `url(#${id})`;
  }
  /** Linear gradient in user space. */
  linU(stops: Stop[], x1: number, y1: number, x2: number, y2: number): string {
    const id = this.id('l');
    this.defs.push(
      `<linearGradient id="${id}" gradientUnits="userSpaceOnUse" x1="${f(x1)}" y1="${f(y1)}" x2="${f(x2)}" y2="${f(y2)}">${this.stops(stops)}</linearGradient>`,
    );
    return `url(#${id})`;
  }
  /** Radial gradient in user space. */
  radU(stops: Stop[], cx: number, cy: number, r: number): string {
    const id = this.id('r');
    this.defs.push(
      `<radialGradient id="${id}" gradientUnits="userSpaceOnUse" cx="${f(cx)}" cy="${f(cy)}" r="${f(r)}">${this.stops(stops)}</radialGradient>`,
    );
    return `url(#${id})`;
  }
  /** Soft glow: a circle filled with a fading radial gradient. */
  glow(cx: number, cy: number, r: number, color: string, opacity = 0.6): string {
    return circle(cx, cy, r, this.radU([[0, color, opacity], [0.4, color, opacity * 0.35], [1, color, 0]], cx, cy, r));
  }
  clip(content: string): string {
    const id = this.id('c');
    this.defs.push(`<clipPath id="${id}">${content}</clipPath>`);
    return `url(#${id})`;
  }
  blur(std: number): string {
    const id = this.id('b');
    this.defs.push(`<filter id="${id}" x="-20%" y="-20%" width="140%" height="140%"><feGaussianBlur stdDeviation="${std}"/></filter>`);
    return `url(#${id})`;
  }
  svg(): string {
    return `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${this.w}" height="${this.h}" viewBox="0 0 ${this.w} ${this.h}"><defs>${this.defs.join('')}</defs>${this.body.join('')}</svg>`;
  }
}

// --- Reusable motifs --------------------------------------------------------

/** Flat-bottomed cartoon cloud of width w sitting on baseline y. */
function cloud(x: number, y: number, w: number, fill: string, opacity = 1): string {
  const h = w * 0.16;
  const parts = [
    rect(x, y - h, w, h, fill, `rx="${f(h / 2)}"`),
    circle(x + w * 0.3, y - w * 0.16, w * 0.16, fill),
    circle(x + w * 0.55, y - w * 0.2, w * 0.2, fill),
    circle(x + w * 0.76, y - w * 0.12, w * 0.12, fill),
  ];
  return group(parts, `opacity="${opacity}"`);
}

/** Round deciduous tree, two-tone crown. */
function roundTree(x: number, yBase: number, s: number, dark: string, light: string, trunk: string): string {
  return [
    rect(x - s * 0.05, yBase - s * 0.55, s * 0.1, s * 0.55, trunk),
    circle(x, yBase - s * 0.78, s * 0.36, dark),
    circle(x - s * 0.08, yBase - s * 0.85, s * 0.27, light),
  ].join('');
}

/** Conifer silhouette. */
function pine(x: number, yBase: number, h: number, fill: string): string {
  const w = h * 0.42;
  const tiers = 3;
  let d = '';
  for (let i = 0; i < tiers; i++) {
    const top = yBase - h + (i * h) / (tiers + 0.6);
    const bot = top + h * 0.48;
    const hw = (w / 2) * (0.55 + (i * 0.45) / (tiers - 1));
    d += `M${f(x)},${f(top)} L${f(x + hw)},${f(bot)} L${f(x - hw)},${f(bot)} Z `;
  }
  d += `M${f(x - h * 0.03)},${f(yBase - h * 0.2)} h${f(h * 0.06)} V${f(yBase)} h${f(-h * 0.06)} Z`;
  return pathEl(d, fill);
}

/** Standing person silhouette, feet on yFeet, height h. */
function person(
  x: number,
  yFeet: number,
  h: number,
  body: string,
  opts: { head?: string; legs?: string; stride?: number; arms?: boolean } = {},
): string {
  const head = opts.head ?? body;
  const legs = opts.legs ?? mix(body, '#000000', 0.3);
  const s = opts.stride ?? 0;
  const sh = yFeet - h * 0.8; // shoulder line
  const hip = yFeet - h * 0.46;
  const hw = h * 0.125;
  const legW = h * 0.07;
  const out: string[] = [];
  // Legs as tapered strokes from the hips to the feet.
  for (const side of [-1, 1]) {
    const hx = x + side * h * 0.05;
    const fx = x + side * (h * 0.045 + s * h * 0.09);
    out.push(polygon([[hx - legW / 2 - 1, hip - 4], [hx + legW / 2 + 1, hip - 4], [fx + legW * 0.4, yFeet - 3], [fx - legW * 0.4, yFeet - 3]], legs));
    out.push(ellipse(fx + side * legW * 0.25, yFeet - 3, legW * 0.75, legW * 0.35, mix(legs, '#000000', 0.3)));
  }
  // Arms hang beside the torso.
  if (opts.arms !== false) {
    const armCol = mix(body, '#000000', 0.12);
    for (const side of [-1, 1]) {
      out.push(
        line(x + side * (hw - h * 0.02), sh + h * 0.04, x + side * (hw + h * 0.015 + Math.abs(s) * h * 0.03), hip + h * 0.02, armCol, h * 0.055, 'stroke-linecap="round"'),
      );
    }
  }
  out.push(
    pathEl(
      `M${f(x - hw)},${f(sh + h * 0.05)} Q${f(x - hw)},${f(sh)} ${f(x - hw + h * 0.06)},${f(sh)} L${f(x + hw - h * 0.06)},${f(sh)} Q${f(x + hw)},${f(sh)} ${f(x + hw)},${f(sh + h * 0.05)} L${f(x + hw * 0.82)},${f(hip + h * 0.02)} L${f(x - hw * 0.82)},${f(hip + h * 0.02)} Z`,
      body,
    ),
  );
  out.push(rect(x - h * 0.028, sh - h * 0.05, h * 0.056, h * 0.06, head));
  out.push(ellipse(x, sh - h * 0.1, h * 0.062, h * 0.072, head));
  return out.join('');
}

/** Horizontal streaks used as ripples on water. */
function ripples(r: Rand, count: number, y0: number, y1: number, color: string, opacity: number, x0 = 0, x1 = W): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const t = r();
    const y = lerp(y0, y1, t * t);
    const len = lerp(30, 260, (y - y0) / (y1 - y0 || 1)) * between(r, 0.5, 1.2);
    const x = between(r, x0 - 40, x1);
    const hgt = lerp(1.5, 4, (y - y0) / (y1 - y0 || 1));
    out.push(rect(x, y, len, hgt, color, `rx="${f(hgt / 2)}" opacity="${f(opacity * between(r, 0.5, 1))}"`));
  }
  return out.join('');
}

function stars(r: Rand, count: number, yMax: number, color = '#eef0ff'): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const y = Math.pow(r(), 1.4) * yMax;
    out.push(circle(between(r, 0, W), y, between(r, 0.7, 1.9), color, `opacity="${f(between(r, 0.25, 0.9) * (1 - (y / yMax) * 0.6))}"`));
  }
  return out.join('');
}

function gull(x: number, y: number, s: number, color: string): string {
  return stroke(
    `M${f(x - s)},${f(y)} q${f(s * 0.5)},${f(-s * 0.55)} ${f(s)},0 q${f(s * 0.5)},${f(-s * 0.55)} ${f(s)},0`,
    color,
    Math.max(1.5, s * 0.18),
    'stroke-linecap="round" stroke-linejoin="round"',
  );
}

/** Grid of windows; returns only drawn windows. */
function windows(
  r: Rand,
  x: number,
  y: number,
  w: number,
  h: number,
  opts: { ww: number; wh: number; gx: number; gy: number; lit: string; dark?: string; p: number; op?: [number, number] },
): string {
  const out: string[] = [];
  const cols = Math.floor((w - opts.gx) / (opts.ww + opts.gx));
  const rows = Math.floor((h - opts.gy) / (opts.wh + opts.gy));
  const offX = x + (w - (cols * (opts.ww + opts.gx) - opts.gx)) / 2;
  const [o0, o1] = opts.op ?? [0.55, 1];
  for (let row = 0; row < rows; row++) {
    // Whole floors tend to be lit together, which reads better than pure noise.
    const floorBias = r() < 0.25 ? 0.35 : r() < 0.2 ? -0.25 : 0;
    for (let c = 0; c < cols; c++) {
      const wx = offX + c * (opts.ww + opts.gx);
      const wy = y + opts.gy + row * (opts.wh + opts.gy);
      if (r() < opts.p + floorBias) out.push(rect(wx, wy, opts.ww, opts.wh, opts.lit, `opacity="${f(between(r, o0, o1))}"`));
      else if (opts.dark) out.push(rect(wx, wy, opts.ww, opts.wh, opts.dark));
    }
  }
  return out.join('');
}

// ---------------------------------------------------------------------------
// Scenes
// ---------------------------------------------------------------------------

type Scene = (d: Doc, r: Rand) => void;

const harbourDawn: Scene = (d, r) => {
  const HZ = 560;
  const sunX = 1080;
  d.add(
    rect(0, 0, W, HZ + 2, d.lin([[0, '#2f3b5c'], [0.32, '#6c6690'], [0.62, '#c98d8c'], [0.84, '#f0bf98'], [1, '#f8dcae']])),
    d.glow(sunX, HZ - 20, 420, '#ffe9c4', 0.85),
  );
  // Long thin dawn clouds.
  for (const [x, y, w, c] of [
    [120, 250, 520, '#d99a9a'],
    [260, 275, 300, '#e3a89a'],
    [900, 180, 420, '#b987a0'],
    [1180, 212, 360, '#d59b9c'],
    [640, 330, 260, '#eab29a'],
    [1300, 360, 220, '#f0bf9f'],
  ] as const) {
    d.add(rect(x, y, w, 11, c, 'rx="5.5" opacity="0.6"'), rect(x + w * 0.2, y + 16, w * 0.5, 7, c, 'rx="3.5" opacity="0.45"'));
  }
  d.add(circle(sunX, HZ - 26, 62, '#fff4dc'));
  // Distant headlands and a small town on the far shore.
  const far = ridge(r, HZ - 14, 14, 300, 800);
  d.add(pathEl(hillD(far, HZ + 2), '#9a7f9a'));
  const town: string[] = [];
  for (let x = 1230; x < W; x += between(r, 14, 26)) {
    const hgt = between(r, 10, 34);
    town.push(rect(x, HZ - hgt, between(r, 12, 24), hgt + 2, '#80688a'));
  }
  town.push(polygon([[1330, HZ - 30], [1338, HZ - 78], [1346, HZ - 30]], '#80688a'));
  d.add(...town);

  // Water.
  d.add(rect(0, HZ, W, H - HZ, d.lin([[0, '#f0c7a0'], [0.18, '#c9989a'], [0.55, '#6f6888'], [1, '#34405f']])));

  // Harbour (quay, containers, cranes) drawn once into a group we can mirror.
  const quayTop = 572;
  const quayBottom = 612;
  const harbour: string[] = [];
  const craneCol = '#3f3554';
  const crane = (cx: number, s: number) => {
    const gy = quayTop;
    const c: string[] = [];
    const legH = 230 * s;
    for (const lx of [cx - 48 * s, cx + 48 * s]) c.push(rect(lx - 5 * s, gy - legH, 10 * s, legH, craneCol));
    c.push(line(cx - 48 * s, gy - legH + 20 * s, cx + 48 * s, gy - 110 * s, craneCol, 4 * s));
    c.push(line(cx + 48 * s, gy - legH + 20 * s, cx - 48 * s, gy - 110 * s, craneCol, 4 * s));
    c.push(rect(cx - 58 * s, gy - legH - 12 * s, 116 * s, 16 * s, craneCol));
    const by = gy - legH - 34 * s;
    c.push(rect(cx - 130 * s, by, 450 * s, 13 * s, craneCol));
    c.push(rect(cx - 120 * s, by - 26 * s, 62 * s, 26 * s, craneCol));
    const apex: Pt = [cx, by - 110 * s];
    c.push(polyline([[cx - 42 * s, by], apex, [cx + 42 * s, by]], craneCol, 7 * s));
    c.push(line(apex[0], apex[1], cx + 318 * s, by + 2, craneCol, 2.5 * s));
    c.push(line(apex[0], apex[1], cx + 170 * s, by + 2, craneCol, 2 * s));
    c.push(line(apex[0], apex[1], cx - 128 * s, by + 2, craneCol, 2.5 * s));
    c.push(rect(cx + 200 * s, by + 13 * s, 26 * s, 12 * s, craneCol));
    c.push(line(cx + 213 * s, by + 25 * s, cx + 213 * s, by + 110 * s, craneCol, 1.5 * s));
    c.push(rect(cx + 190 * s, by + 110 * s, 46 * s, 7 * s, craneCol));
    c.push(circle(apex[0], apex[1] - 4 * s, 3.5 * s, '#e46a5a'));
    return c.join('');
  };
  harbour.push(crane(230, 1), crane(470, 0.82));
  const boxCols = ['#7d5566', '#566583', '#9a6a62', '#675a7e', '#7a6672', '#5d5572'];
  for (let x = 20; x < 600; x += 78) {
    if (r() < 0.15) continue;
    const stack = 1 + Math.floor(r() * 4);
    for (let k = 0; k < stack; k++) {
      const col = pick(r, boxCols);
      harbour.push(rect(x, quayTop - (k + 1) * 27, 74, 26, col));
      for (let rib = 1; rib < 6; rib++) harbour.push(rect(x + rib * 12.3, quayTop - (k + 1) * 27 + 3, 1.5, 20, '#000', 'opacity="0.12"'));
    }
  }
  harbour.push(rect(-10, quayTop, 660, quayBottom - quayTop, '#352c48'), rect(-10, quayTop, 660, 4, '#5a4a68'));
  for (let x = 10; x < 640; x += 48) harbour.push(rect(x, quayTop + 8, 5, quayBottom - quayTop - 8, '#2b2340'));
  d.defs.push(`<g id="harbour">${harbour.join('')}</g>`);

  // Boat.
  const boat = [
    pathEl('M860,636 L1016,636 L1000,662 L874,662 Z', '#2b2440'),
    rect(930, 606, 46, 30, '#3a3150'),
    rect(938, 613, 12, 9, '#f3c98f'),
    rect(956, 613, 12, 9, '#f3c98f', 'opacity="0.7"'),
    line(958, 606, 958, 532, '#2b2440', 4),
    polyline([[958, 540], [872, 634]], '#2b2440', 1.5),
    polyline([[958, 540], [1010, 634]], '#2b2440', 1.5),
    line(958, 560, 1000, 575, '#2b2440', 3),
  ].join('');
  d.defs.push(`<g id="boat">${boat}</g>`);

  // Reflections.
  const waterClip = d.clip(rect(0, HZ, W, H - HZ, '#000'));
  const soft = d.blur(2.2);
  d.add(
    group(
      [
        `<use href="#harbour" transform="matrix(1 0 0 -1 0 ${2 * quayBottom})" opacity="0.32"/>`,
        `<use href="#boat" transform="matrix(1 0 0 -1 0 ${2 * 662})" opacity="0.3"/>`,
      ],
      `clip-path="${waterClip}" filter="${soft}"`,
    ),
  );
  // Sun glitter path.
  const glitter: string[] = [];
  for (let k = 0; k < 44; k++) {
    const y = HZ + 4 + 6 * k + 0.1 * k * k;
    if (y > H) break;
    const w = 24 + k * 5 + between(r, 0, 50);
    const x = sunX - w / 2 + between(r, -1, 1) * (8 + k * 2);
    const h = 2.5 + k * 0.12;
    glitter.push(rect(x, y, w, h, '#fde6bd', `rx="${f(h / 2)}" opacity="${f(Math.max(0.12, 0.9 - k * 0.018))}"`));
  }
  d.add(...glitter);
  d.add(ripples(r, 70, HZ + 20, H, '#f4cfad', 0.22), ripples(r, 60, HZ + 40, H, '#28304d', 0.22));
  d.add('<use href="#harbour"/>', '<use href="#boat"/>');

  // Foreground mooring posts.
  const posts: string[] = [];
  for (const [x, top, w] of [
    [1390, 700, 26],
    [1460, 740, 32],
    [1545, 690, 40],
  ] as const) {
    posts.push(rect(x, top, w, H - top, '#251f35', `rx="${w / 3}"`));
    posts.push(rect(x + 4, top + 6, w * 0.3, H - top - 6, '#3b3150', 'opacity="0.8"'));
    posts.push(rect(x - 6, top + 40, w + 12, 9, '#1d182b', 'rx="4"'));
  }
  posts.push(stroke('M1416,742 Q1446,790 1470,770', '#1d182b', 4));
  posts.push(stroke('M1492,782 Q1520,820 1551,740', '#1d182b', 4));
  d.add(...posts);
  d.add(gull(700, 230, 16, '#3a3452'), gull(745, 262, 11, '#3a3452'), gull(1260, 300, 13, '#4a4060'), gull(640, 280, 9, '#4a4060'));
};

const cityHall: Scene = (d, r) => {
  const stone = '#ece2cc';
  const stoneLight = '#f6efdf';
  const stoneShade = '#d3c3a3';
  const glass = '#5f7787';
  d.add(rect(0, 0, W, 660, d.lin([[0, '#a9c7d6'], [0.7, '#dbe7e6'], [1, '#eef0e6']])));
  d.add(cloud(120, 190, 300, '#ffffff', 0.8), cloud(1160, 150, 360, '#ffffff', 0.85), cloud(1380, 300, 180, '#ffffff', 0.6), cloud(420, 110, 170, '#ffffff', 0.55));

  // Background trees behind the wings.
  const trees: string[] = [];
  for (let x = 260; x < 1380; x += 70) {
    if (x > 520 && x < 1080) continue;
    trees.push(circle(x + between(r, -10, 10), 410 + between(r, -10, 10), between(r, 40, 56), '#8aa889'));
  }
  d.add(...trees);

  // Wings.
  d.add(rect(300, 400, 1000, 250, stone));
  const balusters: string[] = [rect(300, 372, 1000, 8, stoneLight), rect(300, 394, 1000, 6, stoneLight)];
  for (let x = 306; x < 1300; x += 14) balusters.push(rect(x, 380, 7, 14, stoneShade, 'rx="3"'));
  d.add(...balusters);
  d.add(rect(290, 398, 1020, 16, stoneLight), rect(300, 414, 1000, 5, stoneShade));
  // Ground floor rustication.
  for (let y = 540; y < 650; y += 18) d.add(rect(300, y, 1000, 2, stoneShade, 'opacity="0.6"'));
  d.add(rect(300, 528, 1000, 10, stoneLight));
  const win = (x: number, y: number, w: number, h: number, pediment: boolean) => {
    const out = [
      pathEl(`M${x},${y + h} V${y + w / 2} A${w / 2},${w / 2} 0 0 1 ${x + w},${y + w / 2} V${y + h} Z`, glass),
      rect(x + w / 2 - 1.5, y + 6, 3, h - 6, '#e9e2d2', 'opacity="0.8"'),
      rect(x, y + h * 0.55, w, 3, '#e9e2d2', 'opacity="0.8"'),
      polygon([[x + 4, y + h], [x + w * 0.55, y + w / 2], [x + w * 0.75, y + w / 2 + 6], [x + 10, y + h]], '#ffffff', 'opacity="0.12"'),
      rect(x - 6, y + h, w + 12, 6, stoneLight),
    ];
    if (pediment) out.push(polygon([[x - 8, y - 6], [x + w / 2, y - 22], [x + w + 8, y - 6]], stoneLight), rect(x - 8, y - 6, w + 16, 4, stoneShade));
    return out.join('');
  };
  for (const x0 of [330, 1010]) {
    for (let i = 0; i < 4; i++) {
      const x = x0 + i * 70;
      d.add(win(x, 440, 36, 76, true), win(x, 560, 36, 64, false));
    }
  }

  // Drum and dome.
  d.add(rect(690, 232, 220, 110, stone), rect(680, 226, 240, 12, stoneLight));
  for (let i = 0; i < 6; i++) {
    const x = 702 + i * 36;
    d.add(rect(x, 240, 10, 100, stoneLight), pathEl(`M${x + 15},300 V262 a8,8 0 0 1 16,0 V300 Z`, glass));
  }
  d.add(
    pathEl('M694,228 A106,118 0 0 1 906,228 Z', d.lin([[0, '#a8cdbd'], [0.55, '#7fa99a'], [1, '#5b867a']], 0, 0, 1, 0)),
    stroke('M800,110 V228', '#6a9587', 2),
    stroke('M748,120 Q730,160 726,228', '#6a9587', 2),
    stroke('M852,120 Q870,160 874,228', '#6a9587', 2),
    rect(786, 88, 28, 26, stoneLight),
    pathEl('M784,90 A16,14 0 0 1 816,90 Z', '#7fa99a'),
    line(800, 76, 800, 26, '#5d5a55', 3),
    pathEl('M801,28 C820,22 832,36 856,28 L856,52 C832,60 820,46 801,52 Z', '#b65c4b'),
  );

  // Central block + portico.
  d.add(rect(560, 370, 480, 280, stoneLight), rect(590, 430, 420, 210, '#c9b796'));
  d.add(pathEl('M770,640 V575 a30,30 0 0 1 60,0 V640 Z', '#6e5a48'), rect(798, 560, 4, 80, '#5a4838'));
  d.add(win(650, 470, 34, 64, false), win(916, 470, 34, 64, false));
  const cols: string[] = [];
  for (let i = 0; i < 6; i++) {
    const x = 606 + i * 76;
    cols.push(rect(x, 444, 30, 186, stoneLight), rect(x + 19, 444, 11, 186, stoneShade, 'opacity="0.75"'));
    for (let fl = 1; fl < 4; fl++) cols.push(rect(x + fl * 6.5, 450, 1.5, 174, stoneShade, 'opacity="0.5"'));
    cols.push(rect(x - 6, 432, 42, 14, stone), rect(x - 6, 626, 42, 14, stone));
  }
  d.add(...cols);
  d.add(rect(575, 404, 450, 30, stoneLight), rect(575, 420, 450, 6, stoneShade, 'opacity="0.7"'));
  d.add(polygon([[565, 406], [800, 316], [1035, 406]], stoneLight), polygon([[600, 398], [800, 330], [1000, 398]], '#e4d6ba'));
  d.add(circle(800, 372, 16, glass), circle(800, 372, 16, 'none', `stroke="${stoneLight}" stroke-width="4"`));

  // Steps and plinth.
  d.add(rect(290, 636, 1020, 16, '#d9cbb0'));
  for (let i = 0; i < 6; i++) d.add(rect(560 - i * 14, 648 + i * 10, 480 + i * 28, 10, i % 2 ? '#dccfb6' : '#cdbfa2'));

  // Plaza.
  d.add(rect(0, 652, W, H - 652, d.lin([[0, '#d8cdb5'], [1, '#c3b69b']])));
  d.add(rect(0, 708, W, H - 708, '#cbbfa5', 'opacity="0.5"'));
  for (const y of [700, 722, 750, 786, 830, 884]) d.add(rect(0, y, W, 2, '#b9ab8f', 'opacity="0.6"'));
  for (let k = -10; k <= 10; k++) {
    const x0 = 800 + k * 70;
    const x1 = 800 + k * 260;
    d.add(line(x0, 708, x1, H, '#b9ab8f', 2, 'opacity="0.5"'));
  }

  // Lamp posts.
  for (const x of [470, 1130]) {
    d.add(rect(x - 4, 600, 8, 140, '#3d4a52'), rect(x - 12, 736, 24, 8, '#3d4a52'), pathEl(`M${x - 14},600 L${x + 14},600 L${x + 9},576 L${x - 9},576 Z`, '#3d4a52'), rect(x - 8, 582, 16, 14, '#f4e6bf'));
  }
  // Framing trees in planters.
  const planterTree = (x: number, s: number) =>
    [
      rect(x - s * 0.32, 760 - s * 0.02, s * 0.64, s * 0.22, '#b7a98c'),
      rect(x - s * 0.36, 760 - s * 0.05, s * 0.72, s * 0.06, '#cbbd9f'),
      rect(x - s * 0.04, 760 - s * 0.6, s * 0.08, s * 0.58, '#6b5a48'),
      circle(x, 760 - s * 0.9, s * 0.42, '#56785a'),
      circle(x - s * 0.1, 760 - s * 0.98, s * 0.3, '#6d9070'),
    ].join('');
  d.add(planterTree(110, 300), planterTree(1500, 300), planterTree(260, 210), planterTree(1345, 210));
  // People.
  const ppl: [number, number, number, string][] = [
    [560, 790, 92, '#3f4c58'],
    [610, 796, 88, '#8f5a48'],
    [930, 820, 96, '#54707a'],
    [1010, 760, 70, '#3a3f4a'],
    [720, 740, 62, '#7a6a4e'],
    [1180, 850, 110, '#2f3b46'],
    [420, 860, 112, '#6a4f5e'],
  ];
  for (const [x, y, h, c] of ppl) d.add(ellipse(x, y, h * 0.18, h * 0.04, '#a99b80', 'opacity="0.5"'), person(x, y, h, c, { stride: between(r, -0.6, 0.6) }));
};

const windFarm: Scene = (d, r) => {
  d.add(rect(0, 0, W, 640, d.lin([[0, '#86b1cc'], [0.65, '#cfe2e7'], [1, '#eef1e4']])));
  d.add(cloud(140, 170, 320, '#ffffff', 0.9), cloud(980, 120, 260, '#ffffff', 0.85), cloud(1280, 250, 200, '#ffffff', 0.7), cloud(560, 260, 160, '#ffffff', 0.6));

  const turbine = (x: number, yb: number, h: number, angle: number, col: string, shade: string) => {
    const hubY = yb - h;
    const out = [
      polygon([[x - h * 0.02, yb], [x + h * 0.02, yb], [x + h * 0.009, hubY], [x - h * 0.009, hubY]], col),
      polygon([[x, yb], [x + h * 0.02, yb], [x + h * 0.009, hubY], [x, hubY]], shade),
      rect(x - h * 0.03, hubY - h * 0.022, h * 0.085, h * 0.042, col, `rx="${f(h * 0.015)}"`),
    ];
    const L = h * 0.5;
    const bw = h * 0.034;
    const blade = `M0,0 C${f(bw)},${f(-L * 0.18)} ${f(bw * 0.7)},${f(-L * 0.75)} 0,${f(-L)} C${f(-bw * 0.25)},${f(-L * 0.7)} ${f(-bw * 0.55)},${f(-L * 0.2)} 0,0 Z`;
    for (let k = 0; k < 3; k++) out.push(`<path d="${blade}" fill="${col}" transform="translate(${f(x)} ${f(hubY)}) rotate(${f(angle + k * 120)})"/>`);
    out.push(circle(x, hubY, h * 0.02, shade));
    return out.join('');
  };
  const layers = [
    { fn: ridge(r, 540, 22, 300, 900), fill: '#b9ccc1', tint: ['#e9efee', '#cfdad9'], hs: [95, 125], xs: [80, 260, 420, 900, 1060, 1210, 1350, 1500] },
    { fn: ridge(r, 610, 45, 400, 1000), fill: '#9db99b', tint: ['#f0f3f1', '#d2dcd8'], hs: [190, 230], xs: [150, 560, 820, 1420] },
    { fn: ridge(r, 720, 55, 500, 1200), fill: '#7fa47f', tint: ['#f8f9f6', '#d8e0dc'], hs: [380, 420], xs: [330, 1120] },
    { fn: ridge(r, 835, 30, 500, 1100), fill: '#5e875e', tint: ['#fff', '#ddd'], hs: [0, 0], xs: [] as number[] },
  ];
  layers.forEach((layer, i) => {
    for (const x of layer.xs) {
      const h = between(r, layer.hs[0]!, layer.hs[1]!);
      d.add(turbine(x + between(r, -20, 20), layer.fn(x) + 8, h, between(r, 0, 120), layer.tint[0]!, layer.tint[1]!));
    }
    const hill = hillD(layer.fn);
    d.add(pathEl(hill, layer.fill));
    // Patchwork fields and hedgerows on the middle slopes.
    if (i === 1 || i === 2) {
      const clip = d.clip(pathEl(hill, '#000'));
      const bands: string[] = [];
      for (let k = 0; k < 9; k++) {
        const x0 = -200 + k * 230 - 140;
        const skew = 140;
        const col = mix(layer.fill, k % 2 ? '#c7c98a' : '#5f8b5f', between(r, 0.12, 0.3));
        bands.push(polygon([[x0, 0], [x0 + 230, 0], [x0 + 230 + skew, H], [x0 + skew, H]], col));
      }
      const hedge: string[] = [];
      const hedgeCol = mix(layer.fill, '#2f5536', 0.4);
      for (let k = 0; k < 9; k++) {
        const x0 = -200 + k * 230 + 90;
        hedge.push(line(x0, 0, x0 + 140, H, hedgeCol, 2.5, 'opacity="0.45"'));
      }
      // A hedgerow following the contour of the slope: dense small bumps read as a line of bushes.
      const off = i === 1 ? 45 : 70;
      for (let x = -10; x < W + 10; x += 7) hedge.push(circle(x, layer.fn(x) + off + Math.sin(x / 140) * 8 - between(r, 0, 3), between(r, 4.5, 7), hedgeCol));
      d.add(group([...bands, ...hedge], `clip-path="${clip}" opacity="0.9"`));
    }
  });
  // Foreground trees and grasses.
  const fg = layers[3]!.fn;
  d.add(roundTree(90, fg(90) + 20, 230, '#3f6b45', '#4f7d52', '#4a3f33'), roundTree(1490, fg(1490) + 30, 280, '#3f6b45', '#4f7d52', '#4a3f33'), roundTree(1370, fg(1370) + 20, 150, '#477349', '#5a865a', '#4a3f33'));
  const grass: string[] = [];
  for (let x = 0; x < W; x += 9) {
    const y = fg(x) + 20 + between(r, 0, 60);
    grass.push(line(x, y + 14, x + between(r, -3, 3), y, '#4c754d', 2, 'opacity="0.6"'));
  }
  d.add(...grass);
};

const railStation: Scene = (d, r) => {
  d.add(rect(0, 0, W, 720, d.lin([[0, '#34405f'], [0.35, '#6a6486'], [0.7, '#d19683'], [1, '#f0c28f']])));
  d.add(d.glow(1250, 470, 380, '#ffd9a0', 0.6));
  // City silhouette.
  const city: string[] = [];
  for (let x = -10; x < W; ) {
    const w = between(r, 40, 110);
    const h = between(r, 50, 210);
    city.push(rect(x, 470 - h, w, h + 20, '#5a5274'));
    city.push(windows(r, x, 470 - h, w, h, { ww: 5, wh: 7, gx: 8, gy: 10, lit: '#f3cd90', p: 0.18 }));
    x += w + between(r, 0, 10);
  }
  for (let x = 30; x < W; ) {
    const w = between(r, 60, 140);
    const h = between(r, 30, 110);
    city.push(rect(x, 480 - h, w, h + 20, '#473f60'));
    x += w + between(r, 20, 120);
  }
  d.add(...city);
  // Catenary masts and wire.
  for (let x = 100; x < W; x += 300) d.add(rect(x, 320, 8, 150, '#2d2a40'), rect(x - 30, 336, 70, 6, '#2d2a40'));
  d.add(line(0, 360, W, 360, '#2d2a40', 2), line(0, 345, W, 345, '#2d2a40', 1.2));

  // Train.
  const body = 'M70,684 L70,572 C70,508 128,458 250,446 L1700,444 L1700,684 Z';
  const trainClip = d.clip(pathEl(body, '#000'));
  d.add(pathEl(body, d.lin([[0, '#f2eee6'], [1, '#d9d3c8']])));
  const t: string[] = [];
  t.push(rect(0, 600, W + 100, 20, '#b9473d'), rect(0, 622, W + 100, 5, '#b9473d'));
  t.push(rect(0, 640, W + 100, 50, '#2e3142'));
  // Windscreen.
  t.push(pathEl('M84,560 C96,516 140,480 214,468 L232,468 L222,556 Z', '#1f2333'), pathEl('M112,540 C124,512 150,492 190,482 L184,496 C154,506 134,522 124,544 Z', '#ffffff', 'opacity="0.18"'));
  t.push(rect(250, 478, W, 66, '#2c3144'));
  for (let x = 262; x < W + 60; x += 108) {
    const doorZone = Math.round((x - 262) / 108) % 4 === 3;
    if (doorZone) {
      t.push(rect(x + 6, 470, 80, 166, 'none', 'stroke="#b8b1a4" stroke-width="3" rx="4"'), rect(x + 18, 486, 24, 52, '#3b4156', 'rx="4"'), rect(x + 50, 486, 24, 52, '#3b4156', 'rx="4"'));
      continue;
    }
    t.push(rect(x, 484, 92, 54, '#f5d69c', 'rx="6"'));
    if (r() < 0.7) {
      const px = x + between(r, 20, 70);
      t.push(circle(px, 506, 9, '#7b6356', 'opacity="0.55"'), rect(px - 15, 514, 30, 26, '#7b6356', 'rx="8" opacity="0.55"'));
    }
    t.push(rect(x, 484, 92, 10, '#ffffff', 'opacity="0.25" rx="6"'));
  }
  t.push(ellipse(98, 604, 12, 7, '#fff6d8'), d.glow(98, 604, 60, '#fff2c8', 0.6));
  t.push(rect(0, 444, W + 100, 10, '#ffffff', 'opacity="0.35"'));
  for (const x of [720, 1330]) t.push(rect(x, 444, 8, 240, '#1f2230', 'opacity="0.75"'));
  d.add(group(t, `clip-path="${trainClip}"`));
  // Pantograph.
  d.add(polyline([[560, 444], [600, 404], [560, 366], [600, 362]], '#2d2a40', 3), rect(540, 436, 80, 8, '#2d2a40'));
  // Bogies, wheels and track.
  d.add(rect(0, 684, W, 40, '#241f30'));
  for (const x of [210, 300, 620, 710, 960, 1050, 1380, 1470]) d.add(circle(x, 700, 20, '#1a1624'), circle(x, 700, 7, '#403850'));
  d.add(rect(0, 716, W, 8, '#6a6272'));

  // Platform.
  d.add(rect(0, 724, W, H - 724, d.lin([[0, '#716a7c'], [1, '#4c4658']])));
  d.add(rect(0, 724, W, 16, '#e0bd5b'), rect(0, 740, W, 5, '#575061'));
  for (const y of [770, 808, 854]) d.add(rect(0, y, W, 2, '#5d566a', 'opacity="0.8"'));
  // Canopy.
  d.add(rect(-10, 0, W + 20, 150, '#2a3640'), rect(-10, 150, W + 20, 22, '#3a4751'));
  for (let x = 20; x < W; x += 160) d.add(rect(x, 18, 120, 110, d.lin([[0, '#6f7f96'], [1, '#4a586b']]), 'opacity="0.55"'), rect(x + 58, 18, 4, 110, '#2a3640'));
  const valance: Pt[] = [[-10, 172]];
  for (let x = -10; x <= W + 10; x += 24) valance.push([x, 196], [x + 12, 212], [x + 24, 196]);
  valance.push([W + 10, 172]);
  d.add(polygon(valance, '#ece0c6'), rect(-10, 172, W + 20, 8, '#d8c9a9'));
  // Lamps.
  for (const x of [320, 1120, 1520]) {
    d.add(line(x, 210, x, 262, '#2a3640', 3), d.glow(x, 280, 150, '#ffdca2', 0.55), pathEl(`M${x - 18},262 L${x + 18},262 L${x + 11},288 L${x - 11},288 Z`, '#2a3640'), rect(x - 10, 286, 20, 10, '#ffe7b6'));
    d.add(ellipse(x, 780, 130, 22, '#ffd99a', 'opacity="0.16"'));
  }
  // Columns with brackets.
  for (const x of [120, 520, 920, 1320]) {
    d.add(
      rect(x - 11, 200, 22, 540, '#2e4846'),
      rect(x - 4, 200, 5, 540, '#3f5c59'),
      rect(x - 18, 716, 36, 24, '#2e4846'),
      stroke(`M${x - 11},300 Q${x - 11},214 ${x - 95},212`, '#2e4846', 6),
      stroke(`M${x + 11},300 Q${x + 11},214 ${x + 95},212`, '#2e4846', 6),
      circle(x - 34, 236, 10, 'none', 'stroke="#2e4846" stroke-width="4"'),
      circle(x + 34, 236, 10, 'none', 'stroke="#2e4846" stroke-width="4"'),
    );
  }
  // Clock.
  d.add(line(720, 212, 720, 250, '#2a3640', 4), circle(720, 290, 40, '#2a3640'), circle(720, 290, 32, '#f6f0e2'), line(720, 290, 720, 266, '#2a3640', 4, 'stroke-linecap="round"'), line(720, 290, 738, 298, '#2a3640', 4, 'stroke-linecap="round"'));
  // Commuters.
  const people: [number, number, number, string][] = [
    [300, 842, 190, '#2a2536'],
    [372, 836, 176, '#3c3348'],
    [640, 880, 210, '#26212f'],
    [1040, 830, 172, '#352d42'],
    [1210, 868, 200, '#2a2536'],
  ];
  for (const [x, y, h, c] of people) d.add(ellipse(x, y, h * 0.2, h * 0.035, '#2a2533', 'opacity="0.5"'), person(x, y, h, c, { stride: between(r, -0.3, 0.3) }));
  d.add(rect(1236, 786, 44, 64, '#5c4a5e', 'rx="6"'), line(1258, 786, 1242, 740, '#2a2536', 3), circle(1244, 854, 5, '#1a1624'), circle(1272, 854, 5, '#1a1624'));
  d.add(rect(672, 780, 40, 36, '#7a4a46', 'rx="5"'));
};

const stadiumLights: Scene = (d, r) => {
  d.add(rect(0, 0, W, H, d.lin([[0, '#0a1128'], [0.45, '#18224a'], [0.75, '#2c3868'], [1, '#1a2244']])));
  d.add(stars(r, 80, 380));
  d.add(ellipse(800, 560, 760, 330, d.radU([[0, '#cfdcff', 0.5], [0.45, '#8fa3dc', 0.2], [1, '#2c3868', 0]], 800, 560, 760), 'transform="translate(800 560) scale(1 0.55) translate(-800 -560)"'));
  // Distant city.
  const city: string[] = [];
  for (let x = -10; x < W; ) {
    const w = between(r, 30, 90);
    const h = between(r, 20, 90);
    city.push(rect(x, 640 - h, w, h + 10, '#141b38'));
    city.push(windows(r, x, 640 - h, w, h, { ww: 4, wh: 5, gx: 7, gy: 8, lit: '#f1cf8e', p: 0.15, op: [0.3, 0.7] }));
    x += w + 2;
  }
  d.add(...city);

  const cx = 800;
  const cy = 600;
  // Back floodlight masts (behind stands).
  const mast = (x: number, top: number, base: number, s: number, beamTo: Pt[]) => {
    const out: string[] = [];
    for (const [tx, ty] of beamTo) {
      out.push(
        polygon(
          [
            [x - 36 * s, top + 20 * s],
            [x + 36 * s, top + 20 * s],
            [tx + 160, ty],
            [tx - 160, ty],
          ],
          d.linU([[0, '#fffbe6', 0.22], [1, '#fffbe6', 0]], x, top, tx, ty),
        ),
      );
    }
    out.push(polygon([[x - 5 * s, base], [x + 5 * s, base], [x + 2.5 * s, top], [x - 2.5 * s, top]], '#0f1430'));
    for (let k = 1; k < 6; k++) out.push(line(x - 4 * s, top + ((base - top) * k) / 6, x + 4 * s, top + ((base - top) * (k + 0.5)) / 6, '#0f1430', 1.5));
    out.push(d.glow(x, top, 190 * s, '#fff8dc', 0.7));
    out.push(rect(x - 46 * s, top - 26 * s, 92 * s, 52 * s, '#1a2040', `rx="${4 * s}"`));
    for (let row = 0; row < 3; row++) for (let c = 0; c < 5; c++) out.push(circle(x + (-36 + c * 18) * s, top + (-15 + row * 15) * s, 6 * s, '#fffdf2'));
    return out.join('');
  };
  d.add(mast(330, 300, 520, 0.75, [[640, 580]]), mast(1270, 300, 520, 0.75, [[960, 580]]));

  // Bowl: stands, pitch, roof ring.
  d.add(ellipse(cx, cy, 640, 175, '#222b50'));
  for (let k = 0; k < 6; k++) d.add(ellipse(cx, cy + 6, 620 - k * 34, 165 - k * 12, 'none', 'stroke="#2f3a66" stroke-width="3"'));
  const crowd: string[] = [];
  const crowdCols = ['#5a6ba8', '#8e5d7a', '#b8a06a', '#3f4f86', '#c2c6d8'];
  for (let i = 0; i < 900; i++) {
    const a = between(r, Math.PI * 1.02, Math.PI * 1.98);
    const rr = between(r, 0.7, 0.96);
    const x = cx + Math.cos(a) * 640 * rr;
    const y = cy + Math.sin(a) * 175 * rr + 4;
    crowd.push(rect(x, y, 3, 3, pick(r, crowdCols), 'opacity="0.55"'));
  }
  d.add(...crowd);
  d.add(ellipse(cx, cy + 10, 440, 100, '#1f4a33'));
  // Pitch with mowing stripes.
  const pitch: Pt[] = [[560, 538], [1040, 538], [1150, 668], [450, 668]];
  const stripes: string[] = [];
  const n = 12;
  for (let k = 0; k < n; k++) {
    const a = lerpPt(pitch[0]!, pitch[1]!, k / n);
    const b = lerpPt(pitch[0]!, pitch[1]!, (k + 1) / n);
    const c = lerpPt(pitch[3]!, pitch[2]!, (k + 1) / n);
    const e = lerpPt(pitch[3]!, pitch[2]!, k / n);
    stripes.push(polygon([a, b, c, e], k % 2 ? '#3f9a5c' : '#378c52'));
  }
  d.add(...stripes);
  const lw = 'stroke="#eaf5ec" stroke-width="2.5" fill="none" opacity="0.85"';
  d.add(`<polygon points="${pts(pitch)}" ${lw}/>`, line(800, 538, 800, 668, '#eaf5ec', 2.5, 'opacity="0.85"'), `<ellipse cx="800" cy="603" rx="52" ry="16" ${lw}/>`);
  d.add(`<polygon points="${pts([[560, 570], [620, 570], [606, 636], [530, 636]])}" ${lw}/>`, `<polygon points="${pts([[980, 570], [1040, 570], [1070, 636], [994, 636]])}" ${lw}/>`);
  d.add(ellipse(800, 603, 360, 70, d.radU([[0, '#ffffff', 0.22], [1, '#ffffff', 0]], 800, 603, 360)));
  // Roof ring (even-odd) with lit rim.
  d.add(pathEl(`M160,${cy} a640,175 0 1 0 1280,0 a640,175 0 1 0 -1280,0 Z M240,${cy - 8} a560,142 0 1 1 1120,0 a560,142 0 1 1 -1120,0 Z`, '#2f3963', 'fill-rule="evenodd"'));
  d.add(ellipse(cx, cy, 640, 175, 'none', 'stroke="#b7c3e2" stroke-width="4" opacity="0.8"'), ellipse(cx, cy - 8, 560, 142, 'none', 'stroke="#7d8bb8" stroke-width="2" opacity="0.7"'));
  // Front facade.
  d.add(pathEl(`M160,${cy} A640,175 0 0 0 1440,${cy} L1440,${cy + 70} A640,175 0 0 1 160,${cy + 70} Z`, d.lin([[0, '#2b3560'], [1, '#121836']])));
  for (let k = 0; k <= 24; k++) {
    const a = Math.PI * (k / 24);
    const x = cx - Math.cos(a) * 640;
    const y = cy + Math.sin(a) * 175;
    d.add(line(x, y + 4, x, y + 70, '#3a4676', 2));
  }
  d.add(stroke(`M170,${cy + 30} A630,172 0 0 0 1430,${cy + 30}`, '#f3d79c', 5, 'opacity="0.6"'));
  // Front masts.
  d.add(mast(120, 150, 900, 1, [[600, 620], [760, 560]]), mast(1480, 150, 900, 1, [[1000, 620], [840, 560]]));
  // Foreground rooftops.
  const fg: string[] = [];
  for (let x = -20; x < W; ) {
    const w = between(r, 90, 200);
    const h = between(r, 60, 130);
    const y = 900 - h;
    fg.push(polygon([[x, y + 30], [x + w / 2, y], [x + w, y + 30], [x + w, 900], [x, 900]], '#090d1e'));
    if (r() < 0.7) fg.push(rect(x + w * 0.3, y + 50, 14, 18, '#f0c27a', 'opacity="0.8"'));
    if (r() < 0.5) fg.push(rect(x + w * 0.6, y + 50, 14, 18, '#f0c27a', 'opacity="0.6"'));
    x += w;
  }
  d.add(...fg, pine(300, 905, 190, '#070a18'), pine(350, 915, 150, '#070a18'), pine(1290, 910, 210, '#070a18'), pine(1240, 915, 140, '#070a18'));
};

const researchLab: Scene = (d, r) => {
  d.add(rect(0, 0, W, 660, d.lin([[0, '#e3eeea'], [1, '#d0e2dc']])));
  // Window with city beyond.
  d.add(rect(80, 70, 400, 400, '#f7faf8'), rect(96, 86, 368, 368, d.lin([[0, '#b8d7e4'], [1, '#e4f0ef']])));
  const city: string[] = [];
  for (let x = 96; x < 464; ) {
    const w = between(r, 30, 70);
    const h = between(r, 60, 200);
    city.push(rect(x, 454 - h, Math.min(w, 464 - x), h, '#c4d9df'));
    x += w + 4;
  }
  d.add(...city, rect(274, 86, 12, 368, '#f7faf8'), rect(96, 264, 368, 12, '#f7faf8'), rect(70, 466, 420, 14, '#eef4f2'));
  d.add(polygon([[96, 86], [210, 86], [96, 230]], '#ffffff', 'opacity="0.25"'));
  // Tiles.
  const tiles: string[] = [];
  for (let y = 500; y < 650; y += 38) tiles.push(rect(0, y, W, 2, '#bfd4ce'));
  for (let x = 0; x < W; x += 76) for (let y = 500; y < 650; y += 76) tiles.push(rect(x, y, 2, 38, '#bfd4ce'), rect(x + 38, y + 38, 2, 38, '#bfd4ce'));
  d.add(...tiles);
  // Shelf with bottles.
  d.add(rect(760, 268, 780, 14, '#9ab4ad'), rect(760, 282, 780, 6, '#86a29a'));
  for (const x of [820, 1460]) d.add(polygon([[x, 288], [x + 10, 288], [x + 10, 330], [x, 330]], '#86a29a'));
  let sx = 790;
  while (sx < 1500) {
    const kind = r();
    if (kind < 0.35) {
      const h = between(r, 80, 110);
      d.add(rect(sx, 268 - h, 44, h, '#8a5a3c', 'rx="5"'), rect(sx + 12, 268 - h - 14, 20, 16, '#2f3b42'), rect(sx + 6, 268 - h * 0.6, 32, h * 0.3, '#f3efe4'));
      sx += 56;
    } else if (kind < 0.7) {
      const h = between(r, 70, 120);
      d.add(rect(sx, 268 - h, 38, h, '#d8ebe6', 'rx="6" opacity="0.9"'), rect(sx, 268 - h * 0.45, 38, h * 0.45, pick(r, ['#7fbfb3', '#e3a27f', '#b0a6d6']), 'rx="6" opacity="0.8"'), rect(sx + 10, 268 - h - 10, 18, 12, '#f0f4f2'));
      sx += 50;
    } else {
      const h = between(r, 50, 80);
      d.add(rect(sx, 268 - h, 70, h, pick(r, ['#e7d6b5', '#c9d9d3', '#f0e2c8']), 'rx="3"'), rect(sx + 8, 268 - h + 10, 54, 6, '#ffffff', 'opacity="0.6"'));
      sx += 82;
    }
  }
  // Bench and cabinets.
  d.add(rect(0, 660, W, H - 660, '#6e9c94'), rect(0, 660, W, 14, '#587f78'));
  for (let x = 0; x <= W; x += 200) d.add(rect(x, 674, 3, H - 674, '#5b877f'), rect(x + 88, 700, 24, 6, '#e9efec', 'rx="3"'));
  d.add(rect(0, 632, W, 30, '#2e3a42'), rect(0, 632, W, 4, '#4b5a64'));

  const base = 632;
  const glassFill = '#eaf6f3';
  const glassLine = 'stroke="#9fc1bb" stroke-width="3"';
  // Erlenmeyer flask.
  const erl = `M306,330 L354,330 L354,430 L444,604 Q452,${base} 430,${base} L230,${base} Q208,${base} 216,604 L306,430 Z`;
  const erlClip = d.clip(pathEl(erl, '#000'));
  d.add(pathEl(erl, glassFill, 'opacity="0.7"'));
  d.add(
    group(
      [
        rect(200, 520, 260, 120, '#e27a64'),
        ellipse(330, 520, 120, 8, '#f09a84'),
        circle(300, 570, 8, '#ffffff', 'opacity="0.5"'),
        circle(340, 548, 5, '#ffffff', 'opacity="0.5"'),
        circle(372, 590, 10, '#ffffff', 'opacity="0.4"'),
      ],
      `clip-path="${erlClip}"`,
    ),
  );
  d.add(pathEl(erl, 'none', glassLine), rect(298, 322, 64, 12, glassFill, 'rx="5" stroke="#9fc1bb" stroke-width="3"'), stroke('M318,440 L244,590', '#ffffff', 6, 'stroke-linecap="round" opacity="0.8"'));
  for (const [bx, by, br] of [[336, 470, 6], [322, 430, 4.5], [340, 392, 3.5], [328, 356, 3]] as const) d.add(circle(bx, by, br, 'none', 'stroke="#e27a64" stroke-width="2" opacity="0.6"'));
  // Retort stand + round-bottom flask.
  d.add(rect(540, base - 14, 210, 14, '#34434c', 'rx="3"'), rect(718, 240, 10, base - 254, '#3e4f59'), rect(636, 384, 90, 10, '#3e4f59'), rect(628, 376, 22, 26, '#3e4f59', 'rx="3"'));
  const rbf = 'M620,360 L660,360 L660,440 A84,84 0 1 1 620,440 Z';
  const rbfClip = d.clip(pathEl(rbf, '#000'));
  d.add(pathEl(rbf, glassFill, 'opacity="0.7"'), group([rect(540, 520, 200, 120, '#efbf55'), ellipse(640, 520, 90, 7, '#f7d685')], `clip-path="${rbfClip}"`), pathEl(rbf, 'none', glassLine));
  d.add(stroke('M596,472 A60,60 0 0 0 590,560', '#ffffff', 6, 'stroke-linecap="round" opacity="0.8"'), ellipse(640, 608, 70, 8, 'none', 'stroke="#3e4f59" stroke-width="5"'), line(640, 612, 640, base - 14, '#3e4f59', 6));
  // Beaker with stirring rod.
  const beaker = `M810,430 L930,430 L924,${base - 6} Q924,${base} 916,${base} L824,${base} Q816,${base} 816,${base - 6} Z`;
  const bClip = d.clip(pathEl(beaker, '#000'));
  d.add(line(850, 380, 900, 600, '#cfe3df', 6, 'stroke-linecap="round"'));
  d.add(pathEl(beaker, glassFill, 'opacity="0.7"'), group([rect(800, 520, 140, 140, '#3f9d92'), ellipse(870, 520, 60, 6, '#62b8ad')], `clip-path="${bClip}"`), pathEl(beaker, 'none', glassLine), pathEl('M804,426 L816,436 L816,426 Z', '#9fc1bb'));
  for (let k = 0; k < 6; k++) d.add(rect(900, 460 + k * 26, k % 2 ? 14 : 22, 3, '#ffffff', 'opacity="0.85"'));
  d.add(stroke('M828,450 L832,600', '#ffffff', 5, 'stroke-linecap="round" opacity="0.7"'));
  // Test tube rack.
  const tubeCols = ['#e27a64', '#efbf55', '#3f9d92', '#7d70b3', '#5fb0d0', '#e27a64'];
  d.add(rect(985, base - 24, 250, 24, '#cfe0dc', 'rx="3"'), rect(990, 470, 10, base - 494, '#b7cdc7'), rect(1220, 470, 10, base - 494, '#b7cdc7'));
  for (let i = 0; i < 6; i++) {
    const x = 1012 + i * 36;
    const top = 440 + (i % 2) * 12;
    const tube = `M${x},${top} L${x + 22},${top} L${x + 22},${base - 40} A11,11 0 0 1 ${x},${base - 40} Z`;
    const level = between(r, 0.35, 0.7);
    const ly = lerp(top, base - 29, 1 - level);
    const tc = d.clip(pathEl(tube, '#000'));
    d.add(pathEl(tube, glassFill, 'opacity="0.75"'), group(rect(x - 2, ly, 26, 300, tubeCols[i]!), `clip-path="${tc}"`), pathEl(tube, 'none', 'stroke="#9fc1bb" stroke-width="2.5"'), rect(x + 4, top + 8, 4, 60, '#ffffff', 'opacity="0.7"'));
  }
  d.add(rect(982, 540, 256, 18, '#dbe8e5', 'rx="3"'), rect(982, 554, 256, 4, '#b7cdc7'));
  // Microscope.
  const mc = '#34464f';
  const ml = '#4f6672';
  d.add(
    rect(1300, base - 26, 200, 26, mc, 'rx="10"'),
    pathEl('M1452,606 C1500,560 1500,430 1430,380 L1410,404 C1460,450 1462,540 1424,590 Z', mc),
    rect(1330, 520, 130, 14, ml, 'rx="3"'),
    rect(1382, 534, 16, 20, mc),
    `<g transform="rotate(-24 1400 400)">${rect(1376, 360, 46, 150, mc, 'rx="6"')}${rect(1382, 312, 34, 52, ml, 'rx="4"')}${rect(1386, 500, 26, 30, ml)}${rect(1380, 372, 8, 120, '#ffffff', 'opacity="0.12"')}</g>`,
    circle(1460, 500, 16, ml),
    circle(1460, 500, 7, mc),
  );
  // Petri dishes.
  d.add(ellipse(1260, base - 6, 40, 9, '#eaf6f3', 'stroke="#9fc1bb" stroke-width="2"'), ellipse(1262, base - 16, 40, 9, '#eaf6f3', 'stroke="#9fc1bb" stroke-width="2" opacity="0.9"'), ellipse(1262, base - 16, 22, 4, '#efbf55', 'opacity="0.7"'));
};

const marketStreet: Scene = (d, r) => {
  d.add(rect(0, 0, W, 600, d.lin([[0, '#bcd6dc'], [1, '#f1e7d4']])));
  // Townhouses.
  const cols = ['#d88e67', '#e4be78', '#9db7a7', '#e9d8bc', '#c27b66', '#b6c6c7', '#e2a574'];
  let x = -30;
  let i = 0;
  while (x < W) {
    const w = between(r, 180, 260);
    const top = between(r, 70, 190);
    const c = cols[i % cols.length]!;
    i++;
    const roof = mix(c, '#4a3a36', 0.55);
    d.add(rect(x, top, w, 600 - top, c));
    if (r() < 0.55) d.add(polygon([[x - 6, top], [x + w / 2, top - 70], [x + w + 6, top]], roof));
    else d.add(rect(x - 6, top - 16, w + 12, 18, mix(c, '#ffffff', 0.35)), rect(x + w * 0.7, top - 60, 26, 46, roof));
    const nc = w > 220 ? 3 : 2;
    for (let row = 0; row < 3; row++) {
      const wy = top + 40 + row * 90;
      if (wy > 330) break;
      for (let k = 0; k < nc; k++) {
        const wx = x + ((k + 0.5) * w) / nc - 18;
        d.add(rect(wx - 10, wy, 10, 58, mix(c, '#2f4c4a', 0.5)), rect(wx + 36, wy, 10, 58, mix(c, '#2f4c4a', 0.5)));
        d.add(rect(wx, wy, 36, 58, '#51666e'), rect(wx + 17, wy, 2, 58, '#f3ece0'), rect(wx, wy + 27, 36, 2, '#f3ece0'), rect(wx - 4, wy + 58, 44, 5, '#f3ece0'));
        if (r() < 0.4) d.add(rect(wx - 2, wy + 50, 40, 10, '#6a8b55', 'rx="5"'), circle(wx + 8, wy + 50, 4, '#e07a5f'), circle(wx + 26, wy + 49, 4, '#f2cc60'));
      }
    }
    x += w;
  }
  // Street.
  d.add(rect(0, 580, W, 320, d.lin([[0, '#d6c6ab'], [1, '#bda98a']])));
  for (let k = 0; k < 9; k++) {
    const y = 600 + k * k * 4 + k * 14;
    const hgt = 8 + k * 2.4;
    const w = 30 + k * 8;
    for (let cx = (k % 2) * (w / 2) - w; cx < W; cx += w + 4) d.add(rect(cx, y, w, hgt, '#c7b596', `rx="${f(hgt / 2.5)}" opacity="0.55"`));
  }
  // Bunting.
  const bunting = (y0: number, sag: number, colsB: string[]) => {
    const p = (t: number): Pt => [t * W, y0 + sag * 4 * t * (1 - t)];
    const out = [stroke(`M0,${y0} Q${W / 2},${y0 + sag * 2} ${W},${y0}`, '#5b4a44', 2)];
    const n = 28;
    for (let k = 0; k < n; k++) {
      const a = p((k + 0.2) / n);
      const b = p((k + 0.8) / n);
      const m = lerpPt(a, b, 0.5);
      out.push(polygon([a, b, [m[0], m[1] + 42]], colsB[k % colsB.length]!));
    }
    return out.join('');
  };
  d.add(bunting(96, 70, ['#c9573f', '#e6b94f', '#3f8a86', '#f2eadb', '#5a6a8f']));

  // Stalls.
  const stripes = ['#c45a45', '#3f7f7b', '#d9a148', '#5a6a8f'];
  const produce = ['#e8913a', '#c64b3f', '#6f9a4c', '#ecd05a', '#5a3f63', '#9ebd5a', '#d9733f'];
  for (let s = 0; s < 4; s++) {
    const x0 = 30 + s * 392;
    const w = 360;
    const col = stripes[s]!;
    d.add(rect(x0 + 14, 380, 10, 330, '#5e4636'), rect(x0 + w - 24, 380, 10, 330, '#5e4636'));
    // Vendor.
    d.add(person(x0 + w * between(r, 0.35, 0.65), 700, 250, pick(r, ['#4a3a36', '#3c4a55', '#5a4048']), { head: '#8a6a55' }));
    // Awning.
    const nS = 8;
    const topL: Pt = [x0 + 12, 330];
    const topR: Pt = [x0 + w - 12, 330];
    const botL: Pt = [x0 - 16, 420];
    const botR: Pt = [x0 + w + 16, 420];
    for (let k = 0; k < nS; k++) {
      const c = k % 2 ? '#f4ecdc' : col;
      const a = lerpPt(topL, topR, k / nS);
      const b = lerpPt(topL, topR, (k + 1) / nS);
      const cc = lerpPt(botL, botR, (k + 1) / nS);
      const e = lerpPt(botL, botR, k / nS);
      d.add(polygon([a, b, cc, e], c));
      const rr = (cc[0] - e[0]) / 2;
      d.add(pathEl(`M${f(e[0])},420 A${f(rr)},${f(rr * 0.8)} 0 0 0 ${f(cc[0])},420 Z`, c));
    }
    d.add(polygon([botL, botR, [botR[0], 424], [botL[0], 424]], '#000', 'opacity="0.08"'), rect(x0 + 4, 322, w - 8, 10, mix(col, '#000000', 0.25), 'rx="4"'));
    // Table and crates.
    d.add(rect(x0 - 4, 592, w + 8, 14, '#7c5a40'), rect(x0, 606, w, 110, mix(col, '#f4ecdc', 0.35)), rect(x0, 606, w, 8, mix(col, '#000000', 0.2), 'opacity="0.4"'));
    for (let c = 0; c < 3; c++) {
      const cx = x0 + 14 + c * 114;
      const pc = pick(r, produce);
      const rad = between(r, 10, 13);
      const rows: string[] = [];
      for (let row = 0; row < 3; row++) {
        const y = 540 - row * rad * 1.5;
        const nIn = Math.floor((100 - row * rad * 2) / (rad * 2));
        const start = cx + 50 - (nIn * rad * 2) / 2 + rad;
        for (let k = 0; k < nIn; k++) rows.push(circle(start + k * rad * 2, y, rad, mix(pc, '#000000', between(r, 0, 0.15))), circle(start + k * rad * 2 - rad * 0.35, y - rad * 0.35, rad * 0.3, '#ffffff', 'opacity="0.3"'));
      }
      d.add(...rows, rect(cx, 540, 100, 54, '#b98a5a'), rect(cx, 556, 100, 4, '#9a6f45'), rect(cx, 574, 100, 4, '#9a6f45'), rect(cx + 4, 540, 4, 54, '#9a6f45'), rect(cx + 92, 540, 4, 54, '#9a6f45'));
    }
  }
  // Lamp post.
  d.add(rect(1572, 220, 10, 500, '#2f3b3f'), stroke('M1577,230 Q1577,200 1545,200', '#2f3b3f', 6), pathEl('M1530,198 L1560,198 L1555,226 L1535,226 Z', '#2f3b3f'), rect(1538, 210, 14, 14, '#f5e3b0'));
  // Shoppers.
  const shoppers: [number, number, number, string, number][] = [
    [260, 900, 330, '#3d4f5c', 0.5],
    [700, 880, 300, '#8c4b3d', -0.4],
    [1000, 905, 340, '#55684a', 0.3],
    [1330, 890, 310, '#2f3640', -0.5],
  ];
  for (const [px, py, h, c, s] of shoppers) {
    d.add(person(px, py, h, c, { head: '#7a5a48', legs: mix(c, '#000000', 0.35), stride: s }));
    if (r() < 0.75) d.add(rect(px + h * 0.1, py - h * 0.5, h * 0.14, h * 0.16, pick(r, ['#e6b94f', '#f2eadb', '#c9573f']), 'rx="4"'), stroke(`M${f(px + h * 0.12)},${f(py - h * 0.5)} Q${f(px + h * 0.17)},${f(py - h * 0.62)} ${f(px + h * 0.22)},${f(py - h * 0.5)}`, '#3a2f2a', 2.5));
  }
};

const libraryReading: Scene = (d, r) => {
  d.add(rect(0, 0, W, H, '#2f4a46'), rect(0, 0, W, 34, '#263d3a'), rect(0, 34, W, 6, '#3a5753'));
  // Arched window.
  const win = 'M640,580 L640,230 A160,160 0 0 1 960,230 L960,580 Z';
  d.add(d.glow(800, 360, 420, '#f5dfae', 0.35));
  d.add(pathEl(win, d.lin([[0, '#f8efd8'], [1, '#e6cf9f']])));
  const wc = d.clip(pathEl(win, '#000'));
  d.add(group([ellipse(700, 590, 120, 70, '#d3c08e', 'opacity="0.6"'), ellipse(900, 600, 140, 80, '#cdb987', 'opacity="0.6"')], `clip-path="${wc}"`));
  const mull: string[] = [];
  for (const x of [720, 800, 880]) mull.push(line(x, 130, x, 580, '#5b3b26', 6));
  for (const y of [300, 380, 460]) mull.push(line(640, y, 960, y, '#5b3b26', 6));
  mull.push(stroke('M660,230 A140,140 0 0 1 940,230', '#5b3b26', 6), line(640, 230, 960, 230, '#5b3b26', 6));
  d.add(group(mull, `clip-path="${wc}"`), pathEl(win, 'none', 'stroke="#5b3b26" stroke-width="16"'), rect(620, 578, 360, 16, '#6e4a2f'));

  // Bookcases.
  const bookCols = ['#9c3d3a', '#c9974a', '#2e5a6b', '#4d6b45', '#7a4b6b', '#d8c9a8', '#38465c', '#b0643d', '#6b2f33', '#8a9a6b'];
  const bookcase = (x0: number, x1: number) => {
    const out: string[] = [rect(x0, 40, x1 - x0, 680, '#5a3a25'), rect(x0 + 14, 54, x1 - x0 - 28, 650, '#2d1d13')];
    const shelfH = 650 / 6;
    const mid = (x0 + x1) / 2;
    for (let s = 0; s < 6; s++) {
      const top = 54 + s * shelfH;
      const bottom = top + shelfH - 12;
      for (const [a, b] of [
        [x0 + 16, mid - 6],
        [mid + 6, x1 - 16],
      ] as const) {
        let bx = a;
        while (bx < b - 10) {
          const roll = r();
          if (roll < 0.05 && b - bx > 80) {
            // A short horizontal stack.
            let sy = bottom;
            for (let k = 0; k < 3 + Math.floor(r() * 3); k++) {
              const bh = between(r, 10, 16);
              const bw = between(r, 54, 70);
              out.push(rect(bx + between(r, 0, 6), sy - bh, bw, bh, pick(r, bookCols)));
              sy -= bh + 1;
            }
            bx += 78;
            continue;
          }
          if (roll < 0.08) {
            bx += between(r, 10, 26);
            continue;
          }
          const bw = Math.min(between(r, 12, 26), b - bx);
          const bh = (shelfH - 12) * between(r, 0.64, 0.92);
          const c = pick(r, bookCols);
          if (roll < 0.11 && bx > a + 30) {
            out.push(`<g transform="rotate(${f(between(r, 10, 18))} ${f(bx)} ${f(bottom)})">${rect(bx, bottom - bh, bw, bh, c)}</g>`);
            bx += bh * 0.3 + bw;
            continue;
          }
          out.push(rect(bx, bottom - bh, bw, bh, c));
          if (r() < 0.5) out.push(rect(bx, bottom - bh + 8, bw, 3, '#e8d49a', 'opacity="0.55"'), rect(bx, bottom - 14, bw, 3, '#e8d49a', 'opacity="0.55"'));
          out.push(rect(bx + bw - 2, bottom - bh, 2, bh, '#000', 'opacity="0.18"'));
          bx += bw + 1;
        }
      }
      out.push(rect(x0 + 14, bottom, x1 - x0 - 28, 12, '#6e4a2f'), rect(x0 + 14, bottom + 10, x1 - x0 - 28, 2, '#3a2618'));
    }
    out.push(rect(mid - 6, 54, 12, 650, '#5a3a25'), rect(x0 - 8, 30, x1 - x0 + 16, 16, '#6e4a2f'));
    return out.join('');
  };
  d.add(bookcase(20, 600), bookcase(1000, 1580));
  // Ladder leaning on right case.
  d.add(line(1090, 90, 1040, 760, '#8a5f3a', 10), line(1170, 90, 1140, 760, '#8a5f3a', 10));
  for (let k = 0; k < 11; k++) {
    const t = (k + 0.5) / 11;
    d.add(line(lerp(1090, 1040, t), lerp(90, 760, t), lerp(1170, 1140, t), lerp(90, 760, t), '#8a5f3a', 7));
  }
  // Floor and light shaft.
  d.add(rect(0, 720, W, 180, d.lin([[0, '#4d3222'], [1, '#36231a']])));
  for (let y = 740; y < H; y += 26) d.add(rect(0, y, W, 2, '#2e1d14', 'opacity="0.6"'));
  d.add(polygon([[640, 580], [960, 580], [1200, 900], [480, 900]], d.lin([[0, '#fff1cf', 0.28], [1, '#fff1cf', 0.02]])));

  // Reader on the far side of the table.
  d.add(
    pathEl('M930,760 C930,704 960,690 1000,690 C1040,690 1070,704 1070,760 Z', '#8a4a3c'),
    rect(988, 664, 24, 30, '#b98a6c'),
    ellipse(1000, 646, 27, 32, '#c99c7c'),
    pathEl('M972,650 C966,606 1034,606 1028,650 C1020,630 990,626 972,650 Z', '#2a1c15'),
    pathEl('M958,742 L962,700 L1000,708 L1038,700 L1042,742 Z', '#e9dcc0'),
    line(1000, 708, 1000, 742, '#b9ab8c', 2),
    pathEl('M948,746 Q950,726 962,716 L972,740 Z', '#b98a6c'),
    pathEl('M1052,746 Q1050,726 1038,716 L1028,740 Z', '#b98a6c'),
  );
  // Table.
  d.add(rect(150, 740, 1300, 26, '#8a5a35'), rect(150, 766, 1300, 12, '#643f26'), rect(190, 778, 24, 140, '#643f26'), rect(1386, 778, 24, 140, '#643f26'));
  // Banker's lamps.
  for (const lx of [470, 1300]) {
    d.add(d.glow(lx, 700, 260, '#ffd98f', 0.45), ellipse(lx, 742, 120, 12, '#ffe3a6', 'opacity="0.45"'));
    d.add(ellipse(lx, 738, 34, 8, '#c9a45c'), rect(lx - 4, 680, 8, 58, '#c9a45c'), pathEl(`M${lx - 70},690 Q${lx - 64},652 ${lx},650 Q${lx + 64},652 ${lx + 70},690 Z`, '#2f6b52'), rect(lx - 70, 686, 140, 6, '#ffe7b0'), pathEl(`M${lx - 40},664 Q${lx},654 ${lx + 30},660`, 'none', 'stroke="#5b9c7e" stroke-width="4" stroke-linecap="round"'));
  }
  // Open book and a stack.
  d.add(
    pathEl('M700,742 Q740,716 800,730 L800,744 Z', '#d8ccb0'),
    pathEl('M704,738 Q748,712 800,724 L800,740 Q752,728 704,744 Z', '#f4ecd8'),
    pathEl('M900,742 Q860,716 800,730 L800,744 Z', '#d8ccb0'),
    pathEl('M896,738 Q852,712 800,724 L800,740 Q848,728 896,744 Z', '#f4ecd8'),
    line(800, 722, 800, 742, '#b9ab8c', 2),
  );
  d.add(rect(1110, 722, 110, 18, '#2e5a6b'), rect(1116, 706, 96, 16, '#9c3d3a'), rect(1106, 692, 104, 14, '#c9974a'), rect(1110, 692, 104, 2, '#e8d49a', 'opacity="0.5"'));
  // Chairs in the foreground.
  for (const cx of [560, 960]) {
    d.add(pathEl(`M${cx - 70},${H} L${cx - 70},800 Q${cx - 70},770 ${cx - 40},770 L${cx + 40},770 Q${cx + 70},770 ${cx + 70},800 L${cx + 70},${H} Z`, '#3a2418'));
    for (let k = -2; k <= 2; k++) d.add(rect(cx + k * 24 - 4, 800, 8, 100, '#2a1910'));
    d.add(rect(cx - 74, 790, 148, 16, '#4a2f20', 'rx="6"'));
  }
};

const mountainPass: Scene = (d, r) => {
  d.add(rect(0, 0, W, 700, d.lin([[0, '#6a93bd'], [0.5, '#a7c0d6'], [0.8, '#efd8ba'], [1, '#f4c89c']])));
  d.add(d.glow(1200, 300, 320, '#fff0d2', 0.6), circle(1200, 300, 46, '#fff3dc'));
  d.add(cloud(180, 200, 260, '#ffffff', 0.5), cloud(760, 140, 200, '#ffffff', 0.45));

  const range = (base: number, minTop: number, maxTop: number, count: number, col: string, shade: string, snowLine: number, snow: string, snowShade: string) => {
    const verts: Pt[] = [];
    const step = (W + 300) / count;
    let prevPeakY = base - 40;
    verts.push([-150, base - 30]);
    for (let k = 0; k < count; k++) {
      const px = -150 + step * (k + 0.5) + between(r, -step * 0.2, step * 0.2);
      const py = between(r, minTop, maxTop);
      const vx = px - step * 0.5 + between(r, -20, 20);
      const vy = Math.min(base - 10, Math.max(prevPeakY, py) + between(r, 90, 170));
      if (k > 0) verts.push([vx, vy]);
      verts.push([px, py]);
      prevPeakY = py;
    }
    verts.push([W + 150, base - 30]);
    const shape: Pt[] = [...verts, [W + 150, H], [-150, H]];
    const out: string[] = [polygon(shape, col)];
    const clip = d.clip(polygon(shape, '#000'));
    const shades: string[] = [];
    const snows: string[] = [];
    for (let k = 1; k < verts.length - 1; k++) {
      const pk = verts[k]!;
      const prev = verts[k - 1]!;
      const next = verts[k + 1]!;
      if (pk[1] > prev[1] || pk[1] > next[1]) continue; // valleys
      shades.push(polygon([pk, next, [lerp(pk[0], next[0], 0.55), H], [lerp(pk[0], next[0], 0.12), H]], shade));
      if (pk[1] < snowLine) {
        const depth = Math.min(0.45, (snowLine - pk[1]) / 300 + 0.12);
        const L = lerpPt(pk, prev, depth);
        const R = lerpPt(pk, next, depth);
        const zig: Pt[] = [];
        for (let z = 1; z < 6; z++) {
          const m = lerpPt(R, L, z / 6);
          zig.push([m[0], m[1] + (z % 2 ? between(r, 10, 28) : between(r, -6, 4))]);
        }
        snows.push(polygon([L, pk, R, ...zig], snow));
        const mid = zig[2]!;
        snows.push(polygon([pk, R, zig[0]!, zig[1]!, mid], snowShade));
      }
    }
    out.push(group([...shades, ...snows], `clip-path="${clip}"`));
    return out.join('');
  };
  d.add(range(560, 150, 290, 7, '#a4b1cd', '#8f9dbd', 330, '#f2f4f8', '#d3dbe8'));
  d.add(rect(0, 430, W, 160, d.lin([[0, '#ffffff', 0], [0.6, '#f7ead8', 0.45], [1, '#ffffff', 0]])));
  d.add(range(680, 300, 400, 5, '#7488ab', '#61759a', 360, '#eef1f6', '#c6d0e0'));
  // Near slope with the road.
  const near = ridge(r, 640, 40, 500, 1200);
  const saddleX = 880;
  d.add(pathEl(hillD(near), '#4e6679'));
  const nearClip = d.clip(pathEl(hillD(near), '#000'));
  const trees: string[] = [];
  for (let k = 0; k < 120; k++) {
    const x = between(r, 0, W);
    if (Math.abs(x - saddleX) < 200) continue;
    const y = near(x) + between(r, 10, 90);
    trees.push(pine(x, y + 30, between(r, 30, 50), '#3b5366'));
  }
  d.add(group(trees, `clip-path="${nearClip}"`));
  const road: Pt[] = [[760, 920], [1160, 830], [560, 760], [1010, 716], [720, 684], [900, 664], [saddleX, near(saddleX) + 4]];
  const curve = sampleCurve(road, 20);
  const chunks = 18;
  const per = Math.ceil(curve.length / chunks);
  for (const [col, extra] of [
    ['#35495a', 6],
    ['#e8dcc4', 0],
  ] as const) {
    for (let c = 0; c < chunks; c++) {
      const seg = curve.slice(c * per, (c + 1) * per + 1);
      if (seg.length < 2) continue;
      d.add(polyline(seg, col, lerp(44, 4, c / (chunks - 1)) + extra * lerp(1, 0.3, c / chunks), 'stroke-linecap="round" stroke-linejoin="round"'));
    }
  }
  for (let c = 0; c < chunks - 4; c++) {
    const seg = curve.slice(c * per, (c + 1) * per + 1);
    d.add(polyline(seg, '#ffffff', lerp(3, 1, c / chunks), `stroke-dasharray="${f(lerp(30, 6, c / chunks))} ${f(lerp(30, 6, c / chunks))}" opacity="0.7"`));
  }
  const car = curve[Math.floor(curve.length * 0.55)]!;
  d.add(rect(car[0] - 9, car[1] - 9, 18, 9, '#c8503d', 'rx="3"'));
  // Foreground slopes with pines.
  d.add(polygon([[-20, 560], [120, 600], [300, 700], [480, 820], [560, 920], [-20, 920]], '#2e4252'));
  d.add(polygon([[1620, 520], [1480, 580], [1300, 700], [1180, 820], [1120, 920], [1620, 920]], '#2e4252'));
  for (const [x, y, h] of [
    [40, 640, 220],
    [130, 690, 180],
    [220, 760, 150],
    [330, 840, 140],
    [1560, 620, 240],
    [1460, 660, 200],
    [1370, 740, 170],
    [1270, 820, 150],
  ] as const)
    d.add(pine(x, y, h, '#223341'));
  d.add(gull(560, 120, 12, '#3f5870'), gull(600, 140, 9, '#3f5870'));
};

const concertStage: Scene = (d, r) => {
  d.add(rect(0, 0, W, H, d.lin([[0, '#140c28'], [0.6, '#22113b'], [1, '#0c0716']])));
  // LED wall.
  d.add(rect(360, 150, 880, 420, d.lin([[0, '#3a1b5e'], [1, '#1a0f34']])));
  for (let k = 0; k < 6; k++) d.add(circle(800, 360, 60 + k * 50, 'none', `stroke="${k % 2 ? '#d6457f' : '#46b8d0'}" stroke-width="6" opacity="${f(0.45 - k * 0.06)}"`));
  d.add(rect(360, 150, 880, 420, 'none', 'stroke="#0c0716" stroke-width="8"'));
  // Truss.
  const truss = (x0: number, y0: number, x1: number, y1: number) => {
    const out = [line(x0, y0, x1, y0, '#4a4360', 5), line(x0, y1, x1, y1, '#4a4360', 5)];
    const zig: Pt[] = [];
    for (let x = x0, k = 0; x <= x1; x += 20, k++) zig.push([x, k % 2 ? y1 : y0]);
    out.push(polyline(zig, '#4a4360', 2));
    return out.join('');
  };
  d.add(truss(80, 78, 1520, 108));
  for (const x of [100, 1480]) d.add(rect(x, 108, 30, 540, '#2a2340'), polyline(Array.from({ length: 28 }, (_, k): Pt => [x + (k % 2) * 30, 108 + k * 20]), '#4a4360', 2));
  // Floor.
  d.add(polygon([[90, 640], [1510, 640], [1600, 720], [0, 720]], '#241a36'), rect(0, 720, W, 40, '#100a1c'));
  // Speakers.
  for (const sx of [150, 1320]) {
    d.add(rect(sx, 400, 130, 240, '#120d1c'));
    for (const [dy, rad] of [[450, 30], [530, 40], [604, 26]] as const) d.add(circle(sx + 65, dy, rad, '#1d1630', 'stroke="#2d2444" stroke-width="4"'));
  }
  // Beams.
  const beamCols = ['#d6457f', '#46b8d0', '#f2a950', '#8a5cf0'];
  const lights = [230, 400, 570, 740, 860, 1030, 1200, 1370];
  const beams: string[] = [];
  lights.forEach((lx, k) => {
    const c = beamCols[k % 4]!;
    const tx = lx + (k % 2 ? -1 : 1) * between(r, 120, 300);
    beams.push(polygon([[lx - 10, 122], [lx + 10, 122], [tx + 110, 690], [tx - 110, 690]], d.linU([[0, c, 0.55], [1, c, 0.04]], lx, 122, tx, 690)));
    beams.push(ellipse(tx, 676, 150, 22, c, 'opacity="0.25"'));
  });
  d.add(group(beams, 'style="mix-blend-mode:screen"'));
  lights.forEach((lx, k) => {
    const c = beamCols[k % 4]!;
    d.add(pathEl(`M${lx - 18},100 L${lx + 18},100 L${lx + 14},124 L${lx - 14},124 Z`, '#2a2438'), ellipse(lx, 124, 12, 4, c), d.glow(lx, 124, 40, c, 0.8));
  });
  // Spotlight on the singer.
  d.add(polygon([[780, 0], [820, 0], [900, 680], [700, 680]], d.linU([[0, '#ffffff', 0.3], [1, '#ffffff', 0.05]], 800, 0, 800, 680)), ellipse(800, 676, 130, 18, '#ffffff', 'opacity="0.25"'));
  const sil = '#07040c';
  // Drum riser and kit.
  d.add(rect(640, 556, 320, 44, '#1a1228'), rect(640, 556, 320, 4, '#3a2d52'));
  const kit = '#2a1a40';
  d.add(circle(800, 500, 46, kit), circle(800, 500, 34, '#3a2856'), ellipse(730, 480, 28, 22, kit), ellipse(870, 480, 28, 22, kit));
  d.add(ellipse(690, 440, 42, 6, '#c9a24f', 'opacity="0.8"'), line(690, 440, 690, 556, kit, 3), ellipse(920, 430, 46, 6, '#c9a24f', 'opacity="0.8"'), line(920, 430, 920, 556, kit, 3));
  d.add(ellipse(800, 404, 22, 26, kit), pathEl('M760,470 C760,436 776,428 800,428 C824,428 840,436 840,470 Z', kit), line(770, 440, 740, 410, kit, 8, 'stroke-linecap="round"'), line(830, 440, 864, 420, kit, 8, 'stroke-linecap="round"'));
  // Singer.
  d.add(person(800, 680, 290, sil, { stride: 0.5, arms: false }), line(780, 620, 770, 460, sil, 13, 'stroke-linecap="round"'), line(770, 460, 790, 420, sil, 10, 'stroke-linecap="round"'));
  d.add(line(830, 680, 830, 470, '#1c1428', 4), line(820, 680, 840, 680, '#1c1428', 4), line(830, 470, 808, 462, '#1c1428', 4));
  // Guitarist and bassist.
  const player = (x: number, flip: number) => {
    const out = [person(x, 690, 270, sil, { stride: 0.7, arms: false })];
    out.push(`<g transform="translate(${x} 560) scale(${flip} 1) rotate(-25)">${ellipse(-18, 14, 34, 26, sil)}${ellipse(14, 6, 26, 20, sil)}${rect(30, -2, 130, 9, sil)}${rect(158, -6, 22, 16, sil)}</g>`);
    return out.join('');
  };
  d.add(player(470, 1), player(1130, -1));
  // Haze.
  d.add(ellipse(500, 500, 600, 140, '#b07ad0', 'opacity="0.07"'), ellipse(1100, 440, 600, 140, '#46b8d0', 'opacity="0.06"'));
  // Crowd.
  const crowd: string[] = [];
  for (const [rowY, size, col] of [
    [790, 30, '#0b0714'],
    [840, 36, '#07040c'],
    [900, 42, '#040208'],
  ] as const) {
    for (let x = -20; x < W + 40; x += size * between(r, 1.5, 2.1)) {
      const y = rowY + between(r, -10, 10);
      crowd.push(ellipse(x, y, size * 0.72, size * 0.85, col), pathEl(`M${f(x - size * 1.6)},${f(y + size * 3)} C${f(x - size * 1.5)},${f(y + size * 0.9)} ${f(x - size)},${f(y + size * 0.8)} ${f(x)},${f(y + size * 0.8)} C${f(x + size)},${f(y + size * 0.8)} ${f(x + size * 1.5)},${f(y + size * 0.9)} ${f(x + size * 1.6)},${f(y + size * 3)} Z`, col));
      if (r() < 0.22) {
        const hx = x + between(r, -size * 1.5, size * 1.5);
        const hy = y - size * between(r, 2, 3.2);
        crowd.push(line(x + (hx > x ? size : -size), y + size, hx, hy, col, size * 0.36, 'stroke-linecap="round"'), circle(hx, hy, size * 0.26, col));
        if (r() < 0.4) crowd.push(rect(hx - size * 0.2, hy - size * 0.75, size * 0.4, size * 0.6, '#cfe8ff', 'rx="2" opacity="0.85"'), d.glow(hx, hy - size * 0.45, size * 1.3, '#cfe8ff', 0.35));
      }
    }
  }
  d.add(...crowd);
};

const riverFlood: Scene = (d, r) => {
  const HZ = 440;
  d.add(rect(0, 0, W, HZ + 10, d.lin([[0, '#76848f'], [0.6, '#a7b0b3'], [1, '#c8ccc8']])));
  for (const [x, y, w, c] of [
    [-100, 60, 900, '#6b7984'],
    [500, 120, 1200, '#7d8a93'],
    [-50, 190, 700, '#8b979e'],
    [900, 240, 800, '#97a2a7'],
  ] as const)
    d.add(rect(x, y, w, 60, c, 'rx="30" opacity="0.75"'), rect(x + w * 0.1, y - 24, w * 0.5, 50, c, 'rx="25" opacity="0.6"'));
  // Distant land.
  const far = ridge(r, HZ - 8, 10, 300, 900);
  d.add(pathEl(hillD(far, HZ + 6), '#838f88'));
  const clumps: string[] = [];
  for (let x = 0; x < W; x += between(r, 30, 90)) clumps.push(circle(x, far(x) - 4, between(r, 10, 24), '#75826f'));
  d.add(...clumps, rect(1230, HZ - 60, 26, 56, '#75826f'), polygon([[1226, HZ - 60], [1243, HZ - 110], [1260, HZ - 60]], '#75826f'));
  // Water.
  d.add(rect(0, HZ, W, H - HZ, d.lin([[0, '#a69a7f'], [0.4, '#8c7d60'], [1, '#6c5e46']])));

  const house = (x: number, wl: number, w: number, wallH: number, roofH: number, wall: string, roof: string) => {
    const out: string[] = [];
    out.push(rect(x, wl - wallH, w, wallH, wall));
    out.push(polygon([[x - 12, wl - wallH], [x + w * 0.5, wl - wallH - roofH], [x + w + 12, wl - wallH]], roof));
    out.push(polygon([[x + w * 0.5, wl - wallH - roofH], [x + w + 12, wl - wallH], [x + w * 0.5, wl - wallH]], '#000', 'opacity="0.12"'));
    out.push(rect(x + w * 0.68, wl - wallH - roofH * 0.9, w * 0.1, roofH * 0.5, roof));
    const nw = w > 200 ? 3 : 2;
    for (let k = 0; k < nw; k++) {
      const wx = x + ((k + 0.5) * w) / nw - 16;
      out.push(rect(wx, wl - wallH + 18, 32, 38, '#4f5a60'), rect(wx + 15, wl - wallH + 18, 2, 38, wall), rect(wx - 3, wl - wallH + 56, 38, 4, '#f1ece2'));
      out.push(rect(wx, wl - 18, 32, 18, '#4f5a60'));
    }
    return out.join('');
  };
  // Each object stands in the water at its own waterline; reflections mirror about it.
  const objects: { svg: string; wl: number }[] = [];
  const put = (svg: string, wl: number) => objects.push({ svg, wl });
  put(house(580, 520, 170, 60, 70, '#c7b89d', '#5f5a5e'), 520);
  put(house(180, 620, 290, 100, 120, '#ddd1bd', '#8a4d43'), 620);
  put(house(1160, 580, 250, 86, 100, '#e2d8c6', '#7b5045'), 580);
  for (const [x, wl, s] of [
    [930, 530, 150],
    [1010, 540, 120],
    [1520, 610, 210],
    [90, 520, 130],
  ] as const) {
    put(rect(x - s * 0.05, wl - s * 0.5, s * 0.1, s * 0.5, '#4f4a3e') + circle(x, wl - s * 0.75, s * 0.4, '#5c6b54') + circle(x - s * 0.1, wl - s * 0.82, s * 0.28, '#6b7a5f'), wl);
  }
  // Telegraph poles.
  const poles: Pt[] = [[1600, 760], [1330, 650], [1130, 560], [990, 500], [890, 468]];
  for (const [px, py] of poles) {
    const s = (py - HZ) / 320;
    put(rect(px - 5 * s - 1, py - 300 * s, 10 * s + 2, 300 * s, '#4a4038') + rect(px - 34 * s, py - 280 * s, 68 * s, 6 * s + 1, '#4a4038'), py);
  }
  // Fence posts disappearing into the water.
  for (let k = 0; k < 9; k++) {
    const t = k / 8;
    const x = lerp(80, 520, t);
    const y = lerp(800, 600, t);
    const s = lerp(1, 0.35, t);
    put(rect(x, y - 60 * s, 10 * s, 60 * s, '#5a4c3c'), y);
  }
  const waterClip = d.clip(rect(0, HZ, W, H - HZ, '#000'));
  const blur = d.blur(3);
  d.add(group(objects.map((o) => `<g transform="matrix(1 0 0 -1 0 ${f(2 * o.wl)})">${o.svg}</g>`), `clip-path="${waterClip}" filter="${blur}" opacity="0.28"`));
  d.add(ripples(r, 110, HZ + 10, H, '#c8c0a8', 0.3), ripples(r, 90, HZ + 10, H, '#5a4e3b', 0.25));
  // Draw far to near so nearer things overlap.
  for (const o of [...objects].sort((p, q) => p.wl - q.wl)) d.add(o.svg);
  for (let k = 0; k < poles.length - 1; k++) {
    const [ax, ay] = poles[k]!;
    const [bx, by] = poles[k + 1]!;
    const sa = (ay - HZ) / 320;
    const sb = (by - HZ) / 320;
    for (const off of [-28, 28])
      d.add(stroke(`M${f(ax + off * sa)},${f(ay - 278 * sa)} Q${f((ax + bx) / 2)},${f((ay - 278 * sa + by - 278 * sb) / 2 + 30 * sa)} ${f(bx + off * sb)},${f(by - 278 * sb)}`, '#3a332e', 1.5));
  }
  // Waterlines around submerged houses.
  for (const [x, y, w] of [
    [170, 620, 310],
    [570, 520, 190],
    [1150, 580, 270],
  ] as const)
    d.add(rect(x, y - 3, w, 6, '#c8c0a8', 'rx="3" opacity="0.6"'));
  // Rescue boat with a fading wake.
  const wake = d.linU([[0, '#e4dfcf', 0.6], [1, '#e4dfcf', 0]], 690, 750, 380, 800);
  d.add(polygon([[690, 744], [380, 790], [380, 800]], wake), polygon([[700, 764], [420, 870], [440, 880]], wake));
  d.add(person(772, 770, 96, '#2e3a40', { head: '#8a6a55' }), rect(757, 702, 30, 32, '#e8913f', 'rx="6"'));
  d.add(person(834, 772, 100, '#2e3a40', { head: '#6b4d3c' }), rect(818, 700, 32, 34, '#e8913f', 'rx="6"'));
  d.add(pathEl('M680,718 L900,718 Q920,718 916,740 Q910,764 880,764 L700,764 Q676,764 676,742 Z', '#d9743a'), rect(690, 720, 210, 10, '#f09a5a'), rect(700, 748, 190, 6, '#b25a2a'));
  d.add(pathEl('M680,764 L910,764 Q900,772 880,772 L700,772 Q686,772 680,764 Z', '#4f4634', 'opacity="0.5"'));
  // Rain.
  const rain: string[] = [];
  for (let k = 0; k < 170; k++) {
    const x = between(r, -50, W + 50);
    const y = between(r, -40, H);
    rain.push(line(x, y, x - 10, y + 36, '#eef2f2', 1.4));
  }
  d.add(group(rain, 'opacity="0.22"'));
};

const skylineNight: Scene = (d, r) => {
  const WL = 620;
  d.add(rect(0, 0, W, WL + 4, d.lin([[0, '#0a0f2e'], [0.45, '#1c2052'], [0.8, '#3b2f66'], [1, '#6a4a7a']])));
  d.add(stars(r, 110, 420));
  d.add(d.glow(1260, 150, 220, '#f6efd9', 0.35), circle(1260, 150, 40, '#f6efd9'), circle(1248, 142, 8, '#e6dcc0', 'opacity="0.6"'), circle(1272, 162, 6, '#e6dcc0', 'opacity="0.6"'));
  const city: string[] = [];
  // Far layer.
  for (let x = -10; x < W; ) {
    const w = between(r, 40, 90);
    const h = between(r, 80, 230);
    city.push(rect(x, WL - h, w, h, '#2b2b5c'), windows(r, x, WL - h, w, h, { ww: 4, wh: 6, gx: 8, gy: 9, lit: '#e9c27a', p: 0.12, op: [0.25, 0.5] }));
    x += w + between(r, -4, 6);
  }
  // Mid layer.
  for (let x = 20; x < W; ) {
    const w = between(r, 60, 120);
    const h = between(r, 140, 320);
    city.push(rect(x, WL - h, w, h, '#1f2049'));
    if (r() < 0.4) city.push(rect(x + w * 0.2, WL - h - 20, w * 0.6, 20, '#1f2049'));
    city.push(windows(r, x, WL - h, w, h, { ww: 6, wh: 8, gx: 7, gy: 9, lit: '#f2c46d', p: 0.28, op: [0.5, 0.95] }));
    x += w + between(r, 20, 90);
  }
  // Near towers.
  const nearCol = '#13153a';
  const towers: [number, number, number, string][] = [
    [80, 130, 380, 'stepped'],
    [330, 90, 500, 'spire'],
    [560, 150, 330, 'glass'],
    [860, 110, 460, 'antenna'],
    [1090, 160, 300, 'glass'],
    [1340, 100, 400, 'stepped'],
  ];
  for (const [x, w, h, kind] of towers) {
    const top = WL - h;
    city.push(rect(x, top, w, h, nearCol), rect(x + w - 4, top, 4, h, '#2c3070'));
    if (kind === 'stepped') city.push(rect(x + w * 0.15, top - 40, w * 0.7, 40, nearCol), rect(x + w * 0.3, top - 70, w * 0.4, 30, nearCol), rect(x + w * 0.85 - 4, top - 40, 4, 40, '#2c3070'), rect(x + w * 0.7 - 4, top - 70, 4, 30, '#2c3070'));
    if (kind === 'spire') city.push(polygon([[x + w * 0.2, top], [x + w / 2, top - 120], [x + w * 0.8, top]], nearCol), polygon([[x + w / 2, top - 120], [x + w * 0.8, top], [x + w * 0.62, top]], '#2c3070'), line(x + w / 2, top - 120, x + w / 2, top - 170, '#3a3f80', 3));
    if (kind === 'antenna') city.push(rect(x + w * 0.25, top - 30, w * 0.5, 30, nearCol), line(x + w / 2, top - 30, x + w / 2, top - 100, '#3a3f80', 4), line(x + w / 2 - 12, top - 60, x + w / 2 + 12, top - 60, '#3a3f80', 3), circle(x + w / 2, top - 102, 4, '#ff5a4f'), d.glow(x + w / 2, top - 102, 24, '#ff5a4f', 0.6));
    if (kind === 'glass') {
      for (let k = 1; k < 10; k++) city.push(rect(x + (k * w) / 10, top, 1.5, h, '#2a2d66'));
      city.push(windows(r, x, top, w, h, { ww: w / 10 - 4, wh: 6, gx: 4, gy: 10, lit: '#f6d58e', p: 0.3, op: [0.5, 0.9] }));
    } else {
      city.push(windows(r, x, top, w, h, { ww: 7, wh: 10, gx: 8, gy: 10, lit: '#f6d08a', p: 0.32, op: [0.55, 1] }));
    }
  }
  city.push(rect(0, WL - 6, W, 10, '#0d0f2c'));
  for (let x = 20; x < W; x += 70) city.push(circle(x, WL - 10, 2.5, '#ffd98f'));
  d.defs.push(`<g id="city">${city.join('')}</g>`);
  // Water and reflection.
  d.add(rect(0, WL, W, H - WL, d.lin([[0, '#2b2552'], [1, '#0b0e25']])));
  const waterClip = d.clip(rect(0, WL + 4, W, H - WL, '#000'));
  const blur = d.blur(2);
  d.add(group(`<use href="#city" transform="matrix(1 0 0 -1 0 ${2 * WL + 8})" opacity="0.45"/>`, `clip-path="${waterClip}" filter="${blur}"`));
  const rip: string[] = [];
  for (let y = WL + 8; y < H; y += between(r, 4, 9)) {
    let x = between(r, -200, 0);
    while (x < W) {
      const len = between(r, 60, 320);
      if (r() < 0.55) rip.push(rect(x, y, len, 2.2 + (y - WL) / 90, '#120f30', 'opacity="0.75"'));
      x += len + between(r, 10, 120);
    }
  }
  d.add(...rip);
  for (let k = 0; k < 30; k++) {
    const y = WL + 10 + k * 9 + k * k * 0.08;
    if (y > H) break;
    const w = between(r, 16, 50) + k * 1.4;
    d.add(rect(1260 - w / 2 + between(r, -8, 8), y, w, 2.5, '#f6efd9', `opacity="${f(0.7 - k * 0.02)}"`));
  }
  d.add('<use href="#city"/>');
  // Small boat.
  d.add(pathEl('M240,760 L380,760 L366,776 L254,776 Z', '#0b0c22'), rect(286, 744, 40, 16, '#0b0c22'), circle(300, 752, 3, '#ffd98f'), circle(314, 752, 3, '#ffd98f'), rect(240, 780, 140, 3, '#ffd98f', 'opacity="0.25"'));
};

const harvestField: Scene = (d, r) => {
  const HZ = 440;
  d.add(rect(0, 0, W, HZ + 20, d.lin([[0, '#93b7c9'], [0.55, '#e8dcb7'], [1, '#f3c48c']])));
  d.add(d.glow(1230, 360, 380, '#fff0cc', 0.7), circle(1230, 360, 62, '#fff3d6'));
  d.add(rect(140, 200, 420, 12, '#ffffff', 'rx="6" opacity="0.5"'), rect(260, 222, 260, 8, '#ffffff', 'rx="4" opacity="0.4"'), rect(900, 150, 320, 10, '#ffffff', 'rx="5" opacity="0.45"'));
  const far = ridge(r, HZ - 10, 24, 300, 900);
  d.add(pathEl(hillD(far, HZ + 30), '#aab59c'));
  const mid = ridge(r, HZ + 18, 14, 400, 1000);
  d.add(pathEl(hillD(mid, H), '#93a27f'));
  // Tree line, barn, silo, farmhouse.
  const tl: string[] = [];
  for (let x = 0; x < W; x += between(r, 22, 60)) {
    if (x > 360 && x < 660) continue;
    const s = between(r, 40, 80);
    tl.push(circle(x, mid(x) - s * 0.3, s * 0.42, '#6d7e58'), circle(x - s * 0.08, mid(x) - s * 0.38, s * 0.28, '#7d8e63'));
  }
  d.add(...tl);
  const by = mid(470) + 6;
  d.add(rect(400, by - 80, 140, 80, '#a5513f'), polygon([[390, by - 80], [470, by - 130], [550, by - 80]], '#5b3a33'), rect(448, by - 50, 44, 50, '#7d3a2e'), line(448, by - 50, 492, by, '#efe2c8', 3), line(492, by - 50, 448, by, '#efe2c8', 3), rect(448, by - 50, 44, 50, 'none', 'stroke="#efe2c8" stroke-width="3"'));
  d.add(rect(556, by - 130, 42, 130, '#cfc6b4'), pathEl(`M556,${by - 130} A21,18 0 0 1 598,${by - 130} Z`, '#9a9183'), rect(580, by - 130, 18, 130, '#b9af9c'));
  d.add(rect(620, by - 56, 70, 56, '#ece3cf'), polygon([[612, by - 56], [655, by - 90], [698, by - 56]], '#55504d'), rect(636, by - 40, 14, 16, '#5a646a'), rect(662, by - 40, 14, 16, '#5a646a'));
  // Patchwork fields.
  const fieldCols = ['#cfa650', '#a0a55c', '#dfbd6a', '#b89046', '#8f9c58', '#d6b15e'];
  const VP: Pt = [800, HZ - 60];
  const yA = HZ + 44;
  const yB = 590;
  const bands: string[] = [];
  for (let k = -6; k < 7; k++) {
    const xb0 = 800 + k * 320;
    const xb1 = xb0 + 320;
    const at = (xb: number, y: number) => VP[0] + ((xb - VP[0]) * (y - VP[1])) / (yB - VP[1]);
    bands.push(polygon([[at(xb0, yA), yA], [at(xb1, yA), yA], [xb1, yB], [xb0, yB]], fieldCols[(k + 12) % fieldCols.length]!));
  }
  const fieldClip = d.clip(rect(0, yA, W, yB - yA, '#000'));
  d.add(group(bands, `clip-path="${fieldClip}"`));
  for (const y of [yA, yA + 22, yA + 52]) d.add(rect(0, y - 2, W, 4, '#7d8a55', 'opacity="0.6"'));
  // Hay bales on the stubble at left.
  const bales: [number, number, number][] = [[140, 560, 30], [260, 548, 24], [360, 570, 34], [520, 540, 20], [80, 600, 44]];
  for (const [x, y, s] of bales) {
    d.add(ellipse(x + s * 0.6, y + s * 0.95, s * 1.5, s * 0.18, '#7b6630', 'opacity="0.35"'));
    d.add(rect(x, y - s, s * 1.2, s * 2, '#d9b469'), ellipse(x + s * 1.2, y, s * 0.42, s, '#c9a25a'), ellipse(x, y, s * 0.42, s, '#e5c27a'));
    d.add(ellipse(x, y, s * 0.28, s * 0.66, 'none', 'stroke="#b58e46" stroke-width="2"'), ellipse(x, y, s * 0.13, s * 0.32, 'none', 'stroke="#b58e46" stroke-width="2"'));
  }
  // Tractor.
  const tx = 1080;
  const ty = 566;
  d.add(group([circle(tx - 40, ty - 14, 18, '#eedcb0'), circle(tx - 66, ty - 22, 24, '#eedcb0'), circle(tx - 100, ty - 18, 20, '#eedcb0'), circle(tx - 128, ty - 26, 16, '#eedcb0'), rect(tx - 140, ty - 18, 110, 18, '#eedcb0', 'rx="9"')], 'opacity="0.55"'));
  d.add(rect(tx - 20, ty - 30, 60, 18, '#4c6b4a'), rect(tx - 22, ty - 60, 30, 32, '#4c6b4a'), rect(tx - 17, ty - 55, 20, 14, '#cfe0e3'), rect(tx + 28, ty - 44, 5, 16, '#2f2f2f'));
  d.add(circle(tx - 10, ty - 6, 18, '#272727'), circle(tx - 10, ty - 6, 7, '#c9a24f'), circle(tx + 34, ty, 11, '#272727'), circle(tx + 34, ty, 4, '#c9a24f'));
  // Foreground wheat with furrows converging on the vanishing point.
  d.add(rect(0, yB, W, H - yB, d.lin([[0, '#e6bd62'], [1, '#c58f3d']])));
  const rows: string[] = [];
  for (let k = -40; k <= 40; k++) {
    const xb = 800 + k * 70;
    const t0 = (yB - VP[1]) / (H - VP[1]);
    const xTop = VP[0] + (xb - VP[0]) * t0;
    rows.push(polygon([[xTop - 1, yB], [xTop + 1, yB], [xb + 9, H], [xb - 9, H]], '#a9752f', 'opacity="0.4"'));
  }
  d.add(...rows);
  const ears: string[] = [];
  for (let k = 0; k < 140; k++) {
    const x = between(r, 0, W);
    const y = between(r, 800, 910);
    const lean = between(r, -12, 12);
    ears.push(line(x, y + 40, x + lean, y, '#b9862f', 2.5), ellipse(x + lean, y - 10, 5, 14, '#d9a646', `transform="rotate(${f(lean)} ${f(x + lean)} ${f(y - 10)})"`));
  }
  d.add(group(ears, 'opacity="0.9"'));
  d.add(gull(700, 250, 12, '#6b6458'), gull(740, 270, 9, '#6b6458'), gull(660, 280, 8, '#6b6458'));
};

const hospitalWard: Scene = (d, r) => {
  d.add(rect(0, 0, W, 690, '#e3efec'), rect(0, 0, W, 44, '#d3e4e0'), rect(0, 520, W, 170, '#cfe3de'), rect(0, 514, W, 10, '#b5d2cc'));
  d.add(line(0, 64, W, 64, '#9fb5b3', 4));
  // Window.
  d.add(rect(560, 110, 480, 330, '#f6faf9'), rect(576, 126, 448, 298, d.lin([[0, '#b5d6e5'], [1, '#e6f1f0']])));
  const wc = d.clip(rect(576, 126, 448, 298, '#000'));
  const crowns: string[] = [];
  for (let x = 560; x < 1060; x += 46) crowns.push(circle(x + between(r, -10, 10), 420 + between(r, -30, 10), between(r, 40, 70), r() < 0.5 ? '#a6ccb5' : '#93bfa4'));
  d.add(group(crowns, `clip-path="${wc}"`), rect(794, 126, 12, 298, '#f6faf9'), rect(576, 270, 448, 10, '#f6faf9'), rect(550, 436, 500, 12, '#eef5f3'), polygon([[576, 126], [700, 126], [576, 260]], '#ffffff', 'opacity="0.3"'));
  // Clock and cross sign.
  d.add(circle(300, 200, 44, '#ffffff', 'stroke="#9fb5b3" stroke-width="6"'), line(300, 200, 300, 170, '#3e5256', 4, 'stroke-linecap="round"'), line(300, 200, 320, 212, '#3e5256', 4, 'stroke-linecap="round"'), circle(300, 200, 4, '#3e5256'));
  d.add(rect(1300, 130, 100, 100, '#ffffff', 'rx="16"'), pathEl('M1336,148 h28 v28 h28 v28 h-28 v28 h-28 v-28 h-28 v-28 h28 Z', '#3f9d8f', 'transform="translate(-6 -10)"'));
  // Floor.
  d.add(rect(0, 690, W, H - 690, d.lin([[0, '#c3d2d0'], [1, '#a9bbbc']])));
  for (let k = -12; k <= 12; k++) d.add(line(800 + k * 60, 690, 800 + k * 200, H, '#b3c4c4', 2, 'opacity="0.6"'));
  // Curtains.
  const curtain = (x0: number, x1: number) => {
    const out: string[] = [];
    const n = Math.round((x1 - x0) / 26);
    for (let k = 0; k < n; k++) out.push(rect(x0 + (k * (x1 - x0)) / n, 68, (x1 - x0) / n + 1, 610, k % 2 ? '#9ccac3' : '#88bcb4'));
    for (let k = 0; k < n; k++) out.push(circle(x0 + ((k + 0.5) * (x1 - x0)) / n, 66, 4, '#7d9b98'));
    return out.join('');
  };
  d.add(curtain(-10, 160), curtain(1470, 1610));
  // IV stand.
  d.add(line(178, 300, 178, 672, '#8c9ca3', 5), polyline([[150, 300], [206, 300]], '#8c9ca3', 4), line(160, 672, 196, 672, '#8c9ca3', 5), circle(162, 678, 6, '#5a6a70'), circle(194, 678, 6, '#5a6a70'));
  d.add(rect(154, 304, 40, 74, '#e9f4f6', 'rx="10" stroke="#b9cdd3" stroke-width="2"'), rect(158, 334, 32, 40, '#cfe9ee', 'rx="8"'), stroke('M174,378 C174,440 200,470 290,500', '#b9cdd3', 2.5));
  // Beds.
  const bed = (x: number, patient: boolean) => {
    const out: string[] = [];
    out.push(ellipse(x + 290, 690, 320, 16, '#99acad', 'opacity="0.5"'));
    out.push(rect(x + 40, 566, 10, 110, '#8c9ca3'), rect(x + 520, 566, 10, 110, '#8c9ca3'), circle(x + 45, 680, 11, '#5a6a70'), circle(x + 525, 680, 11, '#5a6a70'));
    out.push(rect(x, 430, 34, 250, '#6ea4a6', 'rx="12"'), rect(x + 8, 446, 18, 120, '#86b9ba', 'rx="8"'));
    out.push(rect(x + 548, 488, 28, 190, '#6ea4a6', 'rx="10"'));
    out.push(rect(x + 20, 546, 540, 22, '#9aa9b1', 'rx="4"'));
    out.push(rect(x + 24, 500, 532, 50, '#f7f9f9', 'rx="12"'));
    out.push(rect(x + 40, 466, 130, 46, '#ffffff', 'rx="20"'), rect(x + 46, 500, 118, 10, '#dfe7e8', 'rx="5"'));
    if (patient) out.push(ellipse(x + 130, 476, 30, 27, '#7a5a4a'), ellipse(x + 138, 486, 26, 22, '#c49a7e'));
    out.push(pathEl(`M${x + 170},${patient ? 484 : 498} Q${x + 240},${patient ? 470 : 496} ${x + 330},${patient ? 484 : 498} L${x + 556},498 L${x + 556},562 L${x + 170},562 Z`, '#8db8cc'));
    out.push(pathEl(`M${x + 170},${patient ? 484 : 498} Q${x + 240},${patient ? 470 : 496} ${x + 330},${patient ? 484 : 498} L${x + 330},${patient ? 508 : 514} L${x + 170},514 Z`, '#f0f5f6'));
    out.push(rect(x + 220, 516, 260, 8, '#b6c3c9', 'rx="4"'), rect(x + 230, 516, 8, 34, '#b6c3c9'), rect(x + 462, 516, 8, 34, '#b6c3c9'));
    return out.join('');
  };
  d.add(bed(200, true));
  // Bedside cabinet with flowers.
  d.add(rect(790, 540, 96, 140, '#eef4f3', 'rx="6"'), rect(798, 560, 80, 2, '#c8d6d4'), rect(828, 600, 20, 4, '#9fb5b3', 'rx="2"'), rect(818, 490, 30, 50, '#b9dde4', 'rx="8" opacity="0.9"'));
  for (const [fx, fy, c] of [[812, 440, '#e8c35a'], [836, 428, '#e07f6a'], [852, 450, '#e8c35a'], [826, 458, '#f0a98f']] as const) d.add(line(833, 492, fx, fy, '#5f8d62', 3), circle(fx, fy, 11, c), circle(fx, fy, 4, '#fff3d0'));
  d.add(bed(900, false));
  // Monitor on an arm above the second bed's head.
  d.add(rect(1070, 320, 40, 10, '#8c9ca3'), rect(1060, 300, 12, 50, '#8c9ca3'), rect(1100, 270, 150, 100, '#233239', 'rx="10"'), rect(1112, 282, 126, 76, '#1a262b', 'rx="4"'));
  d.add(polyline([[1116, 324], [1140, 324], [1148, 310], [1156, 340], [1164, 296], [1172, 330], [1180, 324], [1234, 324]], '#6fe0a8', 3, 'stroke-linejoin="round"'));
  d.add(rect(1120, 342, 30, 6, '#5fc3d6', 'rx="3"'), rect(1156, 342, 20, 6, '#e8c35a', 'rx="3"'));
};

const schoolYard: Scene = (d, r) => {
  d.add(rect(0, 0, W, 660, d.lin([[0, '#98c7de'], [1, '#e2f0ee']])));
  d.add(cloud(100, 160, 260, '#ffffff', 0.9), cloud(1200, 120, 300, '#ffffff', 0.9), cloud(900, 220, 150, '#ffffff', 0.7));
  // Trees behind.
  d.add(roundTree(140, 650, 360, '#5c8a4a', '#6f9d58', '#5a4636'), roundTree(1470, 650, 380, '#5c8a4a', '#6f9d58', '#5a4636'), roundTree(1340, 650, 250, '#668f50', '#7ba561', '#5a4636'));
  const brick = '#b9684f';
  const brickLight = '#c77a5f';
  const trim = '#f1e6d2';
  // Wings.
  d.add(polygon([[190, 330], [250, 268], [1350, 268], [1410, 330]], '#5a4f55'), rect(220, 330, 1160, 320, brick));
  for (let y = 344; y < 650; y += 14) d.add(rect(220, y, 1160, 1.5, '#a45a44', 'opacity="0.35"'));
  d.add(rect(212, 326, 1176, 10, trim), rect(220, 470, 1160, 8, trim));
  const sash = (x: number, y: number, w: number, h: number) =>
    [
      rect(x - 6, y - 14, w + 12, 12, trim),
      rect(x, y, w, h, '#f4efe6'),
      rect(x + 5, y + 5, w - 10, h - 10, '#7fa9bb'),
      polygon([[x + 5, y + h - 5], [x + w * 0.6, y + 5], [x + w - 5, y + 5], [x + w - 5, y + 20], [x + 25, y + h - 5]], '#a9cbd8', 'opacity="0.6"'),
      rect(x + w / 2 - 2, y, 4, h, '#f4efe6'),
      rect(x, y + h / 2 - 2, w, 4, '#f4efe6'),
      rect(x - 6, y + h, w + 12, 6, trim),
    ].join('');
  for (const x0 of [250, 960]) {
    for (let k = 0; k < 4; k++) {
      const x = x0 + k * 100;
      d.add(sash(x, 360, 66, 92), sash(x, 510, 66, 100));
    }
  }
  // Central pavilion.
  d.add(rect(650, 250, 300, 400, brickLight), polygon([[630, 256], [800, 150], [970, 256]], '#4f4449'), polygon([[660, 250], [800, 166], [940, 250]], brickLight), rect(640, 246, 320, 12, trim));
  for (let y = 262; y < 650; y += 14) d.add(rect(650, y, 300, 1.5, '#a45a44', 'opacity="0.35"'));
  d.add(circle(800, 206, 32, '#ffffff', 'stroke="#4f4449" stroke-width="5"'), line(800, 206, 800, 186, '#333', 4, 'stroke-linecap="round"'), line(800, 206, 815, 212, '#333', 4, 'stroke-linecap="round"'));
  // Cupola.
  d.add(rect(774, 96, 52, 60, trim), rect(786, 106, 28, 40, '#5a4f55'), polygon([[764, 98], [800, 56], [836, 98]], '#4f4449'), line(800, 56, 800, 30, '#4f4449', 3), circle(800, 136, 9, '#c9a24f'));
  // Door and arched window.
  d.add(pathEl('M740,650 V560 a60,60 0 0 1 120,0 V650 Z', trim), pathEl('M752,650 V564 a48,48 0 0 1 96,0 V650 Z', '#3e7672'), rect(798, 530, 4, 120, '#2f5e5b'), circle(790, 600, 4, '#e0c27a'), circle(810, 600, 4, '#e0c27a'));
  d.add(pathEl('M760,460 V330 a40,40 0 0 1 80,0 V460 Z', '#f4efe6'), pathEl('M766,454 V332 a34,34 0 0 1 68,0 V454 Z', '#7fa9bb'), rect(798, 300, 4, 160, '#f4efe6'), rect(766, 396, 68, 4, '#f4efe6'));
  for (let k = 0; k < 3; k++) d.add(rect(720 - k * 14, 650 + k * 9, 160 + k * 28, 9, k % 2 ? '#d8d0c2' : '#e6dfd2'));
  // Hedge and yard.
  d.add(rect(0, 650, W, 18, '#7ea562'), rect(0, 676, W, H - 676, d.lin([[0, '#bdb9ae'], [1, '#a39f94']])), rect(0, 668, W, 8, '#a9a59a'));
  for (let k = 0; k < 3; k++) d.add(rect(0, 700 + k * 70 + k * k * 10, W, 2, '#b3afa4', 'opacity="0.6"'));
  // Hopscotch.
  const hop: string[] = [];
  const cells: [number, number, number, number][] = [[300, 836, 80, 48], [300, 788, 80, 48], [260, 740, 80, 48], [340, 740, 80, 48], [300, 692, 80, 48], [260, 644, 0, 0]];
  for (const [x, y, w, h] of cells) if (w) hop.push(rect(x, y, w, h, 'none', 'stroke="#f2d36b" stroke-width="5"'));
  d.add(...hop);
  d.add(ellipse(860, 800, 170, 42, 'none', 'stroke="#f6f2e6" stroke-width="5" opacity="0.8"'), ellipse(860, 800, 8, 3, '#f6f2e6', 'opacity="0.8"'));
  // Basketball hoop.
  d.add(rect(1412, 560, 14, 320, '#3b4c5a'), rect(1338, 520, 90, 14, '#3b4c5a'), rect(1270, 460, 110, 76, '#ffffff', 'stroke="#3b4c5a" stroke-width="5"'), rect(1304, 490, 42, 30, 'none', 'stroke="#d9763a" stroke-width="4"'), ellipse(1325, 540, 28, 7, 'none', 'stroke="#d9763a" stroke-width="5"'));
  d.add(polyline([[1298, 542], [1308, 580], [1318, 544], [1328, 580], [1338, 544], [1346, 580], [1352, 542]], '#ffffff', 2));
  // Children.
  const shirts = ['#e07a5f', '#f2cc60', '#3d8b8b', '#6a7fb5', '#d96f92', '#81b29a', '#f0a35a'];
  const heads = ['#7a5a48', '#c49a7a', '#4a3428', '#a8785a'];
  const kids: [number, number, number][] = [[520, 820, 140], [610, 860, 130], [1020, 840, 150], [1180, 880, 136], [1260, 760, 110], [160, 860, 150]];
  kids.forEach(([x, y, h], k) => {
    d.add(ellipse(x, y, h * 0.2, h * 0.04, '#8e8a80', 'opacity="0.5"'));
    d.add(person(x, y, h, shirts[k % shirts.length]!, { head: pick(r, heads), legs: '#3d405b', stride: k % 2 ? 0.8 : -0.8, arms: false }));
    d.add(line(x - h * 0.1, y - h * 0.74, x - h * 0.28, y - h * (0.5 + (k % 2) * 0.3), shirts[k % shirts.length]!, h * 0.06, 'stroke-linecap="round"'), line(x + h * 0.1, y - h * 0.74, x + h * 0.28, y - h * (0.8 - (k % 2) * 0.3), shirts[k % shirts.length]!, h * 0.06, 'stroke-linecap="round"'));
  });
  d.add(circle(1290, 640, 18, '#d9763a'), line(1272, 640, 1308, 640, '#7a3a1a', 2), line(1290, 622, 1290, 658, '#7a3a1a', 2));
  // Skipping rope pair (first two kids hold it; a jumper in the middle).
  d.add(stroke('M548,716 Q566,900 582,762', '#5a4e7a', 3), person(566, 800, 120, '#d96f92', { head: '#c49a7a', legs: '#3d405b' }));
};

const coastlineStorm: Scene = (d, r) => {
  const HZ = 470;
  d.add(rect(0, 0, W, HZ + 10, d.lin([[0, '#1b252d'], [0.55, '#36454e'], [1, '#62727a']])));
  d.add(d.glow(1150, 250, 260, '#d9dcc8', 0.35));
  // Lightning.
  const bolt: Pt[] = [[1190, 150], [1160, 240], [1184, 250], [1140, 350], [1160, 356], [1110, HZ]];
  d.add(polyline(bolt, '#f3f0da', 14, 'opacity="0.15" stroke-linejoin="round"'), polyline(bolt, '#f7f5e6', 3.5, 'stroke-linejoin="round"'), polyline([[1160, 240], [1210, 300], [1204, 330]], '#f7f5e6', 2));
  // Heavy clouds.
  const cl: string[] = [];
  const cc = ['#222d35', '#2b3840', '#34424a', '#3d4b53'];
  for (let k = 0; k < 28; k++) {
    const x = between(r, -100, W + 100);
    const y = between(r, -40, 300);
    const rw = between(r, 120, 320);
    cl.push(ellipse(x, y, rw, rw * 0.36, pick(r, cc), 'opacity="0.85"'));
  }
  d.add(...cl);
  d.add(rect(0, 280, W, 10, '#55656c', 'opacity="0.4"'), rect(300, 310, 900, 6, '#55656c', 'opacity="0.3"'));
  // Sea.
  d.add(rect(0, HZ, W, H - HZ, d.lin([[0, '#4a6066'], [0.4, '#2c444b'], [1, '#142328']])));
  const rows = 9;
  for (let i = 0; i < rows; i++) {
    const t = i / (rows - 1);
    const base = HZ + 20 + Math.pow(t, 1.5) * 380;
    const amp = lerp(6, 46, t);
    const lambda = lerp(90, 460, t);
    const phase = r() * Math.PI;
    const col = mix('#49606a', '#17292e', t);
    const p: Pt[] = [];
    for (let x = -40; x <= W + 40; x += lambda / 12) p.push([x, base - amp * (1 - Math.abs(Math.sin((x / lambda) * Math.PI + phase)))]);
    d.add(pathEl(`M${pts(p).split(' ').join(' L')} L${W + 40},${H} L-40,${H} Z`, col));
    // Foam on crests.
    const foam: string[] = [];
    for (let k = Math.ceil((-40 / lambda) - phase / Math.PI); k * lambda < W + 40; k++) {
      const cx = (k - phase / Math.PI) * lambda;
      if (r() < 0.35) continue;
      const fw = lambda * between(r, 0.25, 0.5);
      foam.push(pathEl(`M${f(cx - fw)},${f(base - amp * 0.4)} Q${f(cx)},${f(base - amp - 4 - amp * 0.2)} ${f(cx + fw * 0.6)},${f(base - amp * 0.5)} Q${f(cx)},${f(base - amp * 0.7)} ${f(cx - fw)},${f(base - amp * 0.4)} Z`, '#dfe8e6', `opacity="${f(lerp(0.5, 0.85, t))}"`));
      for (let s = 0; s < 3; s++) foam.push(rect(cx + between(r, -fw, fw), base - amp * between(r, 0, 0.5), between(r, 10, 40) * (0.4 + t), 2 + t * 2, '#dfe8e6', 'rx="2" opacity="0.35"'));
    }
    d.add(...foam);
  }
  // Big breaking wave on the right.
  d.add(pathEl('M620,900 C760,820 860,700 1010,610 C1110,550 1230,540 1300,590 C1330,612 1320,650 1280,660 C1300,630 1260,610 1220,630 C1150,670 1150,760 1200,830 L1300,900 Z', d.lin([[0, '#4d7b7e'], [0.6, '#264248'], [1, '#142328']])));
  d.add(pathEl('M1010,610 C1110,550 1230,540 1300,590 C1330,612 1320,650 1280,660 C1300,630 1260,610 1220,630 C1160,600 1080,610 1010,610 Z', '#e6eeec', 'opacity="0.9"'));
  d.add(pathEl('M900,690 C980,640 1060,620 1120,620 C1060,640 990,670 920,720 Z', '#e6eeec', 'opacity="0.4"'));
  const spray: string[] = [];
  for (let k = 0; k < 40; k++) spray.push(circle(between(r, 1180, 1380), between(r, 540, 640), between(r, 2, 7), '#e6eeec', `opacity="${f(between(r, 0.3, 0.8))}"`));
  d.add(...spray);
  const foamBase: string[] = [];
  for (let k = 0; k < 16; k++) foamBase.push(circle(between(r, 1180, 1420), between(r, 820, 880), between(r, 14, 30), '#dfe8e6'));
  d.add(group(foamBase, 'opacity="0.55"'));
  // Cliff with lighthouse.
  d.add(polygon([[-20, 300], [130, 292], [250, 320], [330, 400], [400, 500], [450, 600], [470, 700], [540, 820], [560, 920], [-20, 920]], '#262c30'));
  d.add(polygon([[250, 320], [330, 400], [400, 500], [450, 600], [470, 700], [540, 820], [560, 920], [420, 920], [380, 700], [300, 520]], '#363d42'));
  for (const [x1, y1, x2, y2] of [[60, 420, 300, 450], [40, 540, 380, 560], [90, 660, 430, 690], [30, 780, 480, 800]] as const) d.add(line(x1, y1, x2, y2, '#1d2226', 4, 'opacity="0.7"'));
  d.add(pathEl('M-20,300 L130,292 L250,320 L240,330 L130,304 L-20,312 Z', '#3f4d3f'));
  // Beam.
  d.add(polygon([[150, 120], [W + 40, 10], [W + 40, 280]], d.linU([[0, '#fff3c4', 0.45], [1, '#fff3c4', 0]], 150, 120, W, 140)));
  const lx = 150;
  const bands: string[] = [];
  for (let k = 0; k < 4; k++) {
    const y0 = 294 - k * 40;
    const w0 = lerp(50, 36, k / 4);
    const w1 = lerp(50, 36, (k + 1) / 4);
    bands.push(polygon([[lx - w0 / 2, y0], [lx + w0 / 2, y0], [lx + w1 / 2, y0 - 40], [lx - w1 / 2, y0 - 40]], k % 2 ? '#a6463b' : '#e7e2d6'));
  }
  d.add(...bands, rect(lx - 28, 130, 56, 8, '#1f2326'), d.glow(lx, 118, 90, '#fff2bf', 0.8), rect(lx - 16, 104, 32, 26, '#fff2bf'), line(lx - 16, 104, lx - 16, 130, '#1f2326', 3), line(lx + 16, 104, lx + 16, 130, '#1f2326', 3), pathEl(`M${lx - 20},104 A20,16 0 0 1 ${lx + 20},104 Z`, '#1f2326'), line(lx, 88, lx, 76, '#1f2326', 3));
  d.add(rect(lx + 30, 256, 50, 38, '#d9d3c4'), polygon([[lx + 26, 256], [lx + 55, 236], [lx + 84, 256]], '#6c3a33'));
  // Spray at the cliff foot.
  for (const [op, n0, rad] of [[0.22, 14, 40], [0.55, 12, 22]] as const) {
    const blob: string[] = [];
    for (let k = 0; k < n0; k++) blob.push(circle(between(r, 440, 600), between(r, 620, 770), between(r, rad * 0.5, rad), '#dfe8e6'));
    d.add(group(blob, `opacity="${op}"`));
  }
  // Rain.
  const rain: string[] = [];
  for (let k = 0; k < 220; k++) {
    const x = between(r, -50, W + 100);
    const y = between(r, -40, H);
    rain.push(line(x, y, x - 16, y + 44, '#c9d3d4', 1.3));
  }
  d.add(group(rain, 'opacity="0.2"'));
  d.add(gull(700, 380, 14, '#cfd6d6'));
};

const SCENES: Record<(typeof DEMO_IMAGE_KEYS)[number], Scene> = {
  'harbour-dawn': harbourDawn,
  'city-hall': cityHall,
  'wind-farm': windFarm,
  'rail-station': railStation,
  'stadium-lights': stadiumLights,
  'research-lab': researchLab,
  'market-street': marketStreet,
  'library-reading': libraryReading,
  'mountain-pass': mountainPass,
  'concert-stage': concertStage,
  'river-flood': riverFlood,
  'skyline-night': skylineNight,
  'harvest-field': harvestField,
  'hospital-ward': hospitalWard,
  'school-yard': schoolYard,
  'coastline-storm': coastlineStorm,
};

// ---------------------------------------------------------------------------
// Avatars, logo, favicon
// ---------------------------------------------------------------------------

function avatar(i: number): string {
  const S = 256;
  const d = new Doc(S, S);
  const bgs: [string, string][] = [
    ['#d6e3e8', '#b9cdd6'],
    ['#f2dfcd', '#e6c6ab'],
    ['#dde7d5', '#c3d3b6'],
    ['#e7dae6', '#d2bed0'],
    ['#f3e5c0', '#e4cf98'],
    ['#d3dde9', '#b4c4d8'],
    ['#ead9d1', '#d9bcaf'],
    ['#d8e2de', '#b9ccc5'],
  ];
  const clothes = ['#2f4858', '#b5533c', '#4f6d5a', '#6b4f7a', '#c08a3e', '#3f5f8a', '#7a4a3a', '#355c5a'];
  const skins = ['#e2b897', '#8d5a3c', '#c68e6a', '#f0c9a8', '#a8704e', '#d9a27c', '#6e4630', '#e8bfa0'];
  const hairs = ['#2b2320', '#1a1414', '#6b4a2f', '#c7a36b', '#3a2a22', '#8a3b2a', '#161212', '#a3a3a3'];
  const [bg0, bg1] = bgs[i]!;
  const cloth = clothes[i]!;
  const skin = skins[i]!;
  const hair = hairs[i]!;
  const skinShade = mix(skin, '#000000', 0.15);
  d.add(rect(0, 0, S, S, d.lin([[0, bg0], [1, bg1]])));
  d.add(circle(200, 60, 70, '#ffffff', 'opacity="0.18"'));
  const hx = 128;
  const hy = 106;
  // Hair behind the head (long styles).
  if (i === 1) d.add(pathEl(`M${hx - 52},${hy - 10} C${hx - 60},${hy + 60} ${hx - 58},${hy + 110} ${hx - 40},${hy + 118} L${hx + 40},${hy + 118} C${hx + 58},${hy + 110} ${hx + 60},${hy + 60} ${hx + 52},${hy - 10} Z`, hair));
  if (i === 4) d.add(pathEl(`M${hx - 52},${hy - 10} C${hx - 58},${hy + 30} ${hx - 56},${hy + 50} ${hx - 48},${hy + 62} L${hx + 48},${hy + 62} C${hx + 56},${hy + 50} ${hx + 58},${hy + 30} ${hx + 52},${hy - 10} Z`, hair));
  if (i === 2) d.add(circle(hx, hy - 58, 24, hair));
  // Shoulders and neck.
  d.add(pathEl('M28,256 C30,208 70,184 128,182 C186,184 226,208 228,256 Z', cloth));
  d.add(rect(hx - 17, hy + 30, 34, 48, skinShade, 'rx="10"'));
  if (i % 2 === 0) d.add(pathEl(`M${hx - 30},184 L${hx},222 L${hx + 30},184 Z`, mix(cloth, '#ffffff', 0.7)), pathEl(`M${hx - 14},186 L${hx},206 L${hx + 14},186 Z`, skinShade));
  else d.add(pathEl(`M${hx - 34},186 Q${hx},210 ${hx + 34},186 L${hx + 26},182 Q${hx},198 ${hx - 26},182 Z`, mix(cloth, '#000000', 0.25)));
  // Head.
  d.add(ellipse(hx - 44, hy + 4, 9, 13, skinShade), ellipse(hx + 44, hy + 4, 9, 13, skinShade));
  d.add(ellipse(hx, hy, 44, 52, skin));
  d.add(pathEl(`M${hx + 10},${hy - 50} A44,52 0 0 1 ${hx + 10},${hy + 50} A60,60 0 0 0 ${hx + 10},${hy - 50} Z`, '#000000', 'opacity="0.07"'));
  // Hair styles.
  const top = (extra: string) => d.add(pathEl(extra, hair));
  switch (i) {
    case 0:
      top(`M${hx - 46},${hy - 6} C${hx - 50},${hy - 60} ${hx + 40},${hy - 78} ${hx + 46},${hy - 10} C${hx + 30},${hy - 36} ${hx - 10},${hy - 40} ${hx - 46},${hy - 6} Z`);
      break;
    case 1:
      top(`M${hx - 46},${hy + 6} C${hx - 54},${hy - 78} ${hx + 54},${hy - 78} ${hx + 46},${hy + 6} C${hx + 30},${hy - 30} ${hx - 20},${hy - 40} ${hx - 46},${hy + 6} Z`);
      break;
    case 2:
      top(`M${hx - 45},${hy - 4} C${hx - 48},${hy - 74} ${hx + 48},${hy - 74} ${hx + 45},${hy - 4} C${hx + 20},${hy - 34} ${hx - 20},${hy - 34} ${hx - 45},${hy - 4} Z`);
      break;
    case 3:
      d.add(pathEl(`M${hx - 44},${hy + 4} C${hx - 40},${hy + 64} ${hx + 40},${hy + 64} ${hx + 44},${hy + 4} C${hx + 30},${hy + 28} ${hx - 30},${hy + 28} ${hx - 44},${hy + 4} Z`, hair));
      d.add(pathEl(`M${hx - 22},${hy + 24} Q${hx},${hy + 14} ${hx + 22},${hy + 24} Q${hx},${hy + 30} ${hx - 22},${hy + 24} Z`, hair));
      top(`M${hx - 45},${hy - 10} C${hx - 44},${hy - 30} ${hx - 36},${hy - 40} ${hx - 30},${hy - 42} L${hx - 34},${hy - 8} Z M${hx + 45},${hy - 10} C${hx + 44},${hy - 30} ${hx + 36},${hy - 40} ${hx + 30},${hy - 42} L${hx + 34},${hy - 8} Z`);
      break;
    case 4:
      top(`M${hx - 48},${hy + 10} C${hx - 54},${hy - 80} ${hx + 54},${hy - 80} ${hx + 48},${hy + 10} L${hx + 40},${hy - 14} C${hx + 10},${hy - 20} ${hx - 20},${hy - 30} ${hx - 34},${hy - 40} C${hx - 40},${hy - 20} ${hx - 42},${hy} ${hx - 48},${hy + 10} Z`);
      break;
    case 5: {
      const curls: string[] = [];
      for (let k = 0; k < 13; k++) {
        const a = Math.PI * (1.05 + (k / 12) * 0.9);
        curls.push(circle(hx + Math.cos(a) * 44, hy - 8 + Math.sin(a) * 50, 17, hair));
      }
      d.add(...curls, ellipse(hx, hy - 40, 36, 20, hair));
      break;
    }
    case 6:
      top(`M${hx - 46},${hy - 8} C${hx - 46},${hy - 72} ${hx + 46},${hy - 72} ${hx + 46},${hy - 8} L${hx + 40},${hy - 22} L${hx - 40},${hy - 22} Z`);
      d.add(circle(hx - 18, hy + 2, 14, 'none', 'stroke="#1d1d1d" stroke-width="4"'), circle(hx + 18, hy + 2, 14, 'none', 'stroke="#1d1d1d" stroke-width="4"'), line(hx - 4, hy + 2, hx + 4, hy + 2, '#1d1d1d', 4), line(hx - 32, hy, hx - 44, hy - 4, '#1d1d1d', 4), line(hx + 32, hy, hx + 44, hy - 4, '#1d1d1d', 4));
      break;
    default:
      top(`M${hx - 46},${hy - 2} C${hx - 52},${hy - 70} ${hx + 30},${hy - 82} ${hx + 46},${hy - 14} L${hx + 44},${hy + 2} C${hx + 36},${hy - 30} ${hx},${hy - 40} ${hx - 18},${hy - 40} C${hx - 30},${hy - 30} ${hx - 38},${hy - 16} ${hx - 46},${hy - 2} Z`);
  }
  return d.svg();
}

function logoSvg(): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="60" viewBox="0 0 600 60"><text x="300" y="46" text-anchor="middle" font-family="DejaVu Serif" font-size="44" font-weight="bold" letter-spacing="1" fill="#14213d">The Meridian</text></svg>`;
}

/** Navy rounded square with a white serif "M" drawn as one path. */
function iconSvg(): string {
  // All subpaths wind the same way, so overlaps stay filled under the nonzero rule.
  const m = [
    // Left stem (thin) with foot serif.
    'M24,27 H28 V71 H33 V75 H17 V71 H24 Z',
    // Top-left serif.
    'M17,25 H30 V29 H17 Z',
    // Left diagonal (thick).
    'M23,25 H36 L55,69 L51,76 L49,76 Z',
    // Right diagonal (thin).
    'M69,25 L73,25 L51.5,76 L48.5,76 Z',
    // Right stem (thick) with serifs.
    'M63,25 H82 V29 H78 V71 H83 V75 H62 V71 H67 V29 H63 Z',
  ].join(' ');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="64" height="64"><rect width="100" height="100" rx="20" fill="#14213d"/><path d="${m}" fill="#ffffff"/></svg>\n`;
}

// ---------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------

let totalBytes = 0;

async function report(file: string, bytes: number) {
  totalBytes += bytes;
  console.log(`${path.relative(ROOT, file).padEnd(40)} ${(bytes / 1024).toFixed(1).padStart(7)} KB`);
}

async function writeJpeg(svg: string, file: string, maxBytes: number) {
  let quality = 78;
  for (;;) {
    const buf = await sharp(Buffer.from(svg)).flatten({ background: '#ffffff' }).jpeg({ quality, progressive: true, mozjpeg: true }).toBuffer();
    if (buf.length <= maxBytes || quality <= 50) {
      await writeFile(file, buf);
      await report(file, buf.length);
      return;
    }
    quality -= 4;
  }
}

async function main() {
  const only = process.argv.slice(2);
  const imagesDir = path.join(ROOT, 'public/demo/images');
  const avatarsDir = path.join(ROOT, 'public/demo/avatars');
  await mkdir(imagesDir, { recursive: true });
  await mkdir(avatarsDir, { recursive: true });

  for (const key of DEMO_IMAGE_KEYS) {
    if (only.length && !only.includes(key)) continue;
    const doc = new Doc();
    SCENES[key](doc, mulberry32(hashString(key)));
    await writeJpeg(doc.svg(), path.join(imagesDir, `${key}.jpg`), 180 * 1024);
  }
  if (only.length) return;

  for (let n = 1; n <= 8; n++) await writeJpeg(avatar(n - 1), path.join(avatarsDir, `${n}.jpg`), 20 * 1024);

  const logo = await sharp(Buffer.from(logoSvg())).png({ compressionLevel: 9 }).toBuffer();
  const logoFile = path.join(ROOT, 'public/demo/logo.png');
  await writeFile(logoFile, logo);
  await report(logoFile, logo.length);

  const icon = iconSvg();
  const iconFile = path.join(ROOT, 'public/icon.svg');
  await writeFile(iconFile, icon);
  await report(iconFile, Buffer.byteLength(icon));

  console.log(`Total ${(totalBytes / 1024).toFixed(1)} KB`);
}

await main();

// Renders jwt-lab's app icons (public/icons/*.png) from the favicon's drawing with Chromium:
// `node scripts/make-icons.mjs` (run by hand when the favicon changes; the PNGs are committed).
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { findSystemChromium } from './find-browser.mjs';

const OUT = fileURLToPath(new URL('../public/icons', import.meta.url));
const DOTS =
  '<circle cx="18" cy="32" r="7" fill="#fb7185"/><circle cx="32" cy="32" r="7" fill="#a78bfa"/><circle cx="46" cy="32" r="7" fill="#22d3ee"/>';
// "any": the favicon itself (rounded square, transparent corners).
const ANY = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="#1f2937"/>${DOTS}</svg>`;
// "maskable": full-bleed square; the dots (within 21 px of the centre) sit inside the 40 % safe circle.
const MASKABLE = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="#1f2937"/>${DOTS}</svg>`;
const ICONS = [
  ['icon-192.png', 192, ANY],
  ['icon-512.png', 512, ANY],
  ['icon-maskable-512.png', 512, MASKABLE],
  ['apple-touch-icon.png', 180, MASKABLE],
];

mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({
  executablePath: findSystemChromium() ?? undefined,
  args: ['--no-sandbox'],
});
const page = await browser.newPage({ deviceScaleFactor: 1 });
for (const [name, size, svg] of ICONS) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
  );
  await page.screenshot({
    path: `${OUT}/${name}`,
    omitBackground: true,
    clip: { x: 0, y: 0, width: size, height: size },
  });
}
await browser.close();

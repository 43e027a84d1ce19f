// Regenerates public/icons/*.png: a blue rounded square with a white check mark.
import { writeFileSync } from "node:fs";
import { encodePng } from "./png.mjs";

function distanceToSegment(px, py, ax, ay, bx, by) {
  const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
}

for (const size of [16, 32, 48, 128]) {
  const png = encodePng(size, size, (x, y) => {
    const u = (x + 0.5) / size;
    const v = (y + 0.5) / size;
    const r = 0.22;
    const dx = Math.max(Math.abs(u - 0.5) - (0.5 - r), 0);
    const dy = Math.max(Math.abs(v - 0.5) - (0.5 - r), 0);
    if (Math.hypot(dx, dy) > r) return [0, 0, 0, 0];
    const check = Math.min(distanceToSegment(u, v, 0.26, 0.52, 0.43, 0.69), distanceToSegment(u, v, 0.43, 0.69, 0.75, 0.33));
    return check < 0.07 ? [255, 255, 255, 255] : [0, 87, 163, 255];
  });
  writeFileSync(new URL(`../public/icons/${size}.png`, import.meta.url), png);
}

// Where each place's name goes (right, left, above, below of its marker) or whether it is left
// out because every spot would cover another marker or name. Greedy by priority: the selected
// and highlighted places first, then the busiest. Pure; the layer applies the result as classes.

export type LabelSide = "right" | "left" | "top" | "bottom";

export interface LabelRequest {
  id: string;
  /** Marker centre and radius in screen pixels. */
  x: number;
  y: number;
  r: number;
  /** Label size in pixels. */
  width: number;
  height: number;
  /** Higher goes first. */
  priority: number;
  /** Must be shown even when it overlaps (the selected place). */
  force?: boolean;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const SIDES: LabelSide[] = ["right", "left", "top", "bottom"];
const PAD = 4;

export function labelBox(request: LabelRequest, side: LabelSide): Box {
  const { x, y, r, width, height } = request;
  switch (side) {
    case "right":
      return {
        left: x + r + PAD,
        top: y - height / 2,
        right: x + r + PAD + width,
        bottom: y + height / 2,
      };
    case "left":
      return {
        left: x - r - PAD - width,
        top: y - height / 2,
        right: x - r - PAD,
        bottom: y + height / 2,
      };
    case "top":
      return {
        left: x - width / 2,
        top: y - r - PAD - height,
        right: x + width / 2,
        bottom: y - r - PAD,
      };
    case "bottom":
      return {
        left: x - width / 2,
        top: y + r + PAD,
        right: x + width / 2,
        bottom: y + r + PAD + height,
      };
  }
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function inside(box: Box, frame: Box): boolean {
  return (
    box.left >= frame.left &&
    box.right <= frame.right &&
    box.top >= frame.top &&
    box.bottom <= frame.bottom
  );
}

/**
 * Sides for each label. With `frame` (the visible map area), a label is kept inside it, so a
 * place at the edge (Islamabad at the right) is named on its inner side instead of being cut off.
 * `avoid` are boxes a label keeps clear of when one of its sides allows (the map's count badges),
 * but a name is never dropped for them: when every side touches one, the first side free of
 * markers and names is used.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  frame?: Box,
  avoid: readonly Box[] = [],
): Map<string, LabelSide | null> {
  const markers: Box[] = requests.map(({ x, y, r }) => ({
    left: x - r,
    top: y - r,
    right: x + r,
    bottom: y + r,
  }));
  const placed: Box[] = [];
  const result = new Map<string, LabelSide | null>();
  const order = [...requests.keys()].sort(
    (a, b) =>
      Number(requests[b]?.force ?? false) - Number(requests[a]?.force ?? false) ||
      (requests[b]?.priority ?? 0) - (requests[a]?.priority ?? 0) ||
      a - b,
  );
  for (const index of order) {
    const request = requests[index] as LabelRequest;
    const blocked = (box: Box) =>
      (frame !== undefined && !inside(box, frame)) ||
      placed.some((other) => overlaps(box, other)) ||
      markers.some((other, i) => i !== index && overlaps(box, other));
    const free = SIDES.filter((side) => !blocked(labelBox(request, side)));
    let chosen: LabelSide | null =
      free.find((side) => {
        const box = labelBox(request, side);
        return !avoid.some((other) => overlaps(box, other));
      }) ??
      free[0] ??
      null;
    if (chosen !== null) placed.push(labelBox(request, chosen));
    if (chosen === null && request.force) {
      chosen = "right";
      placed.push(labelBox(request, "right"));
    }
    result.set(request.id, chosen);
  }
  return result;
}

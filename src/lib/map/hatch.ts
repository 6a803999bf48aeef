/** The diagonal hatch drawn over partial units: made in code, so no sprite file is requested. */
/** `rising` = stripes along x − y (the other diagonal), used for counties in several circles. */
export function hatchImage(size = 8, color: [number, number, number, number] = [60, 60, 60, 200], rising = false): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) {
    // one stripe per tile along x + y = const, two pixels wide, so tiles join seamlessly
    const on = (rising ? (x - y + size) : (x + y)) % size < 2;
    if (on) data.set(color, (y * size + x) * 4);
  }
  return { width: size, height: size, data };
}

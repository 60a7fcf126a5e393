/** A one-line progress bar for a terminal's stderr: `[#####.....] 5/10 lượt chạy · 812 sự kiện`. */
export function progressLine(done: number, total: number, suffix = '', width = 24): string {
  const filled = total > 0 ? Math.round((done / total) * width) : width;
  return `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}${suffix ? ` ${suffix}` : ''}`;
}

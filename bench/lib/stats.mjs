// Percentiles and formatting for the results table.
export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export function summarize(durations) {
  const sorted = [...durations].sort((a, b) => a - b);
  return {
    count: sorted.length,
    median: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1],
  };
}

export function ms(value) {
  return Number.isFinite(value) ? `${value.toFixed(1)} ms` : 'n/a';
}

export function seconds(milliseconds) {
  return `${(milliseconds / 1000).toFixed(1)} s`;
}

export function ratio(value, baseline) {
  return Number.isFinite(value / baseline) ? `${(value / baseline).toFixed(2)}×` : 'n/a';
}

/** Runs `task(i)` for i in [0, total) with `concurrency` workers; returns each call's duration (ms). */
export async function timed(total, concurrency, task) {
  const durations = new Array(total);
  let next = 0;
  async function worker() {
    while (next < total) {
      const index = next++;
      const started = performance.now();
      await task(index);
      durations[index] = performance.now() - started;
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  return durations;
}

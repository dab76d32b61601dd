import v8 from 'node:v8';

/**
 * Paces V8's full garbage collections: the next one starts once the heap has grown this
 * many percent above what the last one left alive. V8's own pacing lets a process that
 * allocates fast (an import turns every row into short-lived strings and objects) keep up
 * to four times its live heap: 375 MB resident importing 100,000 customers. At 50 % the
 * same import peaks at about 230 MB (bench/RESULTS.md). Set before the application
 * starts; read by V8 at every collection.
 */
export function paceHeapGrowth(percent: number): void {
  if (percent > 0) v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
}

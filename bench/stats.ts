/** The middle of a set of timings: what a benchmark on a machine whose speed drifts should report. */
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

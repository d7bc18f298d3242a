// The redraw benchmark's control: no chart, no canvas, no DOM. Its "redraw" is a fixed amount of
// plain JavaScript arithmetic, sized here to take WORK_MS at the median, and the bench times it
// exactly as it times the libraries' redraws (one per frame, performance.now() around each). What
// its p99 shows above WORK_MS is what this machine does to any work of that length, drawing or not.
const WORK_MS = 0.5;

let sink = 0;
const work = (iterations) => {
  let x = sink;
  for (let i = 0; i < iterations; i += 1) x = (x * 31 + i) | 0;
  sink = x;
};

/** The median time of `iterations`, over `runs` back-to-back runs. */
function medianMs(iterations, runs = 31) {
  const times = [];
  for (let k = 0; k < runs; k += 1) {
    const t = performance.now();
    work(iterations);
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[runs >> 1];
}

let iterations = 10_000;
for (let k = 0; k < 200; k += 1) work(iterations); // optimised before it is sized
for (let step = 0; step < 6; step += 1) iterations = Math.max(1000, Math.round((iterations * WORK_MS) / Math.max(medianMs(iterations), 0.005)));

window.benchReady = { redraw: () => work(iterations), iterations, workMs: WORK_MS };

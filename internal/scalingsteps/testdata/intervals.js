// Writes intervals.json: random step-scaling interval lists (as a Go
// program hands them over: change, lower, upper, unset ones left out) with
// what aws-cdk-lib 2.276.0's normalizeIntervals and findAlarmThresholds
// make of them, or the error they throw. Run by regen.sh.
const { normalizeIntervals, findAlarmThresholds } = require('aws-cdk-lib/aws-autoscaling-common');

let seed = 20261206;
function rnd(n) { // deterministic LCG, so regen.sh rewrites the same cases
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
}
const bounds = [0, 5, 10, 20, 30, 50, 70, 90, 100];
const cases = [];
function arbitrary() { // anything: mostly mistakes
  const count = 1 + rnd(5);
  const intervals = [];
  for (let j = 0; j < count; j++) {
    const iv = { change: rnd(7) - 3 };
    const which = rnd(4);
    if (which !== 1) iv.lower = bounds[rnd(bounds.length)];
    if (which !== 2) iv.upper = bounds[rnd(bounds.length)];
    if (iv.lower !== undefined && iv.upper !== undefined && iv.upper < iv.lower) [iv.lower, iv.upper] = [iv.upper, iv.lower];
    intervals.push(iv);
  }
  return intervals;
}
function plausible() { // adjacent intervals, some bounds left to infer, some gaps, shuffled
  const cuts = bounds.filter(() => rnd(2) === 0);
  if (cuts.length < 2) cuts.push(100, 200);
  const intervals = [];
  for (let j = 0; j + 1 < cuts.length; j++) {
    if (rnd(5) === 0) continue; // a gap
    const iv = { change: rnd(9) - 4 };
    if (!(j > 0 && rnd(3) === 0)) iv.lower = cuts[j];
    if (!(iv.lower !== undefined && rnd(3) === 0)) iv.upper = cuts[j + 1];
    intervals.push(iv);
  }
  if (rnd(2) === 0) intervals.push({ change: rnd(5) + 1, lower: cuts[cuts.length - 1] });
  for (let j = intervals.length - 1; j > 0; j--) { // shuffle
    if (rnd(3) === 0) {
      const k = rnd(j + 1);
      [intervals[j], intervals[k]] = [intervals[k], intervals[j]];
    }
  }
  return intervals;
}
for (let i = 0; i < 600; i++) {
  const intervals = i % 4 === 0 ? arbitrary() : plausible();
  const absolute = rnd(3) === 0;
  const c = { intervals: JSON.parse(JSON.stringify(intervals)), absolute };
  try {
    const norm = normalizeIntervals(intervals, absolute);
    const alarms = findAlarmThresholds(norm);
    c.normalized = norm.map((x) => ({ lower: x.lower, upper: x.upper === Infinity ? 'Infinity' : x.upper, change: x.change ?? null }));
    c.lowerAlarm = alarms.lowerAlarmIntervalIndex ?? -1;
    c.upperAlarm = alarms.upperAlarmIntervalIndex ?? -1;
  } catch (e) {
    c.error = e.message;
  }
  cases.push(c);
}
require('fs').writeFileSync('intervals.json', '[\n' + cases.map((c) => JSON.stringify(c)).join(',\n') + '\n]\n');

//go:build race

package benchapp

// raceEnabled: the leak test measures the heap, which the race detector
// inflates; it runs without -race.
const raceEnabled = true

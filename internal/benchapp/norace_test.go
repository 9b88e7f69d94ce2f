//go:build !race

package benchapp

const raceEnabled = false

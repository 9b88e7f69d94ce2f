package customresources

import "strconv"

// jsNumber formats n as JavaScript's String(n) does for the numbers in
// messages.
func jsNumber(n float64) string { return strconv.FormatFloat(n, 'f', -1, 64) }

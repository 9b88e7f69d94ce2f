package awsstepfunctions

// LogLevel is which execution history events a state machine logs. It is
// defined here for customresources.LogOptions; the awsstepfunctions L2
// (another branch) defines the same type, and this file then goes.
type LogLevel string

const (
	// LogLevel_OFF logs nothing.
	LogLevel_OFF LogLevel = "OFF"
	// LogLevel_ALL logs every event.
	LogLevel_ALL LogLevel = "ALL"
	// LogLevel_ERROR logs errors only.
	LogLevel_ERROR LogLevel = "ERROR"
	// LogLevel_FATAL logs fatal errors only.
	LogLevel_FATAL LogLevel = "FATAL"
)

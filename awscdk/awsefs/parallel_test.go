package awsefs_test

import (
	"testing"

	"github.com/strata-cdk/strata/internal/golden"
)

// Apps share nothing: every case built in parallel goroutines synthesizes
// the same template as when built alone.
func TestParallelApps(t *testing.T) { golden.CheckParallelApps(t, templateCases) }

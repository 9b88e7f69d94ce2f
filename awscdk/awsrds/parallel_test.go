package awsrds_test

import (
	"fmt"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
)

// Apps synthesized in parallel share nothing: each still writes
// aws-cdk-lib's templates (run with -race to check the package state).
func TestParallelApps(t *testing.T) {
	for i := 0; i < 4; i++ {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			t.Parallel()
			checkTemplates(t, map[string]func(s awscdk.Stack){
				"Serverless":   clusterCases["Serverless"],
				"Instance":     instanceCases["Instance"],
				"ServerlessV1": serverlessCases["ServerlessV1"],
			}, nil)
		})
	}
}

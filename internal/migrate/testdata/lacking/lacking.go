package main

import (
	"github.com/aws/aws-cdk-go/awscdk/v2"
)

// useLacking calls APIs of aws-cdk-go that Strata doesn't have yet.
func useLacking(session awscdk.ISynthesisSession) {
	session.SetValidateOnSynth(nil)

	session.SetOutdir(nil)
}

package main

import (
	"github.com/aws/aws-cdk-go/awscdk/v2/awsbedrockagentcore"
)

// useLacking uses APIs of aws-cdk-go 2.270 that Strata doesn't have.
func useLacking(c awsbedrockagentcore.CfnOnlineEvaluationConfig) {
	c.AttrOutputConfig()

	_ = awsbedrockagentcore.CfnPaymentManager_ClaimMatchValueTypeProperty{}
}

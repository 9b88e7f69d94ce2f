package awsapigatewayv2_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	v2 "github.com/strata-cdk/strata/awscdk/awsapigatewayv2"
	integ "github.com/strata-cdk/strata/awscdk/awsapigatewayv2integrations"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/jsii"
)

// The Go twin of the UsagePlans stack in testdata/twins.js.
func usagePlansCase(s awscdk.Stack) {
	api := v2.NewWebSocketApi(s, jsii.String("Api"), &v2.WebSocketApiProps{ApiKeySelectionExpression: v2.WebSocketApiKeySelectionExpression_AUTHORIZER_USAGE_IDENTIFIER_KEY()})
	api.AddRoute(jsii.String("send"), &v2.WebSocketRouteOptions{Integration: integ.NewWebSocketMockIntegration(jsii.String("Mock"), nil)})
	stage := v2.NewWebSocketStage(s, jsii.String("Stage"), &v2.WebSocketStageProps{StageName: jsii.String("dev"), WebSocketApi: api, AutoDeploy: jsii.Bool(true)})
	key := v2.NewApiKey(s, jsii.String("Key"), &v2.ApiKeyProps{ApiKeyName: jsii.String("my-key"), Description: jsii.String("a key"),
		Value: jsii.String("abcdefghijklmnopqrstuvwxyz"), CustomerId: jsii.String("c1"), GenerateDistinctId: jsii.Bool(true)})
	plan := v2.NewUsagePlan(s, jsii.String("Plan"), &v2.UsagePlanProps{
		ApiStages: &[]*v2.UsagePlanPerApiStage{{Api: api, Stage: stage}}, Description: jsii.String("plan"),
		Quota:    &v2.QuotaSettings{Limit: jsii.Number(1000), Offset: jsii.Number(1), Period: v2.Period_WEEK},
		Throttle: &v2.ThrottleSettings{BurstLimit: jsii.Number(10), RateLimit: jsii.Number(5)}, UsagePlanName: jsii.String("basic"),
	})
	plan.AddApiKey(key, nil)
	plan.AddApiKey(v2.ApiKey_FromApiKeyId(s, jsii.String("ImportedKey"), jsii.String("k-123")), &v2.AddApiKeyOptions{OverrideLogicalId: jsii.String("ImportedKeyInPlan")})
	empty := v2.NewUsagePlan(s, jsii.String("Empty"), nil)
	empty.AddApiStage(&v2.UsagePlanPerApiStage{Api: api, Stage: stage})
	v2.NewUsagePlan(s, jsii.String("NoStages"), &v2.UsagePlanProps{Quota: &v2.QuotaSettings{Limit: jsii.Number(5), Period: v2.Period_DAY}})
	rl := v2.NewRateLimitedApiKey(s, jsii.String("Limited"), &v2.RateLimitedApiKeyProps{Enabled: jsii.Bool(false), Throttle: &v2.ThrottleSettings{RateLimit: jsii.Number(100)},
		ApiStages: &[]*v2.UsagePlanPerApiStage{{Api: api, Stage: stage}}})
	v2.NewRateLimitedApiKey(s, jsii.String("Plain"), nil)
	role := awsiam.NewRole(s, jsii.String("Reader"), &awsiam.RoleProps{AssumedBy: awsiam.NewAccountRootPrincipal()})
	key.GrantRead(role)
	rl.GrantReadWrite(role)
	v2.UsagePlan_FromUsagePlanId(s, jsii.String("ImportedPlan"), jsii.String("up-1")).AddApiKey(key, nil)
	out(s, "KeyArn", key.KeyArn())
	out(s, "LimitedId", rl.KeyId())
}

func TestUsagePlanTemplates(t *testing.T) {
	checkTemplates(t, map[string]func(s awscdk.Stack){"UsagePlans": usagePlansCase}, nil)
}

func init() {
	errorCases["FractionalQuota"] = func(s awscdk.Stack) {
		v2.NewUsagePlan(s, jsii.String("P"), &v2.UsagePlanProps{Quota: &v2.QuotaSettings{Limit: jsii.Number(1.5)}})
	}
}

package awscognito

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/customresources"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/internal/sdkcallorder"
	"github.com/strata-cdk/strata/jsii"
)

// logClientSecretFlag lets the DescribeUserPoolClient response (the secret)
// be logged by the custom resource's handler; off, the data is hidden.
const logClientSecretFlag = "@aws-cdk/cognito:logUserPoolClientSecretValue"

// UserPoolClientSecret is the client secret of a client made with
// GenerateSecret, read at deploy time by an AWS SDK custom resource
// (DescribeUserPoolClient) that the first call adds and later calls reuse.
func (c *userPoolClient) UserPoolClientSecret() awscdk.SecretValue {
	if b, ok := c.resource.GenerateSecret().(*bool); !ok || b == nil || !*b {
		if b, ok := c.resource.GenerateSecret().(bool); !ok || !b {
			l2.Throw(c, "userPoolClientSecret is available only if generateSecret is set to true.")
		}
	}
	cr, _ := c.Node().TryFindChild(jsii.String("DescribeCognitoUserPoolClient")).(customresources.AwsCustomResource)
	if cr == nil {
		var logging customresources.Logging
		if !*awscdk.FeatureFlags_Of(c).IsEnabled(jsii.String(logClientSecretFlag)) {
			logging = customresources.Logging_WithDataHidden()
		}
		pool := c.pool.UserPoolRef()
		// keys in aws-cdk-lib's literal order (a Go map would sort them)
		params := ojson.New()
		params.Set("UserPoolId", pool.UserPoolId)
		params.Set("ClientId", c.id)
		call := &customresources.AwsSdkCall{
			Region: awscdk.Stack_Of(c).Region(), Service: jsii.String("CognitoIdentityServiceProvider"), Action: jsii.String("describeUserPoolClient"),
			Parameters: sdkcallorder.Params(params,
				"region", "service", "action", "parameters", "physicalResourceId"),
			PhysicalResourceId: customresources.PhysicalResourceId_Of(c.id),
			Logging:            logging,
		}
		cr = customresources.NewAwsCustomResource(c, jsii.String("DescribeCognitoUserPoolClient"), &customresources.AwsCustomResourceProps{
			ResourceType:        jsii.String("Custom::DescribeCognitoUserPoolClient"),
			OnUpdate:            call,
			Policy:              customresources.AwsCustomResourcePolicy_FromSdkCalls(&customresources.SdkCallsPolicyOptions{Resources: &[]*string{pool.UserPoolArn}}),
			InstallLatestAwsSdk: jsii.Bool(false),
		})
	}
	return awscdk.SecretValue_ResourceAttribute(cr.GetResponseField(jsii.String("UserPoolClient.ClientSecret")))
}

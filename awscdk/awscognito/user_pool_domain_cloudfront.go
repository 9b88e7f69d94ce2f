package awscognito

import (
	"github.com/strata-cdk/strata/awscdk/customresources"
	"github.com/strata-cdk/strata/internal/sdkcallorder"
	"github.com/strata-cdk/strata/jsii"
)

// CloudFrontDomainName is the domain name of the CloudFront distribution
// behind a custom domain, read at deploy time by an AWS SDK custom resource
// (DescribeUserPoolDomain) that the first call adds and later calls reuse.
//
// Deprecated: use CloudFrontEndpoint, which reads it from the
// AWS::Cognito::UserPoolDomain resource itself.
func (d *userPoolDomain) CloudFrontDomainName() *string {
	cr, _ := d.Node().TryFindChild(jsii.String("CloudFrontDomainName")).(customresources.AwsCustomResource)
	if cr == nil {
		call := &customresources.AwsSdkCall{
			Service: jsii.String("CognitoIdentityServiceProvider"), Action: jsii.String("describeUserPoolDomain"),
			Parameters:         sdkcallorder.Params(map[string]interface{}{"Domain": d.DomainName()}, "service", "action", "parameters", "physicalResourceId"),
			PhysicalResourceId: customresources.PhysicalResourceId_Of(d.DomainName()),
		}
		cr = customresources.NewAwsCustomResource(d, jsii.String("CloudFrontDomainName"), &customresources.AwsCustomResourceProps{
			ResourceType: jsii.String("Custom::UserPoolCloudFrontDomainName"),
			OnCreate:     call, OnUpdate: call,
			Policy:              customresources.AwsCustomResourcePolicy_FromSdkCalls(&customresources.SdkCallsPolicyOptions{Resources: jsii.Strings("*")}),
			InstallLatestAwsSdk: jsii.Bool(false),
		})
	}
	return cr.GetResponseField(jsii.String("DomainDescription.CloudFrontDistribution"))
}

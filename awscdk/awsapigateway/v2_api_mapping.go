package awsapigateway

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

// newV2ApiMapping writes the AWS::ApiGatewayV2::ApiMapping a multi-level
// base path needs as a plain CfnResource, with the properties in the order
// the L1 renders them (alphabetical): importing awsapigatewayv2 for its L1
// would be an import cycle, since awsapigatewayv2's stages take this
// package's AccessLogFormat.
func newV2ApiMapping(scope constructs.Construct, id string, apiID, stage, domainName, key *string) awscdk.CfnResource {
	props := map[string]interface{}{"ApiId": apiID, "DomainName": domainName, "Stage": stage}
	if key != nil {
		props["ApiMappingKey"] = key
	}
	return awscdk.NewCfnResource(scope, jsii.String(id), &awscdk.CfnResourceProps{Type: jsii.String("AWS::ApiGatewayV2::ApiMapping"), Properties: &props})
}

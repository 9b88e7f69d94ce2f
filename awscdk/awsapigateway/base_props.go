package awsapigateway

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslambda"
)

// LambdaAuthorizerProps are the props TokenAuthorizerProps and
// RequestAuthorizerProps share (aws-cdk-go exposes the base struct too).
type LambdaAuthorizerProps struct {
	Handler         awslambda.IFunction `field:"required" json:"handler" yaml:"handler"`
	AssumeRole      awsiam.IRole        `field:"optional" json:"assumeRole" yaml:"assumeRole"`
	AuthorizerName  *string             `field:"optional" json:"authorizerName" yaml:"authorizerName"`
	ResultsCacheTtl awscdk.Duration     `field:"optional" json:"resultsCacheTtl" yaml:"resultsCacheTtl"`
}

// RestApiBaseProps are the props RestApiProps and SpecRestApiProps share
// (aws-cdk-go exposes the base struct too).
type RestApiBaseProps struct {
	CloudWatchRole              *bool                  `field:"optional" json:"cloudWatchRole" yaml:"cloudWatchRole"`
	CloudWatchRoleRemovalPolicy awscdk.RemovalPolicy   `field:"optional" json:"cloudWatchRoleRemovalPolicy" yaml:"cloudWatchRoleRemovalPolicy"`
	Deploy                      *bool                  `field:"optional" json:"deploy" yaml:"deploy"`
	DeployOptions               *StageOptions          `field:"optional" json:"deployOptions" yaml:"deployOptions"`
	Description                 *string                `field:"optional" json:"description" yaml:"description"`
	DisableExecuteApiEndpoint   *bool                  `field:"optional" json:"disableExecuteApiEndpoint" yaml:"disableExecuteApiEndpoint"`
	DomainName                  *DomainNameOptions     `field:"optional" json:"domainName" yaml:"domainName"`
	EndpointConfiguration       *EndpointConfiguration `field:"optional" json:"endpointConfiguration" yaml:"endpointConfiguration"`
	EndpointExportName          *string                `field:"optional" json:"endpointExportName" yaml:"endpointExportName"`
	EndpointTypes               *[]EndpointType        `field:"optional" json:"endpointTypes" yaml:"endpointTypes"`
	FailOnWarnings              *bool                  `field:"optional" json:"failOnWarnings" yaml:"failOnWarnings"`
	Parameters                  *map[string]*string    `field:"optional" json:"parameters" yaml:"parameters"`
	Policy                      awsiam.PolicyDocument  `field:"optional" json:"policy" yaml:"policy"`
	RestApiName                 *string                `field:"optional" json:"restApiName" yaml:"restApiName"`
	RetainDeployments           *bool                  `field:"optional" json:"retainDeployments" yaml:"retainDeployments"`
}

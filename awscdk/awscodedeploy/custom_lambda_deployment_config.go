package awscodedeploy

import (
	"fmt"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/customresources"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscodedeploy"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/internal/sdkcallorder"
	"github.com/strata-cdk/strata/jsii"
)

// CustomLambdaDeploymentConfigType is how a custom Lambda config shifts traffic.
type CustomLambdaDeploymentConfigType string

const (
	CustomLambdaDeploymentConfigType_CANARY CustomLambdaDeploymentConfigType = "CANARY"
	CustomLambdaDeploymentConfigType_LINEAR CustomLambdaDeploymentConfigType = "LINEAR"
)

// customTypeNames are the types as aws-cdk-lib spells them in names and routing types.
var customTypeNames = map[CustomLambdaDeploymentConfigType]string{
	CustomLambdaDeploymentConfigType_CANARY: "Canary", CustomLambdaDeploymentConfigType_LINEAR: "Linear",
}

// CustomLambdaDeploymentConfigProps are the props of NewCustomLambdaDeploymentConfig.
//
// Deprecated: use LambdaDeploymentConfig.
type CustomLambdaDeploymentConfigProps struct {
	// Minutes between shifts (at most 2880).
	Interval awscdk.Duration `field:"required" json:"interval" yaml:"interval"`
	// Percentage of traffic per shift (1 to 99).
	Percentage *float64 `field:"required" json:"percentage" yaml:"percentage"`
	// Canary or linear.
	Type CustomLambdaDeploymentConfigType `field:"required" json:"type" yaml:"type"`
	// The config's name. Default: derived from the construct and the shift.
	DeploymentConfigName *string `field:"optional" json:"deploymentConfigName" yaml:"deploymentConfigName"`
}

// CustomLambdaDeploymentConfig is a Lambda deployment config made by a
// custom resource (from before CloudFormation supported Lambda configs).
//
// Deprecated: use LambdaDeploymentConfig.
type CustomLambdaDeploymentConfig interface {
	awscdk.Resource
	IBindableDeploymentConfig
	ILambdaDeploymentConfig
	DeploymentConfigRef() *interfacesawscodedeploy.DeploymentConfigReference
}

type customLambdaDeploymentConfig struct {
	awscdk.Resource
	name, arn *string
}

func (c *customLambdaDeploymentConfig) DeploymentConfigName() *string { return c.name }
func (c *customLambdaDeploymentConfig) DeploymentConfigArn() *string  { return c.arn }
func (c *customLambdaDeploymentConfig) DeploymentConfigRef() *interfacesawscodedeploy.DeploymentConfigReference {
	return newDeploymentConfigRef(c.name)
}

// BindEnvironment makes the group wait for the custom resource.
func (c *customLambdaDeploymentConfig) BindEnvironment(deploymentGroup interfacesawscodedeploy.IDeploymentGroupRef) interfacesawscodedeploy.IDeploymentConfigRef {
	if deploymentGroup != nil {
		deploymentGroup.Node().AddDependency(c)
	}
	return c
}

// CustomLambdaDeploymentConfig_PROPERTY_INJECTION_ID is the id property injectors use for CustomLambdaDeploymentConfig.
func CustomLambdaDeploymentConfig_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-codedeploy.CustomLambdaDeploymentConfig")
}

// NewCustomLambdaDeploymentConfig creates a Lambda deployment config through a custom resource.
//
// Deprecated: use NewLambdaDeploymentConfig.
func NewCustomLambdaDeploymentConfig(scope constructs.Construct, id *string, props *CustomLambdaDeploymentConfigProps) CustomLambdaDeploymentConfig {
	props = l2.Inject(*CustomLambdaDeploymentConfig_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.Interval == nil || props.Percentage == nil || props.Type == "" {
		l2.RequireProps(scope, id, "CustomLambdaDeploymentConfig", "interval", "percentage", "type")
	}
	c := &customLambdaDeploymentConfig{}
	c.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(c.Resource, c)
	typeName, known := customTypeNames[props.Type]
	if !known {
		l2.Throw(c, "unknown CustomLambdaDeploymentConfigType %q", string(props.Type))
	}
	if p := *props.Percentage; !(1 <= p && p <= 99) {
		l2.Throw(c, "Invalid deployment config percentage \"%s\".         Step percentage must be an integer between 1 and 99.", jsNumber(p))
	}
	minutes := props.Interval.ToMinutes(nil)
	if *minutes > 2880 {
		l2.Throw(c, "Invalid deployment config interval \"%s\".         Traffic shifting intervals must be positive integers up to 2880 (2 days).", *props.Interval.ToString())
	}
	routing := ojson.New()
	routing.Set("type", "TimeBased"+typeName)
	shift := ojson.New()
	if props.Type == CustomLambdaDeploymentConfigType_CANARY {
		shift.Set("canaryInterval", *minutes)
		shift.Set("canaryPercentage", *props.Percentage)
		routing.Set("timeBasedCanary", shift)
	} else {
		shift.Set("linearInterval", *minutes)
		shift.Set("linearPercentage", *props.Percentage)
		routing.Set("timeBasedLinear", shift)
	}
	c.name = props.DeploymentConfigName
	if c.name == nil {
		every := ""
		if props.Type == CustomLambdaDeploymentConfigType_LINEAR {
			every = "Every"
		}
		c.name = jsii.String(fmt.Sprintf("%s.Lambda%s%sPercent%s%sMinutes", *awscdk.Names_UniqueId(c), typeName,
			jsNumber(*props.Percentage), every, jsNumber(*minutes)))
	}
	c.arn = arnForDeploymentConfig(c.name, nil)

	params := func(withRouting bool) *ojson.Object {
		o := ojson.New()
		o.Set("deploymentConfigName", c.name)
		if withRouting {
			o.Set("computePlatform", "Lambda")
			o.Set("trafficRoutingConfig", routing)
		}
		return o
	}
	// aws-cdk-lib writes each call with its keys in its object literal's
	// order (service first), not in AwsSdkCall's field order.
	ordered := func(withRouting bool) *sdkcallorder.Ordered {
		return sdkcallorder.Params(params(withRouting), "service", "action", "parameters", "physicalResourceId")
	}
	createCall := &customresources.AwsSdkCall{Service: jsii.String("CodeDeploy"), Action: jsii.String("createDeploymentConfig"),
		Parameters: ordered(true), PhysicalResourceId: customresources.PhysicalResourceId_Of(c.name)}
	deleteCall := &customresources.AwsSdkCall{Service: jsii.String("CodeDeploy"), Action: jsii.String("deleteDeploymentConfig"),
		Parameters: ordered(false)}
	customresources.NewAwsCustomResource(c, jsii.String("DeploymentConfig"), &customresources.AwsCustomResourceProps{
		OnCreate: createCall, OnUpdate: createCall, OnDelete: deleteCall,
		Policy: customresources.AwsCustomResourcePolicy_FromSdkCalls(&customresources.SdkCallsPolicyOptions{
			Resources: customresources.AwsCustomResourcePolicy_ANY_RESOURCE()}),
		InstallLatestAwsSdk: jsii.Bool(false),
	})
	c.Node().AddValidation(l2.Validation(func() []string { return validateName("Deployment config", c.name) }))
	return c
}

// NewCustomLambdaDeploymentConfig_Override initialises outer, a type embedding CustomLambdaDeploymentConfig.
//
// Deprecated: use NewLambdaDeploymentConfig_Override.
func NewCustomLambdaDeploymentConfig_Override(c CustomLambdaDeploymentConfig, scope constructs.Construct, id *string, props *CustomLambdaDeploymentConfigProps) {
	l2.Override(c, NewCustomLambdaDeploymentConfig(scope, id, props))
}

// CustomLambdaDeploymentConfig_IsConstruct reports whether x is a construct.
func CustomLambdaDeploymentConfig_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// CustomLambdaDeploymentConfig_IsOwnedResource reports whether construct is a Resource this app created.
func CustomLambdaDeploymentConfig_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// CustomLambdaDeploymentConfig_IsResource reports whether construct is a Resource.
func CustomLambdaDeploymentConfig_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

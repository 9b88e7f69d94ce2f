package awslambda

import (
	"fmt"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawslambda"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// VersionWeight routes a share of an alias's traffic to a version.
type VersionWeight struct {
	Version IVersion `field:"required" json:"version" yaml:"version"`
	// Between 0 and 1.
	Weight *float64 `field:"required" json:"weight" yaml:"weight"`
}

// AliasOptions are the options of an alias.
type AliasOptions struct {
	MaxEventAge                     awscdk.Duration   `field:"optional" json:"maxEventAge" yaml:"maxEventAge"`
	OnFailure                       IDestination      `field:"optional" json:"onFailure" yaml:"onFailure"`
	OnSuccess                       IDestination      `field:"optional" json:"onSuccess" yaml:"onSuccess"`
	RetryAttempts                   *float64          `field:"optional" json:"retryAttempts" yaml:"retryAttempts"`
	AdditionalVersions              *[]*VersionWeight `field:"optional" json:"additionalVersions" yaml:"additionalVersions"`
	Description                     *string           `field:"optional" json:"description" yaml:"description"`
	ProvisionedConcurrentExecutions *float64          `field:"optional" json:"provisionedConcurrentExecutions" yaml:"provisionedConcurrentExecutions"`
}

// AliasProps are the props of NewAlias.
type AliasProps struct {
	MaxEventAge                     awscdk.Duration   `field:"optional" json:"maxEventAge" yaml:"maxEventAge"`
	OnFailure                       IDestination      `field:"optional" json:"onFailure" yaml:"onFailure"`
	OnSuccess                       IDestination      `field:"optional" json:"onSuccess" yaml:"onSuccess"`
	RetryAttempts                   *float64          `field:"optional" json:"retryAttempts" yaml:"retryAttempts"`
	AdditionalVersions              *[]*VersionWeight `field:"optional" json:"additionalVersions" yaml:"additionalVersions"`
	Description                     *string           `field:"optional" json:"description" yaml:"description"`
	ProvisionedConcurrentExecutions *float64          `field:"optional" json:"provisionedConcurrentExecutions" yaml:"provisionedConcurrentExecutions"`
	// The alias's name.
	AliasName *string `field:"required" json:"aliasName" yaml:"aliasName"`
	// The version the alias points at.
	Version IVersion `field:"required" json:"version" yaml:"version"`
}

// AliasAttributes describe an alias defined outside this app.
type AliasAttributes struct {
	AliasName    *string  `field:"required" json:"aliasName" yaml:"aliasName"`
	AliasVersion IVersion `field:"required" json:"aliasVersion" yaml:"aliasVersion"`
}

// IAlias is a function alias.
type IAlias interface {
	IFunction
	interfacesawslambda.IAliasRef
	AliasName() *string
	Version() IVersion
}

// Alias is a named pointer to a function version (AWS::Lambda::Alias).
type Alias interface {
	QualifiedFunctionBase
	IAlias
	// AddAutoScaling scales the alias's provisioned concurrency (once per alias).
	AddAutoScaling(options *AutoScalingOptions) IScalableFunctionAttribute
}

type alias struct {
	functionBase
	aliasName *string
	lambda    IFunction
	version   IVersion
	resource  CfnAlias
	arnMemo   *string
	// scalingRole is Application Auto Scaling's service-linked role;
	// scalable is set once AddAutoScaling has run.
	scalingRole awsiam.IRole
	scalable    IScalableFunctionAttribute
}

// Alias_PROPERTY_INJECTION_ID is the id property injectors use for Alias.
func Alias_PROPERTY_INJECTION_ID() *string { return jsii.String("aws-cdk-lib.aws-lambda.Alias") }

// NewAlias creates an alias of props.Version.
func NewAlias(scope constructs.Construct, id *string, props *AliasProps) Alias {
	props = l2.Inject(*Alias_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		l2.RequireProps(scope, id, "Alias", "AliasName", "Version")
	}
	a := &alias{}
	a.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: props.AliasName})
	host.Set(a.Resource, a)
	a.lambda = props.Version.Lambda()
	a.aliasName = a.PhysicalName()
	a.version = props.Version
	a.arch = a.lambda.Architecture()
	a.qualified = true
	a.canCreate = true
	a.role = props.Version.Role()
	a.grantPrincipal = props.Version.GrantPrincipal()
	a.arn = a.functionArn
	a.name = func() *string {
		parts := a.Stack().SplitArn(a.functionArn(), awscdk.ArnFormat_COLON_RESOURCE_NAME)
		return jsii.String(deref(parts.ResourceName) + ":" + *a.aliasName)
	}
	a.initBase(a)
	a.latestOf = a.lambda.LatestVersion
	cfn := &CfnAliasProps{
		Name:            a.aliasName,
		Description:     props.Description,
		FunctionName:    a.version.Lambda().FunctionName(),
		FunctionVersion: props.Version.Version(),
	}
	if rc := a.routingConfig(props.AdditionalVersions); rc != nil {
		cfn.RoutingConfig = rc
	}
	if n := props.ProvisionedConcurrentExecutions; n != nil && *n != 0 {
		if !isUnresolved(n) && *n <= 0 {
			addError(a, "provisionedConcurrentExecutions must have value greater than or equal to 1")
		}
		cfn.ProvisionedConcurrencyConfig = &CfnAlias_ProvisionedConcurrencyConfigurationProperty{ProvisionedConcurrentExecutions: n}
	}
	a.resource = NewCfnAlias(a, jsii.String("Resource"), cfn)
	qualifier := awscdk.Fn_Select(jsii.Number(7), awscdk.Fn_Split(jsii.String(":"), a.resource.Ref(), nil))
	a.qualifier = func() *string { return qualifier }
	a.qualifiedLambda = a.lambda
	a.metricDims = func() map[string]*string {
		return map[string]*string{"FunctionName": a.lambda.FunctionName(), "Resource": jsii.String(*a.lambda.FunctionName() + ":" + *a.aliasName)}
	}
	a.scalingRole = awsiam.Role_FromRoleArn(a, jsii.String("ScalingRole"), a.Stack().FormatArn(&awscdk.ArnComponents{
		Service: jsii.String("iam"), Region: jsii.String(""),
		Resource:     jsii.String("role/aws-service-role/lambda.application-autoscaling.amazonaws.com"),
		ResourceName: jsii.String("AWSServiceRoleForApplicationAutoScaling_LambdaConcurrency"),
	}), nil)
	if wantsAsyncConfig(props.OnFailure, props.OnSuccess, props.MaxEventAge, props.RetryAttempts) {
		a.ConfigureAsyncInvoke(&EventInvokeConfigOptions{OnFailure: props.OnFailure, OnSuccess: props.OnSuccess,
			MaxEventAge: props.MaxEventAge, RetryAttempts: props.RetryAttempts})
	}
	return a
}

func (a *alias) functionArn() *string {
	if a.arnMemo == nil {
		a.arnMemo = a.GetResourceArnAttribute(a.resource.Ref(), &awscdk.ArnComponents{
			Service: jsii.String("lambda"), Resource: jsii.String("function"),
			ResourceName: jsii.String(*a.lambda.FunctionName() + ":" + *a.PhysicalName()),
			ArnFormat:    awscdk.ArnFormat_COLON_RESOURCE_NAME,
		})
	}
	return a.arnMemo
}

func (a *alias) routingConfig(weights *[]*VersionWeight) *CfnAlias_AliasRoutingConfigurationProperty {
	if weights == nil || len(*weights) == 0 {
		return nil
	}
	total := 0.0
	var out []interface{}
	for _, w := range *weights {
		if *w.Weight < 0 || *w.Weight > 1 {
			addError(a, "Additional version weight must be between 0 and 1, got: %s", fmt.Sprint(*w.Weight))
		}
		total += *w.Weight
		out = append(out, &CfnAlias_VersionWeightProperty{FunctionVersion: w.Version.Version(), FunctionWeight: w.Weight})
	}
	if total > 1 {
		addError(a, "Sum of additional version weights must not exceed 1, got: %s", fmt.Sprint(total))
	}
	return &CfnAlias_AliasRoutingConfigurationProperty{AdditionalVersionWeights: out}
}

func (a *alias) AliasName() *string { return a.aliasName }
func (a *alias) Version() IVersion  { return a.version }
func (a *alias) Lambda() IFunction  { return a.lambda }
func (a *alias) Qualifier() *string { return a.qualifier() }
func (a *alias) AliasRef() *interfacesawslambda.AliasReference {
	return &interfacesawslambda.AliasReference{AliasArn: a.FunctionArn()}
}

// addAlias is IVersion.AddAlias: an Alias named "Alias<name>" under scope.
func addAlias(scope constructs.Construct, v IVersion, aliasName *string, options *AliasOptions) Alias {
	if options == nil {
		options = &AliasOptions{}
	}
	return NewAlias(scope, jsii.String("Alias"+deref(aliasName)), &AliasProps{
		AliasName: aliasName, Version: v,
		MaxEventAge: options.MaxEventAge, RetryAttempts: options.RetryAttempts,
		OnFailure: options.OnFailure, OnSuccess: options.OnSuccess,
		AdditionalVersions: options.AdditionalVersions, Description: options.Description,
		ProvisionedConcurrentExecutions: options.ProvisionedConcurrentExecutions,
	})
}

type importedAlias struct {
	functionBase
	aliasName *string
	version   IVersion
}

// Alias_FromAliasAttributes imports an alias.
func Alias_FromAliasAttributes(scope constructs.Construct, id *string, attrs *AliasAttributes) IAlias {
	a := &importedAlias{aliasName: attrs.AliasName, version: attrs.AliasVersion}
	a.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(a.Resource, a)
	lambda := attrs.AliasVersion.Lambda()
	a.qualified = true
	a.arch = lambda.Architecture()
	a.role = attrs.AliasVersion.Role()
	a.grantPrincipal = attrs.AliasVersion.GrantPrincipal()
	a.arn = func() *string { return jsii.String(*lambda.FunctionArn() + ":" + *attrs.AliasName) }
	a.name = func() *string { return jsii.String(*lambda.FunctionName() + ":" + *attrs.AliasName) }
	a.initBase(a)
	a.latestOf = lambda.LatestVersion
	a.canCreate = a.isStackAccount()
	a.qualifier = func() *string { return attrs.AliasName }
	a.qualifiedLambda = lambda
	return a
}

func (a *importedAlias) AliasName() *string { return a.aliasName }
func (a *importedAlias) Version() IVersion  { return a.version }
func (a *importedAlias) AliasRef() *interfacesawslambda.AliasReference {
	return &interfacesawslambda.AliasReference{AliasArn: a.FunctionArn()}
}

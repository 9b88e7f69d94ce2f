package awslambda

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawslambda"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// IVersion is a published version of a function (or $LATEST).
type IVersion interface {
	IFunction
	interfacesawslambda.IVersionRef
	// EdgeArn is the ARN to use for Lambda@Edge ($LATEST cannot).
	EdgeArn() *string
	// Lambda is the versioned function.
	Lambda() IFunction
	// Version is the version number ("$LATEST" for the latest).
	Version() *string
	// AddAlias creates an Alias pointing at this version.
	AddAlias(aliasName *string, options *AliasOptions) Alias
}

// VersionOptions are the options of a version.
type VersionOptions struct {
	MaxEventAge                     awscdk.Duration      `field:"optional" json:"maxEventAge" yaml:"maxEventAge"`
	OnFailure                       IDestination         `field:"optional" json:"onFailure" yaml:"onFailure"`
	OnSuccess                       IDestination         `field:"optional" json:"onSuccess" yaml:"onSuccess"`
	RetryAttempts                   *float64             `field:"optional" json:"retryAttempts" yaml:"retryAttempts"`
	CodeSha256                      *string              `field:"optional" json:"codeSha256" yaml:"codeSha256"`
	Description                     *string              `field:"optional" json:"description" yaml:"description"`
	MaxExecutionEnvironments        *float64             `field:"optional" json:"maxExecutionEnvironments" yaml:"maxExecutionEnvironments"`
	MinExecutionEnvironments        *float64             `field:"optional" json:"minExecutionEnvironments" yaml:"minExecutionEnvironments"`
	ProvisionedConcurrentExecutions *float64             `field:"optional" json:"provisionedConcurrentExecutions" yaml:"provisionedConcurrentExecutions"`
	RemovalPolicy                   awscdk.RemovalPolicy `field:"optional" json:"removalPolicy" yaml:"removalPolicy"`
}

// VersionProps are the props of NewVersion.
type VersionProps struct {
	MaxEventAge                     awscdk.Duration      `field:"optional" json:"maxEventAge" yaml:"maxEventAge"`
	OnFailure                       IDestination         `field:"optional" json:"onFailure" yaml:"onFailure"`
	OnSuccess                       IDestination         `field:"optional" json:"onSuccess" yaml:"onSuccess"`
	RetryAttempts                   *float64             `field:"optional" json:"retryAttempts" yaml:"retryAttempts"`
	CodeSha256                      *string              `field:"optional" json:"codeSha256" yaml:"codeSha256"`
	Description                     *string              `field:"optional" json:"description" yaml:"description"`
	MaxExecutionEnvironments        *float64             `field:"optional" json:"maxExecutionEnvironments" yaml:"maxExecutionEnvironments"`
	MinExecutionEnvironments        *float64             `field:"optional" json:"minExecutionEnvironments" yaml:"minExecutionEnvironments"`
	ProvisionedConcurrentExecutions *float64             `field:"optional" json:"provisionedConcurrentExecutions" yaml:"provisionedConcurrentExecutions"`
	RemovalPolicy                   awscdk.RemovalPolicy `field:"optional" json:"removalPolicy" yaml:"removalPolicy"`
	// The function to publish a version of.
	Lambda IFunction `field:"required" json:"lambda" yaml:"lambda"`
}

// VersionAttributes describe a version defined outside this app.
type VersionAttributes struct {
	Lambda  IFunction `field:"required" json:"lambda" yaml:"lambda"`
	Version *string   `field:"required" json:"version" yaml:"version"`
}

// Version is a published function version (AWS::Lambda::Version).
type Version interface {
	QualifiedFunctionBase
	IVersion
}

type version struct {
	functionBase
	lambda    IFunction
	versionNo *string
}

// Version_PROPERTY_INJECTION_ID is the id property injectors use for Version.
func Version_PROPERTY_INJECTION_ID() *string { return jsii.String("aws-cdk-lib.aws-lambda.Version") }

// NewVersion publishes a version of props.Lambda.
func NewVersion(scope constructs.Construct, id *string, props *VersionProps) Version {
	props = l2.Inject(*Version_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		l2.RequireProps(scope, id, "Version", "Lambda")
	}
	v := &version{lambda: props.Lambda}
	v.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(v.Resource, v)
	v.qualified = true
	v.canCreate = true
	v.arch = props.Lambda.Architecture()
	v.role = props.Lambda.Role()
	v.grantPrincipal = props.Lambda.GrantPrincipal()
	v.initBase(v)
	v.latestOf = props.Lambda.LatestVersion
	cfn := &CfnVersionProps{
		CodeSha256:   props.CodeSha256,
		Description:  props.Description,
		FunctionName: props.Lambda.FunctionName(),
	}
	if n := props.ProvisionedConcurrentExecutions; n != nil && *n != 0 {
		if !isUnresolved(n) && *n <= 0 {
			addError(v, "provisionedConcurrentExecutions must have value greater than or equal to 1")
		}
		cfn.ProvisionedConcurrencyConfig = &CfnVersion_ProvisionedConcurrencyConfigurationProperty{ProvisionedConcurrentExecutions: n}
	}
	if sc := v.scalingConfig(props.MinExecutionEnvironments, props.MaxExecutionEnvironments); sc != nil {
		cfn.FunctionScalingConfig = sc
	}
	res := NewCfnVersion(v, jsii.String("Resource"), cfn)
	res.AddMetadata(jsii.String("aws:cdk:do-not-refactor"), true)
	if props.RemovalPolicy != "" {
		res.ApplyRemovalPolicy(props.RemovalPolicy, &awscdk.RemovalPolicyOptions{Default: awscdk.RemovalPolicy_DESTROY})
	}
	v.versionNo = res.AttrVersion()
	ref := res.Ref()
	v.arn = func() *string { return ref }
	v.name = func() *string { return jsii.String(*v.lambda.FunctionName() + ":" + *v.versionNo) }
	v.qualifier = func() *string { return v.versionNo }
	v.qualifiedLambda = v.lambda
	if wantsAsyncConfig(props.OnFailure, props.OnSuccess, props.MaxEventAge, props.RetryAttempts) {
		v.ConfigureAsyncInvoke(&EventInvokeConfigOptions{OnFailure: props.OnFailure, OnSuccess: props.OnSuccess,
			MaxEventAge: props.MaxEventAge, RetryAttempts: props.RetryAttempts})
	}
	return v
}

func (v *version) scalingConfig(min, max *float64) *CfnVersion_FunctionScalingConfigProperty {
	if min == nil && max == nil {
		return nil
	}
	minDefined := min != nil && !isUnresolved(min)
	maxDefined := max != nil && !isUnresolved(max)
	if minDefined && *min < 0 {
		addError(v, "minExecutionEnvironments must be a non-negative integer.")
	}
	if maxDefined && *max < 0 {
		addError(v, "maxExecutionEnvironments must be a non-negative integer.")
	}
	if minDefined && maxDefined && *min > *max {
		addError(v, "minExecutionEnvironments must be less than or equal to maxExecutionEnvironments")
	}
	return &CfnVersion_FunctionScalingConfigProperty{MinExecutionEnvironments: min, MaxExecutionEnvironments: max}
}

func (v *version) Lambda() IFunction  { return v.lambda }
func (v *version) Qualifier() *string { return v.versionNo }
func (v *version) Version() *string   { return v.versionNo }
func (v *version) EdgeArn() *string   { return v.FunctionArn() }
func (v *version) VersionRef() *interfacesawslambda.VersionReference {
	return &interfacesawslambda.VersionReference{FunctionArn: v.FunctionArn()}
}
func (v *version) AddAlias(aliasName *string, options *AliasOptions) Alias {
	return addAlias(v.Resource, v, aliasName, options)
}

// Version_FromVersionArn imports a version by its qualified ARN.
func Version_FromVersionArn(scope constructs.Construct, id *string, versionArn *string) IVersion {
	var qualifier, lambdaArn *string
	qualifier = awscdk.Fn_Select(jsii.Number(7), awscdk.Fn_Split(jsii.String(":"), versionArn, nil))
	if isUnresolved(versionArn) {
		parts := make([]*string, 7)
		for i := range parts {
			parts[i] = awscdk.Fn_Select(jsii.Number(float64(i)), awscdk.Fn_Split(jsii.String(":"), versionArn, nil))
		}
		lambdaArn = awscdk.Fn_Join(jsii.String(":"), &parts)
	} else {
		p := strings.Split(*versionArn, ":")
		if len(p) > 7 {
			p = p[:7]
		}
		lambdaArn = jsii.String(strings.Join(p, ":"))
	}
	lambda := Function_FromFunctionArn(scope, jsii.String(*id+"Function"), lambdaArn)
	return importVersion(scope, id, lambda, qualifier, versionArn)
}

// Version_FromVersionAttributes imports a version of a function.
func Version_FromVersionAttributes(scope constructs.Construct, id *string, attrs *VersionAttributes) IVersion {
	return importVersion(scope, id, attrs.Lambda, attrs.Version, jsii.String(*attrs.Lambda.FunctionArn()+":"+*attrs.Version))
}

func importVersion(scope constructs.Construct, id *string, lambda IFunction, number, arn *string) IVersion {
	v := &version{lambda: lambda, versionNo: number}
	v.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(v.Resource, v)
	v.qualified = true
	v.arch = lambda.Architecture()
	v.role = lambda.Role()
	v.grantPrincipal = lambda.GrantPrincipal()
	v.arn = func() *string { return arn }
	v.name = func() *string { return jsii.String(*lambda.FunctionName() + ":" + *number) }
	v.initBase(v)
	v.latestOf = lambda.LatestVersion
	v.canCreate = v.isStackAccount()
	v.qualifier = func() *string { return number }
	v.qualifiedLambda = lambda
	return v
}

// latestVersion is a function's $LATEST version.
type latestVersion struct {
	functionBase
	lambda IFunction
}

func newLatestVersion(scope constructs.Construct, lambda IFunction) IVersion {
	l := &latestVersion{lambda: lambda}
	l.Resource = awscdk.NewResource(scope, jsii.String("$LATEST"), nil)
	host.Set(l.Resource, l)
	l.qualified = true
	l.arn = func() *string { return jsii.String(*lambda.FunctionArn() + ":$LATEST") }
	l.name = func() *string { return jsii.String(*lambda.FunctionName() + ":$LATEST") }
	l.initBase(l)
	l.latestOf = func() IVersion { return l }
	return l
}

func (l *latestVersion) Lambda() IFunction                 { return l.lambda }
func (l *latestVersion) Version() *string                  { return jsii.String("$LATEST") }
func (l *latestVersion) Architecture() Architecture        { return l.lambda.Architecture() }
func (l *latestVersion) GrantPrincipal() awsiam.IPrincipal { return l.lambda.GrantPrincipal() }
func (l *latestVersion) Role() awsiam.IRole                { return l.lambda.Role() }
func (l *latestVersion) TenancyConfig() TenancyConfig      { return l.lambda.TenancyConfig() }
func (l *latestVersion) EdgeArn() *string {
	throw(l, "$LATEST function version cannot be used for Lambda@Edge")
	return nil
}
func (l *latestVersion) VersionRef() *interfacesawslambda.VersionReference {
	return &interfacesawslambda.VersionReference{FunctionArn: l.FunctionArn()}
}
func (l *latestVersion) AddAlias(aliasName *string, options *AliasOptions) Alias {
	return addAlias(l.Resource, l, aliasName, options)
}

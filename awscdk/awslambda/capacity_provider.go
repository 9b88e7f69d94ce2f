package awslambda

import (
	"regexp"
	"sort"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawslambda"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawslogs"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// PropagateTags says which tags a capacity provider puts on its instances.
type PropagateTags interface {
	ExplicitTags() *map[string]*string
	Mode() *string
}

type propagateTags struct {
	mode string
	tags *map[string]*string
}

func (p *propagateTags) ExplicitTags() *map[string]*string { return p.tags }
func (p *propagateTags) Mode() *string                     { return jsii.String(p.mode) }

// PropagateTags_None propagates no tags.
func PropagateTags_None() PropagateTags { return &propagateTags{mode: "None"} }

// PropagateTags_Explicit propagates tags.
func PropagateTags_Explicit(tags *map[string]*string) PropagateTags {
	return &propagateTags{mode: "Explicit", tags: tags}
}

// InstanceTypeFilter chooses the instance types a capacity provider uses.
type InstanceTypeFilter interface {
	AllowedInstanceTypes() *[]awsec2.InstanceType
	ExcludedInstanceTypes() *[]awsec2.InstanceType
}

type instanceTypeFilter struct{ allowed, excluded *[]awsec2.InstanceType }

func (f *instanceTypeFilter) AllowedInstanceTypes() *[]awsec2.InstanceType  { return f.allowed }
func (f *instanceTypeFilter) ExcludedInstanceTypes() *[]awsec2.InstanceType { return f.excluded }

// InstanceTypeFilter_Allow uses only instanceTypes.
func InstanceTypeFilter_Allow(instanceTypes *[]awsec2.InstanceType) InstanceTypeFilter {
	return &instanceTypeFilter{allowed: instanceTypes}
}

// InstanceTypeFilter_Exclude uses any type but instanceTypes.
func InstanceTypeFilter_Exclude(instanceTypes *[]awsec2.InstanceType) InstanceTypeFilter {
	return &instanceTypeFilter{excluded: instanceTypes}
}

// TargetTrackingScalingPolicy is a target a capacity provider scales to.
type TargetTrackingScalingPolicy interface {
	MetricType() *string
	PredefinedMetricType() *string
	TargetValue() *float64
	Value() *float64
}

type targetTracking struct {
	metric string
	value  *float64
}

func (t *targetTracking) MetricType() *string           { return jsii.String(t.metric) }
func (t *targetTracking) PredefinedMetricType() *string { return jsii.String(t.metric) }
func (t *targetTracking) TargetValue() *float64         { return t.value }
func (t *targetTracking) Value() *float64               { return t.value }

// TargetTrackingScalingPolicy_CpuUtilization keeps average CPU at the target.
func TargetTrackingScalingPolicy_CpuUtilization(targetCpuUtilization *float64) TargetTrackingScalingPolicy {
	return &targetTracking{metric: "LambdaCapacityProviderAverageCPUUtilization", value: targetCpuUtilization}
}

// ScalingOptions says how a capacity provider scales.
type ScalingOptions interface {
	ScalingMode() *string
	ScalingPolicies() *[]TargetTrackingScalingPolicy
}

type scalingOptions struct {
	mode     string
	policies *[]TargetTrackingScalingPolicy
}

func (s *scalingOptions) ScalingMode() *string                            { return jsii.String(s.mode) }
func (s *scalingOptions) ScalingPolicies() *[]TargetTrackingScalingPolicy { return s.policies }

// ScalingOptions_Auto lets Lambda scale.
func ScalingOptions_Auto() ScalingOptions { return &scalingOptions{mode: "Auto"} }

// ScalingOptions_Manual scales by scalingPolicies.
func ScalingOptions_Manual(scalingPolicies *[]TargetTrackingScalingPolicy) ScalingOptions {
	return &scalingOptions{mode: "Manual", policies: scalingPolicies}
}

// CapacityProviderProps are the props of NewCapacityProvider.
type CapacityProviderProps struct {
	SecurityGroups       *[]awsec2.ISecurityGroup       `field:"required" json:"securityGroups" yaml:"securityGroups"`
	Subnets              *[]awsec2.ISubnet              `field:"required" json:"subnets" yaml:"subnets"`
	Architectures        *[]Architecture                `field:"optional" json:"architectures" yaml:"architectures"`
	CapacityProviderName *string                        `field:"optional" json:"capacityProviderName" yaml:"capacityProviderName"`
	InstanceTypeFilter   InstanceTypeFilter             `field:"optional" json:"instanceTypeFilter" yaml:"instanceTypeFilter"`
	KmsKey               awskms.IKey                    `field:"optional" json:"kmsKey" yaml:"kmsKey"`
	LogGroup             interfacesawslogs.ILogGroupRef `field:"optional" json:"logGroup" yaml:"logGroup"`
	MaxVCpuCount         *float64                       `field:"optional" json:"maxVCpuCount" yaml:"maxVCpuCount"`
	// Default: a role with AWSLambdaManagedEC2ResourceOperator.
	OperatorRole   awsiam.IRole   `field:"optional" json:"operatorRole" yaml:"operatorRole"`
	PropagateTags  PropagateTags  `field:"optional" json:"propagateTags" yaml:"propagateTags"`
	ScalingOptions ScalingOptions `field:"optional" json:"scalingOptions" yaml:"scalingOptions"`
	SystemLogLevel SystemLogLevel `field:"optional" json:"systemLogLevel" yaml:"systemLogLevel"`
}

// CapacityProviderAttributes describe a capacity provider defined elsewhere.
type CapacityProviderAttributes struct {
	CapacityProviderArn *string `field:"required" json:"capacityProviderArn" yaml:"capacityProviderArn"`
}

// LatestPublishedScalingConfig bounds the execution environments of a
// function's latest published version.
type LatestPublishedScalingConfig struct {
	MaxExecutionEnvironments *float64 `field:"optional" json:"maxExecutionEnvironments" yaml:"maxExecutionEnvironments"`
	MinExecutionEnvironments *float64 `field:"optional" json:"minExecutionEnvironments" yaml:"minExecutionEnvironments"`
}

// CapacityProviderFunctionOptions configure a function on a capacity provider.
type CapacityProviderFunctionOptions struct {
	ExecutionEnvironmentMemoryGiBPerVCpu  *float64                      `field:"optional" json:"executionEnvironmentMemoryGiBPerVCpu" yaml:"executionEnvironmentMemoryGiBPerVCpu"`
	LatestPublishedScalingConfig          *LatestPublishedScalingConfig `field:"optional" json:"latestPublishedScalingConfig" yaml:"latestPublishedScalingConfig"`
	PerExecutionEnvironmentMaxConcurrency *float64                      `field:"optional" json:"perExecutionEnvironmentMaxConcurrency" yaml:"perExecutionEnvironmentMaxConcurrency"`
	PublishToLatestPublished              *bool                         `field:"optional" json:"publishToLatestPublished" yaml:"publishToLatestPublished"`
}

// ICapacityProvider is a Lambda Managed Instances capacity provider.
type ICapacityProvider interface {
	interfacesawslambda.ICapacityProviderRef
	awscdk.IResource
	CapacityProviderArn() *string
	CapacityProviderName() *string
}

// CapacityProvider runs functions on EC2 instances Lambda manages
// (AWS::Lambda::CapacityProvider).
type CapacityProvider interface {
	awscdk.Resource
	ICapacityProvider
	// AddFunction runs fn on this capacity provider.
	AddFunction(func_ IFunction, options *CapacityProviderFunctionOptions)
}

type capacityProvider struct {
	awscdk.Resource
	arn, name func() *string
}

func (c *capacityProvider) CapacityProviderArn() *string  { return c.arn() }
func (c *capacityProvider) CapacityProviderName() *string { return c.name() }
func (c *capacityProvider) CapacityProviderRef() *interfacesawslambda.CapacityProviderReference {
	return &interfacesawslambda.CapacityProviderReference{CapacityProviderArn: c.arn(), CapacityProviderName: c.name()}
}

// CapacityProvider_PROPERTY_INJECTION_ID is the id property injectors use for CapacityProvider.
func CapacityProvider_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-lambda.CapacityProvider")
}

var capacityProviderNamePattern = regexp.MustCompile(`^([a-zA-Z0-9-_]+|arn:aws[a-zA-Z-]*:lambda:capacity-provider:[a-zA-Z0-9-_]+)$`)

// NewCapacityProvider creates a capacity provider in props.Subnets.
func NewCapacityProvider(scope constructs.Construct, id *string, props *CapacityProviderProps) CapacityProvider {
	props = l2.Inject(*CapacityProvider_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		l2.RequireProps(scope, id, "CapacityProvider", "SecurityGroups", "Subnets")
	}
	c := &capacityProvider{}
	c.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: props.CapacityProviderName})
	host.Set(c.Resource, c)
	c.validate(props)
	role := props.OperatorRole
	if role == nil {
		role = awsiam.NewRole(c, jsii.String("OperatorRole"), &awsiam.RoleProps{
			AssumedBy:       awsiam.NewServicePrincipal(jsii.String("lambda.amazonaws.com"), nil),
			ManagedPolicies: &[]awsiam.IManagedPolicy{awsiam.ManagedPolicy_FromAwsManagedPolicyName(jsii.String("AWSLambdaManagedEC2ResourceOperator"))},
		})
	}
	sgs, subnets := []*string{}, []*string{}
	if props.SecurityGroups != nil {
		for _, sg := range *props.SecurityGroups {
			sgs = append(sgs, sg.SecurityGroupId())
		}
	}
	if props.Subnets != nil {
		for _, s := range *props.Subnets {
			subnets = append(subnets, s.SubnetId())
		}
	}
	cfn := &CfnCapacityProviderProps{
		CapacityProviderName: c.PhysicalName(),
		VpcConfig:            &CfnCapacityProvider_CapacityProviderVpcConfigProperty{SecurityGroupIds: &sgs, SubnetIds: &subnets},
		PermissionsConfig:    &CfnCapacityProvider_CapacityProviderPermissionsConfigProperty{CapacityProviderOperatorRoleArn: role.RoleArn()},
	}
	if f := props.InstanceTypeFilter; f != nil || props.Architectures != nil {
		ir := &CfnCapacityProvider_InstanceRequirementsProperty{}
		types := func(l *[]awsec2.InstanceType) *[]*string {
			if l == nil {
				return nil
			}
			out := []*string{}
			for _, t := range *l {
				out = append(out, t.ToString())
			}
			return &out
		}
		if f != nil {
			ir.AllowedInstanceTypes, ir.ExcludedInstanceTypes = types(f.AllowedInstanceTypes()), types(f.ExcludedInstanceTypes())
		}
		if props.Architectures != nil {
			archs := []*string{}
			for _, a := range *props.Architectures {
				archs = append(archs, a.Name())
			}
			ir.Architectures = &archs
		}
		cfn.InstanceRequirements = ir
	}
	if props.MaxVCpuCount != nil || props.ScalingOptions != nil {
		sc := &CfnCapacityProvider_CapacityProviderScalingConfigProperty{MaxVCpuCount: props.MaxVCpuCount}
		if o := props.ScalingOptions; o != nil {
			sc.ScalingMode = o.ScalingMode()
			if ps := o.ScalingPolicies(); ps != nil {
				var l []interface{}
				for _, p := range *ps {
					l = append(l, &CfnCapacityProvider_TargetTrackingScalingPolicyProperty{PredefinedMetricType: p.PredefinedMetricType(), TargetValue: p.TargetValue()})
				}
				sc.ScalingPolicies = &l
			}
		}
		cfn.CapacityProviderScalingConfig = sc
	}
	if props.KmsKey != nil {
		cfn.KmsKeyArn = props.KmsKey.KeyArn()
	}
	if t := props.PropagateTags; t != nil {
		pt := &CfnCapacityProvider_PropagateTagsConfigProperty{Mode: t.Mode()}
		if tags := t.ExplicitTags(); tags != nil {
			keys := make([]string, 0, len(*tags))
			for k := range *tags {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			l := []interface{}{}
			for _, k := range keys {
				l = append(l, &awscdk.CfnTag{Key: jsii.String(k), Value: (*tags)[k]})
			}
			pt.ExplicitTags = &l
		}
		cfn.PropagateTags = pt
	}
	if props.LogGroup != nil || props.SystemLogLevel != "" {
		lc := &CfnCapacityProvider_CapacityProviderLoggingConfigProperty{}
		if props.LogGroup != nil {
			lc.LogGroup = props.LogGroup.LogGroupRef().LogGroupName
		}
		if props.SystemLogLevel != "" {
			lc.SystemLogLevel = jsii.String(string(props.SystemLogLevel))
		}
		cfn.TelemetryConfig = &CfnCapacityProvider_CapacityProviderTelemetryConfigProperty{LoggingConfig: lc}
	}
	res := NewCfnCapacityProvider(c, jsii.String("Resource"), cfn)
	var arnMemo, nameMemo *string
	c.name = func() *string {
		if nameMemo == nil {
			nameMemo = c.GetResourceNameAttribute(res.Ref())
		}
		return nameMemo
	}
	c.arn = func() *string {
		if arnMemo == nil {
			arnMemo = c.GetResourceArnAttribute(res.AttrArn(), &awscdk.ArnComponents{Service: jsii.String("lambda"),
				Resource: jsii.String("capacity-provider"), ResourceName: c.PhysicalName(), ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME})
		}
		return arnMemo
	}
	return c
}

func (c *capacityProvider) validate(p *CapacityProviderProps) {
	who := "your capacity provider"
	if p.CapacityProviderName != nil && *p.CapacityProviderName != "" {
		who = *p.CapacityProviderName
	}
	if n := p.MaxVCpuCount; n != nil && !isUnresolved(n) && (*n < 12 || *n > 15000) {
		throw(c, "maxVCpuCount must be between 12 and 15000, but %s has %s.", who, num(*n))
	}
	if n := lenOf(p.Subnets); n < 1 || n > 16 {
		throw(c, "subnets must contain between 1 and 16 items but %s has %d items.", who, n)
	}
	if n := lenOf(p.SecurityGroups); n < 1 || n > 5 {
		throw(c, "securityGroups must contain between 1 and 5 items but %s has %d items.", who, n)
	}
	if name := p.CapacityProviderName; name != nil && *name != "" && !isUnresolved(name) {
		if !capacityProviderNamePattern.MatchString(*name) {
			throw(c, "capacityProviderName must be an arn or have only alphanumeric characters, but did not: %s", *name)
		}
		if len(*name) > 140 {
			throw(c, "Capacity provider name can not be longer than 140 characters but %s has %d characters.", *name, len(*name))
		}
	}
	if f := p.InstanceTypeFilter; f != nil {
		for _, l := range []*[]awsec2.InstanceType{f.AllowedInstanceTypes(), f.ExcludedInstanceTypes()} {
			if l != nil && len(*l) < 1 {
				throw(c, "instanceTypeFilter must have at least one instanceType when configured, but %s has 0 items.", who)
			}
		}
	}
	if o := p.ScalingOptions; o != nil && o.ScalingPolicies() != nil {
		switch n := len(*o.ScalingPolicies()); {
		case n < 1:
			throw(c, "scalingOptions must have at least one policy when scalingMode is 'Manual', but %s has %d items.", who, n)
		case n > 10:
			throw(c, "scalingOptions can have at most ten policies when scalingMode is 'Manual', but %s has %d items.", who, n)
		}
	}
	if t := p.PropagateTags; t != nil && t.ExplicitTags() != nil && len(*t.ExplicitTags()) > 40 {
		throw(c, "propagateTags explicit tags can have at most 40 tags, but %s has %d.", who, len(*t.ExplicitTags()))
	}
}

func lenOf[T any](l *[]T) int {
	if l == nil {
		return 0
	}
	return len(*l)
}

// AddFunction runs func_ (a Function of this app) on the capacity provider.
func (c *capacityProvider) AddFunction(func_ IFunction, options *CapacityProviderFunctionOptions) {
	awscdk.Annotations_Of(func_).AddInfoV2(jsii.String("aws-lambda:Function.CapacityProviderConfiguration"),
		jsii.String("Capacity provider configuration cannot be removed from a function, only modified."))
	cfn, ok := func_.Node().DefaultChild().(CfnFunction)
	if !ok {
		throw(func_, "AddFunction needs a Function defined in this app")
	}
	if options == nil {
		options = &CapacityProviderFunctionOptions{}
	}
	cfg := &CfnFunction_CapacityProviderConfigProperty{LambdaManagedInstancesCapacityProviderConfig: &CfnFunction_LambdaManagedInstancesCapacityProviderConfigProperty{
		CapacityProviderArn: c.CapacityProviderArn(), PerExecutionEnvironmentMaxConcurrency: options.PerExecutionEnvironmentMaxConcurrency,
		ExecutionEnvironmentMemoryGiBPerVCpu: options.ExecutionEnvironmentMemoryGiBPerVCpu}}
	var publish interface{}
	if options.PublishToLatestPublished != nil {
		publish = *options.PublishToLatestPublished
	}
	cfn.SetPublishToLatestPublished(publish)
	cfn.SetCapacityProviderConfig(cfg)
	f, _ := func_.(*function)
	if f != nil {
		f.cfnProps.PublishToLatestPublished, f.cfnProps.CapacityProviderConfig = publish, cfg
	}
	if s := options.LatestPublishedScalingConfig; s != nil && (s.MinExecutionEnvironments != nil || s.MaxExecutionEnvironments != nil) {
		for _, v := range []struct {
			n    *float64
			name string
		}{{s.MinExecutionEnvironments, "minExecutionEnvironments"}, {s.MaxExecutionEnvironments, "maxExecutionEnvironments"}} {
			if v.n != nil && !isUnresolved(v.n) && (*v.n < 0 || *v.n > 15000) {
				throw(c, "%s must be between 0 and 15000, but was %s.", v.name, num(*v.n))
			}
		}
		sc := &CfnFunction_FunctionScalingConfigProperty{MinExecutionEnvironments: s.MinExecutionEnvironments, MaxExecutionEnvironments: s.MaxExecutionEnvironments}
		cfn.SetFunctionScalingConfig(sc)
		if f != nil {
			f.cfnProps.FunctionScalingConfig = sc
		}
	}
}

// NewCapacityProvider_Override initialises outer, a type embedding CapacityProvider.
func NewCapacityProvider_Override(outer CapacityProvider, scope constructs.Construct, id *string, props *CapacityProviderProps) {
	l2.Override(outer, NewCapacityProvider(scope, id, props))
}

// CapacityProvider_FromCapacityProviderName imports a capacity provider of
// this stack's account and region by name.
func CapacityProvider_FromCapacityProviderName(scope constructs.Construct, id *string, capacityProviderName *string) ICapacityProvider {
	arn := awscdk.Stack_Of(scope).FormatArn(&awscdk.ArnComponents{Service: jsii.String("lambda"), Resource: jsii.String("capacity-provider"),
		ResourceName: capacityProviderName, ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME})
	return CapacityProvider_FromCapacityProviderAttributes(scope, id, &CapacityProviderAttributes{CapacityProviderArn: arn})
}

// CapacityProvider_FromCapacityProviderArn imports a capacity provider by ARN.
func CapacityProvider_FromCapacityProviderArn(scope constructs.Construct, id *string, capacityProviderArn *string) ICapacityProvider {
	return CapacityProvider_FromCapacityProviderAttributes(scope, id, &CapacityProviderAttributes{CapacityProviderArn: capacityProviderArn})
}

// CapacityProvider_FromCapacityProviderAttributes imports a capacity provider.
func CapacityProvider_FromCapacityProviderAttributes(scope constructs.Construct, id *string, attrs *CapacityProviderAttributes) ICapacityProvider {
	c := &capacityProvider{Resource: awscdk.NewResource(scope, id, nil)}
	host.Set(c.Resource, c)
	arn := attrs.CapacityProviderArn
	name := awscdk.Arn_Split(arn, awscdk.ArnFormat_COLON_RESOURCE_NAME).ResourceName
	c.arn = func() *string { return arn }
	c.name = func() *string { return name }
	return c
}

// CapacityProvider_IsConstruct reports whether x is a construct.
func CapacityProvider_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// CapacityProvider_IsOwnedResource reports whether construct is a Resource this app created.
func CapacityProvider_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// CapacityProvider_IsResource reports whether construct is a Resource.
func CapacityProvider_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

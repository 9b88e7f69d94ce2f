package awscodeguruprofiler

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscodeguruprofiler"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// ComputePlatform is where the profiled application runs.
type ComputePlatform string

const (
	ComputePlatform_AWS_LAMBDA ComputePlatform = "AWS_LAMBDA"
	ComputePlatform_DEFAULT    ComputePlatform = "DEFAULT"
)

// computePlatformValues are the values CloudFormation takes.
var computePlatformValues = map[ComputePlatform]string{ComputePlatform_AWS_LAMBDA: "AWSLambda", ComputePlatform_DEFAULT: "Default"}

// ProfilingGroupProps are the props of NewProfilingGroup.
type ProfilingGroupProps struct {
	// Default: DEFAULT (left out of the template).
	ComputePlatform ComputePlatform `field:"optional" json:"computePlatform" yaml:"computePlatform"`
	// Default: the construct's unique id.
	ProfilingGroupName *string `field:"optional" json:"profilingGroupName" yaml:"profilingGroupName"`
}

// IProfilingGroup is a CodeGuru Profiler profiling group.
type IProfilingGroup interface {
	interfacesawscodeguruprofiler.IProfilingGroupRef
	awscdk.IResource
	GrantPublish(grantee awsiam.IGrantable) awsiam.Grant
	GrantRead(grantee awsiam.IGrantable) awsiam.Grant
	ProfilingGroupArn() *string
	ProfilingGroupName() *string
}

// ProfilingGroupGrants grants access to a profiling group.
type ProfilingGroupGrants interface {
	Resource() interfacesawscodeguruprofiler.IProfilingGroupRef
	Actions(grantee awsiam.IGrantable, actions *[]*string, options *awscdk.PermissionsOptions) awsiam.Grant
	Publish(grantee awsiam.IGrantable) awsiam.Grant
	Read(grantee awsiam.IGrantable) awsiam.Grant
}

type profilingGroupGrants struct {
	resource interfacesawscodeguruprofiler.IProfilingGroupRef
}

// ProfilingGroupGrants_FromProfilingGroup grants on resource.
func ProfilingGroupGrants_FromProfilingGroup(resource interfacesawscodeguruprofiler.IProfilingGroupRef) ProfilingGroupGrants {
	return &profilingGroupGrants{resource: resource}
}

func (g *profilingGroupGrants) Resource() interfacesawscodeguruprofiler.IProfilingGroupRef {
	return g.resource
}

func (g *profilingGroupGrants) Actions(grantee awsiam.IGrantable, actions *[]*string, options *awscdk.PermissionsOptions) awsiam.Grant {
	arns := &[]*string{CfnProfilingGroup_ArnForProfilingGroup(g.resource)}
	if options != nil && options.ResourceArns != nil {
		arns = options.ResourceArns
	}
	return awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{Grantee: grantee, Actions: actions, ResourceArns: arns})
}

// Publish lets grantee send profiles (what a profiled function needs).
func (g *profilingGroupGrants) Publish(grantee awsiam.IGrantable) awsiam.Grant {
	return g.Actions(grantee, jsii.Strings("codeguru-profiler:ConfigureAgent", "codeguru-profiler:PostAgentProfile"), nil)
}

// Read lets grantee read profiles.
func (g *profilingGroupGrants) Read(grantee awsiam.IGrantable) awsiam.Grant {
	return g.Actions(grantee, jsii.Strings("codeguru-profiler:GetProfile", "codeguru-profiler:DescribeProfilingGroup"), nil)
}

// ProfilingGroup is a profiling group defined in this app
// (AWS::CodeGuruProfiler::ProfilingGroup).
type ProfilingGroup interface {
	awscdk.Resource
	IProfilingGroup
	Grants() ProfilingGroupGrants
}

type profilingGroup struct {
	awscdk.Resource
	arn, name func() *string
	grants    ProfilingGroupGrants
}

func (p *profilingGroup) ProfilingGroupArn() *string                    { return p.arn() }
func (p *profilingGroup) ProfilingGroupName() *string                   { return p.name() }
func (p *profilingGroup) Grants() ProfilingGroupGrants                  { return p.grants }
func (p *profilingGroup) GrantPublish(g awsiam.IGrantable) awsiam.Grant { return p.grants.Publish(g) }
func (p *profilingGroup) GrantRead(g awsiam.IGrantable) awsiam.Grant    { return p.grants.Read(g) }
func (p *profilingGroup) ProfilingGroupRef() *interfacesawscodeguruprofiler.ProfilingGroupReference {
	return &interfacesawscodeguruprofiler.ProfilingGroupReference{ProfilingGroupArn: p.arn(), ProfilingGroupName: p.name()}
}

type lazyName func() *string

func (f lazyName) Produce() *string { return f() }

// ProfilingGroup_PROPERTY_INJECTION_ID is the id property injectors use for ProfilingGroup.
func ProfilingGroup_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-codeguruprofiler.ProfilingGroup")
}

// NewProfilingGroup creates a profiling group, named after its unique id
// (kept to 240 characters) unless props name it.
func NewProfilingGroup(scope constructs.Construct, id *string, props *ProfilingGroupProps) ProfilingGroup {
	props = l2.Inject(*ProfilingGroup_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &ProfilingGroupProps{}
	}
	p := &profilingGroup{}
	name := props.ProfilingGroupName
	if name == nil {
		name = awscdk.Lazy_String(lazyName(func() *string {
			n := *awscdk.Names_UniqueId(p)
			if len(n) > 240 {
				n = n[:120] + n[len(n)-120:]
			}
			return &n
		}), nil)
	}
	p.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: name})
	host.Set(p.Resource, p)
	cfn := &CfnProfilingGroupProps{ProfilingGroupName: p.PhysicalName()}
	if props.ComputePlatform != "" {
		cfn.ComputePlatform = jsii.String(computePlatformValues[props.ComputePlatform])
	}
	res := NewCfnProfilingGroup(p, jsii.String("ProfilingGroup"), cfn)
	var arnMemo, nameMemo *string
	p.arn = func() *string {
		if arnMemo == nil {
			arnMemo = p.GetResourceArnAttribute(res.AttrArn(), &awscdk.ArnComponents{Service: jsii.String("codeguru-profiler"),
				Resource: jsii.String("profilingGroup"), ResourceName: p.PhysicalName()})
		}
		return arnMemo
	}
	p.name = func() *string {
		if nameMemo == nil {
			nameMemo = p.GetResourceNameAttribute(res.Ref())
		}
		return nameMemo
	}
	p.grants = ProfilingGroupGrants_FromProfilingGroup(p)
	return p
}

// NewProfilingGroup_Override initialises outer, a type embedding ProfilingGroup.
func NewProfilingGroup_Override(outer ProfilingGroup, scope constructs.Construct, id *string, props *ProfilingGroupProps) {
	l2.Override(outer, NewProfilingGroup(scope, id, props))
}

// ProfilingGroup_FromProfilingGroupName imports a profiling group of this
// stack's account and region by name.
func ProfilingGroup_FromProfilingGroupName(scope constructs.Construct, id *string, profilingGroupName *string) IProfilingGroup {
	arn := awscdk.Stack_Of(scope).FormatArn(&awscdk.ArnComponents{Service: jsii.String("codeguru-profiler"),
		Resource: jsii.String("profilingGroup"), ResourceName: profilingGroupName})
	return ProfilingGroup_FromProfilingGroupArn(scope, id, arn)
}

// ProfilingGroup_FromProfilingGroupArn imports a profiling group by ARN.
func ProfilingGroup_FromProfilingGroupArn(scope constructs.Construct, id *string, profilingGroupArn *string) IProfilingGroup {
	p := &profilingGroup{}
	p.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{EnvironmentFromArn: profilingGroupArn})
	host.Set(p.Resource, p)
	name := awscdk.Stack_Of(scope).SplitArn(profilingGroupArn, awscdk.ArnFormat_SLASH_RESOURCE_NAME).ResourceName
	p.arn = func() *string { return profilingGroupArn }
	p.name = func() *string { return name }
	p.grants = ProfilingGroupGrants_FromProfilingGroup(p)
	return p
}

// ProfilingGroup_IsConstruct reports whether x is a construct.
func ProfilingGroup_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// ProfilingGroup_IsOwnedResource reports whether construct is a Resource this app created.
func ProfilingGroup_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// ProfilingGroup_IsResource reports whether construct is a Resource.
func ProfilingGroup_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

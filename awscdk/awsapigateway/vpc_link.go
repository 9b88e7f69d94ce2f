package awsapigateway

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awselasticloadbalancingv2"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsapigateway"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// VpcLinkProps are the props of NewVpcLink.
type VpcLinkProps struct {
	// The link's description.
	Description *string `field:"optional" json:"description" yaml:"description"`
	// The Network Load Balancers the link reaches; more can be added with AddTargets.
	Targets *[]awselasticloadbalancingv2.INetworkLoadBalancer `field:"optional" json:"targets" yaml:"targets"`
	// The link's name. Default: the construct's unique id.
	VpcLinkName *string `field:"optional" json:"vpcLinkName" yaml:"vpcLinkName"`
}

// VpcLink is an AWS::ApiGateway::VpcLink: private integrations reach
// Network Load Balancers in a VPC through it.
type VpcLink interface {
	awscdk.Resource
	IVpcLink
	AddTargets(targets ...awselasticloadbalancingv2.INetworkLoadBalancer)
}

type vpcLink struct {
	awscdk.Resource
	cfn     CfnVpcLink
	targets []awselasticloadbalancingv2.INetworkLoadBalancer
}

// NewVpcLink defines a VPC link; it needs at least one target by synthesis.
func NewVpcLink(scope constructs.Construct, id *string, props *VpcLinkProps) VpcLink {
	props = l2.Inject(*VpcLink_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &VpcLinkProps{}
	}
	v := &vpcLink{}
	physical := props.VpcLinkName
	if physical == nil || *physical == "" {
		physical = awscdk.Lazy_String(stringProducer(func() *string { return awscdk.Names_NodeUniqueId(v.Node()) }), nil)
	}
	v.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: physical})
	host.Set(v.Resource, v)
	arns := awscdk.Lazy_List(listProducer(func() *[]*string {
		out := make([]*string, len(v.targets))
		for i, t := range v.targets {
			out[i] = t.LoadBalancerArn()
		}
		return &out
	}), nil)
	targetArns := make([]interface{}, len(*arns))
	for i, a := range *arns {
		targetArns[i] = a
	}
	v.cfn = NewCfnVpcLink(v, jsii.String("Resource"), &CfnVpcLinkProps{Name: v.PhysicalName(), Description: props.Description, TargetArns: &targetArns})
	if props.Targets != nil {
		v.AddTargets(*props.Targets...)
	}
	v.Node().AddValidation(l2.Validation(func() []string {
		if len(v.targets) == 0 {
			return []string{"No targets added to vpc link"}
		}
		return nil
	}))
	return v
}

// NewVpcLink_Override makes v, a pointer to a struct embedding VpcLink,
// a new VpcLink (jsii's way of extending a class).
func NewVpcLink_Override(v VpcLink, scope constructs.Construct, id *string, props *VpcLinkProps) {
	l2.Override[VpcLink](v, NewVpcLink(scope, id, props))
}

// AddTargets adds Network Load Balancers the link reaches.
func (v *vpcLink) AddTargets(targets ...awselasticloadbalancingv2.INetworkLoadBalancer) {
	for i, t := range targets {
		if t == nil {
			l2.Throw(v, "addTargets: target %d is nil", i)
		}
	}
	v.targets = append(v.targets, targets...)
}

func (v *vpcLink) VpcLinkId() *string { return v.cfn.Ref() }
func (v *vpcLink) VpcLinkRef() *interfacesawsapigateway.VpcLinkReference {
	return v.cfn.VpcLinkRef()
}

// defaultURI is http://<DNS name> of the link's only target, the URI of a
// private integration given none.
func (v *vpcLink) defaultURI(method Method) *string {
	if len(v.targets) > 1 {
		l2.Throw(method, "'uri' is required when there are more than one NLBs in the VPC Link")
	}
	if len(v.targets) == 0 {
		l2.Throw(v, "No targets added to vpc link")
	}
	return jsii.String("http://" + *v.targets[0].LoadBalancerDnsName())
}

type importedVpcLink struct {
	awscdk.Resource
	id *string
}

// VpcLink_FromVpcLinkId imports a VPC link by id.
func VpcLink_FromVpcLinkId(scope constructs.Construct, id *string, vpcLinkId *string) IVpcLink {
	v := &importedVpcLink{id: vpcLinkId}
	v.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(v.Resource, v)
	if vpcLinkId == nil {
		l2.Throw(v, "VpcLink.fromVpcLinkId: vpcLinkId is required")
	}
	return v
}

func (v *importedVpcLink) VpcLinkId() *string { return v.id }
func (v *importedVpcLink) VpcLinkRef() *interfacesawsapigateway.VpcLinkReference {
	return &interfacesawsapigateway.VpcLinkReference{VpcLinkId: v.id}
}

// VpcLink_PROPERTY_INJECTION_ID is the id property injectors use.
func VpcLink_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-apigateway.VpcLink")
}

// VpcLink_IsConstruct reports whether x is a construct.
func VpcLink_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// VpcLink_IsResource reports whether construct is a Resource.
func VpcLink_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// VpcLink_IsOwnedResource reports whether construct is a Resource owned by the app.
func VpcLink_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

package awsapigatewayv2

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsapigatewayv2"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsec2"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// IVpcLink is a VPC link of HTTP APIs.
type IVpcLink interface {
	awscdk.IResource
	interfacesawsapigatewayv2.IVpcLinkRef
	Vpc() awsec2.IVpc
	VpcLinkId() *string
}

// VpcLinkProps are the props of NewVpcLink.
type VpcLinkProps struct {
	Vpc            awsec2.IVpc                           `field:"required" json:"vpc" yaml:"vpc"`
	SecurityGroups *[]interfacesawsec2.ISecurityGroupRef `field:"optional" json:"securityGroups" yaml:"securityGroups"`
	// Default: the VPC's private subnets with egress.
	Subnets *awsec2.SubnetSelection `field:"optional" json:"subnets" yaml:"subnets"`
	// Default: the link's unique id.
	VpcLinkName *string `field:"optional" json:"vpcLinkName" yaml:"vpcLinkName"`
}

// VpcLinkAttributes describe a VPC link defined outside this app.
type VpcLinkAttributes struct {
	Vpc       awsec2.IVpc `field:"required" json:"vpc" yaml:"vpc"`
	VpcLinkId *string     `field:"required" json:"vpcLinkId" yaml:"vpcLinkId"`
}

// VpcLink lets HTTP API private integrations reach a VPC (AWS::ApiGatewayV2::VpcLink).
type VpcLink interface {
	awscdk.Resource
	IVpcLink
	AddSecurityGroups(groups ...interfacesawsec2.ISecurityGroupRef)
	AddSubnets(subnets ...interfacesawsec2.ISubnetRef)
}

type vpcLink struct {
	awscdk.Resource
	vpc     awsec2.IVpc
	id      *string
	subnets []interfacesawsec2.ISubnetRef
	groups  []interfacesawsec2.ISecurityGroupRef
}

// VpcLink_PROPERTY_INJECTION_ID is the id property injectors use for VpcLink.
func VpcLink_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-apigatewayv2.VpcLink")
}

type listProducer func() *[]*string

func (f listProducer) Produce() *[]*string { return f() }

type stringProducer func() *string

func (f stringProducer) Produce() *string { return f() }

func toAnyList(l *[]*string) *[]interface{} {
	out := make([]interface{}, 0, len(*l))
	for _, s := range *l {
		out = append(out, s)
	}
	return &out
}

// NewVpcLink creates a VPC link in the VPC's subnets (default: private with egress).
func NewVpcLink(scope constructs.Construct, id *string, props *VpcLinkProps) VpcLink {
	props = l2.Inject(*VpcLink_PROPERTY_INJECTION_ID(), props, scope, id)
	l := &vpcLink{}
	l.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(l.Resource, l)
	if props == nil || props.Vpc == nil {
		l2.Throw(l, "VpcLink: vpc is required")
		return l
	}
	l.vpc = props.Vpc
	name := props.VpcLinkName
	if name == nil || *name == "" {
		name = awscdk.Lazy_String(stringProducer(func() *string { return awscdk.Names_UniqueId(l) }), nil)
	}
	res := NewCfnVpcLink(l, jsii.String("Resource"), &CfnVpcLinkProps{
		Name: name,
		SubnetIds: toAnyList(awscdk.Lazy_List(listProducer(func() *[]*string {
			ids := []*string{}
			for _, s := range l.subnets {
				ids = append(ids, s.SubnetRef().SubnetId)
			}
			return &ids
		}), nil)),
		SecurityGroupIds: toAnyList(awscdk.Lazy_List(listProducer(func() *[]*string {
			ids := []*string{}
			for _, g := range l.groups {
				ids = append(ids, g.SecurityGroupRef().SecurityGroupId)
			}
			return &ids
		}), nil)),
	})
	l.id = res.Ref()
	selection := props.Subnets
	if selection == nil {
		selection = &awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PRIVATE_WITH_EGRESS}
	}
	for _, s := range *props.Vpc.SelectSubnets(selection).Subnets {
		l.AddSubnets(s)
	}
	if props.SecurityGroups != nil {
		l.AddSecurityGroups(*props.SecurityGroups...)
	}
	return l
}

func (l *vpcLink) AddSubnets(subnets ...interfacesawsec2.ISubnetRef) {
	l.subnets = append(l.subnets, subnets...)
}
func (l *vpcLink) AddSecurityGroups(groups ...interfacesawsec2.ISecurityGroupRef) {
	l.groups = append(l.groups, groups...)
}
func (l *vpcLink) Vpc() awsec2.IVpc   { return l.vpc }
func (l *vpcLink) VpcLinkId() *string { return l.id }
func (l *vpcLink) VpcLinkRef() *interfacesawsapigatewayv2.VpcLinkReference {
	return &interfacesawsapigatewayv2.VpcLinkReference{VpcLinkId: l.id}
}

type importedVpcLink struct {
	awscdk.Resource
	attrs VpcLinkAttributes
}

func (l *importedVpcLink) Vpc() awsec2.IVpc   { return l.attrs.Vpc }
func (l *importedVpcLink) VpcLinkId() *string { return l.attrs.VpcLinkId }
func (l *importedVpcLink) VpcLinkRef() *interfacesawsapigatewayv2.VpcLinkReference {
	return &interfacesawsapigatewayv2.VpcLinkReference{VpcLinkId: l.attrs.VpcLinkId}
}

// VpcLink_FromVpcLinkAttributes imports a VPC link.
func VpcLink_FromVpcLinkAttributes(scope constructs.Construct, id *string, attrs *VpcLinkAttributes) IVpcLink {
	l := &importedVpcLink{}
	if attrs != nil {
		l.attrs = *attrs
	}
	l.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(l.Resource, l)
	return l
}

// AddVpcLink adds a VPC link for options.Vpc, or returns the one this API
// already has for that VPC (ids VpcLink-1, VpcLink-2, ...).
func (a *httpApiBase) AddVpcLink(options *VpcLinkProps) VpcLink {
	if options == nil || options.Vpc == nil {
		l2.Throw(a, "addVpcLink: vpc is required")
	}
	vpcID := deref(options.Vpc.VpcId())
	for i, k := range a.vpcLinkVpcs {
		if k == vpcID {
			return a.vpcLinks[i]
		}
	}
	link := NewVpcLink(a, jsii.String("VpcLink-"+itoa(len(a.vpcLinks)+1)), options)
	a.vpcLinkVpcs = append(a.vpcLinkVpcs, vpcID)
	a.vpcLinks = append(a.vpcLinks, link)
	return link
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// HttpApiHelper computes ARNs for an HTTP API, defined here or imported.
type HttpApiHelper interface {
	ArnForExecuteApi(method *string, path *string, stage *string) *string
}

type httpApiHelper struct{ api IHttpApiRef }

// HttpApiHelper_FromHttpApi is the helper of httpApi.
func HttpApiHelper_FromHttpApi(httpApi IHttpApiRef) HttpApiHelper {
	return &httpApiHelper{api: httpApi}
}

// ArnForExecuteApi is the execute-api ARN for method (default any) on
// path (default any) in stage (default any).
func (h *httpApiHelper) ArnForExecuteApi(method *string, path *string, stage *string) *string {
	return executeApiArn(h.api, method, path, stage)
}

// BatchHttpRouteOptions are options shared by a batch of routes.
type BatchHttpRouteOptions struct {
	Integration HttpRouteIntegration `field:"required" json:"integration" yaml:"integration"`
}

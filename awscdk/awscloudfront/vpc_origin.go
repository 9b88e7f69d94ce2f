package awscloudfront

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awselasticloadbalancingv2"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscloudfront"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// VpcOriginEndpoint is what a VPC origin reaches in a private subnet.
type VpcOriginEndpoint interface {
	DomainName() *string
	EndpointArn() *string
}

type vpcOriginEndpoint struct{ arn, domain *string }

func (e *vpcOriginEndpoint) DomainName() *string  { return e.domain }
func (e *vpcOriginEndpoint) EndpointArn() *string { return e.arn }

// VpcOriginEndpoint_Ec2Instance is an EC2 instance, by its private DNS name.
func VpcOriginEndpoint_Ec2Instance(instance awsec2.IInstance) VpcOriginEndpoint {
	if instance == nil {
		diag.Panic("", "VpcOriginEndpoint.ec2Instance needs an instance; got nil")
	}
	return &vpcOriginEndpoint{domain: instance.InstancePrivateDnsName(),
		arn: awscdk.Stack_Of(instance).FormatArn(&awscdk.ArnComponents{Service: jsii.String("ec2"), Resource: jsii.String("instance"), ResourceName: instance.InstanceId()})}
}

// VpcOriginEndpoint_ApplicationLoadBalancer is an internal ALB.
func VpcOriginEndpoint_ApplicationLoadBalancer(alb awselasticloadbalancingv2.IApplicationLoadBalancer) VpcOriginEndpoint {
	if alb == nil {
		diag.Panic("", "VpcOriginEndpoint.applicationLoadBalancer needs a load balancer; got nil")
	}
	return &vpcOriginEndpoint{arn: alb.LoadBalancerArn(), domain: alb.LoadBalancerDnsName()}
}

// VpcOriginEndpoint_NetworkLoadBalancer is an internal NLB.
func VpcOriginEndpoint_NetworkLoadBalancer(nlb awselasticloadbalancingv2.INetworkLoadBalancer) VpcOriginEndpoint {
	if nlb == nil {
		diag.Panic("", "VpcOriginEndpoint.networkLoadBalancer needs a load balancer; got nil")
	}
	return &vpcOriginEndpoint{arn: nlb.LoadBalancerArn(), domain: nlb.LoadBalancerDnsName()}
}

// NewVpcOriginEndpoint_Override initialises outer, a type embedding
// VpcOriginEndpoint that defines DomainName and EndpointArn.
func NewVpcOriginEndpoint_Override(outer VpcOriginEndpoint) {
	l2.Override[VpcOriginEndpoint](outer, &vpcOriginEndpoint{})
}

// IVpcOrigin is a CloudFront VPC origin.
type IVpcOrigin interface {
	awscdk.IResource
	interfacesawscloudfront.IVpcOriginRef
	DomainName() *string
	VpcOriginArn() *string
	VpcOriginId() *string
}

// VpcOriginOptions are the settings of a VPC origin.
type VpcOriginOptions struct {
	HttpPort           *float64             `field:"optional" json:"httpPort" yaml:"httpPort"`
	HttpsPort          *float64             `field:"optional" json:"httpsPort" yaml:"httpsPort"`
	OriginSslProtocols *[]OriginSslPolicy   `field:"optional" json:"originSslProtocols" yaml:"originSslProtocols"`
	ProtocolPolicy     OriginProtocolPolicy `field:"optional" json:"protocolPolicy" yaml:"protocolPolicy"`
	VpcOriginName      *string              `field:"optional" json:"vpcOriginName" yaml:"vpcOriginName"`
}

// VpcOriginProps are the props of NewVpcOrigin.
type VpcOriginProps struct {
	HttpPort           *float64             `field:"optional" json:"httpPort" yaml:"httpPort"`
	HttpsPort          *float64             `field:"optional" json:"httpsPort" yaml:"httpsPort"`
	OriginSslProtocols *[]OriginSslPolicy   `field:"optional" json:"originSslProtocols" yaml:"originSslProtocols"`
	ProtocolPolicy     OriginProtocolPolicy `field:"optional" json:"protocolPolicy" yaml:"protocolPolicy"`
	VpcOriginName      *string              `field:"optional" json:"vpcOriginName" yaml:"vpcOriginName"`
	Endpoint           VpcOriginEndpoint    `field:"required" json:"endpoint" yaml:"endpoint"`
}

// VpcOriginAttributes identify a VPC origin to import.
type VpcOriginAttributes struct {
	DomainName   *string `field:"optional" json:"domainName" yaml:"domainName"`
	VpcOriginArn *string `field:"optional" json:"vpcOriginArn" yaml:"vpcOriginArn"`
	VpcOriginId  *string `field:"optional" json:"vpcOriginId" yaml:"vpcOriginId"`
}

// VpcOrigin is a VPC origin (AWS::CloudFront::VpcOrigin).
type VpcOrigin interface {
	awscdk.Resource
	IVpcOrigin
	awscdk.ITaggableV2
	VpcOriginRef() *interfacesawscloudfront.VpcOriginReference
}

type vpcOrigin struct {
	awscdk.Resource
	arn, id, domain *string
	cfn             CfnVpcOrigin
}

func (v *vpcOrigin) DomainName() *string  { return v.domain }
func (v *vpcOrigin) VpcOriginId() *string { return v.id }
func (v *vpcOrigin) VpcOriginArn() *string {
	if v.cfn == nil {
		return v.arn
	}
	return v.GetResourceArnAttribute(v.cfn.AttrArn(), &awscdk.ArnComponents{Service: jsii.String("cloudfront"), Region: jsii.String(""),
		Resource: jsii.String("vpcorigin"), ResourceName: v.cfn.AttrId()})
}
func (v *vpcOrigin) VpcOriginRef() *interfacesawscloudfront.VpcOriginReference {
	if v.cfn != nil {
		return v.cfn.VpcOriginRef()
	}
	return &interfacesawscloudfront.VpcOriginReference{VpcOriginArn: v.arn, VpcOriginId: v.id}
}
func (v *vpcOrigin) CdkTagManager() awscdk.TagManager {
	if v.cfn == nil {
		l2.Throw(v, "an imported VPC origin has no tags")
	}
	return v.cfn.CdkTagManager()
}

// NewVpcOrigin defines a VPC origin.
func NewVpcOrigin(scope constructs.Construct, id *string, props *VpcOriginProps) VpcOrigin {
	props = l2.Inject(*VpcOrigin_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.Endpoint == nil {
		l2.RequireProps(scope, id, "VpcOrigin", "endpoint")
	}
	v := &vpcOrigin{}
	v.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(v.Resource, v)
	for _, p := range []struct {
		name string
		port *float64
	}{{"httpPort", props.HttpPort}, {"httpsPort", props.HttpsPort}} {
		if resolvedNum(p.port) && *p.port != 0 {
			n := *p.port
			if !(n == 80 || n == 443 || (n >= 1024 && n <= 65535)) {
				l2.Throw(v, "'%s' must be 80, 443, or a value between 1024 and 65535, got %s", p.name, jsNum(n))
			}
		}
	}
	name := props.VpcOriginName
	if name == nil {
		name = awscdk.Names_UniqueResourceName(v, &awscdk.UniqueResourceNameOptions{MaxLength: jsii.Number(64)})
	}
	ssl := []*string{jsii.String(string(OriginSslPolicy_TLS_V1_2))}
	if props.OriginSslProtocols != nil {
		ssl = []*string{}
		for _, s := range *props.OriginSslProtocols {
			ssl = append(ssl, jsii.String(string(s)))
		}
	}
	cfg := &CfnVpcOrigin_VpcOriginEndpointConfigProperty{Arn: props.Endpoint.EndpointArn(), HttpPort: props.HttpPort, HttpsPort: props.HttpsPort,
		Name: name, OriginSslProtocols: &ssl}
	if props.ProtocolPolicy != "" {
		cfg.OriginProtocolPolicy = jsii.String(string(props.ProtocolPolicy))
	}
	v.cfn = NewCfnVpcOrigin(v, jsii.String("Resource"), &CfnVpcOriginProps{VpcOriginEndpointConfig: cfg})
	v.id = v.cfn.AttrId()
	v.domain = props.Endpoint.DomainName()
	return v
}

// NewVpcOrigin_Override initialises outer, a type embedding VpcOrigin.
func NewVpcOrigin_Override(outer VpcOrigin, scope constructs.Construct, id *string, props *VpcOriginProps) {
	l2.Override(outer, NewVpcOrigin(scope, id, props))
}

// VpcOrigin_FromVpcOriginAttributes imports a VPC origin.
func VpcOrigin_FromVpcOriginAttributes(scope constructs.Construct, id *string, attrs *VpcOriginAttributes) IVpcOrigin {
	if attrs == nil || (attrs.VpcOriginArn == nil && attrs.VpcOriginId == nil) {
		diag.Panic(*scope.Node().Path(), "Either vpcOriginId or vpcOriginArn must be provided in VpcOriginAttributes")
	}
	vid := attrs.VpcOriginId
	if vid == nil {
		vid = awscdk.Stack_Of(scope).SplitArn(attrs.VpcOriginArn, awscdk.ArnFormat_SLASH_RESOURCE_NAME).ResourceName
		if vid == nil || *vid == "" {
			diag.Panic(*scope.Node().Path(), "No VPC origin ID found in ARN: '%s'", *attrs.VpcOriginArn)
		}
	}
	arn := attrs.VpcOriginArn
	if arn == nil {
		arn = awscdk.Stack_Of(scope).FormatArn(&awscdk.ArnComponents{Service: jsii.String("cloudfront"), Region: jsii.String(""),
			Resource: jsii.String("vpcorigin"), ResourceName: vid})
	}
	v := &vpcOrigin{arn: arn, id: vid, domain: attrs.DomainName}
	v.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(v.Resource, v)
	return v
}

// VpcOrigin_FromVpcOriginId imports a VPC origin by id.
func VpcOrigin_FromVpcOriginId(scope constructs.Construct, id *string, vpcOriginId *string) IVpcOrigin {
	return VpcOrigin_FromVpcOriginAttributes(scope, id, &VpcOriginAttributes{VpcOriginId: vpcOriginId})
}

// VpcOrigin_FromVpcOriginArn imports a VPC origin by ARN.
func VpcOrigin_FromVpcOriginArn(scope constructs.Construct, id *string, vpcOriginArn *string) IVpcOrigin {
	return VpcOrigin_FromVpcOriginAttributes(scope, id, &VpcOriginAttributes{VpcOriginArn: vpcOriginArn})
}

func VpcOrigin_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-cloudfront.VpcOrigin")
}

// VpcOrigin_IsConstruct reports whether x is a construct.
func VpcOrigin_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// VpcOrigin_IsResource reports whether construct is a Resource.
func VpcOrigin_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// VpcOrigin_IsOwnedResource reports whether construct is a Resource this app created.
func VpcOrigin_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

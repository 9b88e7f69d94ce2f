package awsroute53

import (
	"crypto/md5"
	"encoding/hex"
	"reflect"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/customresources"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsec2"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/sdkcallorder"
	"github.com/strata-cdk/strata/jsii"
)

// VpcEndpointServiceDomainNameProps are the props of NewVpcEndpointServiceDomainName.
type VpcEndpointServiceDomainNameProps struct {
	// The domain name to use: the private DNS name of the endpoint service
	// and where its ownership is verified.
	DomainName *string `field:"required" json:"domainName" yaml:"domainName"`
	// The VPC endpoint service to give the domain name to.
	EndpointService interfacesawsec2.IVPCEndpointServiceRef `field:"required" json:"endpointService" yaml:"endpointService"`
	// The public hosted zone holding the domain, where the verification
	// TXT record goes.
	PublicHostedZone IPublicHostedZone `field:"required" json:"publicHostedZone" yaml:"publicHostedZone"`
}

// VpcEndpointServiceDomainName gives a VPC endpoint service a private DNS
// name and verifies the domain: three AWS SDK custom resources set the
// name, read the verification TXT record's name and value, and start the
// verification once that record is in the public zone.
type VpcEndpointServiceDomainName interface {
	constructs.Construct
	// The domain name associated with the endpoint service.
	DomainName() *string
	SetDomainName(val *string)
}

type vpcEndpointServiceDomainName struct {
	constructs.Construct
	domainName *string
	// serviceID is the endpoint service's unique id, by which a second
	// domain name for the same service is refused.
	serviceID string
}

func (v *vpcEndpointServiceDomainName) DomainName() *string       { return v.domainName }
func (v *vpcEndpointServiceDomainName) SetDomainName(val *string) { v.domainName = val }

// NewVpcEndpointServiceDomainName sets the private DNS name of
// props.EndpointService and verifies it through a TXT record in
// props.PublicHostedZone. An endpoint service takes one domain name.
func NewVpcEndpointServiceDomainName(scope constructs.Construct, id *string, props *VpcEndpointServiceDomainNameProps) VpcEndpointServiceDomainName {
	if props == nil {
		l2.RequireProps(scope, id, "VpcEndpointServiceDomainName", "DomainName", "EndpointService", "PublicHostedZone")
	}
	v := &vpcEndpointServiceDomainName{Construct: constructs.NewConstruct(scope, id)}
	host.Set(v.Construct, v)
	if props.EndpointService == nil || props.DomainName == nil || props.PublicHostedZone == nil {
		l2.Throw(v, "VpcEndpointServiceDomainName needs DomainName, EndpointService and PublicHostedZone")
	}
	v.serviceID = *awscdk.Names_NodeUniqueId(props.EndpointService.Node())
	serviceID := props.EndpointService.VpcEndpointServiceRef().ServiceId
	v.domainName = props.DomainName
	// aws-cdk-lib keeps the services it has seen in a static table (for the
	// whole process); the app's own tree answers the same question here.
	for _, c := range *v.Node().Root().Node().FindAll(constructs.ConstructOrder_PREORDER) {
		other := domainNameOf(host.Of(c))
		if other != nil && other != v && other.serviceID == v.serviceID {
			l2.Throw(v, "Cannot create a VpcEndpointServiceDomainName for service %s, another VpcEndpointServiceDomainName (%s) is already associated with it",
				v.serviceID, *other.domainName)
		}
	}
	name, value := v.privateDNSConfiguration(serviceID)
	v.verify(serviceID, name, value, props.PublicHostedZone)
	v.Node().AddDependency(props.EndpointService)
	return v
}

// domainNameOf returns the VpcEndpointServiceDomainName that c is, or that
// the user's type c embeds (see NewVpcEndpointServiceDomainName_Override).
func domainNameOf(c interface{}) *vpcEndpointServiceDomainName {
	if v, ok := c.(*vpcEndpointServiceDomainName); ok {
		return v
	}
	if _, ok := c.(VpcEndpointServiceDomainName); !ok {
		return nil
	}
	rv := reflect.ValueOf(c)
	for rv.Kind() == reflect.Ptr && !rv.IsNil() {
		rv = rv.Elem()
	}
	if rv.Kind() != reflect.Struct {
		return nil
	}
	for i := 0; i < rv.NumField(); i++ {
		if f := rv.Field(i); rv.Type().Field(i).IsExported() && f.Kind() == reflect.Interface && !f.IsNil() {
			if v, ok := f.Elem().Interface().(*vpcEndpointServiceDomainName); ok {
				return v
			}
		}
	}
	return nil
}

// ec2Call is an AWS SDK call written as aws-cdk-lib writes it here.
func ec2Call(action string, params interface{}, id *string) *customresources.AwsSdkCall {
	c := &customresources.AwsSdkCall{
		Service: jsii.String("EC2"), Action: jsii.String(action),
		Parameters: sdkcallorder.Params(params, "service", "action", "parameters", "physicalResourceId"),
	}
	if id != nil {
		c.PhysicalResourceId = customresources.PhysicalResourceId_Of(id)
	}
	return c
}

// servicePolicy allows calls on the endpoint service only.
func (v *vpcEndpointServiceDomainName) servicePolicy(serviceID *string) customresources.AwsCustomResourcePolicy {
	stack := awscdk.Stack_Of(v)
	arn := awscdk.Fn_Join(jsii.String(":"), &[]*string{jsii.String("arn"), stack.Partition(), jsii.String("ec2"), stack.Region(), stack.Account(),
		awscdk.Fn_Join(jsii.String("/"), &[]*string{jsii.String("vpc-endpoint-service"), serviceID})})
	return customresources.AwsCustomResourcePolicy_FromSdkCalls(&customresources.SdkCallsPolicyOptions{Resources: &[]*string{arn}})
}

// privateDNSConfiguration sets the private DNS name and reads back the
// name and value of the TXT record that proves the domain is ours.
func (v *vpcEndpointServiceDomainName) privateDNSConfiguration(serviceID *string) (name, value *string) {
	enable := ec2Call("modifyVpcEndpointServiceConfiguration",
		ordered("ServiceId", serviceID, "PrivateDnsName", v.domainName), jsii.String(v.serviceID))
	remove := ec2Call("modifyVpcEndpointServiceConfiguration", ordered("ServiceId", serviceID, "RemovePrivateDnsName", true), nil)
	enabled := customresources.NewAwsCustomResource(v, jsii.String("EnableDns"), &customresources.AwsCustomResourceProps{
		OnCreate: enable, OnUpdate: enable, OnDelete: remove,
		Policy:              v.servicePolicy(serviceID),
		InstallLatestAwsSdk: jsii.Bool(false),
	})
	sum := md5.Sum([]byte(*awscdk.Names_UniqueId(v) + v.serviceID + *v.domainName))
	lookup := hex.EncodeToString(sum[:])
	describe := ec2Call("describeVpcEndpointServiceConfigurations", ordered("ServiceIds", []interface{}{serviceID}), jsii.String(lookup))
	names := customresources.NewAwsCustomResource(v, jsii.String("GetNames"), &customresources.AwsCustomResourceProps{
		OnCreate: describe, OnUpdate: describe,
		Policy:              customresources.AwsCustomResourcePolicy_FromSdkCalls(&customresources.SdkCallsPolicyOptions{Resources: customresources.AwsCustomResourcePolicy_ANY_RESOURCE()}),
		InstallLatestAwsSdk: jsii.Bool(false),
	})
	names.Node().AddDependency(enabled)
	return names.GetResponseField(jsii.String("ServiceConfigurations.0.PrivateDnsNameConfiguration.Name")),
		names.GetResponseField(jsii.String("ServiceConfigurations.0.PrivateDnsNameConfiguration.Value"))
}

// verify writes the TXT record and then starts the verification.
func (v *vpcEndpointServiceDomainName) verify(serviceID, name, value *string, zone IPublicHostedZone) {
	record := NewTxtRecord(v, jsii.String("DnsVerificationRecord"), &TxtRecordProps{RecordName: name, Values: &[]*string{value}, Zone: zone})
	start := ec2Call("startVpcEndpointServicePrivateDnsVerification", ordered("ServiceId", serviceID),
		awscdk.Fn_Join(jsii.String(":"), &[]*string{name, value}))
	cr := customresources.NewAwsCustomResource(v, jsii.String("StartVerification"), &customresources.AwsCustomResourceProps{
		OnCreate: start, OnUpdate: start,
		Policy:              v.servicePolicy(serviceID),
		InstallLatestAwsSdk: jsii.Bool(false),
	})
	cr.Node().AddDependency(record)
}

// NewVpcEndpointServiceDomainName_Override initialises outer, a type embedding VpcEndpointServiceDomainName.
func NewVpcEndpointServiceDomainName_Override(v VpcEndpointServiceDomainName, scope constructs.Construct, id *string, props *VpcEndpointServiceDomainNameProps) {
	l2.Override(v, NewVpcEndpointServiceDomainName(scope, id, props))
}

// VpcEndpointServiceDomainName_IsConstruct reports whether x is a construct.
func VpcEndpointServiceDomainName_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

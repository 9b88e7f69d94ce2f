package awsglobalaccelerator

import (
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/ojson"
)

// IEndpoint is an endpoint of an endpoint group.
type IEndpoint interface {
	// RenderEndpointConfiguration is the endpoint's entry in the group's
	// EndpointConfigurations.
	RenderEndpointConfiguration() interface{}
	// The endpoint's region, if known.
	Region() *string
}

// RawEndpointProps are the props of NewRawEndpoint.
type RawEndpointProps struct {
	// The endpoint's id: a load balancer ARN, an EIP allocation id or an instance id.
	EndpointId *string `field:"required" json:"endpointId" yaml:"endpointId"`
	// Keep the client's IP address. Default: the service's default.
	PreserveClientIp *bool `field:"optional" json:"preserveClientIp" yaml:"preserveClientIp"`
	// Default: unknown.
	Region *string `field:"optional" json:"region" yaml:"region"`
	// 0 to 255. Default: 128.
	Weight *float64 `field:"optional" json:"weight" yaml:"weight"`
}

// RawEndpoint is an endpoint given by its id.
type RawEndpoint interface {
	IEndpoint
}

type rawEndpoint struct {
	props RawEndpointProps
}

// NewRawEndpoint makes an endpoint from its id.
func NewRawEndpoint(props *RawEndpointProps) RawEndpoint {
	if props == nil {
		diag.Panic("", "RawEndpoint: props.EndpointId is required")
	}
	return &rawEndpoint{props: *props}
}

func (e *rawEndpoint) Region() *string { return e.props.Region }

// RenderEndpointConfiguration returns the configuration as aws-cdk-go
// hands it over: a map with aws-cdk-lib's names, unset fields left out.
func (e *rawEndpoint) RenderEndpointConfiguration() interface{} {
	m := map[string]interface{}{}
	if e.props.EndpointId != nil {
		m["endpointId"] = *e.props.EndpointId
	}
	if e.props.Weight != nil {
		m["weight"] = *e.props.Weight
	}
	if e.props.PreserveClientIp != nil {
		m["clientIpPreservationEnabled"] = *e.props.PreserveClientIp
	}
	return m
}

// endpointConfiguration writes an endpoint's configuration with
// CloudFormation's names: the L1 struct, or a map with aws-cdk-lib's
// (JavaScript) names from a user's own IEndpoint.
func endpointConfiguration(v interface{}) interface{} {
	o := ojson.New()
	set := func(k string, x interface{}) {
		switch t := x.(type) {
		case nil:
			return
		case *string:
			if t == nil {
				return
			}
			o.Set(k, *t)
		case *float64:
			if t == nil {
				return
			}
			o.Set(k, *t)
		case *bool:
			if t == nil {
				return
			}
			o.Set(k, *t)
		default:
			o.Set(k, x)
		}
	}
	switch c := v.(type) {
	case *CfnEndpointGroup_EndpointConfigurationProperty:
		set("AttachmentArn", c.AttachmentArn)
		set("ClientIPPreservationEnabled", c.ClientIpPreservationEnabled)
		set("EndpointId", c.EndpointId)
		set("Weight", c.Weight)
	case CfnEndpointGroup_EndpointConfigurationProperty:
		return endpointConfiguration(&c)
	case map[string]interface{}:
		set("AttachmentArn", c["attachmentArn"])
		set("ClientIPPreservationEnabled", c["clientIpPreservationEnabled"])
		set("EndpointId", c["endpointId"])
		set("Weight", c["weight"])
	case *map[string]interface{}:
		if c != nil {
			return endpointConfiguration(*c)
		}
	default:
		return v
	}
	return o
}

package awselasticloadbalancingv2

import (
	"encoding/json"
	"fmt"
	"reflect"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// The constructors of aws-cdk-lib's abstract bases, for load balancer and
// target group types of a program's own: a Go struct embeds
// BaseLoadBalancer or TargetGroupBase and calls the _Override function, as
// an aws-cdk-go program does. additionalProps are the L1 props the subclass
// adds (aws-cdk-lib spreads them into the resource's): a *CfnLoadBalancerProps
// or *CfnTargetGroupProps, or a map with their JSON (camelCase) keys.

// additionalCfnProps reads additionalProps as T.
func additionalCfnProps[T any](scope constructs.IConstruct, v interface{}) *T {
	switch p := v.(type) {
	case nil:
		return new(T)
	case *T:
		if p == nil {
			return new(T)
		}
		c := *p
		return &c
	case T:
		return &p
	case map[string]interface{}, *map[string]interface{}:
		out := new(T)
		b, err := json.Marshal(p)
		if err == nil {
			err = json.Unmarshal(b, out)
		}
		if err != nil {
			l2.Throw(scope, "additionalProps do not fit %T: %v", *out, err)
		}
		return out
	}
	l2.Throw(scope, "additionalProps must be a *%T or a map of its JSON keys, got %T", *new(T), v)
	return nil
}

// overlay copies the fields set in src over dst, as a JavaScript spread does.
func overlay[T any](dst, src *T) {
	d, s := reflect.ValueOf(dst).Elem(), reflect.ValueOf(src).Elem()
	for i := 0; i < s.NumField(); i++ {
		if !s.Field(i).IsZero() {
			d.Field(i).Set(s.Field(i))
		}
	}
}

// NewBaseLoadBalancer_Override initialises b, a struct embedding
// BaseLoadBalancer, as a load balancer of the program's own: the
// AWS::ElasticLoadBalancingV2::LoadBalancer that baseProps describe (subnets,
// scheme, attributes), with additionalProps (its type, security groups,
// address type, ...) on top.
func NewBaseLoadBalancer_Override(b BaseLoadBalancer, scope constructs.Construct, id *string, baseProps *BaseLoadBalancerProps, additionalProps interface{}) {
	lb := &lbBase{keepSecurityGroups: true}
	var physical *string
	if baseProps != nil {
		physical = baseProps.LoadBalancerName
	}
	lb.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: physical})
	host.Set(lb.Resource, lb)
	if baseProps == nil || baseProps.Vpc == nil {
		l2.Throw(lb, "BaseLoadBalancer: vpc is required")
	}
	extra := additionalCfnProps[CfnLoadBalancerProps](lb, additionalProps)
	lb.vpc, lb.physical = baseProps.Vpc, physical
	lb.ipType = ipAddressTypes[deref(extra.IpAddressType)]
	lb.connections = awsec2.NewConnections(nil)
	internetFacing := baseProps.InternetFacing != nil && *baseProps.InternetFacing
	if baseProps.VpcSubnets != nil && extra.SubnetMappings != nil {
		l2.Throw(lb, "You can specify either `vpcSubnets` or `subnetMappings`, not both.")
	}
	if deref(extra.IpAddressType) == "dualstack-without-public-ipv4" && deref(extra.Type) != "application" {
		l2.Throw(lb, "'ipAddressType' DUAL_STACK_WITHOUT_PUBLIC_IPV4 can only be used with Application Load Balancer, got %s", deref(extra.Type))
	}
	scheme := "internal"
	if internetFacing {
		scheme = "internet-facing"
	}
	cp := &CfnLoadBalancerProps{Name: physical, Scheme: jsii.String(scheme)}
	var connectivity constructs.IDependable
	if extra.SubnetMappings == nil {
		selection := baseProps.VpcSubnets
		if selection == nil {
			selection = &awsec2.SubnetSelection{}
			if internetFacing {
				selection.SubnetType = awsec2.SubnetType_PUBLIC
			}
		}
		subnets := baseProps.Vpc.SelectSubnets(selection)
		var ids []interface{}
		for _, s := range *subnets.SubnetIds {
			ids = append(ids, s)
		}
		cp.Subnets, connectivity = &ids, subnets.InternetConnectivityEstablished
	}
	if baseProps.MinimumCapacityUnit != nil {
		cp.MinimumLoadBalancerCapacity = &CfnLoadBalancer_MinimumLoadBalancerCapacityProperty{CapacityUnits: baseProps.MinimumCapacityUnit}
	}
	overlay(cp, extra)
	lb.cfn = NewCfnLoadBalancer(lb, jsii.String("Resource"), cp)
	if internetFacing && connectivity != nil {
		lb.cfn.Node().AddDependency(connectivity)
	}
	lb.attrs.set("deletion_protection.enabled", jsii.String(fmt.Sprintf("%t", baseProps.DeletionProtection != nil && *baseProps.DeletionProtection)))
	if baseProps.CrossZoneEnabled != nil {
		lb.attrs.set("load_balancing.cross_zone.enabled", jsii.String(fmt.Sprintf("%t", *baseProps.CrossZoneEnabled)))
	}
	if baseProps.DenyAllIgwTraffic != nil {
		if deref(extra.IpAddressType) != "dualstack" {
			l2.Throw(lb, "'denyAllIgwTraffic' may only be set on load balancers with dualstack addressing.")
		}
		lb.attrs.set("ipv6.deny_all_igw_traffic", jsii.String(fmt.Sprintf("%t", *baseProps.DenyAllIgwTraffic)))
	}
	lb.sync()
	lb.Node().AddValidation(l2.Validation(func() []string { return derefAll(b.ValidateLoadBalancer()) }))
	l2.Override[BaseLoadBalancer](b, lb)
}

// NewTargetGroupBase_Override initialises t, a struct embedding
// TargetGroupBase, as a target group of the program's own: the
// AWS::ElasticLoadBalancingV2::TargetGroup that baseProps describe (health
// check, attributes, targets, VPC), with additionalProps (port, protocol,
// ...) on top. What baseProps manage stays theirs: the group writes it
// again on every change.
func NewTargetGroupBase_Override(t TargetGroupBase, scope constructs.Construct, id *string, baseProps *BaseTargetGroupProps, additionalProps interface{}) {
	g := &targetGroupBase{}
	g.init(scope, id, g)
	g.self = t
	if baseProps == nil {
		baseProps = &BaseTargetGroupProps{}
	}
	g.setBase(baseProps, additionalCfnProps[CfnTargetGroupProps](g, additionalProps))
	l2.Override[TargetGroupBase](t, g)
}

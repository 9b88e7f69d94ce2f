package awselasticloadbalancingv2

import (
	"fmt"
	"sort"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// The FromLookup functions ask the CDK CLI's load-balancer and
// load-balancer-listener context providers with aws-cdk-lib's queries, so
// the context keys (and cdk.context.json files) are the CDK CLI's. Until
// the CLI has answered, the lookup is listed in the manifest's "missing"
// list and aws-cdk-lib's dummy load balancer or listener stands in.

// BaseLoadBalancerLookupOptions say which load balancer a lookup finds.
type BaseLoadBalancerLookupOptions struct {
	// The load balancer's ARN.
	LoadBalancerArn *string `field:"optional" json:"loadBalancerArn" yaml:"loadBalancerArn"`
	// Tags the load balancer must have.
	LoadBalancerTags *map[string]*string `field:"optional" json:"loadBalancerTags" yaml:"loadBalancerTags"`
}

// ApplicationLoadBalancerLookupOptions are the options of ApplicationLoadBalancer_FromLookup.
type ApplicationLoadBalancerLookupOptions struct {
	LoadBalancerArn  *string             `field:"optional" json:"loadBalancerArn" yaml:"loadBalancerArn"`
	LoadBalancerTags *map[string]*string `field:"optional" json:"loadBalancerTags" yaml:"loadBalancerTags"`
}

// NetworkLoadBalancerLookupOptions are the options of NetworkLoadBalancer_FromLookup.
type NetworkLoadBalancerLookupOptions struct {
	LoadBalancerArn  *string             `field:"optional" json:"loadBalancerArn" yaml:"loadBalancerArn"`
	LoadBalancerTags *map[string]*string `field:"optional" json:"loadBalancerTags" yaml:"loadBalancerTags"`
}

// BaseListenerLookupOptions say which listener a lookup finds.
type BaseListenerLookupOptions struct {
	// The listener's port.
	ListenerPort *float64 `field:"optional" json:"listenerPort" yaml:"listenerPort"`
	// The ARN of the listener's load balancer.
	LoadBalancerArn *string `field:"optional" json:"loadBalancerArn" yaml:"loadBalancerArn"`
	// Tags the listener's load balancer must have.
	LoadBalancerTags *map[string]*string `field:"optional" json:"loadBalancerTags" yaml:"loadBalancerTags"`
}

// ApplicationListenerLookupOptions are the options of ApplicationListener_FromLookup.
type ApplicationListenerLookupOptions struct {
	ListenerPort     *float64            `field:"optional" json:"listenerPort" yaml:"listenerPort"`
	LoadBalancerArn  *string             `field:"optional" json:"loadBalancerArn" yaml:"loadBalancerArn"`
	LoadBalancerTags *map[string]*string `field:"optional" json:"loadBalancerTags" yaml:"loadBalancerTags"`
	// The listener's ARN.
	ListenerArn *string `field:"optional" json:"listenerArn" yaml:"listenerArn"`
	// The listener's protocol (HTTP or HTTPS).
	ListenerProtocol ApplicationProtocol `field:"optional" json:"listenerProtocol" yaml:"listenerProtocol"`
}

// NetworkListenerLookupOptions are the options of NetworkListener_FromLookup.
type NetworkListenerLookupOptions struct {
	ListenerPort     *float64            `field:"optional" json:"listenerPort" yaml:"listenerPort"`
	LoadBalancerArn  *string             `field:"optional" json:"loadBalancerArn" yaml:"loadBalancerArn"`
	LoadBalancerTags *map[string]*string `field:"optional" json:"loadBalancerTags" yaml:"loadBalancerTags"`
	// The listener's protocol (TCP, TLS, UDP or TCP_UDP).
	ListenerProtocol Protocol `field:"optional" json:"listenerProtocol" yaml:"listenerProtocol"`
}

func unresolved(s *string) bool { return s != nil && *awscdk.Token_IsUnresolved(*s) }

// lookupTags renders tags as the providers' [{key, value}] list, keys
// sorted (the order jsii hands a Go map to aws-cdk-lib in); ok is false
// when a value is a token.
func lookupTags(tags *map[string]*string) (list []interface{}, ok bool) {
	if tags == nil {
		return nil, true
	}
	keys := make([]string, 0, len(*tags))
	for k := range *tags {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	list = []interface{}{}
	for _, k := range keys {
		v := (*tags)[k]
		if unresolved(v) {
			return nil, false
		}
		tag := ojson.New()
		tag.Set("key", k)
		tag.Set("value", deref(v))
		list = append(list, tag)
	}
	return list, true
}

// lookupLoadBalancer asks the load-balancer provider for one load balancer of lbType.
func lookupLoadBalancer(scope constructs.Construct, arn *string, tags *map[string]*string, lbType string) map[string]interface{} {
	tagList, concrete := lookupTags(tags)
	if unresolved(arn) || !concrete {
		l2.Throw(scope, "All arguments to look up a load balancer must be concrete (no Tokens)")
	}
	query := ojson.New()
	if arn != nil {
		query.Set("loadBalancerArn", *arn)
	}
	if tagList != nil {
		query.Set("loadBalancerTags", tagList)
	}
	query.Set("loadBalancerType", lbType)
	dummy := map[string]interface{}{
		"ipAddressType":                     "dualstack",
		"loadBalancerArn":                   "arn:aws:elasticloadbalancing:us-west-2:123456789012:loadbalancer/" + lbType + "/my-load-balancer/50dc6c495c0c9188",
		"loadBalancerCanonicalHostedZoneId": "Z3DZXE0EXAMPLE",
		"loadBalancerDnsName":               "my-load-balancer-123456789012.us-west-2.elb.amazonaws.com",
		"securityGroupIds":                  []interface{}{"sg-1234"},
		"vpcId":                             "vpc-12345",
	}
	v := awscdk.ContextProvider_GetValue(scope, &awscdk.GetContextValueOptions{Provider: jsii.String("load-balancer"),
		Props: l2.OrderedContextProps(query), DummyValue: dummy}).Value
	return contextObject(scope, v)
}

// lookupListener asks the load-balancer-listener provider for one listener.
func lookupListener(scope constructs.Construct, listenerArn *string, port *float64, protocol string, lbArn *string, tags *map[string]*string, lbType string) map[string]interface{} {
	tagList, concrete := lookupTags(tags)
	if unresolved(lbArn) || !concrete || (port != nil && *awscdk.Token_IsUnresolved(*port)) {
		l2.Throw(scope, "All arguments to look up a load balancer listener must be concrete (no Tokens)")
	}
	query := ojson.New()
	if listenerArn != nil {
		query.Set("listenerArn", *listenerArn)
	}
	if port != nil {
		query.Set("listenerPort", *port)
	}
	if protocol != "" {
		query.Set("listenerProtocol", protocol)
	}
	if lbArn != nil {
		query.Set("loadBalancerArn", *lbArn)
	}
	if tagList != nil {
		query.Set("loadBalancerTags", tagList)
	}
	query.Set("loadBalancerType", lbType)
	dummy := map[string]interface{}{
		"listenerArn":      "arn:aws:elasticloadbalancing:us-west-2:123456789012:listener/" + lbType + "/my-load-balancer/50dc6c495c0c9188/f2f7dc8efc522ab2",
		"listenerPort":     float64(80),
		"securityGroupIds": []interface{}{"sg-123456789012"},
	}
	v := awscdk.ContextProvider_GetValue(scope, &awscdk.GetContextValueOptions{Provider: jsii.String("load-balancer-listener"),
		Props: l2.OrderedContextProps(query), DummyValue: dummy}).Value
	return contextObject(scope, v)
}

// contextObject is a provider's answer as a map; anything else means a
// stale or hand-edited cdk.context.json entry.
func contextObject(scope constructs.Construct, v interface{}) map[string]interface{} {
	switch m := v.(type) {
	case map[string]interface{}:
		return m
	case *ojson.Object:
		out := map[string]interface{}{}
		m.Range(func(k string, x interface{}) { out[k] = x })
		return out
	}
	l2.Throw(scope, "Unexpected response received from the context provider. Please clear out the context key using `cdk context --remove` and try again.")
	return nil
}

func ctxString(m map[string]interface{}, k string) *string {
	if s, ok := m[k].(string); ok {
		return &s
	}
	return nil
}

func ctxStrings(m map[string]interface{}, k string) []*string {
	var out []*string
	switch l := m[k].(type) {
	case []interface{}:
		for _, x := range l {
			if s, ok := x.(string); ok {
				out = append(out, jsii.String(s))
			}
		}
	case []string:
		for _, s := range l {
			out = append(out, jsii.String(s))
		}
	}
	return out
}

func ctxNumber(m map[string]interface{}, k string) *float64 {
	switch n := m[k].(type) {
	case float64:
		return &n
	case int:
		f := float64(n)
		return &f
	}
	return nil
}

// ipAddressTypes maps the providers' address types to the enum.
var ipAddressTypes = map[string]IpAddressType{
	"ipv4": IpAddressType_IPV4, "dualstack": IpAddressType_DUAL_STACK,
	"dualstack-without-public-ipv4": IpAddressType_DUAL_STACK_WITHOUT_PUBLIC_IPV4,
}

// ApplicationLoadBalancer_FromLookup imports an existing Application Load
// Balancer found by ARN or tags; its VPC and security groups are looked up too.
func ApplicationLoadBalancer_FromLookup(scope constructs.Construct, id *string, options *ApplicationLoadBalancerLookupOptions) IApplicationLoadBalancer {
	if options == nil {
		options = &ApplicationLoadBalancerLookupOptions{}
	}
	props := lookupLoadBalancer(scope, options.LoadBalancerArn, options.LoadBalancerTags, "application")
	arn := ctxString(props, "loadBalancerArn")
	lb := &importedALB{lookedUp: true, ipType: ipAddressTypes[deref(ctxString(props, "ipAddressType"))],
		attrs: ApplicationLoadBalancerAttributes{LoadBalancerArn: arn, LoadBalancerCanonicalHostedZoneId: ctxString(props, "loadBalancerCanonicalHostedZoneId"),
			LoadBalancerDnsName: ctxString(props, "loadBalancerDnsName")}}
	lb.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{EnvironmentFromArn: arn})
	host.Set(lb.Resource, lb)
	if arn == nil {
		l2.Throw(lb, "the load-balancer context provider returned no loadBalancerArn")
	}
	lb.attrs.Vpc = awsec2.Vpc_FromLookup(lb, jsii.String("Vpc"), &awsec2.VpcLookupOptions{VpcId: ctxString(props, "vpcId")})
	lb.connections = awsec2.NewConnections(nil)
	for _, sg := range ctxStrings(props, "securityGroupIds") {
		lb.connections.AddSecurityGroup(awsec2.SecurityGroup_FromLookupById(lb, jsii.String("SecurityGroup-"+*sg), sg))
	}
	return lb
}

// NetworkLoadBalancer_FromLookup imports an existing Network Load Balancer
// found by ARN or tags; its VPC and security groups are looked up too.
func NetworkLoadBalancer_FromLookup(scope constructs.Construct, id *string, options *NetworkLoadBalancerLookupOptions) INetworkLoadBalancer {
	if options == nil {
		options = &NetworkLoadBalancerLookupOptions{}
	}
	props := lookupLoadBalancer(scope, options.LoadBalancerArn, options.LoadBalancerTags, "network")
	arn := ctxString(props, "loadBalancerArn")
	sgIDs := ctxStrings(props, "securityGroupIds")
	ipType := ipAddressTypes[deref(ctxString(props, "ipAddressType"))]
	if ipType == IpAddressType_DUAL_STACK_WITHOUT_PUBLIC_IPV4 {
		ipType = "" // aws-cdk-lib leaves it undefined for a network load balancer
	}
	lb := &importedNLB{lookedUp: true, ipType: ipType,
		attrs: NetworkLoadBalancerAttributes{LoadBalancerArn: arn, LoadBalancerCanonicalHostedZoneId: ctxString(props, "loadBalancerCanonicalHostedZoneId"),
			LoadBalancerDnsName: ctxString(props, "loadBalancerDnsName"), LoadBalancerSecurityGroups: &sgIDs}}
	lb.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{EnvironmentFromArn: arn})
	host.Set(lb.Resource, lb)
	if arn == nil {
		l2.Throw(lb, "the load-balancer context provider returned no loadBalancerArn")
	}
	sgs := make([]awsec2.ISecurityGroup, len(sgIDs))
	for i, sg := range sgIDs {
		sgs[i] = awsec2.SecurityGroup_FromLookupById(lb, jsii.String(fmt.Sprintf("SecurityGroup-%d", i)), sg)
	}
	lb.connections = awsec2.NewConnections(&awsec2.ConnectionsProps{SecurityGroups: &sgs})
	lb.attrs.Vpc = awsec2.Vpc_FromLookup(lb, jsii.String("Vpc"), &awsec2.VpcLookupOptions{VpcId: ctxString(props, "vpcId")})
	return lb
}

// applicationListenerProtocols are the protocols the listener provider knows.
var applicationListenerProtocols = map[ApplicationProtocol]string{ApplicationProtocol_HTTP: "HTTP", ApplicationProtocol_HTTPS: "HTTPS"}

// ApplicationListener_FromLookup imports an existing listener of an
// Application Load Balancer; its security groups are looked up too.
func ApplicationListener_FromLookup(scope constructs.Construct, id *string, options *ApplicationListenerLookupOptions) IApplicationListener {
	if options == nil {
		options = &ApplicationListenerLookupOptions{}
	}
	if unresolved(options.ListenerArn) {
		l2.Throw(scope, "All arguments to look up a load balancer listener must be concrete (no Tokens)")
	}
	props := lookupListener(scope, options.ListenerArn, options.ListenerPort, applicationListenerProtocols[options.ListenerProtocol],
		options.LoadBalancerArn, options.LoadBalancerTags, "application")
	l := &importedListener{arn: ctxString(props, "listenerArn")}
	l.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(l.Resource, l)
	port := ctxNumber(props, "listenerPort")
	if l.arn == nil || port == nil {
		l2.Throw(l, "the load-balancer-listener context provider returned no listenerArn or listenerPort")
	}
	l.connections = awsec2.NewConnections(&awsec2.ConnectionsProps{DefaultPort: awsec2.Port_Tcp(port)})
	for _, sg := range ctxStrings(props, "securityGroupIds") {
		l.connections.AddSecurityGroup(awsec2.SecurityGroup_FromLookupById(l, jsii.String("SecurityGroup-"+*sg), sg))
	}
	return l
}

// NetworkListener_FromLookup imports an existing listener of a Network Load Balancer.
func NetworkListener_FromLookup(scope constructs.Construct, id *string, options *NetworkListenerLookupOptions) INetworkListener {
	if options == nil {
		options = &NetworkListenerLookupOptions{}
	}
	protocol := ""
	if p := options.ListenerProtocol; p != "" {
		if !networkProtocols[p] {
			diag.Panic("", "The protocol must be one of TCP, TLS, UDP, TCP_UDP. Found %s", p)
		}
		protocol = string(p)
	}
	props := lookupListener(scope, nil, options.ListenerPort, protocol, options.LoadBalancerArn, options.LoadBalancerTags, "network")
	l := &importedNetworkListener{arn: ctxString(props, "listenerArn")}
	l.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(l.Resource, l)
	if l.arn == nil {
		l2.Throw(l, "the load-balancer-listener context provider returned no listenerArn")
	}
	return l
}

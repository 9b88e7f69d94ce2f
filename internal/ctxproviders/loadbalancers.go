package ctxproviders

import (
	"context"
	"encoding/json"

	"github.com/aws/aws-sdk-go-v2/aws"
	elbv2 "github.com/aws/aws-sdk-go-v2/service/elasticloadbalancingv2"
	elbtypes "github.com/aws/aws-sdk-go-v2/service/elasticloadbalancingv2/types"
)

// elbv2API is the part of the Elastic Load Balancing v2 client the
// load-balancer and load-balancer-listener providers use.
type elbv2API interface {
	DescribeLoadBalancers(context.Context, *elbv2.DescribeLoadBalancersInput, ...func(*elbv2.Options)) (*elbv2.DescribeLoadBalancersOutput, error)
	DescribeListeners(context.Context, *elbv2.DescribeListenersInput, ...func(*elbv2.Options)) (*elbv2.DescribeListenersOutput, error)
	DescribeTags(context.Context, *elbv2.DescribeTagsInput, ...func(*elbv2.Options)) (*elbv2.DescribeTagsOutput, error)
}

// LoadBalancer is the value load-balancer lookups cache (the cloud assembly
// schema's LoadBalancerContextResponse), fields in the CDK CLI's order.
type LoadBalancer struct {
	LoadBalancerArn                   *string  `json:"loadBalancerArn,omitempty"`
	LoadBalancerCanonicalHostedZoneID *string  `json:"loadBalancerCanonicalHostedZoneId,omitempty"`
	LoadBalancerDNSName               *string  `json:"loadBalancerDnsName,omitempty"`
	VpcID                             *string  `json:"vpcId,omitempty"`
	SecurityGroupIDs                  []string `json:"securityGroupIds"`
	IPAddressType                     string   `json:"ipAddressType"`
}

// Listener is the value load-balancer-listener lookups cache.
type Listener struct {
	ListenerArn      *string  `json:"listenerArn,omitempty"`
	ListenerPort     *int32   `json:"listenerPort,omitempty"`
	SecurityGroupIDs []string `json:"securityGroupIds"`
}

func loadBalancer(ctx context.Context, c elbv2API, raw map[string]interface{}, fail func(string, ...interface{}) error) (interface{}, error) {
	p := props(raw)
	if p.str("loadBalancerArn") == "" && raw["loadBalancerTags"] == nil {
		return nil, fail("The load balancer lookup query must specify either `loadBalancerArn` or `loadBalancerTags`")
	}
	q := lbQuery{c: c, raw: raw, filter: raw, fail: fail}
	lb, err := q.one(ctx)
	if err != nil {
		return nil, err
	}
	// Anything but plain IPv4 (dualstack, dualstack-without-public-ipv4)
	// reads as dual stack to the construct library.
	ipType := "dualstack"
	if lb.IpAddressType == elbtypes.IpAddressTypeIpv4 {
		ipType = "ipv4"
	}
	sgs := lb.SecurityGroups
	if sgs == nil {
		sgs = []string{}
	}
	return LoadBalancer{
		LoadBalancerArn:                   lb.LoadBalancerArn,
		LoadBalancerCanonicalHostedZoneID: lb.CanonicalHostedZoneId,
		LoadBalancerDNSName:               lb.DNSName,
		VpcID:                             lb.VpcId,
		SecurityGroupIDs:                  sgs,
		IPAddressType:                     ipType,
	}, nil
}

func listener(ctx context.Context, c elbv2API, raw map[string]interface{}, fail func(string, ...interface{}) error) (interface{}, error) {
	p := props(raw)
	listenerArn := p.str("listenerArn")
	if listenerArn == "" && p.str("loadBalancerArn") == "" && raw["loadBalancerTags"] == nil {
		return nil, fail("The load balancer listener query must specify at least one of: `listenerArn`, `loadBalancerArn` or `loadBalancerTags`")
	}
	q := lbQuery{c: c, raw: raw, filter: raw, fail: fail}
	var byArn []elbtypes.Listener
	if listenerArn != "" {
		out, err := c.DescribeListeners(ctx, &elbv2.DescribeListenersInput{ListenerArns: []string{listenerArn}})
		if err != nil {
			return nil, fail("No load balancer listeners found matching arn %s", listenerArn)
		}
		// An empty answer (AWS fails instead) leaves the query to the
		// other filters, as in the CDK CLI.
		byArn = out.Listeners
	}
	if len(byArn) > 0 {
		l := byArn[0]
		// The listener names its load balancer, which the rest of the
		// query must then match.
		if arn := aws.ToString(l.LoadBalancerArn); arn != "" {
			q.filter = with(raw, "loadBalancerArn", arn)
		}
		lb, err := q.one(ctx)
		if err != nil {
			return nil, fail("No associated load balancer found for listener arn %s", listenerArn)
		}
		return newListener(l, lb), nil
	}
	lbs, err := q.matching(ctx)
	if err != nil {
		return nil, err
	}
	if len(lbs) == 0 {
		return nil, fail("No associated load balancers found for load balancer listener query %s", quoted(q.filter))
	}
	port, hasPort := number(raw["listenerPort"])
	protocol := p.str("listenerProtocol")
	var found []elbtypes.Listener
	for _, lb := range lbs {
		var marker *string
		for {
			out, err := c.DescribeListeners(ctx, &elbv2.DescribeListenersInput{LoadBalancerArn: lb.LoadBalancerArn, Marker: marker})
			if err != nil {
				return nil, err
			}
			for _, l := range out.Listeners {
				// A zero or absent port or protocol matches any, as the
				// CDK CLI tests them for truthiness.
				if hasPort && port != 0 && (l.Port == nil || float64(*l.Port) != port) {
					continue
				}
				if protocol != "" && string(l.Protocol) != protocol {
					continue
				}
				found = append(found, l)
			}
			if out.NextMarker == nil {
				break
			}
			marker = out.NextMarker
		}
	}
	switch len(found) {
	case 0:
		return nil, fail("No load balancer listeners found matching %s", quoted(q.filter))
	case 1:
	default:
		return nil, fail("Multiple load balancer listeners found matching %s - please provide more specific criteria", quoted(q.filter))
	}
	for _, lb := range lbs {
		if aws.ToString(lb.LoadBalancerArn) == aws.ToString(found[0].LoadBalancerArn) {
			return newListener(found[0], lb), nil
		}
	}
	return newListener(found[0], elbtypes.LoadBalancer{}), nil
}

func newListener(l elbtypes.Listener, lb elbtypes.LoadBalancer) Listener {
	sgs := lb.SecurityGroups
	if sgs == nil {
		sgs = []string{}
	}
	return Listener{ListenerArn: l.ListenerArn, ListenerPort: l.Port, SecurityGroupIDs: sgs}
}

// lbQuery finds the load balancers a lookup's filter (its props, with the
// load balancer's ARN once a listener has named it) matches.
type lbQuery struct {
	c      elbv2API
	raw    map[string]interface{}
	filter map[string]interface{}
	fail   func(string, ...interface{}) error
}

func (q lbQuery) one(ctx context.Context) (elbtypes.LoadBalancer, error) {
	lbs, err := q.matching(ctx)
	if err != nil {
		return elbtypes.LoadBalancer{}, err
	}
	switch len(lbs) {
	case 0:
		return elbtypes.LoadBalancer{}, q.fail("No load balancers found matching %s", quoted(q.filter))
	case 1:
		return lbs[0], nil
	}
	return elbtypes.LoadBalancer{}, q.fail("Multiple load balancers found matching %s - please provide more specific criteria", quoted(q.filter))
}

// matching lists the load balancers of the filter's type (by ARN when it
// has one), then keeps those carrying every tag asked for.
func (q lbQuery) matching(ctx context.Context) ([]elbtypes.LoadBalancer, error) {
	in := &elbv2.DescribeLoadBalancersInput{}
	if arn := props(q.filter).str("loadBalancerArn"); arn != "" {
		in.LoadBalancerArns = []string{arn}
	}
	typ, typed := q.filter["loadBalancerType"].(string)
	var lbs []elbtypes.LoadBalancer
	for {
		out, err := q.c.DescribeLoadBalancers(ctx, in)
		if err != nil {
			return nil, err
		}
		for _, lb := range out.LoadBalancers {
			// A query without a type matches nothing, as in the CDK CLI.
			if typed && string(lb.Type) == typ {
				lbs = append(lbs, lb)
			}
		}
		if out.NextMarker == nil {
			break
		}
		in.Marker = out.NextMarker
	}
	tags, ok := q.filter["loadBalancerTags"]
	if !ok || tags == nil {
		return lbs, nil
	}
	type kv struct{ key, value string }
	var want []kv
	for _, t := range list(tags) {
		m, _ := t.(map[string]interface{})
		k, _ := m["key"].(string)
		v, _ := m["value"].(string)
		want = append(want, kv{k, v})
	}
	arns := make([]string, 0, len(lbs))
	for _, lb := range lbs {
		arns = append(arns, aws.ToString(lb.LoadBalancerArn))
	}
	var out []elbtypes.LoadBalancer
	// DescribeTags takes at most 20 ARNs and does not paginate.
	for i := 0; i < len(arns); i += 20 {
		end := i + 20
		if end > len(arns) {
			end = len(arns)
		}
		res, err := q.c.DescribeTags(ctx, &elbv2.DescribeTagsInput{ResourceArns: arns[i:end]})
		if err != nil {
			return nil, err
		}
		for _, d := range res.TagDescriptions {
			all := true
			for _, w := range want {
				has := false
				for _, t := range d.Tags {
					if aws.ToString(t.Key) == w.key && aws.ToString(t.Value) == w.value {
						has = true
						break
					}
				}
				if !has {
					all = false
					break
				}
			}
			if !all {
				continue
			}
			for _, lb := range lbs {
				if aws.ToString(lb.LoadBalancerArn) == aws.ToString(d.ResourceArn) {
					out = append(out, lb)
				}
			}
		}
	}
	return out, nil
}

// with returns a copy of m with k set to v.
func with(m map[string]interface{}, k string, v interface{}) map[string]interface{} {
	c := make(map[string]interface{}, len(m)+1)
	for key, val := range m {
		c[key] = val
	}
	c[k] = v
	return c
}

// number reads a JSON number of the props.
func number(v interface{}) (float64, bool) {
	switch n := v.(type) {
	case float64:
		return n, true
	case int:
		return float64(n), true
	case json.Number:
		f, err := n.Float64()
		return f, err == nil
	}
	return 0, false
}

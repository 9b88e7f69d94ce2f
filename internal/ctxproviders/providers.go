package ctxproviders

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cloudcontrol"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	ec2types "github.com/aws/aws-sdk-go-v2/service/ec2/types"
	elbv2 "github.com/aws/aws-sdk-go-v2/service/elasticloadbalancingv2"
	"github.com/aws/aws-sdk-go-v2/service/kms"
	"github.com/aws/aws-sdk-go-v2/service/route53"
	r53types "github.com/aws/aws-sdk-go-v2/service/route53/types"
	"github.com/aws/aws-sdk-go-v2/service/ssm"
	ssmtypes "github.com/aws/aws-sdk-go-v2/service/ssm/types"
	"github.com/aws/smithy-go"
)

// Missing is one entry of a manifest's "missing" list.
type Missing struct {
	Key      string                 `json:"key"`
	Provider string                 `json:"provider"`
	Props    map[string]interface{} `json:"props"`
	// RawProps is props as the manifest wrote them, kept when a Missing is
	// read from JSON: messages quote a lookup's props in that order, as
	// the CDK CLI does, with the values of Props.
	RawProps json.RawMessage `json:"-"`
}

// UnmarshalJSON reads a manifest entry, keeping its props' raw text.
func (m *Missing) UnmarshalJSON(b []byte) error {
	type plain Missing
	if err := json.Unmarshal(b, (*plain)(m)); err != nil {
		return err
	}
	var raw struct {
		Props json.RawMessage `json:"props"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	m.RawProps = raw.Props
	return nil
}

// ConfigFunc returns the SDK configuration to look up with in a region, as
// the lookup role (already resolved) when there is one.
type ConfigFunc func(ctx context.Context, region, lookupRoleArn string) aws.Config

// Error is a provider's failure, with the CDK CLI's message.
type Error struct {
	Key, Provider, Message string
}

func (e *Error) Error() string { return e.Message }

// Provide looks up every missing value and returns them by key. The first
// lookup that fails ends it with the provider's message (*Error).
func Provide(ctx context.Context, cfg ConfigFunc, missing []Missing) (map[string]interface{}, error) {
	out := map[string]interface{}{}
	for _, m := range missing {
		v, err := provide(ctx, cfg, m)
		if err != nil {
			var pe *Error
			if !errors.As(err, &pe) {
				// An AWS error reads as the service's own message, as the
				// CDK CLI shows it.
				msg := err.Error()
				var ae smithy.APIError
				if errors.As(err, &ae) && ae.ErrorMessage() != "" {
					msg = ae.ErrorMessage()
				}
				err = &Error{Key: m.Key, Provider: m.Provider, Message: msg}
			}
			return out, err
		}
		out[m.Key] = v
	}
	return out, nil
}

// The keys of the value a failed lookup leaves for the next synth, as the
// CDK CLI writes it: the construct library reports the message as an error
// if the app still asks for that key, and the value is never saved.
const (
	ProviderErrorKey = "$providerError"
	TransientKey     = "$dontSaveContext"
)

// ProvideAll looks up every missing value as the CDK CLI does: a lookup
// that fails does not stop the others, and its value is the provider's
// message under ProviderErrorKey, marked TransientKey. An app's first pass
// can ask for lookups that only its placeholder values imply (the VPC of
// ApplicationLoadBalancer.fromLookup's dummy load balancer); once the real
// values are in, it no longer asks for them and their failure is moot.
func ProvideAll(ctx context.Context, cfg ConfigFunc, missing []Missing) map[string]interface{} {
	out := map[string]interface{}{}
	for _, m := range missing {
		v, err := Provide(ctx, cfg, []Missing{m})
		if err != nil {
			out[m.Key] = map[string]interface{}{ProviderErrorKey: err.Error(), TransientKey: true}
			continue
		}
		out[m.Key] = v[m.Key]
	}
	return out
}

func provide(ctx context.Context, cfgFor ConfigFunc, m Missing) (interface{}, error) {
	p := props(m.Props)
	fail := func(format string, a ...interface{}) error {
		for i, v := range a {
			if q, ok := v.(quoted); ok {
				a[i] = quote(q, m.RawProps)
			}
		}
		return &Error{Key: m.Key, Provider: m.Provider, Message: fmt.Sprintf(format, a...)}
	}
	cfg := cfgFor(ctx, p.str("region"), p.str("lookupRoleArn"))
	switch m.Provider {
	case "availability-zones":
		out, err := ec2.NewFromConfig(cfg).DescribeAvailabilityZones(ctx, &ec2.DescribeAvailabilityZonesInput{})
		if err != nil {
			return nil, err
		}
		azs := []string{}
		for _, z := range out.AvailabilityZones {
			if z.State == ec2types.AvailabilityZoneStateAvailable {
				azs = append(azs, aws.ToString(z.ZoneName))
			}
		}
		return azs, nil
	case "ssm":
		name := p.str("parameterName")
		if name == "" {
			return nil, fail("parameterName must be provided in props for SSMContextProviderPlugin")
		}
		out, err := ssm.NewFromConfig(cfg).GetParameter(ctx, &ssm.GetParameterInput{Name: aws.String(name)})
		var nf *ssmtypes.ParameterNotFound
		if err != nil && !errors.As(err, &nf) {
			return nil, err
		}
		if err != nil || out.Parameter == nil || out.Parameter.Value == nil {
			if dummy, ok := m.Props["dummyValue"]; ok && p.bool("ignoreErrorOnMissingContext") {
				return dummy, nil
			}
			return nil, fail("SSM parameter not available in account %s, region %s: %s", p.str("account"), p.str("region"), name)
		}
		return aws.ToString(out.Parameter.Value), nil
	case "hosted-zone":
		return hostedZone(ctx, route53.NewFromConfig(cfg), p, fail)
	case "vpc-provider":
		return vpc(ctx, ec2.NewFromConfig(cfg), m.Props, p, fail)
	case "ami":
		return ami(ctx, ec2.NewFromConfig(cfg), m.Props, fail)
	case "security-group":
		return securityGroup(ctx, ec2.NewFromConfig(cfg), m.Props, p, fail)
	case "key-provider":
		return kmsKey(ctx, kms.NewFromConfig(cfg), m.Props, p, fail)
	case "load-balancer":
		return loadBalancer(ctx, elbv2.NewFromConfig(cfg), m.Props, fail)
	case "load-balancer-listener":
		return listener(ctx, elbv2.NewFromConfig(cfg), m.Props, fail)
	case "cc-api-provider":
		return ccAPI(ctx, cloudcontrol.NewFromConfig(cfg), m.Props, rawMember(m.RawProps, "dummyValue"), fail)
	case "endpoint-service-availability-zones":
		out, err := ec2.NewFromConfig(cfg).DescribeVpcEndpointServices(ctx, &ec2.DescribeVpcEndpointServicesInput{ServiceNames: []string{p.str("serviceName")}})
		if err != nil {
			return nil, err
		}
		if len(out.ServiceDetails) == 0 {
			return []string{}, nil
		}
		azs := out.ServiceDetails[0].AvailabilityZones
		if azs == nil {
			azs = []string{}
		}
		return azs, nil
	}
	return nil, fail("Unrecognized context provider name: %s. You might need to update the toolkit to match the version of the construct library.", m.Provider)
}

type props map[string]interface{}

func (p props) str(k string) string {
	s, _ := p[k].(string)
	return s
}

func (p props) bool(k string) bool {
	b, _ := p[k].(bool)
	return b
}

// quoted is a lookup's props (or a query made from them) for an error
// message, where it reads as the CDK CLI's JSON.stringify of it.
type quoted map[string]interface{}

// quote renders q with its members in the order the manifest gave them
// (raw), values from q where they differ (a resolved lookup role), and the
// members raw lacks after them, as a JavaScript object spread would.
func quote(q quoted, raw json.RawMessage) string {
	var o Object
	if len(raw) > 0 {
		if v, err := decodeOrdered(json.NewDecoder(bytes.NewReader(raw))); err == nil {
			o, _ = v.(Object)
		}
	}
	out := Object{}
	for _, f := range o {
		v, ok := q[f.Key]
		if !ok {
			continue
		}
		if sameJSON(v, f.Value) {
			v = f.Value
		}
		out = append(out, Field{f.Key, v})
	}
	for _, k := range sortedKeys(q) {
		if _, ok := o.Get(k); !ok {
			out = append(out, Field{k, q[k]})
		}
	}
	b, _ := out.MarshalJSON()
	return string(b)
}

// rawMember is member k of the manifest's props, its objects' members in
// the manifest's order (a dummy value cached as it is), or nil.
func rawMember(raw json.RawMessage, k string) interface{} {
	if len(raw) == 0 {
		return nil
	}
	v, err := decodeOrdered(json.NewDecoder(bytes.NewReader(raw)))
	if err != nil {
		return nil
	}
	o, _ := v.(Object)
	m, _ := o.Get(k)
	return m
}

func sameJSON(a, b interface{}) bool {
	ja, err1 := json.Marshal(a)
	jb, err2 := json.Marshal(b)
	if err1 != nil || err2 != nil {
		return false
	}
	var va, vb interface{}
	_ = json.Unmarshal(ja, &va)
	_ = json.Unmarshal(jb, &vb)
	return reflect.DeepEqual(va, vb)
}

// HostedZone is the value hosted-zone lookups cache.
type HostedZone struct {
	ID   string `json:"Id"`
	Name string `json:"Name"`
}

func hostedZone(ctx context.Context, r53 *route53.Client, p props, fail func(string, ...interface{}) error) (interface{}, error) {
	domain := p.str("domainName")
	if domain == "" {
		return nil, fail("HostedZoneProvider requires domainName property to be set in [object Object]")
	}
	out, err := r53.ListHostedZonesByName(ctx, &route53.ListHostedZonesByNameInput{DNSName: aws.String(domain)})
	if err != nil {
		return nil, err
	}
	want := domain
	if !strings.HasSuffix(want, ".") {
		want += "."
	}
	var zones []r53types.HostedZone
	for _, z := range out.HostedZones {
		private := z.Config != nil && z.Config.PrivateZone
		if aws.ToString(z.Name) == want && private == p.bool("privateZone") {
			zones = append(zones, z)
		}
	}
	if vpcID := p.str("vpcId"); vpcID != "" {
		var inVPC []r53types.HostedZone
		for _, z := range zones {
			hz, err := r53.GetHostedZone(ctx, &route53.GetHostedZoneInput{Id: z.Id})
			if err != nil {
				return nil, err
			}
			for _, v := range hz.VPCs {
				if aws.ToString(v.VPCId) == vpcID {
					inVPC = append(inVPC, z)
					break
				}
			}
		}
		zones = inVPC
	}
	if len(zones) != 1 {
		found := make([]map[string]interface{}, 0, len(zones))
		for _, z := range zones {
			found = append(found, map[string]interface{}{"Id": aws.ToString(z.Id), "Name": aws.ToString(z.Name)})
		}
		b, _ := json.Marshal(found)
		vpc := p.str("vpcId")
		if vpc == "" {
			vpc = "undefined"
		}
		return nil, fail("Found zones: %s for dns:%s, privateZone:%v, vpcId:%s, but wanted exactly 1 zone", b, domain, p.bool("privateZone"), vpc)
	}
	return HostedZone{ID: aws.ToString(zones[0].Id), Name: aws.ToString(zones[0].Name)}, nil
}

func ami(ctx context.Context, c *ec2.Client, raw map[string]interface{}, fail func(string, ...interface{}) error) (interface{}, error) {
	in := &ec2.DescribeImagesInput{}
	for _, o := range list(raw["owners"]) {
		if s, ok := o.(string); ok {
			in.Owners = append(in.Owners, s)
		}
	}
	filters, _ := raw["filters"].(map[string]interface{})
	for _, k := range sortedKeys(filters) {
		var vals []string
		for _, v := range list(filters[k]) {
			if s, ok := v.(string); ok {
				vals = append(vals, s)
			}
		}
		in.Filters = append(in.Filters, ec2types.Filter{Name: aws.String(k), Values: vals})
	}
	out, err := c.DescribeImages(ctx, in)
	if err != nil {
		return nil, err
	}
	var images []ec2types.Image
	for _, i := range out.Images {
		if i.ImageId != nil {
			images = append(images, i)
		}
	}
	if len(images) == 0 {
		return nil, fail("No AMI found that matched the search criteria")
	}
	created := func(i ec2types.Image) time.Time {
		t, err := time.Parse(time.RFC3339, aws.ToString(i.CreationDate))
		if err != nil {
			return time.Unix(0, 0)
		}
		return t
	}
	sort.SliceStable(images, func(a, b int) bool { return created(images[a]).After(created(images[b])) })
	return aws.ToString(images[0].ImageId), nil
}

// SecurityGroup is the value security-group lookups cache.
type SecurityGroup struct {
	SecurityGroupID  string `json:"securityGroupId"`
	AllowAllOutbound bool   `json:"allowAllOutbound"`
}

func securityGroup(ctx context.Context, c *ec2.Client, raw map[string]interface{}, p props, fail func(string, ...interface{}) error) (interface{}, error) {
	id, name := p.str("securityGroupId"), p.str("securityGroupName")
	if id != "" && name != "" {
		return nil, fail("'securityGroupId' and 'securityGroupName' can not be specified both when looking up a security group")
	}
	if id == "" && name == "" {
		return nil, fail("'securityGroupId' or 'securityGroupName' must be specified to look up a security group")
	}
	in := &ec2.DescribeSecurityGroupsInput{}
	if id != "" {
		in.GroupIds = []string{id}
	}
	if v := p.str("vpcId"); v != "" {
		in.Filters = append(in.Filters, ec2types.Filter{Name: aws.String("vpc-id"), Values: []string{v}})
	}
	if name != "" {
		in.Filters = append(in.Filters, ec2types.Filter{Name: aws.String("group-name"), Values: []string{name}})
	}
	out, err := c.DescribeSecurityGroups(ctx, in)
	if err != nil {
		return nil, err
	}
	switch len(out.SecurityGroups) {
	case 0:
		return nil, fail("No security groups found matching %s", quoted(raw))
	case 1:
	default:
		return nil, fail("More than one security groups found matching %s", quoted(raw))
	}
	sg := out.SecurityGroups[0]
	v4, v6 := false, false
	for _, perm := range sg.IpPermissionsEgress {
		if aws.ToString(perm.IpProtocol) != "-1" {
			continue
		}
		for _, r := range perm.IpRanges {
			v4 = v4 || aws.ToString(r.CidrIp) == "0.0.0.0/0"
		}
		for _, r := range perm.Ipv6Ranges {
			v6 = v6 || aws.ToString(r.CidrIpv6) == "::/0"
		}
	}
	return SecurityGroup{SecurityGroupID: aws.ToString(sg.GroupId), AllowAllOutbound: v4 && v6}, nil
}

// Key is the value key-provider (KMS alias) lookups cache.
type Key struct {
	KeyID string `json:"keyId"`
}

func kmsKey(ctx context.Context, c *kms.Client, raw map[string]interface{}, p props, fail func(string, ...interface{}) error) (interface{}, error) {
	alias := p.str("aliasName")
	var marker *string
	for {
		out, err := c.ListAliases(ctx, &kms.ListAliasesInput{Marker: marker})
		if err != nil {
			return nil, err
		}
		for _, a := range out.Aliases {
			if aws.ToString(a.AliasName) == alias {
				if a.TargetKeyId == nil {
					return nil, fail("Could not find any key with alias named %s", alias)
				}
				return Key{KeyID: aws.ToString(a.TargetKeyId)}, nil
			}
		}
		if out.NextMarker == nil || !out.Truncated {
			break
		}
		marker = out.NextMarker
	}
	if dummy, ok := raw["dummyValue"].(map[string]interface{}); ok && p.bool("ignoreErrorOnMissingContext") {
		if id, ok := dummy["keyId"].(string); ok {
			return Key{KeyID: id}, nil
		}
	}
	return nil, fail("Could not find any key with alias named %s", alias)
}

func list(v interface{}) []interface{} {
	l, _ := v.([]interface{})
	return l
}

func sortedKeys(m map[string]interface{}) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

package ctxproviders

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	ec2types "github.com/aws/aws-sdk-go-v2/service/ec2/types"
	elbv2 "github.com/aws/aws-sdk-go-v2/service/elasticloadbalancingv2"
	elbtypes "github.com/aws/aws-sdk-go-v2/service/elasticloadbalancingv2/types"
)

type lookupCase struct {
	name    string
	missing Missing
	want    string // JSON of the value
	err     string // or a part of the error
}

func runLookupCases(t *testing.T, cfgFor ConfigFunc, cases []lookupCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := Provide(context.Background(), cfgFor, []Missing{c.missing})
			if c.err != "" {
				if err == nil || !strings.Contains(err.Error(), c.err) {
					t.Fatalf("error %v, want %q", err, c.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			// As the CLI writes cdk.context.json: no HTML escaping.
			var buf strings.Builder
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			if err := enc.Encode(got[c.missing.Key]); err != nil {
				t.Fatal(err)
			}
			if b := strings.TrimSuffix(buf.String(), "\n"); b != c.want {
				t.Errorf("value\n %s\nwant\n %s", b, c.want)
			}
		})
	}
}

// lookupProps are a lookup's props as aws-cdk-lib writes them: the
// environment, the lookup role, and the query.
func lookupProps(query map[string]interface{}) map[string]interface{} {
	m := map[string]interface{}{"account": "123456789012", "region": "us-east-1",
		"lookupRoleArn": "arn:aws:iam::123456789012:role/cdk-hnb659fds-lookup-role-123456789012-us-east-1"}
	for k, v := range query {
		m[k] = v
	}
	return m
}

func tags(kv ...string) []interface{} {
	var l []interface{}
	for i := 0; i+1 < len(kv); i += 2 {
		l = append(l, map[string]interface{}{"key": kv[i], "value": kv[i+1]})
	}
	return l
}

// load-balancer and load-balancer-listener lookups against moto's ELBv2:
// the values ApplicationLoadBalancer/NetworkLoadBalancer.fromLookup and
// ApplicationListener/NetworkListener.fromLookup read, and the CDK CLI's
// messages when nothing or several match.
func TestLoadBalancerLookupsAgainstMoto(t *testing.T) {
	endpoint := startMoto(t)
	ctx := context.Background()
	cfg := aws.Config{Region: "us-east-1", BaseEndpoint: aws.String(endpoint),
		Credentials: credentials.NewStaticCredentialsProvider("testing", "testing", "")}
	cfgFor := func(ctx context.Context, region, role string) aws.Config { return cfg }

	e := ec2.NewFromConfig(cfg)
	vpcs, err := e.DescribeVpcs(ctx, &ec2.DescribeVpcsInput{})
	if err != nil || len(vpcs.Vpcs) == 0 {
		t.Fatalf("moto's default VPC: %v", err)
	}
	vpcID := aws.ToString(vpcs.Vpcs[0].VpcId)
	sn, err := e.DescribeSubnets(ctx, &ec2.DescribeSubnetsInput{Filters: []ec2types.Filter{{Name: aws.String("vpc-id"), Values: []string{vpcID}}}})
	if err != nil || len(sn.Subnets) < 2 {
		t.Fatalf("moto's default subnets: %v", err)
	}
	subnets := []string{aws.ToString(sn.Subnets[0].SubnetId), aws.ToString(sn.Subnets[1].SubnetId)}
	sg, err := e.CreateSecurityGroup(ctx, &ec2.CreateSecurityGroupInput{GroupName: aws.String("alb"), Description: aws.String("alb"), VpcId: aws.String(vpcID)})
	if err != nil {
		t.Fatal(err)
	}
	sgID := aws.ToString(sg.GroupId)

	elb := elbv2.NewFromConfig(cfg)
	newLB := func(name string, typ elbtypes.LoadBalancerTypeEnum, kv ...string) elbtypes.LoadBalancer {
		in := &elbv2.CreateLoadBalancerInput{Name: aws.String(name), Subnets: subnets, Type: typ}
		if typ == elbtypes.LoadBalancerTypeEnumApplication {
			in.SecurityGroups = []string{sgID}
		}
		for i := 0; i+1 < len(kv); i += 2 {
			in.Tags = append(in.Tags, elbtypes.Tag{Key: aws.String(kv[i]), Value: aws.String(kv[i+1])})
		}
		out, err := elb.CreateLoadBalancer(ctx, in)
		if err != nil {
			t.Fatal(err)
		}
		return out.LoadBalancers[0]
	}
	web := newLB("web", elbtypes.LoadBalancerTypeEnumApplication, "app", "web", "env", "prod")
	other := newLB("other", elbtypes.LoadBalancerTypeEnumApplication, "app", "web", "env", "dev")
	nlb := newLB("net", elbtypes.LoadBalancerTypeEnumNetwork, "app", "net")
	newListener := func(lb elbtypes.LoadBalancer, port int32, proto elbtypes.ProtocolEnum) string {
		out, err := elb.CreateListener(ctx, &elbv2.CreateListenerInput{LoadBalancerArn: lb.LoadBalancerArn, Port: aws.Int32(port), Protocol: proto,
			DefaultActions: []elbtypes.Action{{Type: elbtypes.ActionTypeEnumFixedResponse, FixedResponseConfig: &elbtypes.FixedResponseActionConfig{StatusCode: aws.String("200")}}}})
		if err != nil {
			t.Fatal(err)
		}
		return aws.ToString(out.Listeners[0].ListenerArn)
	}
	web80 := newListener(web, 80, elbtypes.ProtocolEnumHttp)
	web8080 := newListener(web, 8080, elbtypes.ProtocolEnumHttp)
	newListener(other, 80, elbtypes.ProtocolEnumHttp)

	lbValue := func(lb elbtypes.LoadBalancer, sgs string) string {
		return fmt.Sprintf(`{"loadBalancerArn":%q,"loadBalancerCanonicalHostedZoneId":%q,"loadBalancerDnsName":%q,"vpcId":%q,"securityGroupIds":%s,"ipAddressType":"ipv4"}`,
			aws.ToString(lb.LoadBalancerArn), aws.ToString(lb.CanonicalHostedZoneId), aws.ToString(lb.DNSName), vpcID, sgs)
	}
	lb := func(q map[string]interface{}) Missing {
		return Missing{Key: "lb", Provider: "load-balancer", Props: lookupProps(q)}
	}
	ln := func(q map[string]interface{}) Missing {
		return Missing{Key: "l", Provider: "load-balancer-listener", Props: lookupProps(q)}
	}
	app, net := "application", "network"
	runLookupCases(t, cfgFor, []lookupCase{
		{name: "ALB by tags", missing: lb(map[string]interface{}{"loadBalancerType": app, "loadBalancerTags": tags("app", "web", "env", "prod")}),
			want: lbValue(web, fmt.Sprintf("[%q]", sgID))},
		{name: "ALB by ARN", missing: lb(map[string]interface{}{"loadBalancerType": app, "loadBalancerArn": aws.ToString(other.LoadBalancerArn)}),
			want: lbValue(other, fmt.Sprintf("[%q]", sgID))},
		{name: "NLB by tags, no security groups", missing: lb(map[string]interface{}{"loadBalancerType": net, "loadBalancerTags": tags("app", "net")}),
			want: lbValue(nlb, "[]")},
		{name: "ALB by tags, several", missing: lb(map[string]interface{}{"loadBalancerType": app, "loadBalancerTags": tags("app", "web")}),
			err: `Multiple load balancers found matching {"account":"123456789012","loadBalancerTags":[{"key":"app","value":"web"}],"loadBalancerType":"application",`},
		{name: "ALB by tags, none", missing: lb(map[string]interface{}{"loadBalancerType": app, "loadBalancerTags": tags("app", "nope")}),
			err: `No load balancers found matching {"account":"123456789012","loadBalancerTags":[{"key":"app","value":"nope"}],"loadBalancerType":"application",`},
		{name: "NLB's ARN asked as an ALB", missing: lb(map[string]interface{}{"loadBalancerType": app, "loadBalancerArn": aws.ToString(nlb.LoadBalancerArn)}),
			err: `No load balancers found matching {"account":"123456789012","loadBalancerArn":`},
		{name: "load balancer without a filter", missing: lb(map[string]interface{}{"loadBalancerType": app}),
			err: "The load balancer lookup query must specify either `loadBalancerArn` or `loadBalancerTags`"},

		{name: "listener by tags and port", missing: ln(map[string]interface{}{"loadBalancerType": app, "loadBalancerTags": tags("app", "web", "env", "prod"), "listenerPort": 8080.0}),
			want: fmt.Sprintf(`{"listenerArn":%q,"listenerPort":8080,"securityGroupIds":[%q]}`, web8080, sgID)},
		{name: "listener by tags, port and protocol", missing: ln(map[string]interface{}{"loadBalancerType": app, "loadBalancerTags": tags("env", "prod"), "listenerPort": 80.0, "listenerProtocol": "HTTP"}),
			want: fmt.Sprintf(`{"listenerArn":%q,"listenerPort":80,"securityGroupIds":[%q]}`, web80, sgID)},
		{name: "listener by ARN", missing: ln(map[string]interface{}{"loadBalancerType": app, "listenerArn": web80}),
			want: fmt.Sprintf(`{"listenerArn":%q,"listenerPort":80,"securityGroupIds":[%q]}`, web80, sgID)},
		{name: "listener over several load balancers", missing: ln(map[string]interface{}{"loadBalancerType": app, "loadBalancerTags": tags("app", "web"), "listenerPort": 80.0}),
			err: `Multiple load balancer listeners found matching {"account":"123456789012","listenerPort":80,`},
		{name: "listener, several on one load balancer", missing: ln(map[string]interface{}{"loadBalancerType": app, "loadBalancerArn": aws.ToString(web.LoadBalancerArn)}),
			err: "Multiple load balancer listeners found matching "},
		{name: "listener, wrong protocol", missing: ln(map[string]interface{}{"loadBalancerType": app, "loadBalancerTags": tags("env", "prod"), "listenerPort": 80.0, "listenerProtocol": "HTTPS"}),
			err: `No load balancer listeners found matching {"account":"123456789012","listenerPort":80,"listenerProtocol":"HTTPS",`},
		{name: "listener, no load balancer", missing: ln(map[string]interface{}{"loadBalancerType": app, "loadBalancerTags": tags("app", "nope")}),
			err: `No associated load balancers found for load balancer listener query {"account":"123456789012","loadBalancerTags":[{"key":"app","value":"nope"}],`},
		{name: "listener ARN unknown", missing: ln(map[string]interface{}{"loadBalancerType": app, "listenerArn": web80 + "0"}),
			err: "No load balancer listeners found matching arn " + web80 + "0"},
		{name: "listener ARN of another type", missing: ln(map[string]interface{}{"loadBalancerType": net, "listenerArn": web80}),
			err: "No associated load balancer found for listener arn " + web80},
		{name: "listener without a filter", missing: ln(map[string]interface{}{"loadBalancerType": app}),
			err: "The load balancer listener query must specify at least one of: `listenerArn`, `loadBalancerArn` or `loadBalancerTags`"},
	})

	// The CDK CLI's own messages for the same lookups, read from the
	// manifest aws-cdk-lib wrote: props quoted in the manifest's order.
	t.Run("messages as the CDK CLI prints them", func(t *testing.T) {
		b, err := os.ReadFile("testdata/messages/missing.json")
		if err != nil {
			t.Fatal(err)
		}
		var missing []Missing
		if err := json.Unmarshal(b, &missing); err != nil {
			t.Fatal(err)
		}
		for _, m := range missing {
			// The CLI resolves the lookup role before asking.
			arn := m.Props["lookupRoleArn"].(string)
			m.Props["lookupRoleArn"] = strings.ReplaceAll(arn, "${AWS::Partition}", "aws")
		}
		got := ProvideAll(ctx, cfgFor, missing)
		b, err = os.ReadFile("testdata/messages/cdk-cli-errors.txt")
		if err != nil {
			t.Fatal(err)
		}
		want := strings.Split(strings.TrimSpace(string(b)), "\n")
		if len(want) != len(missing) {
			t.Fatalf("%d messages for %d lookups", len(want), len(missing))
		}
		for i, m := range missing {
			v, _ := got[m.Key].(map[string]interface{})
			if v[TransientKey] != true || v[ProviderErrorKey] != want[i] {
				t.Errorf("%s:\n got %v\nwant %s", m.Key, got[m.Key], want[i])
			}
		}
	})
}

// fakeCloudControl serves GetResource and ListResources in the Cloud
// Control API's JSON protocol (moto has no Cloud Control), so the real SDK
// client, its errors included, is what the provider talks to.
func fakeCloudControl(t *testing.T, resources map[string][][2]string, pageSize int) (ConfigFunc, *[]map[string]interface{}) {
	var calls []map[string]interface{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		var in map[string]interface{}
		_ = json.Unmarshal(body, &in)
		op := strings.TrimPrefix(r.Header.Get("X-Amz-Target"), "CloudApiService.")
		in["op"] = op
		calls = append(calls, in)
		w.Header().Set("Content-Type", "application/x-amz-json-1.0")
		typ, _ := in["TypeName"].(string)
		list := resources[typ]
		desc := func(r [2]string) map[string]interface{} {
			return map[string]interface{}{"Identifier": r[0], "Properties": r[1]}
		}
		switch op {
		case "GetResource":
			for _, res := range list {
				if res[0] == in["Identifier"] {
					_ = json.NewEncoder(w).Encode(map[string]interface{}{"TypeName": typ, "ResourceDescription": desc(res)})
					return
				}
			}
			if typ == "AWS::Broken::Thing" {
				w.WriteHeader(400)
				_, _ = io.WriteString(w, `{"__type":"com.amazon.cloudapiservice#TypeNotFoundException","Message":"The type AWS::Broken::Thing cannot be found."}`)
				return
			}
			w.WriteHeader(400)
			_, _ = io.WriteString(w, fmt.Sprintf(`{"__type":"com.amazon.cloudapiservice#ResourceNotFoundException","Message":"%s not found"}`, in["Identifier"]))
		case "ListResources":
			start := 0
			if tok, ok := in["NextToken"].(string); ok {
				fmt.Sscan(tok, &start)
			}
			end := start + pageSize
			if end > len(list) {
				end = len(list)
			}
			out := map[string]interface{}{"TypeName": typ}
			var descs []interface{}
			for _, res := range list[start:end] {
				descs = append(descs, desc(res))
			}
			out["ResourceDescriptions"] = descs
			if end < len(list) {
				out["NextToken"] = fmt.Sprint(end)
			}
			_ = json.NewEncoder(w).Encode(out)
		default:
			w.WriteHeader(400)
		}
	}))
	t.Cleanup(srv.Close)
	cfg := aws.Config{Region: "us-east-1", BaseEndpoint: aws.String(srv.URL),
		Credentials: credentials.NewStaticCredentialsProvider("testing", "testing", "")}
	return func(ctx context.Context, region, role string) aws.Config { return cfg }, &calls
}

// cc-api-provider lookups (DatabaseInstance.fromLookup,
// DatabaseCluster.fromLookup and any Cloud Control query) against a fake
// Cloud Control endpoint: properties by dotted path in the order asked,
// then Identifier; the CDK CLI's protocol errors and match-count errors.
func TestCloudControlLookups(t *testing.T) {
	const db1 = `{"DBInstanceIdentifier":"db1","DBInstanceArn":"arn:aws:rds:us-east-1:123456789012:db:db1","Endpoint":{"Port":"5432","Address":"db1.x.us-east-1.rds.amazonaws.com","HostedZoneId":"Z2R2ITUGPM61AM"},"DbiResourceId":"db-ABC","VPCSecurityGroups":["sg-1","sg-2"],"Engine":"postgres","AllocatedStorage":"20","MultiAZ":false,"Tags":[{"Key":"env","Value":"<prod>"}]}`
	const db2 = `{"DBInstanceIdentifier":"db2","DBInstanceArn":"arn:aws:rds:us-east-1:123456789012:db:db2","Endpoint":{"Address":"db2.x","Port":"3306"},"DbiResourceId":"db-DEF","VPCSecurityGroups":[],"Engine":"mysql","MultiAZ":true}`
	const db3 = `{"DBInstanceIdentifier":"db3","DBInstanceArn":"arn3","Endpoint":{"Address":"db3.x","Port":"3306"},"DbiResourceId":"db-GHI","VPCSecurityGroups":[],"Engine":"mysql","MultiAZ":true}`
	cfgFor, calls := fakeCloudControl(t, map[string][][2]string{
		"AWS::RDS::DBInstance": {{"db1", db1}, {"db2", db2}, {"db3", db3}},
		"AWS::RDS::DBCluster":  {{"c1", `{"Engine":"aurora-mysql","Port":3306}`}, {"c2", `{"Engine":"aurora-mysql","Port":3306}`}, {"c3", `{"Engine":"aurora-mysql","Port":3307}`}},
	}, 2)
	instanceProps := []interface{}{"DBInstanceArn", "Endpoint.Address", "Endpoint.Port", "DbiResourceId", "DBSecurityGroups", "VPCSecurityGroups"}
	cc := func(q map[string]interface{}) Missing {
		return Missing{Key: "cc", Provider: "cc-api-provider", Props: lookupProps(q)}
	}
	dummy := []interface{}{map[string]interface{}{"Identifier": "TEST", "DBInstanceArn": "TESTARN"}}
	runLookupCases(t, cfgFor, []lookupCase{
		{name: "DatabaseInstance.fromLookup", missing: cc(map[string]interface{}{"typeName": "AWS::RDS::DBInstance", "exactIdentifier": "db1",
			"propertiesToReturn": []interface{}{"DBInstanceArn", "Endpoint.Address", "Endpoint.Port", "DbiResourceId", "VPCSecurityGroups"}}),
			want: `[{"DBInstanceArn":"arn:aws:rds:us-east-1:123456789012:db:db1","Endpoint.Address":"db1.x.us-east-1.rds.amazonaws.com","Endpoint.Port":"5432","DbiResourceId":"db-ABC","VPCSecurityGroups":["sg-1","sg-2"],"Identifier":"db1"}]`},
		{name: "a property that is an object keeps Cloud Control's order", missing: cc(map[string]interface{}{"typeName": "AWS::RDS::DBInstance", "exactIdentifier": "db1",
			"propertiesToReturn": []interface{}{"Endpoint", "Tags"}}),
			want: `[{"Endpoint":{"Port":"5432","Address":"db1.x.us-east-1.rds.amazonaws.com","HostedZoneId":"Z2R2ITUGPM61AM"},"Tags":[{"Key":"env","Value":"<prod>"}],"Identifier":"db1"}]`},
		{name: "a property the resource lacks", missing: cc(map[string]interface{}{"typeName": "AWS::RDS::DBInstance", "exactIdentifier": "db1", "propertiesToReturn": instanceProps}),
			err: "Cannot read field DBSecurityGroups. DBSecurityGroups is not found."},
		{name: "no such identifier", missing: cc(map[string]interface{}{"typeName": "AWS::RDS::DBInstance", "exactIdentifier": "nope", "propertiesToReturn": instanceProps}),
			err: "No resource of type AWS::RDS::DBInstance with identifier: nope"},
		{name: "no such identifier, dummy allowed", missing: cc(map[string]interface{}{"typeName": "AWS::RDS::DBInstance", "exactIdentifier": "nope", "propertiesToReturn": instanceProps,
			"ignoreErrorOnMissingContext": true, "dummyValue": dummy}),
			want: `[{"DBInstanceArn":"TESTARN","Identifier":"TEST"}]`},
		{name: "other API errors", missing: cc(map[string]interface{}{"typeName": "AWS::Broken::Thing", "exactIdentifier": "x", "propertiesToReturn": instanceProps}),
			err: "Encountered CC API error while getting AWS::Broken::Thing resource x\nThe type AWS::Broken::Thing cannot be found."},
		{name: "propertyMatch over pages", missing: cc(map[string]interface{}{"typeName": "AWS::RDS::DBInstance", "propertyMatch": map[string]interface{}{"Engine": "mysql", "MultiAZ": true},
			"propertiesToReturn": []interface{}{"Endpoint.Address"}}),
			want: `[{"Endpoint.Address":"db2.x","Identifier":"db2"},{"Endpoint.Address":"db3.x","Identifier":"db3"}]`},
		{name: "propertyMatch, none, any number", missing: cc(map[string]interface{}{"typeName": "AWS::RDS::DBInstance", "propertyMatch": map[string]interface{}{"Engine": "oracle"},
			"expectedMatchCount": "any", "propertiesToReturn": []interface{}{"Endpoint.Address"}}),
			want: `[]`},
		{name: "propertyMatch, none, exactly one", missing: cc(map[string]interface{}{"typeName": "AWS::RDS::DBInstance", "propertyMatch": map[string]interface{}{"Engine": "oracle"},
			"expectedMatchCount": "exactly-one", "propertiesToReturn": []interface{}{"Endpoint.Address"}}),
			err: `Could not find any resources matching {"Engine":"oracle"}; expected exactly one.`},
		{name: "propertyMatch, none, dummy allowed", missing: cc(map[string]interface{}{"typeName": "AWS::RDS::DBInstance", "propertyMatch": map[string]interface{}{"Engine": "oracle"},
			"expectedMatchCount": "at-least-one", "propertiesToReturn": []interface{}{"Endpoint.Address"}, "ignoreErrorOnMissingContext": true, "dummyValue": dummy}),
			want: `[{"DBInstanceArn":"TESTARN","Identifier":"TEST"}]`},
		{name: "propertyMatch, too many on the first page", missing: cc(map[string]interface{}{"typeName": "AWS::RDS::DBInstance", "propertyMatch": map[string]interface{}{"Engine": "mysql"},
			"expectedMatchCount": "at-most-one", "propertiesToReturn": []interface{}{"Endpoint.Address"}}),
			err: `Found 2 resources matching {"Engine":"mysql"}; expected at most one. Please narrow the search criteria`},
		{name: "propertyMatch, too many with more pages", missing: cc(map[string]interface{}{"typeName": "AWS::RDS::DBCluster", "propertyMatch": map[string]interface{}{"Engine": "aurora-mysql"},
			"expectedMatchCount": "exactly-one", "propertiesToReturn": []interface{}{"Port"}}),
			err: `Found at least 2 resources matching {"Engine":"aurora-mysql"}; expected exactly one. Please narrow the search criteria`},
		{name: "propertyMatch on a number", missing: cc(map[string]interface{}{"typeName": "AWS::RDS::DBCluster", "propertyMatch": map[string]interface{}{"Port": 3307.0},
			"expectedMatchCount": "exactly-one", "propertiesToReturn": []interface{}{"Port"}, "resourceModel": map[string]interface{}{"Engine": "aurora-mysql"}}),
			want: `[{"Port":3307,"Identifier":"c3"}]`},
		{name: "propertyMatch, exactly one over pages", missing: cc(map[string]interface{}{"typeName": "AWS::RDS::DBInstance", "propertyMatch": map[string]interface{}{"DBInstanceIdentifier": "db1"},
			"expectedMatchCount": "exactly-one", "propertiesToReturn": []interface{}{"Endpoint.Address"}}),
			want: `[{"Endpoint.Address":"db1.x.us-east-1.rds.amazonaws.com","Identifier":"db1"}]`},
		{name: "propertyMatch on a property some resource lacks", missing: cc(map[string]interface{}{"typeName": "AWS::RDS::DBInstance", "propertyMatch": map[string]interface{}{"AllocatedStorage": "20"},
			"propertiesToReturn": []interface{}{"Endpoint.Address"}}),
			err: "Encountered CC API error while listing AWS::RDS::DBInstance resources matching {\"AllocatedStorage\":\"20\"}\nCannot read field AllocatedStorage. AllocatedStorage is not found."},
		{name: "both queries", missing: cc(map[string]interface{}{"typeName": "AWS::RDS::DBInstance", "exactIdentifier": "db1", "propertyMatch": map[string]interface{}{}}),
			err: "Provider protocol error: specify either exactIdentifier or propertyMatch, but not both (got {"},
		{name: "neither query", missing: cc(map[string]interface{}{"typeName": "AWS::RDS::DBInstance"}),
			err: "Provider protocol error: neither exactIdentifier nor propertyMatch is specified in {"},
		{name: "ignoring errors needs a dummy", missing: cc(map[string]interface{}{"typeName": "AWS::RDS::DBInstance", "exactIdentifier": "db1", "ignoreErrorOnMissingContext": true}),
			err: "Provider protocol error: if ignoreErrorOnMissingContext is set, a dummyValue must be supplied (got {"},
		{name: "the dummy is a list of objects", missing: cc(map[string]interface{}{"typeName": "AWS::RDS::DBInstance", "exactIdentifier": "db1", "dummyValue": map[string]interface{}{"a": 1.0}}),
			err: `Provider protocol error: dummyValue must be an array of objects (got {"a":1})`},
	})
	// A dummy value read from a manifest is cached in its order.
	var fromManifest Missing
	if err := json.Unmarshal([]byte(`{"key":"cc","provider":"cc-api-provider","props":{"dummyValue":[{"Identifier":"TEST","DBInstanceArn":"TESTARN"}],"account":"123456789012","region":"us-east-1","typeName":"AWS::RDS::DBInstance","exactIdentifier":"nope","propertiesToReturn":["DBInstanceArn"],"ignoreErrorOnMissingContext":true}}`), &fromManifest); err != nil {
		t.Fatal(err)
	}
	got, err := Provide(context.Background(), cfgFor, []Missing{fromManifest})
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := json.Marshal(got["cc"]); string(b) != `[{"Identifier":"TEST","DBInstanceArn":"TESTARN"}]` {
		t.Errorf("dummy value %s", b)
	}

	// The list asks for 100 a page, with the resource model when given.
	models := 0
	for _, c := range *calls {
		if c["op"] == "ListResources" && c["MaxResults"] != 100.0 {
			t.Errorf("ListResources asked for %v a page", c["MaxResults"])
		}
		if m, ok := c["ResourceModel"]; ok {
			models++
			if m != `{"Engine":"aurora-mysql"}` {
				t.Errorf("ResourceModel %v", m)
			}
		}
	}
	if models == 0 {
		t.Error("the resource model was not sent")
	}
}

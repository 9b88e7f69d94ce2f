package ctxproviders

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/aws/aws-sdk-go-v2/service/kms"
)

func startMoto(t *testing.T) string {
	t.Helper()
	bin, err := exec.LookPath("moto_server")
	if err != nil {
		t.Skip("moto_server not installed")
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	cmd := exec.Command(bin, "-H", "127.0.0.1", "-p", fmt.Sprint(port))
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGTERM)
		_, _ = cmd.Process.Wait()
	})
	u := fmt.Sprintf("http://127.0.0.1:%d", port)
	for deadline := time.Now().Add(30 * time.Second); ; {
		if resp, err := http.Get(u + "/moto-api/"); err == nil {
			resp.Body.Close()
			return u
		}
		if time.Now().After(deadline) {
			t.Fatal("moto_server did not start")
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// The providers the CLI testscript does not reach (AMIs, security groups,
// KMS aliases) and the errors of all, against moto: values in the CDK
// CLI's shapes, failures with its messages.
func TestProvidersAgainstMoto(t *testing.T) {
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
	sg, err := e.CreateSecurityGroup(ctx, &ec2.CreateSecurityGroupInput{GroupName: aws.String("web"), Description: aws.String("web"), VpcId: aws.String(vpcID)})
	if err != nil {
		t.Fatal(err)
	}
	images, err := e.DescribeImages(ctx, &ec2.DescribeImagesInput{Owners: []string{"amazon"}})
	if err != nil || len(images.Images) == 0 {
		t.Fatalf("moto's AMIs: %v", err)
	}
	amiName := aws.ToString(images.Images[0].Name)
	k := kms.NewFromConfig(cfg)
	key, err := k.CreateKey(ctx, &kms.CreateKeyInput{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := k.CreateAlias(ctx, &kms.CreateAliasInput{AliasName: aws.String("alias/strata"), TargetKeyId: key.KeyMetadata.KeyId}); err != nil {
		t.Fatal(err)
	}

	env := map[string]interface{}{"account": "123456789012", "region": "us-east-1"}
	with := func(extra map[string]interface{}) map[string]interface{} {
		m := map[string]interface{}{}
		for k, v := range env {
			m[k] = v
		}
		for k, v := range extra {
			m[k] = v
		}
		return m
	}
	cases := []struct {
		name     string
		missing  Missing
		want     string // JSON of the value
		contains string // or a part of it
		err      string
	}{
		{name: "security group by name", missing: Missing{Key: "sg", Provider: "security-group", Props: with(map[string]interface{}{"securityGroupName": "web", "vpcId": vpcID})},
			// moto's default egress rule is IPv4 only; all outbound needs ::/0 too.
			want: fmt.Sprintf(`{"securityGroupId":%q,"allowAllOutbound":false}`, aws.ToString(sg.GroupId))},
		{name: "security group missing", missing: Missing{Key: "sg", Provider: "security-group", Props: with(map[string]interface{}{"securityGroupId": "sg-00000000"})},
			err: "The security group '{'sg-00000000'}' does not exist"},
		{name: "security group by name missing", missing: Missing{Key: "sg", Provider: "security-group", Props: with(map[string]interface{}{"securityGroupName": "nope"})},
			err: `No security groups found matching {"account":"123456789012","region":"us-east-1","securityGroupName":"nope"}`},
		{name: "security group needs a filter", missing: Missing{Key: "sg", Provider: "security-group", Props: with(nil)},
			err: "'securityGroupId' or 'securityGroupName' must be specified to look up a security group"},
		{name: "AMI", missing: Missing{Key: "ami", Provider: "ami", Props: with(map[string]interface{}{"owners": []interface{}{"amazon"}, "filters": map[string]interface{}{"name": []interface{}{amiName}}})},
			contains: `"ami-`},
		{name: "AMI missing", missing: Missing{Key: "ami", Provider: "ami", Props: with(map[string]interface{}{"filters": map[string]interface{}{"name": []interface{}{"nothing-like-this"}}})},
			err: "No AMI found that matched the search criteria"},
		{name: "KMS alias", missing: Missing{Key: "key", Provider: "key-provider", Props: with(map[string]interface{}{"aliasName": "alias/strata"})},
			want: fmt.Sprintf(`{"keyId":%q}`, aws.ToString(key.KeyMetadata.KeyId))},
		{name: "KMS alias missing", missing: Missing{Key: "key", Provider: "key-provider", Props: with(map[string]interface{}{"aliasName": "alias/nope"})},
			err: "Could not find any key with alias named alias/nope"},
		{name: "KMS alias missing, dummy allowed", missing: Missing{Key: "key", Provider: "key-provider", Props: with(map[string]interface{}{"aliasName": "alias/nope", "ignoreErrorOnMissingContext": true, "dummyValue": map[string]interface{}{"keyId": "1234abcd"}})},
			want: `{"keyId":"1234abcd"}`},
		{name: "SSM missing, dummy allowed", missing: Missing{Key: "p", Provider: "ssm", Props: with(map[string]interface{}{"parameterName": "/nope", "ignoreErrorOnMissingContext": true, "dummyValue": "dummy"})},
			want: `"dummy"`},
		{name: "VPC missing", missing: Missing{Key: "v", Provider: "vpc-provider", Props: with(map[string]interface{}{"filter": map[string]interface{}{"vpc-id": "vpc-00000000"}})},
			err: `Could not find any VPCs matching {"account":"123456789012","filter":{"vpc-id":"vpc-00000000"},"region":"us-east-1"}`},
		{name: "VPC, symmetric", missing: Missing{Key: "v", Provider: "vpc-provider", Props: with(map[string]interface{}{"filter": map[string]interface{}{"isDefault": "true"}})},
			contains: `"availabilityZones":["us-east-1a","us-east-1b","us-east-1c","us-east-1d","us-east-1e","us-east-1f"],"publicSubnetIds":["subnet-`},
		{name: "hosted zone missing", missing: Missing{Key: "z", Provider: "hosted-zone", Props: with(map[string]interface{}{"domainName": "nope.example"})},
			err: "Found zones: [] for dns:nope.example, privateZone:false, vpcId:undefined, but wanted exactly 1 zone"},
		{name: "endpoint service AZs", missing: Missing{Key: "e", Provider: "endpoint-service-availability-zones", Props: with(map[string]interface{}{"serviceName": "com.amazonaws.us-east-1.s3"})},
			contains: `"us-east-1a"`},
		{name: "endpoint service AZs, unknown service", missing: Missing{Key: "e", Provider: "endpoint-service-availability-zones", Props: with(map[string]interface{}{"serviceName": "com.example.nothing"})},
			err: "The Vpc Endpoint Service 'com.example.nothing' does not exist"},
		{name: "unknown provider", missing: Missing{Key: "x", Provider: "crystal-ball", Props: with(nil)},
			err: "Unrecognized context provider name: crystal-ball."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := Provide(ctx, cfgFor, []Missing{c.missing})
			if c.err != "" {
				if err == nil || !strings.Contains(err.Error(), c.err) {
					t.Fatalf("error %v, want %q", err, c.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			b, _ := json.Marshal(got[c.missing.Key])
			if c.want != "" && string(b) != c.want {
				t.Errorf("value %s, want %s", b, c.want)
			}
			if c.contains != "" && !strings.Contains(string(b), c.contains) {
				t.Errorf("value %s lacks %s", b, c.contains)
			}
		})
	}
}

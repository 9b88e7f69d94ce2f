package awselasticloadbalancing_test

import (
	"fmt"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	elb "github.com/strata-cdk/strata/awscdk/awselasticloadbalancing"
	"github.com/strata-cdk/strata/jsii"
)

func out(s awscdk.Stack, id string, v *string) {
	awscdk.NewCfnOutput(s, jsii.String(id), &awscdk.CfnOutputProps{Value: v})
}

// The Go twins of the stacks in testdata/twins.js, construct for construct.
var templateCases = map[string]func(s awscdk.Stack){
	"Default": func(s awscdk.Stack) {
		vpc := awsec2.NewVpc(s, jsii.String("VPC"), nil)
		lb := elb.NewLoadBalancer(s, jsii.String("LB"), &elb.LoadBalancerProps{Vpc: vpc, HealthCheck: &elb.HealthCheck{Port: jsii.Number(80)}})
		lb.AddListener(&elb.LoadBalancerListener{ExternalPort: jsii.Number(80)})
	},
	"AllProps": func(s awscdk.Stack) {
		vpc := awsec2.NewVpc(s, jsii.String("VPC"), nil)
		inst := awsec2.NewInstance(s, jsii.String("Inst"), &awsec2.InstanceProps{
			Vpc: vpc, InstanceType: awsec2.NewInstanceType(jsii.String("t3.micro")),
			MachineImage: awsec2.MachineImage_LatestAmazonLinux2023(nil),
		})
		lb := elb.NewLoadBalancer(s, jsii.String("LB"), &elb.LoadBalancerProps{
			Vpc:            vpc,
			InternetFacing: jsii.Bool(true),
			CrossZone:      jsii.Bool(false),
			AccessLoggingPolicy: &elb.CfnLoadBalancer_AccessLoggingPolicyProperty{Enabled: true, S3BucketName: jsii.String("logs"),
				EmitInterval: jsii.Number(5), S3BucketPrefix: jsii.String("elb")},
			HealthCheck: &elb.HealthCheck{
				Port: jsii.Number(8080), Protocol: elb.LoadBalancingProtocol_HTTP, Path: jsii.String("/health"),
				HealthyThreshold: jsii.Number(3), UnhealthyThreshold: jsii.Number(4), Interval: awscdk.Duration_Minutes(jsii.Number(1)),
				Timeout: awscdk.Duration_Seconds(jsii.Number(10)),
			},
			Listeners: &[]*elb.LoadBalancerListener{{ExternalPort: jsii.Number(443), InternalPort: jsii.Number(8080),
				SslCertificateArn: jsii.String("arn:aws:iam::111111111111:server-certificate/c"), PolicyNames: jsii.Strings("p1")}},
			Targets: &[]elb.ILoadBalancerTarget{elb.NewInstanceTarget(inst)},
		})
		peer := awsec2.NewSecurityGroup(s, jsii.String("Peer"), &awsec2.SecurityGroupProps{Vpc: vpc})
		p := lb.AddListener(&elb.LoadBalancerListener{ExternalPort: jsii.Number(8443), ExternalProtocol: elb.LoadBalancingProtocol_SSL,
			AllowConnectionsFrom: &[]awsec2.IConnectable{peer, awsec2.Peer_Ipv4(jsii.String("10.0.0.0/16"))}})
		lb.AddListener(&elb.LoadBalancerListener{ExternalPort: jsii.Number(25), ExternalProtocol: elb.LoadBalancingProtocol_TCP,
			InternalProtocol: elb.LoadBalancingProtocol_SSL, AllowConnectionsFrom: &[]awsec2.IConnectable{}})
		lb.AddListener(&elb.LoadBalancerListener{ExternalPort: jsii.Number(80), InternalPort: jsii.Number(443)})
		p.Connections().AllowDefaultPortFrom(awsec2.Peer_Ipv4(jsii.String("192.168.0.0/16")), jsii.String("extra"))
		other := awsec2.NewSecurityGroup(s, jsii.String("Other"), &awsec2.SecurityGroupProps{Vpc: vpc})
		lb.Connections().AllowFrom(other, awsec2.Port_Tcp(jsii.Number(9000)), nil)
		out(s, "Name", lb.LoadBalancerName())
		out(s, "Dns", lb.LoadBalancerDnsName())
		out(s, "Zone", lb.LoadBalancerCanonicalHostedZoneNameId())
		out(s, "ZoneName", lb.LoadBalancerCanonicalHostedZoneName())
		out(s, "SgName", lb.LoadBalancerSourceSecurityGroupGroupName())
		out(s, "SgOwner", lb.LoadBalancerSourceSecurityGroupOwnerAlias())
		out(s, "Ports", jsii.String(fmt.Sprint(len(*lb.ListenerPorts()))))
	},
	"Subnets": func(s awscdk.Stack) {
		vpc := awsec2.NewVpc(s, jsii.String("VPC"), &awsec2.VpcProps{SubnetConfiguration: &[]*awsec2.SubnetConfiguration{
			{Name: jsii.String("Public"), SubnetType: awsec2.SubnetType_PUBLIC},
			{Name: jsii.String("Isolated"), SubnetType: awsec2.SubnetType_PRIVATE_ISOLATED},
		}})
		elb.NewLoadBalancer(s, jsii.String("Isolated"), &elb.LoadBalancerProps{Vpc: vpc,
			SubnetSelection: &awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PRIVATE_ISOLATED}, HealthCheck: &elb.HealthCheck{Port: jsii.Number(22)}})
		elb.NewLoadBalancer(s, jsii.String("Public"), &elb.LoadBalancerProps{Vpc: vpc, InternetFacing: jsii.Bool(true),
			HealthCheck: &elb.HealthCheck{Port: jsii.Number(443)}, CrossZone: jsii.Bool(true)})
	},
}

var errorCases = map[string]func(s awscdk.Stack){
	"NoProtocol": func(s awscdk.Stack) {
		vpc := awsec2.NewVpc(s, jsii.String("VPC"), nil)
		elb.NewLoadBalancer(s, jsii.String("LB"), &elb.LoadBalancerProps{Vpc: vpc,
			Listeners: &[]*elb.LoadBalancerListener{{ExternalPort: jsii.Number(8080)}}})
	},
}

func TestLoadBalancerTemplates(t *testing.T) { checkTemplates(t, templateCases, nil) }

func TestLoadBalancerErrors(t *testing.T) { checkErrors(t, errorCases, nil) }

// Nil props and nil arguments end in a clear error naming the construct,
// never a Go panic trace.
func TestLoadBalancerNil(t *testing.T) {
	for name, build := range map[string]func(app awscdk.App){
		"props": func(app awscdk.App) {
			elb.NewLoadBalancer(awscdk.NewStack(app, jsii.String("S"), nil), jsii.String("LB"), nil)
		},
		"listener": func(app awscdk.App) {
			s := awscdk.NewStack(app, jsii.String("S"), nil)
			elb.NewLoadBalancer(s, jsii.String("LB"), &elb.LoadBalancerProps{Vpc: awsec2.NewVpc(s, jsii.String("V"), nil)}).AddListener(nil)
		},
		"target": func(app awscdk.App) {
			s := awscdk.NewStack(app, jsii.String("S"), nil)
			elb.NewLoadBalancer(s, jsii.String("LB"), &elb.LoadBalancerProps{Vpc: awsec2.NewVpc(s, jsii.String("V"), nil)}).AddTarget(nil)
		},
	} {
		t.Run(name, func(t *testing.T) {
			err := synthErr(t, build)
			if err == nil || !contains(err.Error(), "S/LB") {
				t.Fatalf("want an error naming S/LB, got %v", err)
			}
		})
	}
}

func contains(s, sub string) bool { return len(sub) == 0 || (len(s) >= len(sub) && index(s, sub) >= 0) }

func index(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

// myLB is a user's "subclass" of LoadBalancer (NewLoadBalancer_Override).
type myLB struct{ elb.LoadBalancer }

// An InstanceTarget registers with a load balancer embedded in a user's
// struct too.
func TestInstanceTargetOnOverride(t *testing.T) {
	app := awscdk.NewApp(nil)
	s := awscdk.NewStack(app, jsii.String("S"), nil)
	vpc := awsec2.NewVpc(s, jsii.String("V"), nil)
	lb := &myLB{}
	elb.NewLoadBalancer_Override(lb, s, jsii.String("LB"), &elb.LoadBalancerProps{Vpc: vpc})
	inst := awsec2.NewInstance(s, jsii.String("I"), &awsec2.InstanceProps{Vpc: vpc, InstanceType: awsec2.NewInstanceType(jsii.String("t3.micro")),
		MachineImage: awsec2.MachineImage_LatestAmazonLinux2023(nil)})
	// Called directly with the user's struct, the target must find the L2 inside.
	elb.NewInstanceTarget(inst).AttachToClassicLB(lb)
	tpl := app.Synth(nil).GetStackArtifact(jsii.String("S")).Template()
	res := tpl.(map[string]interface{})["Resources"]
	found := false
	for _, r := range res.(map[string]interface{}) {
		m := r.(map[string]interface{})
		if m["Type"] == "AWS::ElasticLoadBalancing::LoadBalancer" {
			p := m["Properties"].(map[string]interface{})
			found = p["Instances"] != nil
		}
	}
	if !found {
		t.Fatal("the load balancer lists no instances")
	}
}

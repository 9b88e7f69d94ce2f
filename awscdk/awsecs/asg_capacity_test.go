package awsecs_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsautoscaling"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsecs"
	"github.com/strata-cdk/strata/internal/cdkctx"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// The Go twins of testdata/capacity/twins.js.
var capacityCases = map[string]func(st awscdk.Stack){
	"CapacityProvider": func(st awscdk.Stack) {
		vpc := awsec2.NewVpc(st, jsii.String("Vpc"), &awsec2.VpcProps{MaxAzs: jsii.Number(2), NatGateways: jsii.Number(1), RestrictDefaultSecurityGroup: jsii.Bool(false)})
		cluster := awsecs.NewCluster(st, jsii.String("Cluster"), &awsecs.ClusterProps{Vpc: vpc})
		asg := awsautoscaling.NewAutoScalingGroup(st, jsii.String("Asg"), &awsautoscaling.AutoScalingGroupProps{
			Vpc: vpc, InstanceType: awsec2.NewInstanceType(jsii.String("t3.medium")),
			MachineImage: awsecs.EcsOptimizedImage_AmazonLinux2(awsecs.AmiHardwareType_STANDARD, nil), MinCapacity: jsii.Number(0), MaxCapacity: jsii.Number(4),
		})
		provider := awsecs.NewAsgCapacityProvider(st, jsii.String("Provider"), &awsecs.AsgCapacityProviderProps{AutoScalingGroup: asg,
			TargetCapacityPercent: jsii.Number(80), InstanceWarmupPeriod: jsii.Number(120)})
		cluster.AddAsgCapacityProvider(provider, nil)
		cluster.AddDefaultCapacityProviderStrategy(&[]*awsecs.CapacityProviderStrategy{{CapacityProvider: provider.CapacityProviderName(), Weight: jsii.Number(1)}})
		asg2 := awsautoscaling.NewAutoScalingGroup(st, jsii.String("Asg2"), &awsautoscaling.AutoScalingGroupProps{
			Vpc: vpc, InstanceType: awsec2.NewInstanceType(jsii.String("t3.small")), MachineImage: awsecs.EcsOptimizedImage_AmazonLinux2(awsecs.AmiHardwareType_STANDARD, nil)})
		p2 := awsecs.NewAsgCapacityProvider(st, jsii.String("Unmanaged"), &awsecs.AsgCapacityProviderProps{AutoScalingGroup: asg2,
			EnableManagedTerminationProtection: jsii.Bool(false), EnableManagedScaling: jsii.Bool(false), EnableManagedDraining: jsii.Bool(true),
			CapacityProviderName: jsii.String("my-provider")})
		cluster.AddAsgCapacityProvider(p2, nil)
		v := "false"
		if *cluster.HasEc2Capacity() {
			v = "true"
		}
		awscdk.NewCfnOutput(st, jsii.String("HasEc2"), &awscdk.CfnOutputProps{Value: jsii.String(v)})
	},
	"AddCapacity": func(st awscdk.Stack) {
		vpc := awsec2.NewVpc(st, jsii.String("Vpc"), &awsec2.VpcProps{MaxAzs: jsii.Number(2), NatGateways: jsii.Number(1), RestrictDefaultSecurityGroup: jsii.Bool(false)})
		cluster := awsecs.NewCluster(st, jsii.String("Cluster"), &awsecs.ClusterProps{Vpc: vpc,
			Capacity: &awsecs.AddCapacityOptions{InstanceType: awsec2.NewInstanceType(jsii.String("t3.micro")), DesiredCapacity: jsii.Number(2)}})
		cluster.AddCapacity(jsii.String("Spot"), &awsecs.AddCapacityOptions{InstanceType: awsec2.NewInstanceType(jsii.String("m5.large")),
			SpotPrice: jsii.String("0.05"), SpotInstanceDraining: jsii.Bool(true), MaxCapacity: jsii.Number(3)})
		awscdk.NewCfnOutput(st, jsii.String("AsgName"), &awscdk.CfnOutputProps{Value: cluster.AutoscalingGroup().AutoScalingGroupName()})
	},
}

// withoutDrainCode blanks inline function code: the drain hook's handler
// is Strata's own, the one difference by design.
func withoutDrainCode(t *testing.T, doc []byte) []byte {
	t.Helper()
	v, err := ojson.Decode(doc)
	if err != nil {
		t.Fatal(err)
	}
	res, _ := v.(*ojson.Object).Get("Resources")
	res.(*ojson.Object).Range(func(_ string, r interface{}) {
		props, _ := r.(*ojson.Object).Get("Properties")
		if p, ok := props.(*ojson.Object); ok {
			if code, ok := p.Get("Code"); ok {
				if c, ok := code.(*ojson.Object); ok {
					if _, ok := c.Get("ZipFile"); ok {
						c.Set("ZipFile", "<handler>")
					}
				}
			}
		}
	})
	b, err := ojson.Marshal(v, " ")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestEc2Capacity(t *testing.T) {
	for name, build := range capacityCases {
		t.Run(name, func(t *testing.T) {
			ctx := cdkctx.InitContext()
			out := t.TempDir()
			app := awscdk.NewApp(&awscdk.AppProps{Context: &ctx, Outdir: jsii.String(out)})
			build(awscdk.NewStack(app, jsii.String(name), nil))
			app.Synth(nil)
			want, err := os.ReadFile(filepath.Join("testdata", "capacity", name+".template.json"))
			if err != nil {
				t.Fatal(err)
			}
			got, err := os.ReadFile(filepath.Join(out, name+".template.json"))
			if err != nil {
				t.Fatal(err)
			}
			if w, g := withoutDrainCode(t, want), withoutDrainCode(t, got); string(w) != string(g) {
				t.Errorf("%s differs from aws-cdk-lib's:\n%s", name, golden.JSONDiff(w, g))
			}
		})
	}
}

func capVpc(st awscdk.Stack) awsec2.IVpc {
	return awsec2.Vpc_FromVpcAttributes(st, jsii.String("Vpc"), &awsec2.VpcAttributes{VpcId: jsii.String("vpc-0a1b2c3d"),
		AvailabilityZones: jsii.Strings("us-east-1a"), PrivateSubnetIds: jsii.Strings("subnet-0bb11111")})
}

func capGroup(st awscdk.Stack) awsautoscaling.AutoScalingGroup {
	return awsautoscaling.NewAutoScalingGroup(st, jsii.String("Asg"), &awsautoscaling.AutoScalingGroupProps{Vpc: capVpc(st),
		InstanceType: awsec2.NewInstanceType(jsii.String("t3.micro")), MachineImage: awsecs.EcsOptimizedImage_AmazonLinux2(awsecs.AmiHardwareType_STANDARD, nil)})
}

// TestEc2CapacityErrors: bad capacity input fails as aws-cdk-lib's twin
// does (testdata/capacity/errors.json), naming the construct.
func TestEc2CapacityErrors(t *testing.T) {
	imported := func(st awscdk.Stack) awsautoscaling.IAutoScalingGroup {
		return awsautoscaling.AutoScalingGroup_FromAutoScalingGroupName(st, jsii.String("I"), jsii.String("n"))
	}
	cases := map[string]func(st awscdk.Stack){
		"ProviderName": func(st awscdk.Stack) {
			awsecs.NewAsgCapacityProvider(st, jsii.String("P"), &awsecs.AsgCapacityProviderProps{AutoScalingGroup: capGroup(st), CapacityProviderName: jsii.String("ecs-mine")})
		},
		"ProtectionWithoutScaling": func(st awscdk.Stack) {
			awsecs.NewAsgCapacityProvider(st, jsii.String("P"), &awsecs.AsgCapacityProviderProps{AutoScalingGroup: capGroup(st), EnableManagedScaling: jsii.Bool(false)})
		},
		"ProtectionImported": func(st awscdk.Stack) {
			awsecs.NewAsgCapacityProvider(st, jsii.String("P"), &awsecs.AsgCapacityProviderProps{AutoScalingGroup: imported(st)})
		},
		"Warmup": func(st awscdk.Stack) {
			awsecs.NewAsgCapacityProvider(st, jsii.String("P"), &awsecs.AsgCapacityProviderProps{AutoScalingGroup: capGroup(st), InstanceWarmupPeriod: jsii.Number(20000)})
		},
		"ImportedGroup": func(st awscdk.Stack) {
			awsecs.NewCluster(st, jsii.String("C"), &awsecs.ClusterProps{Vpc: capVpc(st)}).AddAsgCapacityProvider(
				awsecs.NewAsgCapacityProvider(st, jsii.String("P"), &awsecs.AsgCapacityProviderProps{AutoScalingGroup: imported(st),
					EnableManagedTerminationProtection: jsii.Bool(false)}), nil)
		},
	}
	b, err := os.ReadFile(filepath.Join("testdata", "capacity", "errors.json"))
	if err != nil {
		t.Fatal(err)
	}
	var want map[string]*struct{ Path, Message string }
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	if len(want) != len(cases) {
		t.Fatalf("%d cases in errors.json, %d here", len(want), len(cases))
	}
	for name, build := range cases {
		t.Run(name, func(t *testing.T) {
			err := golden.SynthErr(t, func(app awscdk.App) { build(awscdk.NewStack(app, jsii.String("S"), nil)) })
			w := want[name]
			if err == nil || w == nil {
				t.Fatalf("got error %v, want %+v", err, w)
			}
			if line := "[" + w.Path + "] " + w.Message; !strings.Contains(err.Error(), line) {
				t.Errorf("error:\n%v\nwant it to contain:\n%s", err, line)
			}
		})
	}
}

package awsecs_test

import (
	"os"
	"path/filepath"
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

package main

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/assertions"
	"github.com/strata-cdk/strata/jsii"
)

// TestStacks checks the shape of the four stacks and what crosses between
// them (the parity case compares every template with aws-cdk-lib's).
func TestStacks(t *testing.T) {
	app := awscdk.NewApp(nil)
	dns := NewDnsStack(app, "Dns", &awscdk.StackProps{Env: env()})
	network := NewNetworkStack(app, "Network", &awscdk.StackProps{Env: env()})
	data := NewDataStack(app, "Data", &DataStackProps{StackProps: awscdk.StackProps{Env: env()}, Vpc: network.Vpc})
	appStack := NewAppStack(app, "App", &AppStackProps{
		StackProps: awscdk.StackProps{Env: env()},
		Vpc:        network.Vpc, Zone: dns.Zone, Certificate: dns.Certificate,
		Database: data.Database, Images: data.Images,
	})

	tmpl := assertions.Template_FromStack(appStack, nil)
	tmpl.ResourceCountIs(jsii.String("AWS::ECS::Service"), jsii.Number(1))
	tmpl.HasResourceProperties(jsii.String("AWS::ECS::Service"), map[string]interface{}{
		"LaunchType":   "FARGATE",
		"DesiredCount": 2,
		"DeploymentConfiguration": assertions.Match_ObjectLike(&map[string]interface{}{
			"DeploymentCircuitBreaker": map[string]interface{}{"Enable": true, "Rollback": true},
		}),
	})
	tmpl.HasResourceProperties(jsii.String("AWS::ElasticLoadBalancingV2::Listener"), map[string]interface{}{
		"Protocol": "HTTP",
		"DefaultActions": []interface{}{assertions.Match_ObjectLike(&map[string]interface{}{
			"Type":           "redirect",
			"RedirectConfig": assertions.Match_ObjectLike(&map[string]interface{}{"Protocol": "HTTPS"}),
		})},
	})
	tmpl.HasResourceProperties(jsii.String("AWS::ApplicationAutoScaling::ScalingPolicy"), map[string]interface{}{
		"TargetTrackingScalingPolicyConfiguration": assertions.Match_ObjectLike(&map[string]interface{}{
			"TargetValue": 60,
		}),
	})
	tmpl.ResourceCountIs(jsii.String("AWS::CloudFront::Distribution"), jsii.Number(1))
	tmpl.ResourceCountIs(jsii.String("AWS::Route53::RecordSet"), jsii.Number(3)) // api., A and AAAA

	// The database accepts the API's tasks through a rule in the app stack.
	tmpl.HasResourceProperties(jsii.String("AWS::EC2::SecurityGroupIngress"), map[string]interface{}{
		"IpProtocol": "tcp",
		"FromPort":   assertions.Match_AnyValue(),
	})
	assertions.Template_FromStack(data.Stack, nil).HasResourceProperties(jsii.String("AWS::RDS::DBCluster"), map[string]interface{}{
		"Engine":           "aurora-postgresql",
		"StorageEncrypted": true,
		"ServerlessV2ScalingConfiguration": map[string]interface{}{
			"MinCapacity": 0.5, "MaxCapacity": 4,
		},
	})
}

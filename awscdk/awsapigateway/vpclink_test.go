package awsapigateway_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsapigateway"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	elbv2 "github.com/strata-cdk/strata/awscdk/awselasticloadbalancingv2"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

func nlbs(s awscdk.Stack, vpc awsec2.IVpc, ids ...string) []elbv2.INetworkLoadBalancer {
	var out []elbv2.INetworkLoadBalancer
	for _, id := range ids {
		out = append(out, elbv2.NewNetworkLoadBalancer(s, jsii.String(id), &elbv2.NetworkLoadBalancerProps{Vpc: vpc}))
	}
	return out
}

func vpcLinkProxy(link awsapigateway.IVpcLink) awsapigateway.Integration {
	return awsapigateway.NewIntegration(&awsapigateway.IntegrationProps{Type: awsapigateway.IntegrationType_HTTP_PROXY, IntegrationHttpMethod: jsii.String("ANY"),
		Options: &awsapigateway.IntegrationOptions{ConnectionType: awsapigateway.ConnectionType_VPC_LINK, VpcLink: link}})
}

// TestVpcLinkTemplates: the Go twin of the VpcLink stack in testdata/twins.js.
func TestVpcLinkTemplates(t *testing.T) {
	golden.CheckTemplates(t, map[string]func(s awscdk.Stack){
		"VpcLink": func(s awscdk.Stack) {
			vpc := awsec2.NewVpc(s, jsii.String("Vpc"), &awsec2.VpcProps{MaxAzs: jsii.Number(2), NatGateways: jsii.Number(0), RestrictDefaultSecurityGroup: jsii.Bool(false)})
			lbs := nlbs(s, vpc, "Nlb1", "Nlb2")
			one := awsapigateway.NewVpcLink(s, jsii.String("One"), &awsapigateway.VpcLinkProps{Targets: &[]elbv2.INetworkLoadBalancer{lbs[0]}, Description: jsii.String("to nlb1")})
			two := awsapigateway.NewVpcLink(s, jsii.String("Two"), &awsapigateway.VpcLinkProps{VpcLinkName: jsii.String("two-nlbs")})
			two.AddTargets(lbs...)
			imported := awsapigateway.VpcLink_FromVpcLinkId(s, jsii.String("Imported"), jsii.String("abc123"))
			api := awsapigateway.NewRestApi(s, jsii.String("Api"), nil)
			api.Root().AddMethod(jsii.String("GET"), vpcLinkProxy(one), nil)
			api.Root().AddResource(jsii.String("two"), nil).AddMethod(jsii.String("GET"), awsapigateway.NewHttpIntegration(jsii.String("http://nlb2.internal/two"),
				&awsapigateway.HttpIntegrationProps{HttpMethod: jsii.String("GET"), Options: &awsapigateway.IntegrationOptions{VpcLink: two}}), nil)
			api.Root().AddResource(jsii.String("imported"), nil).AddMethod(jsii.String("POST"), awsapigateway.NewIntegration(&awsapigateway.IntegrationProps{
				Type: awsapigateway.IntegrationType_HTTP, IntegrationHttpMethod: jsii.String("POST"), Uri: jsii.String("http://backend.internal/"),
				Options: &awsapigateway.IntegrationOptions{ConnectionType: awsapigateway.ConnectionType_VPC_LINK, VpcLink: imported}}), nil)
			awscdk.NewCfnOutput(s, jsii.String("LinkId"), &awscdk.CfnOutputProps{Value: one.VpcLinkId()})
			awscdk.NewCfnOutput(s, jsii.String("ImportedId"), &awscdk.CfnOutputProps{Value: imported.VpcLinkId()})
		},
	}, nil, nil)
}

var vpcLinkErrorCases = map[string]func(s awscdk.Stack){
	"VpcLinkNoTargets": func(s awscdk.Stack) { awsapigateway.NewVpcLink(s, jsii.String("Link"), nil) },
	"VpcLinkTwoNoUri": func(s awscdk.Stack) {
		lbs := nlbs(s, awsec2.NewVpc(s, jsii.String("V"), nil), "A", "B")
		link := awsapigateway.NewVpcLink(s, jsii.String("Link"), &awsapigateway.VpcLinkProps{Targets: &lbs})
		awsapigateway.NewRestApi(s, jsii.String("Api"), nil).Root().AddMethod(jsii.String("GET"), vpcLinkProxy(link), nil)
	},
	"VpcLinkImportedNoUri": func(s awscdk.Stack) {
		awsapigateway.NewRestApi(s, jsii.String("Api"), nil).Root().AddMethod(jsii.String("GET"),
			vpcLinkProxy(awsapigateway.VpcLink_FromVpcLinkId(s, jsii.String("L"), jsii.String("x"))), nil)
	},
}

func withCases(maps ...map[string]func(s awscdk.Stack)) map[string]func(s awscdk.Stack) {
	all := map[string]func(s awscdk.Stack){}
	for _, m := range maps {
		for k, v := range m {
			all[k] = v
		}
	}
	return all
}

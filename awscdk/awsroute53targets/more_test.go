package awsroute53targets_test

import (
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsapigateway"
	acm "github.com/strata-cdk/strata/awscdk/awscertificatemanager"
	cf "github.com/strata-cdk/strata/awscdk/awscloudfront"
	origins "github.com/strata-cdk/strata/awscdk/awscloudfrontorigins"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	r53 "github.com/strata-cdk/strata/awscdk/awsroute53"
	targets "github.com/strata-cdk/strata/awscdk/awsroute53targets"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

type targetProps struct {
	zone     *string
	evaluate *bool
}

func (p targetProps) EvaluateTargetHealth() *bool { return p.evaluate }
func (p targetProps) HostedZoneId() *string       { return p.zone }

// The Go twin of the More stack of testdata/twins.js.
var moreCases = map[string]func(s awscdk.Stack){
	"More": func(s awscdk.Stack) {
		zone := r53.HostedZone_FromHostedZoneAttributes(s, jsii.String("Zone"), &r53.HostedZoneAttributes{HostedZoneId: jsii.String("Z123"), ZoneName: jsii.String("example.com")})
		cert := acm.Certificate_FromCertificateArn(s, jsii.String("Cert"), jsii.String("arn:aws:acm:eu-west-1:111111111111:certificate/abc"))
		api := awsapigateway.NewRestApi(s, jsii.String("Api"), &awsapigateway.RestApiProps{DomainName: &awsapigateway.DomainNameOptions{DomainName: jsii.String("api.example.com"), Certificate: cert}})
		api.Root().AddMethod(jsii.String("GET"), nil, nil)
		r53.NewARecord(s, jsii.String("ApiAlias"), &r53.ARecordProps{Zone: zone, RecordName: jsii.String("api"), Target: r53.RecordTarget_FromAlias(targets.NewApiGateway(api))})
		dn := awsapigateway.NewDomainName(s, jsii.String("Dn"), &awsapigateway.DomainNameProps{DomainName: jsii.String("edge.example.com"), Certificate: cert, EndpointType: awsapigateway.EndpointType_EDGE})
		r53.NewARecord(s, jsii.String("DomainAlias"), &r53.ARecordProps{Zone: zone, RecordName: jsii.String("edge"), Target: r53.RecordTarget_FromAlias(targets.NewApiGatewayDomain(dn))})
		site := awss3.NewBucket(s, jsii.String("Site"), &awss3.BucketProps{BucketName: jsii.String("www.example.com"), WebsiteIndexDocument: jsii.String("index.html")})
		r53.NewARecord(s, jsii.String("Website"), &r53.ARecordProps{Zone: zone, RecordName: jsii.String("www"), Target: r53.RecordTarget_FromAlias(targets.NewBucketWebsiteTarget(site, nil))})
		r53.NewARecord(s, jsii.String("Beanstalk"), &r53.ARecordProps{Zone: zone, RecordName: jsii.String("eb"),
			Target: r53.RecordTarget_FromAlias(targets.NewElasticBeanstalkEnvironmentEndpointTarget(jsii.String("my-env.us-east-2.elasticbeanstalk.com"), nil))})
		r53.NewARecord(s, jsii.String("BeanstalkZone"), &r53.ARecordProps{Zone: zone, RecordName: jsii.String("eb2"),
			Target: r53.RecordTarget_FromAlias(targets.NewElasticBeanstalkEnvironmentEndpointTarget(jsii.String("my-env.example"), targetProps{zone: jsii.String("ZEB"), evaluate: jsii.Bool(true)}))})
		r53.NewARecord(s, jsii.String("Accelerator"), &r53.ARecordProps{Zone: zone, RecordName: jsii.String("ga"),
			Target: r53.RecordTarget_FromAlias(targets.NewGlobalAcceleratorDomainTarget(jsii.String("a123.awsglobalaccelerator.com"), nil))})
		vpc := awsec2.Vpc_FromVpcAttributes(s, jsii.String("Vpc"), &awsec2.VpcAttributes{VpcId: jsii.String("vpc-12345678"), AvailabilityZones: jsii.Strings("eu-west-1a"),
			PrivateSubnetIds: jsii.Strings("subnet-1"), VpcCidrBlock: jsii.String("10.0.0.0/16")})
		ep := awsec2.NewInterfaceVpcEndpoint(s, jsii.String("Endpoint"), &awsec2.InterfaceVpcEndpointProps{Vpc: vpc,
			Service: awsec2.NewInterfaceVpcEndpointService(jsii.String("com.amazonaws.vpce.eu-west-1.vpce-svc-123"), jsii.Number(443))})
		r53.NewARecord(s, jsii.String("EndpointAlias"), &r53.ARecordProps{Zone: zone, RecordName: jsii.String("svc"), Target: r53.RecordTarget_FromAlias(targets.NewInterfaceVpcEndpointTarget(ep))})
		awscdk.NewCfnOutput(s, jsii.String("GaZone"), &awscdk.CfnOutputProps{Value: targets.GlobalAcceleratorTarget_GLOBAL_ACCELERATOR_ZONE_ID()})
	},
}

func TestMoreTargetTemplates(t *testing.T) {
	checkTemplates(t, moreCases, func(string) *awscdk.StackProps {
		return &awscdk.StackProps{Env: &awscdk.Environment{Account: jsii.String("111111111111"), Region: jsii.String("eu-west-1")}}
	})
}

// An alias to a distribution whose stack is in another account cannot be
// resolved: the reference would cross accounts.
func TestAliasToDistributionInOtherAccount(t *testing.T) {
	err := golden.SynthErr(t, func(app awscdk.App) {
		cdn := awscdk.NewStack(app, jsii.String("Cdn"), &awscdk.StackProps{Env: &awscdk.Environment{Account: jsii.String("111111111111"), Region: jsii.String("us-east-1")}})
		d := cf.NewDistribution(cdn, jsii.String("D"), &cf.DistributionProps{DefaultBehavior: &cf.BehaviorOptions{Origin: origins.NewHttpOrigin(jsii.String("o.example.com"), nil)}})
		dns := awscdk.NewStack(app, jsii.String("Dns"), &awscdk.StackProps{Env: &awscdk.Environment{Account: jsii.String("222222222222"), Region: jsii.String("us-east-1")}})
		zone := r53.NewPublicHostedZone(dns, jsii.String("Zone"), &r53.PublicHostedZoneProps{ZoneName: jsii.String("example.com")})
		r53.NewARecord(dns, jsii.String("Alias"), &r53.ARecordProps{Zone: zone, Target: r53.RecordTarget_FromAlias(targets.NewCloudFrontTarget(d))})
	})
	if err == nil {
		t.Fatal("synth succeeded; want a cross-account reference error")
	}
	for _, want := range []string{"Dns/Alias", "different accounts"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %q", err, want)
		}
	}
}

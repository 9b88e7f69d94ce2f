package awscloudfront_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	cf "github.com/strata-cdk/strata/awscdk/awscloudfront"
	origins "github.com/strata-cdk/strata/awscdk/awscloudfrontorigins"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskinesis"
	"github.com/strata-cdk/strata/jsii"
)

// The Go twin of the Realtime stack in testdata/twins.js.
func TestRealtimeLogConfig(t *testing.T) {
	checkTemplates(t, map[string]func(s awscdk.Stack){"Realtime": func(s awscdk.Stack) {
		plain := awskinesis.NewStream(s, jsii.String("Plain"), &awskinesis.StreamProps{Encryption: awskinesis.StreamEncryption_UNENCRYPTED})
		secret := awskinesis.NewStream(s, jsii.String("Secret"), &awskinesis.StreamProps{Encryption: awskinesis.StreamEncryption_KMS})
		role := awsiam.NewRole(s, jsii.String("Writer"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("cloudfront.amazonaws.com"), nil)})
		named := cf.NewRealtimeLogConfig(s, jsii.String("Named"), &cf.RealtimeLogConfigProps{RealtimeLogConfigName: jsii.String("rt"), SamplingRate: jsii.Number(100),
			Fields: jsii.Strings("timestamp", "c-ip"), EndPoints: &[]cf.Endpoint{cf.Endpoint_FromKinesisStream(plain, role)}})
		auto := cf.NewRealtimeLogConfig(s, jsii.String("Auto"), &cf.RealtimeLogConfigProps{SamplingRate: jsii.Number(5), Fields: jsii.Strings("timestamp"),
			EndPoints: &[]cf.Endpoint{cf.Endpoint_FromKinesisStream(secret, nil), cf.Endpoint_FromKinesisStream(plain, nil)}})
		cf.NewDistribution(s, jsii.String("Dist"), &cf.DistributionProps{
			DefaultBehavior:     &cf.BehaviorOptions{Origin: origins.NewHttpOrigin(jsii.String("example.com"), nil), RealtimeLogConfig: named},
			AdditionalBehaviors: &map[string]*cf.BehaviorOptions{"/api/*": {Origin: origins.NewHttpOrigin(jsii.String("api.example.com"), nil), RealtimeLogConfig: auto}}})
		awscdk.NewCfnOutput(s, jsii.String("Name"), &awscdk.CfnOutputProps{Value: auto.RealtimeLogConfigName()})
		awscdk.NewCfnOutput(s, jsii.String("Arn"), &awscdk.CfnOutputProps{Value: named.RealtimeLogConfigArn()})
	}}, nil)
}

func init() {
	errorCases["RealtimeBadRate"] = func(s awscdk.Stack) {
		cf.NewRealtimeLogConfig(s, jsii.String("R"), &cf.RealtimeLogConfigProps{SamplingRate: jsii.Number(0), Fields: jsii.Strings("timestamp"), EndPoints: &[]cf.Endpoint{}})
	}
}

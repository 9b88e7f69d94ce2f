package awsroute53targets_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsappsync"
	"github.com/strata-cdk/strata/awscdk/awscertificatemanager"
	"github.com/strata-cdk/strata/awscdk/awsroute53"
	"github.com/strata-cdk/strata/awscdk/awsroute53targets"
	"github.com/strata-cdk/strata/jsii"
)

// The Go twin of the AppSync stack in testdata/twins.js.
func TestAppSyncTarget(t *testing.T) {
	checkTemplates(t, map[string]func(s awscdk.Stack){"AppSync": func(s awscdk.Stack) {
		zone := awsroute53.NewPublicHostedZone(s, jsii.String("Zone"), &awsroute53.PublicHostedZoneProps{ZoneName: jsii.String("example.com")})
		cert := awscertificatemanager.Certificate_FromCertificateArn(s, jsii.String("Cert"), jsii.String("arn:aws:acm:us-east-1:111111111111:certificate/abc"))
		api := awsappsync.NewGraphqlApi(s, jsii.String("Api"), &awsappsync.GraphqlApiProps{
			Name:       jsii.String("api"),
			Definition: awsappsync.Definition_FromFile(jsii.String("../awsappsync/testdata/schema.graphql")),
			DomainName: &awsappsync.DomainOptions{Certificate: cert, DomainName: jsii.String("api.example.com")},
		})
		awsroute53.NewARecord(s, jsii.String("Alias"), &awsroute53.ARecordProps{Zone: zone, RecordName: jsii.String("api"),
			Target: awsroute53.RecordTarget_FromAlias(awsroute53targets.NewAppSyncTarget(api))})
	}}, nil)
}

package awsevents_test

import (
	"fmt"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/jsii"
)

func out(s awscdk.Stack, id string, v *string) {
	awscdk.NewCfnOutput(s, jsii.String(id), &awscdk.CfnOutputProps{Value: v})
}

func n(f float64) *float64 { return jsii.Number(f) }

// The Go twins of the Matchers, BusExtras and Connections stacks of testdata/twins.js.
var extraCases = map[string]func(s awscdk.Stack){
	"Matchers": func(s awscdk.Stack) {
		awsevents.NewRule(s, jsii.String("R"), &awsevents.RuleProps{EventPattern: &awsevents.EventPattern{
			Source:  awsevents.Match_Prefix(jsii.String("aws.")),
			Account: awsevents.Match_AnythingBut(jsii.String("111111111111"), jsii.String("222222222222")),
			Region:  awsevents.Match_AnyOf(awsevents.Match_Prefix(jsii.String("us-")), awsevents.Match_Suffix(jsii.String("-1"))),
			Detail: &map[string]interface{}{
				"a": awsevents.Match_Exists(), "b": awsevents.Match_DoesNotExist(), "c": awsevents.Match_NullValue(),
				"d": awsevents.Match_ExactString(jsii.String("x")), "e": awsevents.Match_EqualsIgnoreCase(jsii.String("Y")),
				"f": awsevents.Match_PrefixEqualsIgnoreCase(jsii.String("p")), "g": awsevents.Match_SuffixEqualsIgnoreCase(jsii.String("s")),
				"h": awsevents.Match_Wildcard(jsii.String("a*b")), "i": awsevents.Match_Cidr(jsii.String("10.0.0.0/16")), "j": awsevents.Match_IpAddressRange(jsii.String("10.1.0.0/24")),
				"k": awsevents.Match_AnythingBut(n(1), n(2)), "l": awsevents.Match_AnythingButPrefix(jsii.String("x")),
				"m": awsevents.Match_AnythingButSuffix(jsii.String("a"), jsii.String("b")),
				"n": awsevents.Match_AnythingButWildcard(jsii.String("*.tmp")), "o": awsevents.Match_AnythingButEqualsIgnoreCase(jsii.String("no")),
				"p": awsevents.Match_GreaterThan(n(1)), "q": awsevents.Match_GreaterThanOrEqual(n(2)), "r": awsevents.Match_LessThan(n(3)),
				"s": awsevents.Match_LessThanOrEqual(n(4)), "t": awsevents.Match_Equal(n(5)), "u": awsevents.Match_Interval(n(0), n(10)),
				"v": awsevents.Match_AllOf(awsevents.Match_GreaterThan(n(0)), awsevents.Match_LessThan(n(9))),
				"w": map[string]interface{}{"nested": awsevents.Match_Prefix(jsii.String("n"))},
			},
		}})
	},
	"BusExtras": func(s awscdk.Stack) {
		bus := awsevents.NewEventBus(s, jsii.String("Bus"), &awsevents.EventBusProps{EventBusName: jsii.String("extras")})
		bus.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Sid: jsii.String("AllowAccount"), Actions: jsii.Strings("events:PutEvents"),
			Resources: &[]*string{bus.EventBusArn()}, Principals: &[]awsiam.IPrincipal{awsiam.NewAccountPrincipal(jsii.String("222222222222"))}}))
		bus.GrantPutEventsTo(awsiam.NewServicePrincipal(jsii.String("sns.amazonaws.com"), nil), jsii.String("SnsPut"))
		bus.Archive(jsii.String("Archive"), &awsevents.BaseArchiveProps{EventPattern: &awsevents.EventPattern{Source: jsii.Strings("my.app")}, Retention: awscdk.Duration_Days(n(30))})
		key := awskms.NewKey(s, jsii.String("Key"), nil)
		awsevents.NewArchive(s, jsii.String("Encrypted"), &awsevents.ArchiveProps{SourceEventBus: bus, EventPattern: &awsevents.EventPattern{Account: &[]*string{s.Account()}},
			ArchiveName: jsii.String("enc"), Description: jsii.String("d"), KmsKey: key})
		bus.Grants().AllPutEvents(awsiam.NewRole(s, jsii.String("All"), &awsiam.RoleProps{AssumedBy: awsiam.NewAccountRootPrincipal()}))
		bus.Grants().Actions(awsiam.NewRole(s, jsii.String("Describe"), &awsiam.RoleProps{AssumedBy: awsiam.NewAccountRootPrincipal()}), jsii.Strings("events:DescribeEventBus"), nil)
		imp := awsevents.EventBus_FromEventBusArn(s, jsii.String("Imported"), jsii.String("arn:aws:events:us-east-1:111111111111:event-bus/other"))
		added := imp.(interface {
			AddToResourcePolicy(awsiam.PolicyStatement) *awsiam.AddToResourcePolicyResult
		}).AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Sid: jsii.String("x"), Actions: jsii.Strings("events:PutEvents"), Resources: jsii.Strings("*"), Principals: &[]awsiam.IPrincipal{awsiam.NewAnyPrincipal()}}))
		out(s, "Added", jsii.String(fmt.Sprint(*added.StatementAdded)))
		imp.Archive(jsii.String("ImpArchive"), &awsevents.BaseArchiveProps{EventPattern: &awsevents.EventPattern{Source: jsii.Strings("x")}})
		awsevents.NewEventBusPolicy(s, jsii.String("Explicit"), &awsevents.EventBusPolicyProps{EventBus: bus, StatementId: jsii.String("explicit"),
			Statement: awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Sid: jsii.String("explicit"), Actions: jsii.Strings("events:PutEvents"),
				Resources: &[]*string{bus.EventBusArn()}, Principals: &[]awsiam.IPrincipal{awsiam.NewAccountPrincipal(jsii.String("333333333333"))}})})
	},
	"Connections": func(s awscdk.Stack) {
		apiKey := awsevents.NewConnection(s, jsii.String("ApiKey"), &awsevents.ConnectionProps{
			Authorization: awsevents.Authorization_ApiKey(jsii.String("x-api-key"), awscdk.SecretValue_UnsafePlainText(jsii.String("k"))), Description: jsii.String("key")})
		awsevents.NewConnection(s, jsii.String("Basic"), &awsevents.ConnectionProps{
			ConnectionName: jsii.String("basic"), Authorization: awsevents.Authorization_Basic(jsii.String("user"), awscdk.SecretValue_SecretsManager(jsii.String("pw"), nil)),
			HeaderParameters: &map[string]awsevents.HttpParameter{"X-B": awsevents.HttpParameter_FromString(jsii.String("b")),
				"X-A": awsevents.HttpParameter_FromSecret(awscdk.SecretValue_UnsafePlainText(jsii.String("a")))},
			QueryStringParameters: &map[string]awsevents.HttpParameter{"q": awsevents.HttpParameter_FromString(jsii.String("1"))},
		})
		awsevents.NewConnection(s, jsii.String("OAuth"), &awsevents.ConnectionProps{
			Authorization: awsevents.Authorization_Oauth(&awsevents.OAuthAuthorizationProps{
				AuthorizationEndpoint: jsii.String("https://auth.example.com/token"), ClientId: jsii.String("id"), ClientSecret: awscdk.SecretValue_UnsafePlainText(jsii.String("secret")),
				HttpMethod: awsevents.HttpMethod_POST, BodyParameters: &map[string]awsevents.HttpParameter{"scope": awsevents.HttpParameter_FromString(jsii.String("read"))},
			}),
			BodyParameters: &map[string]awsevents.HttpParameter{"b": awsevents.HttpParameter_FromString(jsii.String("v"))},
		})
		dest := awsevents.NewApiDestination(s, jsii.String("Dest"), &awsevents.ApiDestinationProps{Connection: apiKey, Endpoint: jsii.String("https://api.example.com/hook")})
		awsevents.NewApiDestination(s, jsii.String("Put"), &awsevents.ApiDestinationProps{Connection: apiKey, Endpoint: jsii.String("https://api.example.com/put"),
			HttpMethod: awsevents.HttpMethod_PUT, RateLimitPerSecond: n(5), ApiDestinationName: jsii.String("put"), Description: jsii.String("p")})
		ic := awsevents.Connection_FromEventBusArn(s, jsii.String("ImpConn"), jsii.String("arn:aws:events:us-east-1:111111111111:connection/theirs/abc"), jsii.String("arn:aws:secretsmanager:us-east-1:111111111111:secret:s"))
		id := awsevents.ApiDestination_FromApiDestinationAttributes(s, jsii.String("ImpDest"), &awsevents.ApiDestinationAttributes{ApiDestinationArn: jsii.String("arn:aws:events:us-east-1:111111111111:api-destination/dest/abc"), Connection: ic})
		out(s, "DestArn", dest.ApiDestinationArn())
		out(s, "DestPolicyArn", dest.ApiDestinationArnForPolicy())
		out(s, "DestName", dest.ApiDestinationName())
		out(s, "ConnArn", apiKey.ConnectionArn())
		out(s, "ConnName", apiKey.ConnectionName())
		out(s, "ConnSecret", apiKey.ConnectionSecretArn())
		out(s, "ImpConnName", ic.ConnectionName())
		out(s, "ImpDestName", id.ApiDestinationName())
	},
}

func TestExtraTemplates(t *testing.T) {
	checkTemplates(t, extraCases, nil)
}

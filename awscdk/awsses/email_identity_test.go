package awsses_test

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awsroute53"
	"github.com/strata-cdk/strata/awscdk/awsses"
	"github.com/strata-cdk/strata/jsii"
)

func identities(s awscdk.Stack) {
	zone := awsroute53.NewPublicHostedZone(s, jsii.String("Zone"), &awsroute53.PublicHostedZoneProps{ZoneName: jsii.String("example.com")})
	cs := awsses.NewConfigurationSet(s, jsii.String("ConfigSet"), nil)
	zoned := awsses.NewEmailIdentity(s, jsii.String("Zoned"), &awsses.EmailIdentityProps{
		Identity:                    awsses.Identity_PublicHostedZone(zone),
		MailFromDomain:              jsii.String("mail.example.com"),
		ConfigurationSet:            cs,
		FeedbackForwarding:          jsii.Bool(false),
		MailFromBehaviorOnMxFailure: awsses.MailFromBehaviorOnMxFailure_REJECT_MESSAGE,
		DkimSigning:                 jsii.Bool(true),
		DkimIdentity:                awsses.DkimIdentity_EasyDkim(awsses.EasyDkimSigningKeyLength_RSA_2048_BIT),
	})
	awsses.NewEmailIdentity(s, jsii.String("Email"), &awsses.EmailIdentityProps{Identity: awsses.Identity_Email(jsii.String("me@example.org"))})
	awsses.NewEmailIdentity(s, jsii.String("Domain"), &awsses.EmailIdentityProps{Identity: awsses.Identity_Domain(jsii.String("other.org")), MailFromDomain: jsii.String("bounce.other.org")})
	zone2 := awsroute53.NewPublicHostedZone(s, jsii.String("Zone2"), &awsroute53.PublicHostedZoneProps{ZoneName: jsii.String("byo.com")})
	awsses.NewEmailIdentity(s, jsii.String("Byo"), &awsses.EmailIdentityProps{
		Identity:     awsses.Identity_PublicHostedZone(zone2),
		DkimIdentity: awsses.DkimIdentity_ByoDkim(&awsses.ByoDkimOptions{PrivateKey: awscdk.SecretValue_UnsafePlainText(jsii.String("secret")), Selector: jsii.String("sel"), PublicKey: jsii.String("PUB")}),
	})
	awsses.NewEmailIdentity(s, jsii.String("ByoNoPub"), &awsses.EmailIdentityProps{
		Identity:     awsses.Identity_Domain(jsii.String("nopub.com")),
		DkimIdentity: awsses.DkimIdentity_ByoDkim(&awsses.ByoDkimOptions{PrivateKey: awscdk.SecretValue_UnsafePlainText(jsii.String("secret2")), Selector: jsii.String("sel2")}),
	})
	role := awsiam.NewRole(s, jsii.String("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("lambda.amazonaws.com"), nil)})
	zoned.GrantSendEmail(role)
	zoned.Grant(role, jsii.String("ses:GetEmailIdentity"))
	byName := awsses.EmailIdentity_FromEmailIdentityName(s, jsii.String("ByName"), jsii.String("imported.com"))
	byName.GrantSendEmail(role)
	byArn := awsses.EmailIdentity_FromEmailIdentityArn(s, jsii.String("ByArn"), jsii.String("arn:aws:ses:us-east-1:222222222222:identity/x.com"))
	byArn.Grant(role, jsii.String("ses:SendEmail"))
	out(s, "ByArnName", byArn.EmailIdentityName())
	out(s, "ZonedArn", zoned.EmailIdentityArn())
	var parts []*string
	for _, r := range *zoned.DkimRecords() {
		parts = append(parts, jsii.String(*r.Name+"="+*r.Value))
	}
	out(s, "Dkim", awscdk.Fn_Join(jsii.String(","), &parts))
}

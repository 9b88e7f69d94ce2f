package awsses_test

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskinesisfirehose"
	"github.com/strata-cdk/strata/awscdk/awsroute53"
	"github.com/strata-cdk/strata/awscdk/awsses"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/jsii"
)

func configSets(s awscdk.Stack) {
	awsses.NewConfigurationSet(s, jsii.String("Plain"), nil)
	pool := awsses.NewDedicatedIpPool(s, jsii.String("Pool"), &awsses.DedicatedIpPoolProps{DedicatedIpPoolName: jsii.String("my-pool"), ScalingMode: awsses.ScalingMode_MANAGED})
	awsses.NewDedicatedIpPool(s, jsii.String("Pool2"), nil)
	cs := awsses.NewConfigurationSet(s, jsii.String("Full"), &awsses.ConfigurationSetProps{
		ConfigurationSetName:         jsii.String("full"),
		CustomTrackingRedirectDomain: jsii.String("track.example.com"),
		CustomTrackingHttpsPolicy:    awsses.HttpsPolicy_REQUIRE,
		DedicatedIpPool:              pool,
		MaxDeliveryDuration:          awscdk.Duration_Minutes(jsii.Number(10)),
		ReputationMetrics:            jsii.Bool(true),
		SendingEnabled:               jsii.Bool(false),
		SuppressionReasons:           awsses.SuppressionReasons_BOUNCES_ONLY,
		TlsPolicy:                    awsses.ConfigurationSetTlsPolicy_REQUIRE,
		VdmOptions:                   &awsses.VdmOptions{EngagementMetrics: jsii.Bool(true), OptimizedSharedDelivery: jsii.Bool(false)},
		AutoValidationThreshold:      awsses.AutoValidationThreshold_HIGH,
	})
	awsses.NewConfigurationSet(s, jsii.String("NoSuppression"), &awsses.ConfigurationSetProps{DisableSuppressionList: jsii.Bool(true), DisableAutoValidation: jsii.Bool(true)})
	awsses.NewConfigurationSet(s, jsii.String("Complaints"), &awsses.ConfigurationSetProps{SuppressionReasons: awsses.SuppressionReasons_COMPLAINTS_ONLY, VdmOptions: &awsses.VdmOptions{}})
	awsses.NewConfigurationSet(s, jsii.String("Both"), &awsses.ConfigurationSetProps{SuppressionReasons: awsses.SuppressionReasons_BOUNCES_AND_COMPLAINTS, DisableAutoValidation: jsii.Bool(false)})
	topic := awssns.NewTopic(s, jsii.String("Topic"), nil)
	cs.AddEventDestination(jsii.String("ToSns"), &awsses.ConfigurationSetEventDestinationOptions{Destination: awsses.EventDestination_SnsTopic(topic), ConfigurationSetEventDestinationName: jsii.String("sns-dest")})
	cs.AddEventDestination(jsii.String("ToCw"), &awsses.ConfigurationSetEventDestinationOptions{
		Destination: awsses.EventDestination_CloudWatchDimensions(&[]*awsses.CloudWatchDimension{
			{Name: jsii.String("ses:source-ip"), Source: awsses.CloudWatchDimensionSource_MESSAGE_TAG, DefaultValue: jsii.String("amazon")},
			{Name: jsii.String("hdr"), Source: awsses.CloudWatchDimensionSource_EMAIL_HEADER, DefaultValue: jsii.String("x")},
		}),
		Events:  &[]awsses.EmailSendingEvent{awsses.EmailSendingEvent_BOUNCE, awsses.EmailSendingEvent_DELIVERY_DELAY},
		Enabled: jsii.Bool(false),
	})
	bus := awsevents.EventBus_FromEventBusName(s, jsii.String("Bus"), jsii.String("default"))
	cs.AddEventDestination(jsii.String("ToBus"), &awsses.ConfigurationSetEventDestinationOptions{Destination: awsses.EventDestination_EventBus(bus)})
	stream := awskinesisfirehose.DeliveryStream_FromDeliveryStreamArn(s, jsii.String("Stream"), jsii.String("arn:aws:firehose:us-east-1:111111111111:deliverystream/my-stream"))
	cs.AddEventDestination(jsii.String("ToFirehose"), &awsses.ConfigurationSetEventDestinationOptions{Destination: awsses.EventDestination_FirehoseDeliveryStream(&awsses.FirehoseDeliveryStreamDestination{DeliveryStream: stream})})
	role := awsiam.Role_FromRoleArn(s, jsii.String("Role"), jsii.String("arn:aws:iam::111111111111:role/firehose"), nil)
	awsses.NewConfigurationSetEventDestination(s, jsii.String("FirehoseRole"), &awsses.ConfigurationSetEventDestinationProps{
		ConfigurationSet: awsses.ConfigurationSet_FromConfigurationSetName(s, jsii.String("ImportedSet"), jsii.String("imported")),
		Destination:      awsses.EventDestination_FirehoseDeliveryStream(&awsses.FirehoseDeliveryStreamDestination{DeliveryStream: stream, Role: role}),
	})
	d := awsses.ConfigurationSetEventDestination_FromConfigurationSetEventDestinationAttributes(s, jsii.String("ImportedDest"), &awsses.ConfigurationSetEventDestinationAttributes{ConfigurationSet: cs, ConfigurationSetEventDestinationId: jsii.String("dest-id")})
	out(s, "DestId", d.ConfigurationSetEventDestinationId())
	awsses.NewVdmAttributes(s, jsii.String("Vdm"), nil)
	vdm2 := awsses.NewVdmAttributes(s, jsii.String("Vdm2"), &awsses.VdmAttributesProps{EngagementMetrics: jsii.Bool(false), OptimizedSharedDelivery: jsii.Bool(false)})
	out(s, "VdmId", vdm2.VdmAttributesResourceId())
	out(s, "VdmName", vdm2.VdmAttributesName())
	out(s, "PoolName", awsses.DedicatedIpPool_FromDedicatedIpPoolName(s, jsii.String("ImportedPool"), jsii.String("p")).DedicatedIpPoolName())
	out(s, "ImportedVdm", awsses.VdmAttributes_FromVdmAttributesName(s, jsii.String("ImportedVdmAttrs"), jsii.String("v")).VdmAttributesName())
}

func agnostic(s awscdk.Stack) {
	cs := awsses.NewConfigurationSet(s, jsii.String("Set"), nil)
	cs.AddEventDestination(jsii.String("ToSns"), &awsses.ConfigurationSetEventDestinationOptions{Destination: awsses.EventDestination_SnsTopic(awssns.NewTopic(s, jsii.String("Topic"), nil))})
	stream := awskinesisfirehose.DeliveryStream_FromDeliveryStreamArn(s, jsii.String("Stream"), jsii.String("arn:aws:firehose:us-east-1:111111111111:deliverystream/my-stream"))
	cs.AddEventDestination(jsii.String("ToFirehose"), &awsses.ConfigurationSetEventDestinationOptions{Destination: awsses.EventDestination_FirehoseDeliveryStream(&awsses.FirehoseDeliveryStreamDestination{DeliveryStream: stream})})
	cs.AddEventDestination(jsii.String("ToBus"), &awsses.ConfigurationSetEventDestinationOptions{Destination: awsses.EventDestination_EventBus(awsevents.EventBus_FromEventBusName(s, jsii.String("Bus"), jsii.String("default")))})
	zone := awsroute53.NewPublicHostedZone(s, jsii.String("Zone"), &awsroute53.PublicHostedZoneProps{ZoneName: jsii.String("example.com")})
	id := awsses.NewEmailIdentity(s, jsii.String("Identity"), &awsses.EmailIdentityProps{Identity: awsses.Identity_PublicHostedZone(zone), MailFromDomain: jsii.String("mail.example.com"), ConfigurationSet: cs})
	id.GrantSendEmail(awsiam.NewRole(s, jsii.String("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("lambda.amazonaws.com"), nil)}))
	out(s, "ByNameArn", awsses.EmailIdentity_FromEmailIdentityName(s, jsii.String("ByName"), jsii.String("x.com")).EmailIdentityArn())
}

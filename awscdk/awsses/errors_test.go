package awsses_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/awsses"
	"github.com/strata-cdk/strata/jsii"
)

// The Go twins of the `errors` cases in testdata/twins.js.
var errorCases = map[string]func(s awscdk.Stack){
	"SuppressionListAndReasons": func(s awscdk.Stack) {
		awsses.NewConfigurationSet(s, jsii.String("C"), &awsses.ConfigurationSetProps{DisableSuppressionList: jsii.Bool(true), SuppressionReasons: awsses.SuppressionReasons_BOUNCES_ONLY})
	},
	"AutoValidationAndThreshold": func(s awscdk.Stack) {
		awsses.NewConfigurationSet(s, jsii.String("C"), &awsses.ConfigurationSetProps{DisableAutoValidation: jsii.Bool(true), AutoValidationThreshold: awsses.AutoValidationThreshold_MEDIUM})
	},
	"DeliveryTooShort": func(s awscdk.Stack) {
		awsses.NewConfigurationSet(s, jsii.String("C"), &awsses.ConfigurationSetProps{MaxDeliveryDuration: awscdk.Duration_Seconds(jsii.Number(299))})
	},
	"DeliveryTooLong": func(s awscdk.Stack) {
		awsses.NewConfigurationSet(s, jsii.String("C"), &awsses.ConfigurationSetProps{MaxDeliveryDuration: awscdk.Duration_Hours(jsii.Number(15))})
	},
	"HttpsWithoutDomain": func(s awscdk.Stack) {
		awsses.NewConfigurationSet(s, jsii.String("C"), &awsses.ConfigurationSetProps{CustomTrackingHttpsPolicy: awsses.HttpsPolicy_OPTIONAL})
	},
	"NotDefaultBus": func(s awscdk.Stack) {
		bus := awsevents.EventBus_FromEventBusArn(s, jsii.String("B"), jsii.String("arn:aws:events:us-east-1:111111111111:event-bus/custom"))
		awsses.NewConfigurationSet(s, jsii.String("C"), nil).AddEventDestination(jsii.String("D"), &awsses.ConfigurationSetEventDestinationOptions{Destination: awsses.EventDestination_EventBus(bus)})
	},
	"BadIdentityArn": func(s awscdk.Stack) {
		awsses.EmailIdentity_FromEmailIdentityArn(s, jsii.String("I"), jsii.String("arn:aws:sns:us-east-1:111111111111:topic"))
	},
	"ImportedRuleSetName": func(s awscdk.Stack) {
		out(s, "X", awsses.ReceiptRule_FromReceiptRuleName(s, jsii.String("J"), jsii.String("y")).ReceiptRuleRef().RuleSetName)
	},
	"ImportedDestinationSetName": func(s awscdk.Stack) {
		d := awsses.ConfigurationSetEventDestination_FromConfigurationSetEventDestinationId(s, jsii.String("D"), jsii.String("id"))
		out(s, "X", d.ConfigurationSetEventDestinationRef().ConfigurationSetName)
	},
}

func TestErrors(t *testing.T) {
	checkErrors(t, errorCases, nil)
}

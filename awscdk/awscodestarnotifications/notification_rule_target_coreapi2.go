package awscodestarnotifications

import "github.com/strata-cdk/strata/constructs"

// NotificationRuleTargetConfig is what a notification rule target (an SNS
// topic or a chatbot client) tells the rule about itself.
type NotificationRuleTargetConfig struct {
	// The ARN of the SNS topic or chatbot client.
	TargetAddress *string `field:"required" json:"targetAddress" yaml:"targetAddress"`
	// "SNS" or "AWSChatbotSlack".
	TargetType *string `field:"required" json:"targetType" yaml:"targetType"`
}

// INotificationRuleTarget can receive a notification rule's notifications.
type INotificationRuleTarget interface {
	// BindAsNotificationRuleTarget readies the target (e.g. grants the
	// notifications service access) and returns its config.
	BindAsNotificationRuleTarget(scope constructs.Construct) *NotificationRuleTargetConfig
}

package awsses

// The enums of the SES L2s. Go's value is the constant's name (as in
// aws-cdk-go); the *Values tables hold what aws-cdk-lib writes to the template.

// AutoValidationThreshold is the confidence threshold of auto validation.
type AutoValidationThreshold string

const (
	AutoValidationThreshold_MEDIUM  AutoValidationThreshold = "MEDIUM"
	AutoValidationThreshold_HIGH    AutoValidationThreshold = "HIGH"
	AutoValidationThreshold_MANAGED AutoValidationThreshold = "MANAGED"
)

// CloudWatchDimensionSource says where SES finds the value of a dimension.
type CloudWatchDimensionSource string

const (
	CloudWatchDimensionSource_EMAIL_HEADER CloudWatchDimensionSource = "EMAIL_HEADER"
	CloudWatchDimensionSource_LINK_TAG     CloudWatchDimensionSource = "LINK_TAG"
	CloudWatchDimensionSource_MESSAGE_TAG  CloudWatchDimensionSource = "MESSAGE_TAG"
)

var cloudWatchDimensionSourceValues = map[CloudWatchDimensionSource]string{
	CloudWatchDimensionSource_EMAIL_HEADER: "emailHeader",
	CloudWatchDimensionSource_LINK_TAG:     "linkTag",
	CloudWatchDimensionSource_MESSAGE_TAG:  "messageTag",
}

// ConfigurationSetTlsPolicy says whether messages must be delivered over TLS.
type ConfigurationSetTlsPolicy string

const (
	ConfigurationSetTlsPolicy_REQUIRE  ConfigurationSetTlsPolicy = "REQUIRE"
	ConfigurationSetTlsPolicy_OPTIONAL ConfigurationSetTlsPolicy = "OPTIONAL"
)

// EasyDkimSigningKeyLength is the length of the key Easy DKIM signs with.
type EasyDkimSigningKeyLength string

const (
	EasyDkimSigningKeyLength_RSA_1024_BIT EasyDkimSigningKeyLength = "RSA_1024_BIT"
	EasyDkimSigningKeyLength_RSA_2048_BIT EasyDkimSigningKeyLength = "RSA_2048_BIT"
)

// EmailSendingEvent is an email sending event an event destination receives.
type EmailSendingEvent string

const (
	EmailSendingEvent_SEND              EmailSendingEvent = "SEND"
	EmailSendingEvent_REJECT            EmailSendingEvent = "REJECT"
	EmailSendingEvent_BOUNCE            EmailSendingEvent = "BOUNCE"
	EmailSendingEvent_COMPLAINT         EmailSendingEvent = "COMPLAINT"
	EmailSendingEvent_DELIVERY          EmailSendingEvent = "DELIVERY"
	EmailSendingEvent_OPEN              EmailSendingEvent = "OPEN"
	EmailSendingEvent_CLICK             EmailSendingEvent = "CLICK"
	EmailSendingEvent_RENDERING_FAILURE EmailSendingEvent = "RENDERING_FAILURE"
	EmailSendingEvent_DELIVERY_DELAY    EmailSendingEvent = "DELIVERY_DELAY"
	EmailSendingEvent_SUBSCRIPTION      EmailSendingEvent = "SUBSCRIPTION"
)

// allEmailSendingEvents is every event, in aws-cdk-lib's order (the default).
var allEmailSendingEvents = []EmailSendingEvent{
	EmailSendingEvent_SEND, EmailSendingEvent_REJECT, EmailSendingEvent_BOUNCE, EmailSendingEvent_COMPLAINT,
	EmailSendingEvent_DELIVERY, EmailSendingEvent_OPEN, EmailSendingEvent_CLICK, EmailSendingEvent_RENDERING_FAILURE,
	EmailSendingEvent_DELIVERY_DELAY, EmailSendingEvent_SUBSCRIPTION,
}

var emailSendingEventValues = map[EmailSendingEvent]string{
	EmailSendingEvent_SEND: "send", EmailSendingEvent_REJECT: "reject", EmailSendingEvent_BOUNCE: "bounce",
	EmailSendingEvent_COMPLAINT: "complaint", EmailSendingEvent_DELIVERY: "delivery", EmailSendingEvent_OPEN: "open",
	EmailSendingEvent_CLICK: "click", EmailSendingEvent_RENDERING_FAILURE: "renderingFailure",
	EmailSendingEvent_DELIVERY_DELAY: "deliveryDelay", EmailSendingEvent_SUBSCRIPTION: "subscription",
}

// HttpsPolicy says whether open and click tracking links use HTTPS.
type HttpsPolicy string

const (
	HttpsPolicy_REQUIRE           HttpsPolicy = "REQUIRE"
	HttpsPolicy_REQUIRE_OPEN_ONLY HttpsPolicy = "REQUIRE_OPEN_ONLY"
	HttpsPolicy_OPTIONAL          HttpsPolicy = "OPTIONAL"
)

// MailFromBehaviorOnMxFailure is what SES does when the MAIL FROM domain's MX record is missing.
type MailFromBehaviorOnMxFailure string

const (
	MailFromBehaviorOnMxFailure_USE_DEFAULT_VALUE MailFromBehaviorOnMxFailure = "USE_DEFAULT_VALUE"
	MailFromBehaviorOnMxFailure_REJECT_MESSAGE    MailFromBehaviorOnMxFailure = "REJECT_MESSAGE"
)

// ReceiptFilterPolicy says whether a receipt filter allows or blocks mail.
type ReceiptFilterPolicy string

const (
	ReceiptFilterPolicy_ALLOW ReceiptFilterPolicy = "ALLOW"
	ReceiptFilterPolicy_BLOCK ReceiptFilterPolicy = "BLOCK"
)

var receiptFilterPolicyValues = map[ReceiptFilterPolicy]string{ReceiptFilterPolicy_ALLOW: "Allow", ReceiptFilterPolicy_BLOCK: "Block"}

// ScalingMode is how a dedicated IP pool scales.
type ScalingMode string

const (
	ScalingMode_STANDARD ScalingMode = "STANDARD"
	ScalingMode_MANAGED  ScalingMode = "MANAGED"
)

// SuppressionReasons are the reasons an address joins the suppression list.
type SuppressionReasons string

const (
	SuppressionReasons_BOUNCES_AND_COMPLAINTS SuppressionReasons = "BOUNCES_AND_COMPLAINTS"
	SuppressionReasons_BOUNCES_ONLY           SuppressionReasons = "BOUNCES_ONLY"
	SuppressionReasons_COMPLAINTS_ONLY        SuppressionReasons = "COMPLAINTS_ONLY"
)

// TlsPolicy says whether a receipt rule requires incoming mail over TLS.
type TlsPolicy string

const (
	TlsPolicy_OPTIONAL TlsPolicy = "OPTIONAL"
	TlsPolicy_REQUIRE  TlsPolicy = "REQUIRE"
)

var tlsPolicyValues = map[TlsPolicy]string{TlsPolicy_OPTIONAL: "Optional", TlsPolicy_REQUIRE: "Require"}

// enumValue is the template value of an enum constant; an unknown value passes through.
func enumValue[T ~string](table map[T]string, v T) *string {
	if v == "" {
		return nil
	}
	if s, ok := table[v]; ok {
		return &s
	}
	s := string(v)
	return &s
}

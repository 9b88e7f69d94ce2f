package awssesactions

import (
	"regexp"
	"strings"
	"unicode/utf16"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awsses"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsses"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

func topicArn(t awssns.ITopic) *string {
	if t == nil {
		return nil
	}
	return t.TopicArn()
}

// AddHeaderProps are the props of NewAddHeader.
type AddHeaderProps struct {
	// The header's name: 1 to 50 letters, digits and dashes.
	Name *string `field:"required" json:"name" yaml:"name"`
	// The header's value: under 2048 characters, no newlines.
	Value *string `field:"required" json:"value" yaml:"value"`
}

// AddHeader adds a header to the received email.
type AddHeader interface {
	awsses.IReceiptRuleAction
	Bind(receiptRule interfacesawsses.IReceiptRuleRef) *awsses.ReceiptRuleActionConfig
}

type addHeader struct{ name, value *string }

var (
	headerName = regexp.MustCompile(`^[a-zA-Z0-9-]{1,50}$`)
)

// NewAddHeader creates the action; a bad name or value is an error.
func NewAddHeader(props *AddHeaderProps) AddHeader {
	if props == nil {
		props = &AddHeaderProps{}
	}
	// aws-cdk-lib checks here, before any construct exists: no path.
	if props.Name == nil || !headerName.MatchString(*props.Name) {
		diag.Panic("", "Header `name` must be between 1 and 50 characters, inclusive, and consist of alphanumeric (a-z, A-Z, 0-9) characters and dashes only.")
	}
	if props.Value == nil || !validHeaderValue(*props.Value) {
		diag.Panic("", "Header `value` must be less than 2048 characters, and must not contain newline characters (\"\r\" or \"\n\").")
	}
	return &addHeader{name: props.Name, value: props.Value}
}

// validHeaderValue: no CR or LF, at most 2047 characters (UTF-16 units, as JavaScript counts).
func validHeaderValue(v string) bool {
	return !strings.ContainsAny(v, "\r\n") && len(utf16.Encode([]rune(v))) <= 2047
}

func (a *addHeader) Bind(interfacesawsses.IReceiptRuleRef) *awsses.ReceiptRuleActionConfig {
	return &awsses.ReceiptRuleActionConfig{AddHeaderAction: &awsses.AddHeaderActionConfig{HeaderName: a.name, HeaderValue: a.value}}
}

// BounceTemplateProps are the parts of a bounce message.
type BounceTemplateProps struct {
	// Human-readable text of the bounce message.
	Message *string `field:"required" json:"message" yaml:"message"`
	// The SMTP reply code (RFC 5321).
	SmtpReplyCode *string `field:"required" json:"smtpReplyCode" yaml:"smtpReplyCode"`
	// The SMTP enhanced status code (RFC 3463). Default: none.
	StatusCode *string `field:"optional" json:"statusCode" yaml:"statusCode"`
}

// BounceTemplate is the message, reply code and status code of a bounce.
type BounceTemplate interface {
	Props() *BounceTemplateProps
}

type bounceTemplate struct{ props *BounceTemplateProps }

func (b *bounceTemplate) Props() *BounceTemplateProps { return b.props }

// NewBounceTemplate creates a bounce template.
func NewBounceTemplate(props *BounceTemplateProps) BounceTemplate {
	if props == nil {
		props = &BounceTemplateProps{}
	}
	return &bounceTemplate{props: props}
}

// NewBounceTemplate_Override initialises outer, a type embedding BounceTemplate.
func NewBounceTemplate_Override(outer BounceTemplate, props *BounceTemplateProps) {
	l2.Override(outer, NewBounceTemplate(props))
}

func template(message, reply, status string) BounceTemplate {
	return NewBounceTemplate(&BounceTemplateProps{Message: jsii.String(message), SmtpReplyCode: jsii.String(reply), StatusCode: jsii.String(status)})
}

// BounceTemplate_MAILBOX_DOES_NOT_EXIST is 550 5.1.1.
func BounceTemplate_MAILBOX_DOES_NOT_EXIST() BounceTemplate {
	return template("Mailbox does not exist", "550", "5.1.1")
}

// BounceTemplate_MESSAGE_TOO_LARGE is 552 5.3.4.
func BounceTemplate_MESSAGE_TOO_LARGE() BounceTemplate {
	return template("Message too large", "552", "5.3.4")
}

// BounceTemplate_MAILBOX_FULL is 552 5.2.2.
func BounceTemplate_MAILBOX_FULL() BounceTemplate { return template("Mailbox full", "552", "5.2.2") }

// BounceTemplate_MESSAGE_CONTENT_REJECTED is 500 5.6.1.
func BounceTemplate_MESSAGE_CONTENT_REJECTED() BounceTemplate {
	return template("Message content rejected", "500", "5.6.1")
}

// BounceTemplate_TEMPORARY_FAILURE is 450 4.0.0.
func BounceTemplate_TEMPORARY_FAILURE() BounceTemplate {
	return template("Temporary failure", "450", "4.0.0")
}

// BounceProps are the props of NewBounce.
type BounceProps struct {
	// The address the bounce is sent from.
	Sender *string `field:"required" json:"sender" yaml:"sender"`
	// The message, reply code and status code.
	Template BounceTemplate `field:"required" json:"template" yaml:"template"`
	// The SNS topic to notify. Default: none.
	Topic awssns.ITopic `field:"optional" json:"topic" yaml:"topic"`
}

// Bounce rejects the email with a bounce response.
type Bounce interface {
	awsses.IReceiptRuleAction
	Bind(receiptRule interfacesawsses.IReceiptRuleRef) *awsses.ReceiptRuleActionConfig
}

type bounce struct{ props *BounceProps }

// NewBounce creates the action.
func NewBounce(props *BounceProps) Bounce {
	if props == nil {
		props = &BounceProps{}
	}
	return &bounce{props: props}
}

func (b *bounce) Bind(r interfacesawsses.IReceiptRuleRef) *awsses.ReceiptRuleActionConfig {
	if b.props.Template == nil || b.props.Template.Props() == nil {
		l2.Throw(r, "Bounce needs a Template")
	}
	t := b.props.Template.Props()
	return &awsses.ReceiptRuleActionConfig{BounceAction: &awsses.BounceActionConfig{
		Sender: b.props.Sender, SmtpReplyCode: t.SmtpReplyCode, Message: t.Message, TopicArn: topicArn(b.props.Topic), StatusCode: t.StatusCode,
	}}
}

// LambdaInvocationType is how SES invokes the function.
type LambdaInvocationType string

const (
	LambdaInvocationType_EVENT            LambdaInvocationType = "EVENT"
	LambdaInvocationType_REQUEST_RESPONSE LambdaInvocationType = "REQUEST_RESPONSE"
)

var invocationTypeValues = map[LambdaInvocationType]string{LambdaInvocationType_EVENT: "Event", LambdaInvocationType_REQUEST_RESPONSE: "RequestResponse"}

// LambdaProps are the props of NewLambda.
type LambdaProps struct {
	// The function to invoke.
	Function awslambda.IFunction `field:"required" json:"function" yaml:"function"`
	// How it is invoked. Default: EVENT.
	InvocationType LambdaInvocationType `field:"optional" json:"invocationType" yaml:"invocationType"`
	// The SNS topic to notify. Default: none.
	Topic awssns.ITopic `field:"optional" json:"topic" yaml:"topic"`
}

// Lambda calls a Lambda function; binding lets SES invoke it.
type Lambda interface {
	awsses.IReceiptRuleAction
	Bind(receiptRule interfacesawsses.IReceiptRuleRef) *awsses.ReceiptRuleActionConfig
}

type lambda struct{ props *LambdaProps }

// NewLambda creates the action.
func NewLambda(props *LambdaProps) Lambda {
	if props == nil {
		props = &LambdaProps{}
	}
	return &lambda{props: props}
}

func (l *lambda) Bind(r interfacesawsses.IReceiptRuleRef) *awsses.ReceiptRuleActionConfig {
	fn := l.props.Function
	if fn == nil {
		l2.Throw(r, "Lambda needs a Function")
	}
	const permissionID = "AllowSes"
	if fn.PermissionsNode().TryFindChild(jsii.String(permissionID)) == nil {
		fn.AddPermission(jsii.String(permissionID), &awslambda.Permission{
			Action:        jsii.String("lambda:InvokeFunction"),
			Principal:     awsiam.NewServicePrincipal(jsii.String("ses.amazonaws.com"), nil),
			SourceAccount: awscdk.Aws_ACCOUNT_ID(),
		})
	}
	// An imported function gets no permission: say so rather than fail.
	if p := fn.PermissionsNode().TryFindChild(jsii.String(permissionID)); p != nil {
		r.Node().AddDependency(p)
	} else {
		awscdk.Annotations_Of(r).AddWarningV2(jsii.String("@aws-cdk/aws-ses-actions:lambdaAddInvokePermissions"),
			jsii.String("This rule is using a Lambda action with an imported function. Ensure permission is given to SES to invoke that function."))
	}
	var inv *string
	if l.props.InvocationType != "" {
		s, ok := invocationTypeValues[l.props.InvocationType]
		if !ok {
			s = string(l.props.InvocationType)
		}
		inv = &s
	}
	return &awsses.ReceiptRuleActionConfig{LambdaAction: &awsses.LambdaActionConfig{FunctionArn: fn.FunctionArn(), InvocationType: inv, TopicArn: topicArn(l.props.Topic)}}
}

// S3Props are the props of NewS3.
type S3Props struct {
	// The bucket emails are saved to.
	Bucket awss3.IBucket `field:"required" json:"bucket" yaml:"bucket"`
	// The KMS key SES encrypts emails with. Default: not encrypted.
	KmsKey awskms.IKey `field:"optional" json:"kmsKey" yaml:"kmsKey"`
	// The key prefix. Default: none.
	ObjectKeyPrefix *string `field:"optional" json:"objectKeyPrefix" yaml:"objectKeyPrefix"`
	// The SNS topic to notify. Default: none.
	Topic awssns.ITopic `field:"optional" json:"topic" yaml:"topic"`
}

// S3 saves the email to a bucket; binding lets SES write there (and use the key).
type S3 interface {
	awsses.IReceiptRuleAction
	Bind(receiptRule interfacesawsses.IReceiptRuleRef) *awsses.ReceiptRuleActionConfig
}

type s3 struct{ props *S3Props }

// NewS3 creates the action.
func NewS3(props *S3Props) S3 {
	if props == nil {
		props = &S3Props{}
	}
	return &s3{props: props}
}

var sesManagedKey = regexp.MustCompile(`alias/aws/ses$`)

func (a *s3) Bind(r interfacesawsses.IReceiptRuleRef) *awsses.ReceiptRuleActionConfig {
	bucket := a.props.Bucket
	if bucket == nil {
		l2.Throw(r, "S3 needs a Bucket")
	}
	prefix := ""
	if a.props.ObjectKeyPrefix != nil {
		prefix = *a.props.ObjectKeyPrefix
	}
	ses := awsiam.NewServicePrincipal(jsii.String("ses.amazonaws.com"), nil)
	bucket.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions:    jsii.Strings("s3:PutObject"),
		Principals: &[]awsiam.IPrincipal{ses},
		Resources:  &[]*string{bucket.ArnForObjects(jsii.String(prefix + "*"))},
		Conditions: &map[string]interface{}{"StringEquals": map[string]interface{}{"aws:SourceAccount": awscdk.Aws_ACCOUNT_ID()}},
	}))
	if p := bucket.Node().TryFindChild(jsii.String("Policy")); p != nil {
		r.Node().AddDependency(p)
	} else {
		awscdk.Annotations_Of(r).AddWarningV2(jsii.String("@aws-cdk/s3:AddBucketPermissions"),
			jsii.String("This rule is using a S3 action with an imported bucket. Ensure permission is given to SES to write to that bucket."))
	}
	var keyArn *string
	if k := a.props.KmsKey; k != nil {
		// aws-cdk-lib's key order, which a Go map would sort.
		nullContext := ojson.New()
		nullContext.Set("kms:EncryptionContext:aws:ses:rule-name", "false")
		nullContext.Set("kms:EncryptionContext:aws:ses:message-id", "false")
		keyArn = k.KeyArn()
		if !sesManagedKey.MatchString(*keyArn) {
			k.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
				Actions:    jsii.Strings("kms:Encrypt", "kms:GenerateDataKey"),
				Principals: &[]awsiam.IPrincipal{ses},
				Resources:  jsii.Strings("*"),
				Conditions: &map[string]interface{}{
					"Null":         nullContext,
					"StringEquals": map[string]interface{}{"kms:EncryptionContext:aws:ses:source-account": awscdk.Aws_ACCOUNT_ID()},
				},
			}), nil)
		}
	}
	return &awsses.ReceiptRuleActionConfig{S3Action: &awsses.S3ActionConfig{
		BucketName: bucket.BucketName(), KmsKeyArn: keyArn, ObjectKeyPrefix: a.props.ObjectKeyPrefix, TopicArn: topicArn(a.props.Topic),
	}}
}

// EmailEncoding is how the email is encoded in the SNS notification.
type EmailEncoding string

const (
	EmailEncoding_BASE64 EmailEncoding = "BASE64"
	EmailEncoding_UTF8   EmailEncoding = "UTF8"
)

var encodingValues = map[EmailEncoding]string{EmailEncoding_BASE64: "Base64", EmailEncoding_UTF8: "UTF-8"}

// SnsProps are the props of NewSns.
type SnsProps struct {
	// The topic to publish to.
	Topic awssns.ITopic `field:"required" json:"topic" yaml:"topic"`
	// The email's encoding. Default: UTF-8.
	Encoding EmailEncoding `field:"optional" json:"encoding" yaml:"encoding"`
}

// Sns publishes the email to an SNS topic.
type Sns interface {
	awsses.IReceiptRuleAction
	Bind(receiptRule interfacesawsses.IReceiptRuleRef) *awsses.ReceiptRuleActionConfig
}

type sns struct{ props *SnsProps }

// NewSns creates the action.
func NewSns(props *SnsProps) Sns {
	if props == nil {
		props = &SnsProps{}
	}
	return &sns{props: props}
}

func (a *sns) Bind(r interfacesawsses.IReceiptRuleRef) *awsses.ReceiptRuleActionConfig {
	if a.props.Topic == nil {
		l2.Throw(r, "Sns needs a Topic")
	}
	var enc *string
	if a.props.Encoding != "" {
		s, ok := encodingValues[a.props.Encoding]
		if !ok {
			s = string(a.props.Encoding)
		}
		enc = &s
	}
	return &awsses.ReceiptRuleActionConfig{SnsAction: &awsses.SNSActionConfig{Encoding: enc, TopicArn: a.props.Topic.TopicArn()}}
}

// StopProps are the props of NewStop.
type StopProps struct {
	// The SNS topic to notify. Default: none.
	Topic awssns.ITopic `field:"optional" json:"topic" yaml:"topic"`
}

// Stop ends the evaluation of the rule set.
type Stop interface {
	awsses.IReceiptRuleAction
	Bind(receiptRule interfacesawsses.IReceiptRuleRef) *awsses.ReceiptRuleActionConfig
}

type stop struct{ props *StopProps }

// NewStop creates the action.
func NewStop(props *StopProps) Stop {
	if props == nil {
		props = &StopProps{}
	}
	return &stop{props: props}
}

func (a *stop) Bind(interfacesawsses.IReceiptRuleRef) *awsses.ReceiptRuleActionConfig {
	return &awsses.ReceiptRuleActionConfig{StopAction: &awsses.StopActionConfig{Scope: jsii.String("RuleSet"), TopicArn: topicArn(a.props.Topic)}}
}

// WorkMailProps are the props of NewWorkMail.
type WorkMailProps struct {
	// The WorkMail organization's ARN.
	OrganizationArn *string `field:"required" json:"organizationArn" yaml:"organizationArn"`
	// The SNS topic to notify. Default: none.
	Topic awssns.ITopic `field:"optional" json:"topic" yaml:"topic"`
}

// WorkMail hands the email to Amazon WorkMail.
type WorkMail interface {
	awsses.IReceiptRuleAction
	Bind(receiptRule interfacesawsses.IReceiptRuleRef) *awsses.ReceiptRuleActionConfig
}

type workMail struct{ props *WorkMailProps }

// NewWorkMail creates the action.
func NewWorkMail(props *WorkMailProps) WorkMail {
	if props == nil {
		props = &WorkMailProps{}
	}
	return &workMail{props: props}
}

func (a *workMail) Bind(interfacesawsses.IReceiptRuleRef) *awsses.ReceiptRuleActionConfig {
	return &awsses.ReceiptRuleActionConfig{WorkmailAction: &awsses.WorkmailActionConfig{OrganizationArn: a.props.OrganizationArn, TopicArn: topicArn(a.props.Topic)}}
}

// The New*_Override constructors store the action in the user's struct.

// NewAddHeader_Override initialises outer, a type embedding AddHeader.
func NewAddHeader_Override(outer AddHeader, props *AddHeaderProps) {
	l2.Override(outer, NewAddHeader(props))
}

// NewBounce_Override initialises outer, a type embedding Bounce.
func NewBounce_Override(outer Bounce, props *BounceProps) { l2.Override(outer, NewBounce(props)) }

// NewLambda_Override initialises outer, a type embedding Lambda.
func NewLambda_Override(outer Lambda, props *LambdaProps) { l2.Override(outer, NewLambda(props)) }

// NewS3_Override initialises outer, a type embedding S3.
func NewS3_Override(outer S3, props *S3Props) { l2.Override(outer, NewS3(props)) }

// NewSns_Override initialises outer, a type embedding Sns.
func NewSns_Override(outer Sns, props *SnsProps) { l2.Override(outer, NewSns(props)) }

// NewStop_Override initialises outer, a type embedding Stop.
func NewStop_Override(outer Stop, props *StopProps) { l2.Override(outer, NewStop(props)) }

// NewWorkMail_Override initialises outer, a type embedding WorkMail.
func NewWorkMail_Override(outer WorkMail, props *WorkMailProps) {
	l2.Override(outer, NewWorkMail(props))
}

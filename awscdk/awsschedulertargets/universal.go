package awsschedulertargets

import (
	"strings"
	"unicode/utf8"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awsscheduler"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/sdkiam"
	"github.com/strata-cdk/strata/jsii"
)

// UniversalTargetProps are the props of NewUniversal.
type UniversalTargetProps struct {
	DeadLetterQueue awssqs.IQueue                    `field:"optional" json:"deadLetterQueue" yaml:"deadLetterQueue"`
	Input           awsscheduler.ScheduleTargetInput `field:"optional" json:"input" yaml:"input"`
	MaxEventAge     awscdk.Duration                  `field:"optional" json:"maxEventAge" yaml:"maxEventAge"`
	RetryAttempts   *float64                         `field:"optional" json:"retryAttempts" yaml:"retryAttempts"`
	Role            awsiam.IRole                     `field:"optional" json:"role" yaml:"role"`
	// The API action, camelCase (for example "createBucket").
	Action *string `field:"required" json:"action" yaml:"action"`
	// The AWS SDK service name, lower case (for example "s3").
	Service *string `field:"required" json:"service" yaml:"service"`
	// The role's permissions. Default: the action on every resource ("*"), with a warning.
	PolicyStatements *[]awsiam.PolicyStatement `field:"optional" json:"policyStatements" yaml:"policyStatements"`
}

// Universal calls any AWS API action EventBridge Scheduler supports.
type Universal interface {
	ScheduleTargetBase
	awsscheduler.IScheduleTarget
}

type universal struct {
	*targetBase
	props *UniversalTargetProps
}

// Read-only actions EventBridge Scheduler refuses.
var readOnlyPrefixes = []string{"get", "describe", "list", "poll", "receive", "search", "scan", "query", "select", "read", "lookup", "discover", "validate", "batchGet", "batchDescribe", "batchRead", "transactGet", "adminGet", "adminList", "testMigration", "retrieve", "testConnection", "translateDocument", "isAuthorized", "invokeModel"}

func newUniversal(props *UniversalTargetProps) *universal {
	if props == nil || props.Service == nil || props.Action == nil {
		diag.Panic("", "Universal needs props (Service, Action are required); got nil")
	}
	service, action := *props.Service, *props.Action
	if !*awscdk.Token_IsUnresolved(service) && service != strings.ToLower(service) {
		diag.Panic("", "API service must be lowercase, got: %s", service)
	}
	if !*awscdk.Token_IsUnresolved(action) {
		// An empty action fails too, as aws-cdk-lib's startsWith(undefined) does.
		if r, _ := utf8.DecodeRuneInString(action); action == "" || string(r) != strings.ToLower(string(r)) {
			diag.Panic("", "API action must be camelCase, got: %s", action)
		}
		for _, p := range readOnlyPrefixes {
			if strings.HasPrefix(action, p) {
				diag.Panic("", "Read-only API action is not supported by EventBridge Scheduler: %s:%s", service, action)
			}
		}
	}
	arn := "arn:" + *awscdk.Aws_PARTITION() + ":scheduler:::aws-sdk:" + service + ":" + action
	t := &universal{targetBase: newBase(&ScheduleTargetBaseProps{
		DeadLetterQueue: props.DeadLetterQueue, Input: props.Input, MaxEventAge: props.MaxEventAge,
		RetryAttempts: props.RetryAttempts, Role: props.Role,
	}, jsii.String(arn)), props: props}
	t.self = t
	return t
}

// NewUniversal targets the AWS API action props.Action of props.Service.
func NewUniversal(props *UniversalTargetProps) Universal { return newUniversal(props) }

// NewUniversal_Override initialises outer, a type embedding Universal.
func NewUniversal_Override(u Universal, props *UniversalTargetProps) {
	t := newUniversal(props)
	t.self = u
	l2.Override(u, Universal(t))
}

func (t *universal) AddTargetActionToRole(role awsiam.IRole) {
	if t.props.PolicyStatements == nil || len(*t.props.PolicyStatements) == 0 {
		awscdk.Annotations_Of(role).AddWarningV2(jsii.String("@aws-cdk/aws-scheduler-targets:defaultWildcardResourcePolicy"),
			jsii.String("Default policy with * for resources is used. Use custom policy for better security posture."))
		statement(role, jsii.String("*"), sdkiam.Action(*t.props.Service, *t.props.Action))
		return
	}
	for _, s := range *t.props.PolicyStatements {
		role.AddToPrincipalPolicy(s)
	}
}

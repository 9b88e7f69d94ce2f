package awsschedulertargets

import (
	"crypto/md5"
	"encoding/hex"
	"math"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awsscheduler"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// ScheduleTargetBaseProps are what every target accepts.
type ScheduleTargetBaseProps struct {
	// Where events that fail every retry go. Default: dropped.
	DeadLetterQueue awssqs.IQueue `field:"optional" json:"deadLetterQueue" yaml:"deadLetterQueue"`
	// What the target receives. Default: EventBridge Scheduler's default.
	Input awsscheduler.ScheduleTargetInput `field:"optional" json:"input" yaml:"input"`
	// How long to keep retrying, 1 minute to 1 day. Default: 1 day.
	MaxEventAge awscdk.Duration `field:"optional" json:"maxEventAge" yaml:"maxEventAge"`
	// How many retries, 0 to 185. Default: 185.
	RetryAttempts *float64 `field:"optional" json:"retryAttempts" yaml:"retryAttempts"`
	// The role EventBridge Scheduler assumes. Default: one per target, created on first use.
	Role awsiam.IRole `field:"optional" json:"role" yaml:"role"`
}

// ScheduleTargetBase is what every target shares: Bind renders the target
// config through BindBaseTargetConfig, which calls AddTargetActionToRole.
type ScheduleTargetBase interface {
	TargetArn() *string
	// AddTargetActionToRole grants role what invoking the target needs.
	AddTargetActionToRole(role awsiam.IRole)
	Bind(schedule awsscheduler.ISchedule) *awsscheduler.ScheduleTargetConfig
	BindBaseTargetConfig(_schedule awsscheduler.ISchedule) *awsscheduler.ScheduleTargetConfig
}

// targetBase implements ScheduleTargetBase; self is the outermost value
// (a concrete target, or a user's struct embedding one), so Bind reaches
// the overridden BindBaseTargetConfig and AddTargetActionToRole.
type targetBase struct {
	self  ScheduleTargetBase
	props ScheduleTargetBaseProps
	arn   *string
}

func newBase(props *ScheduleTargetBaseProps, arn *string) *targetBase {
	b := &targetBase{arn: arn}
	if props != nil {
		b.props = *props
	}
	b.self = b
	return b
}

func (b *targetBase) TargetArn() *string { return b.arn }

func (b *targetBase) AddTargetActionToRole(role awsiam.IRole) {
	diag.Panic("", "ScheduleTargetBase: the type embedding it must implement AddTargetActionToRole")
}

func (b *targetBase) Bind(schedule awsscheduler.ISchedule) *awsscheduler.ScheduleTargetConfig {
	return b.self.BindBaseTargetConfig(schedule)
}

func (b *targetBase) BindBaseTargetConfig(schedule awsscheduler.ISchedule) *awsscheduler.ScheduleTargetConfig {
	role := b.props.Role
	if role == nil {
		role = targetRole(schedule, b.arn)
	}
	b.self.AddTargetActionToRole(role)
	cfg := &awsscheduler.ScheduleTargetConfig{Arn: b.arn, Role: role, Input: b.props.Input}
	if q := b.props.DeadLetterQueue; q != nil {
		role.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
			Actions: jsii.Strings("sqs:SendMessage"), Resources: &[]*string{q.QueueArn()},
		}))
		cfg.DeadLetterConfig = &awsscheduler.CfnSchedule_DeadLetterConfigProperty{Arn: q.QueueArn()}
	}
	cfg.RetryPolicy = retryPolicy(b.props.MaxEventAge, b.props.RetryAttempts)
	return cfg
}

// targetRole finds the stack's role for targetArn, or creates it; every
// schedule using it may assume it.
func targetRole(schedule awsscheduler.ISchedule, targetArn *string) awsiam.IRole {
	stack := awscdk.Stack_Of(schedule)
	key := ""
	if targetArn != nil {
		key = *targetArn
	}
	if *awscdk.Token_IsUnresolved(key) {
		b, err := ojson.Marshal(stack.Resolve(targetArn), "")
		if err != nil {
			diag.Panic(*schedule.Node().Path(), "cannot render the target ARN: %v", err)
		}
		key = string(b)
	}
	sum := md5.Sum([]byte(key))
	id := "SchedulerRoleForTarget-" + hex.EncodeToString(sum[:])[:6]

	env := schedule.Env()
	var sourceArn *string
	if g := schedule.ScheduleGroup(); g != nil {
		sourceArn = g.ScheduleGroupArn()
	} else {
		sourceArn = stack.FormatArn(&awscdk.ArnComponents{
			Service: jsii.String("scheduler"), Resource: jsii.String("schedule-group"),
			Region: env.Region, Account: env.Account, ResourceName: jsii.String("default"),
		})
	}
	principal := awsiam.NewServicePrincipal(jsii.String("scheduler.amazonaws.com"), &awsiam.ServicePrincipalOpts{
		Conditions: &map[string]interface{}{"StringEquals": map[string]interface{}{
			"aws:SourceAccount": env.Account, "aws:SourceArn": sourceArn,
		}},
	})
	if existing := stack.Node().TryFindChild(jsii.String(id)); existing != nil {
		role, ok := existing.(awsiam.IRole)
		if !ok {
			diag.Panic(*existing.Node().Path(), "a construct named %s exists in the stack but is not a role", id)
		}
		if r, ok := existing.(awsiam.Role); ok && r.AssumeRolePolicy() != nil {
			r.AssumeRolePolicy().AddStatements(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
				Effect: awsiam.Effect_ALLOW, Principals: &[]awsiam.IPrincipal{principal}, Actions: jsii.Strings("sts:AssumeRole"),
			}))
		}
		return role
	}
	return awsiam.NewRole(stack, jsii.String(id), &awsiam.RoleProps{
		RoleName: awscdk.PhysicalName_GENERATE_IF_NEEDED(), AssumedBy: principal,
	})
}

func retryPolicy(maxEventAge awscdk.Duration, attempts *float64) *awsscheduler.CfnSchedule_RetryPolicyProperty {
	const maxAge, minAge = 86400.0, 60.0
	age := maxAge
	if maxEventAge != nil {
		age = *maxEventAge.ToSeconds(&awscdk.TimeConversionOptions{Integral: jsii.Bool(true)})
		if age > maxAge {
			diag.Panic("", "Maximum event age is 1 day")
		}
		if age < minAge {
			diag.Panic("", "Minimum event age is 1 minute")
		}
	}
	n := 185.0
	if attempts != nil {
		if *attempts < 0 || math.IsNaN(*attempts) {
			diag.Panic("", "Number of retry attempts should be greater or equal than 0")
		}
		if *attempts > 185 {
			diag.Panic("", "Number of retry attempts should be less or equal than 185")
		}
		n = *attempts
	}
	return &awsscheduler.CfnSchedule_RetryPolicyProperty{MaximumEventAgeInSeconds: jsii.Number(age), MaximumRetryAttempts: jsii.Number(n)}
}

// NewScheduleTargetBase_Override initialises outer, a user's target type
// embedding ScheduleTargetBase; outer must implement AddTargetActionToRole.
func NewScheduleTargetBase_Override(s ScheduleTargetBase, baseProps *ScheduleTargetBaseProps, targetArn *string) {
	b := newBase(baseProps, targetArn)
	b.self = s
	l2.Override(s, ScheduleTargetBase(b))
}

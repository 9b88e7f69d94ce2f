package awslogs

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/interfaces"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawslogs"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/host"
)

// RetentionDays is how long log events are kept.
type RetentionDays string

const (
	RetentionDays_ONE_DAY         RetentionDays = "ONE_DAY"
	RetentionDays_THREE_DAYS      RetentionDays = "THREE_DAYS"
	RetentionDays_FIVE_DAYS       RetentionDays = "FIVE_DAYS"
	RetentionDays_ONE_WEEK        RetentionDays = "ONE_WEEK"
	RetentionDays_TWO_WEEKS       RetentionDays = "TWO_WEEKS"
	RetentionDays_ONE_MONTH       RetentionDays = "ONE_MONTH"
	RetentionDays_TWO_MONTHS      RetentionDays = "TWO_MONTHS"
	RetentionDays_THREE_MONTHS    RetentionDays = "THREE_MONTHS"
	RetentionDays_FOUR_MONTHS     RetentionDays = "FOUR_MONTHS"
	RetentionDays_FIVE_MONTHS     RetentionDays = "FIVE_MONTHS"
	RetentionDays_SIX_MONTHS      RetentionDays = "SIX_MONTHS"
	RetentionDays_ONE_YEAR        RetentionDays = "ONE_YEAR"
	RetentionDays_THIRTEEN_MONTHS RetentionDays = "THIRTEEN_MONTHS"
	RetentionDays_EIGHTEEN_MONTHS RetentionDays = "EIGHTEEN_MONTHS"
	RetentionDays_TWO_YEARS       RetentionDays = "TWO_YEARS"
	RetentionDays_THREE_YEARS     RetentionDays = "THREE_YEARS"
	RetentionDays_FIVE_YEARS      RetentionDays = "FIVE_YEARS"
	RetentionDays_SIX_YEARS       RetentionDays = "SIX_YEARS"
	RetentionDays_SEVEN_YEARS     RetentionDays = "SEVEN_YEARS"
	RetentionDays_EIGHT_YEARS     RetentionDays = "EIGHT_YEARS"
	RetentionDays_NINE_YEARS      RetentionDays = "NINE_YEARS"
	RetentionDays_TEN_YEARS       RetentionDays = "TEN_YEARS"
	RetentionDays_INFINITE        RetentionDays = "INFINITE"
)

// retentionValues are the day counts CloudFormation takes.
var retentionValues = map[RetentionDays]float64{
	"ONE_DAY": 1, "THREE_DAYS": 3, "FIVE_DAYS": 5, "ONE_WEEK": 7, "TWO_WEEKS": 14, "ONE_MONTH": 30, "TWO_MONTHS": 60,
	"THREE_MONTHS": 90, "FOUR_MONTHS": 120, "FIVE_MONTHS": 150, "SIX_MONTHS": 180, "ONE_YEAR": 365,
	"THIRTEEN_MONTHS": 400, "EIGHTEEN_MONTHS": 545, "TWO_YEARS": 731, "THREE_YEARS": 1096, "FIVE_YEARS": 1827,
	"SIX_YEARS": 2192, "SEVEN_YEARS": 2557, "EIGHT_YEARS": 2922, "NINE_YEARS": 3288, "TEN_YEARS": 3653, "INFINITE": 9999,
}

// LogGroupClass is the class of a log group.
type LogGroupClass string

const (
	LogGroupClass_STANDARD          LogGroupClass = "STANDARD"
	LogGroupClass_INFREQUENT_ACCESS LogGroupClass = "INFREQUENT_ACCESS"
	LogGroupClass_DELIVERY          LogGroupClass = "DELIVERY"
)

// LogGroupProps are the props of NewLogGroup.
type LogGroupProps struct {
	DeletionProtectionEnabled *bool                `field:"optional" json:"deletionProtectionEnabled" yaml:"deletionProtectionEnabled"`
	EncryptionKey             awskms.IKey          `field:"optional" json:"encryptionKey" yaml:"encryptionKey"`
	LogGroupClass             LogGroupClass        `field:"optional" json:"logGroupClass" yaml:"logGroupClass"`
	LogGroupName              *string              `field:"optional" json:"logGroupName" yaml:"logGroupName"`
	RemovalPolicy             awscdk.RemovalPolicy `field:"optional" json:"removalPolicy" yaml:"removalPolicy"`
	Retention                 RetentionDays        `field:"optional" json:"retention" yaml:"retention"`
}

// ILogGroup is a CloudWatch Logs log group.
type ILogGroup interface {
	awscdk.IResource
	interfacesawslogs.ILogGroupRef
	LogGroupArn() *string
	LogGroupName() *string
	Grant(grantee awsiam.IGrantable, actions ...*string) awsiam.Grant
	GrantWrite(grantee awsiam.IGrantable) awsiam.Grant
	GrantRead(grantee awsiam.IGrantable) awsiam.Grant
	LogGroupPhysicalName() *string
}

// LogGroup is a log group (AWS::Logs::LogGroup).
type LogGroup interface {
	ILogGroup
	awscdk.Resource
}

type logGroupBase struct {
	awscdk.Resource
	self ILogGroup
}

func (l *logGroupBase) LogGroupRef() *interfacesawslogs.LogGroupReference {
	return &interfacesawslogs.LogGroupReference{LogGroupArn: l.self.LogGroupArn(), LogGroupName: l.self.LogGroupName()}
}
func (l *logGroupBase) LogGroupPhysicalName() *string { return l.PhysicalName() }

// arnWithoutStreamSuffix is the log group's ARN without ":*".
func (l *logGroupBase) arnWithoutStreamSuffix() *string {
	arn := l.self.LogGroupArn()
	if *awscdk.Token_IsUnresolved(arn) {
		return awscdk.Arn_Format(&awscdk.ArnComponents{Service: str("logs"), Resource: str("log-group"), ResourceName: l.self.LogGroupName(),
			ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME, Account: l.Env().Account, Region: l.Env().Region}, awscdk.Stack_Of(l))
	}
	return str(strings.TrimSuffix(*arn, ":*"))
}

func (l *logGroupBase) grantOn(grantee awsiam.IGrantable, actions []*string, arns []*string) awsiam.Grant {
	return awsiam.Grant_AddToPrincipalOrResource(&awsiam.GrantWithResourceOptions{
		Grantee: grantee, Actions: &actions, ResourceArns: &arns, Resource: &noResourcePolicy{l},
	})
}

// Grant grants actions on the log group and its streams.
func (l *logGroupBase) Grant(grantee awsiam.IGrantable, actions ...*string) awsiam.Grant {
	return l.grantOn(grantee, actions, []*string{l.arnWithoutStreamSuffix(), l.self.LogGroupArn()})
}

// GrantWrite lets grantee create streams and put events.
func (l *logGroupBase) GrantWrite(grantee awsiam.IGrantable) awsiam.Grant {
	return l.grantOn(grantee, []*string{str("logs:CreateLogStream"), str("logs:PutLogEvents")}, []*string{l.self.LogGroupArn()})
}

// GrantRead lets grantee read the log group.
func (l *logGroupBase) GrantRead(grantee awsiam.IGrantable) awsiam.Grant {
	acts := []string{"logs:FilterLogEvents", "logs:GetLogEvents", "logs:GetLogGroupFields", "logs:DescribeLogGroups", "logs:DescribeLogStreams"}
	var a []*string
	for _, x := range acts {
		a = append(a, str(x))
	}
	return l.Grant(grantee, a...)
}

// noResourcePolicy stands for the log group's resource policy, which Strata
// does not write yet: grants to other accounts fail the AssertSuccess.
type noResourcePolicy struct{ l *logGroupBase }

func (n *noResourcePolicy) Env() *interfaces.ResourceEnvironment { return n.l.Env() }
func (n *noResourcePolicy) AddToResourcePolicy(awsiam.PolicyStatement) *awsiam.AddToResourcePolicyResult {
	f := false
	return &awsiam.AddToResourcePolicyResult{StatementAdded: &f}
}

type logGroup struct {
	logGroupBase
	res       CfnLogGroup
	arn, name *string
}

// NewLogGroup creates a log group. Retention defaults to two years and the
// removal policy to RETAIN, as in aws-cdk-lib.
func NewLogGroup(scope constructs.Construct, id *string, props *LogGroupProps) LogGroup {
	if props == nil {
		props = &LogGroupProps{}
	}
	l := &logGroup{}
	l.self = l
	l.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: props.LogGroupName})
	host.Set(l.Resource, l)
	retention := props.Retention
	if props.LogGroupClass == LogGroupClass_DELIVERY && retention != "" {
		addError(l, "retention is not supported for a log group with logGroupClass DELIVERY; remove retention or use a different LogGroupClass")
	}
	if retention == "" && props.LogGroupClass != LogGroupClass_DELIVERY {
		retention = RetentionDays_TWO_YEARS
	}
	var days *float64
	if retention != "" && retention != RetentionDays_INFINITE {
		v, ok := retentionValues[retention]
		if !ok {
			addError(l, "unknown retention %q: use one of the RetentionDays_* values", string(retention))
		} else {
			days = &v
		}
	}
	var kmsKey interface{}
	if props.EncryptionKey != nil {
		kmsKey = props.EncryptionKey.KeyRef().KeyArn
	}
	var class *string
	if props.LogGroupClass != "" {
		class = str(string(props.LogGroupClass))
	}
	var deletionProtection interface{}
	if props.DeletionProtectionEnabled != nil {
		deletionProtection = props.DeletionProtectionEnabled
	}
	var name interface{}
	if pn := l.PhysicalName(); pn != nil {
		name = pn
	}
	l.res = NewCfnLogGroup(l, str("Resource"), &CfnLogGroupProps{
		KmsKeyId:                  kmsKey,
		LogGroupClass:             class,
		LogGroupName:              name,
		RetentionInDays:           days,
		DeletionProtectionEnabled: deletionProtection,
	})
	l.res.ApplyRemovalPolicy(props.RemovalPolicy, nil)
	return l
}

func (l *logGroup) LogGroupArn() *string {
	if l.arn == nil {
		l.arn = l.GetResourceArnAttribute(l.res.AttrArn(), &awscdk.ArnComponents{
			Service: str("logs"), Resource: str("log-group"), ResourceName: l.PhysicalName(), ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME,
		})
	}
	return l.arn
}

func (l *logGroup) LogGroupName() *string {
	if l.name == nil {
		l.name = l.GetResourceNameAttribute(l.res.Ref())
	}
	return l.name
}

type importedLogGroup struct {
	logGroupBase
	arn, name *string
}

func (l *importedLogGroup) LogGroupArn() *string  { return l.arn }
func (l *importedLogGroup) LogGroupName() *string { return l.name }

// LogGroup_FromLogGroupName imports a log group of the stack's environment by name.
func LogGroup_FromLogGroupName(scope constructs.Construct, id *string, logGroupName *string) ILogGroup {
	base := strings.TrimSuffix(deref(logGroupName), ":*")
	arn := awscdk.Stack_Of(scope).FormatArn(&awscdk.ArnComponents{Service: str("logs"), Resource: str("log-group"),
		ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME, ResourceName: str(base + ":*")})
	l := &importedLogGroup{arn: arn, name: str(base)}
	l.self = l
	l.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(l.Resource, l)
	return l
}

// LogGroup_FromLogGroupArn imports a log group by ARN (with or without ":*").
func LogGroup_FromLogGroupArn(scope constructs.Construct, id *string, logGroupArn *string) ILogGroup {
	base := strings.TrimSuffix(deref(logGroupArn), ":*")
	parts := awscdk.Stack_Of(scope).SplitArn(str(base), awscdk.ArnFormat_COLON_RESOURCE_NAME)
	l := &importedLogGroup{arn: str(base + ":*"), name: parts.ResourceName}
	l.self = l
	l.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{EnvironmentFromArn: str(base)})
	host.Set(l.Resource, l)
	return l
}

func str(s string) *string { return &s }

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func addError(c constructs.IConstruct, format string, args ...interface{}) {
	l2.AddError(c, format, args...)
}

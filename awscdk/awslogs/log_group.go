package awslogs

import (
	"reflect"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawskms"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawslogs"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
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
	DataProtectionPolicy      DataProtectionPolicy     `field:"optional" json:"dataProtectionPolicy" yaml:"dataProtectionPolicy"`
	DeletionProtectionEnabled *bool                    `field:"optional" json:"deletionProtectionEnabled" yaml:"deletionProtectionEnabled"`
	EncryptionKey             interfacesawskms.IKeyRef `field:"optional" json:"encryptionKey" yaml:"encryptionKey"`
	FieldIndexPolicies        *[]FieldIndexPolicy      `field:"optional" json:"fieldIndexPolicies" yaml:"fieldIndexPolicies"`
	LogGroupClass             LogGroupClass            `field:"optional" json:"logGroupClass" yaml:"logGroupClass"`
	LogGroupName              *string                  `field:"optional" json:"logGroupName" yaml:"logGroupName"`
	RemovalPolicy             awscdk.RemovalPolicy     `field:"optional" json:"removalPolicy" yaml:"removalPolicy"`
	Retention                 RetentionDays            `field:"optional" json:"retention" yaml:"retention"`
}

// ILogGroup is a CloudWatch Logs log group. (aws-cdk-go's ExtractMetric,
// Metric, MetricIncomingBytes and MetricIncomingLogEvents return
// awscloudwatch.Metric and wait for the awscloudwatch L2.)
type ILogGroup interface {
	interfacesawslogs.ILogGroupRef
	awsiam.IResourceWithPolicy
	AddMetricFilter(id *string, props *MetricFilterOptions) MetricFilter
	AddStream(id *string, props *StreamOptions) LogStream
	AddSubscriptionFilter(id *string, props *SubscriptionFilterOptions) SubscriptionFilter
	AddTransformer(id *string, props *TransformerOptions) Transformer
	Grant(grantee awsiam.IGrantable, actions ...*string) awsiam.Grant
	GrantRead(grantee awsiam.IGrantable) awsiam.Grant
	GrantWrite(grantee awsiam.IGrantable) awsiam.Grant
	LogGroupPhysicalName() *string
	LogGroupArn() *string
	LogGroupName() *string
	// ExtractMetric adds a metric filter publishing jsonField's value and
	// returns its metric.
	ExtractMetric(jsonField, metricNamespace, metricName *string) awscloudwatch.Metric
	// Metric is one of the log group's AWS/Logs metrics (statistic Sum).
	Metric(metricName *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricIncomingBytes(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricIncomingLogEvents(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
}

// LogGroup is a log group (AWS::Logs::LogGroup).
type LogGroup interface {
	awscdk.Resource
	ILogGroup
	Grants() LogGroupGrants
}

type logGroupBase struct {
	awscdk.Resource
	self   ILogGroup
	grants LogGroupGrants
	policy ResourcePolicy
}

// initBase finishes a log group whose Resource is set.
func (l *logGroupBase) initBase(self ILogGroup) {
	l.self = self
	host.Set(l.Resource, self)
	l.grants = LogGroupGrants_FromLogGroup(self)
}

func (l *logGroupBase) LogGroupRef() *interfacesawslogs.LogGroupReference {
	return &interfacesawslogs.LogGroupReference{LogGroupArn: l.self.LogGroupArn(), LogGroupName: l.self.LogGroupName()}
}
func (l *logGroupBase) LogGroupPhysicalName() *string { return l.PhysicalName() }
func (l *logGroupBase) Grants() LogGroupGrants        { return l.grants }

// Grant grants actions on the log group and its streams.
func (l *logGroupBase) Grant(grantee awsiam.IGrantable, actions ...*string) awsiam.Grant {
	return l.grants.Actions(grantee, &actions, nil)
}

// GrantWrite lets grantee create streams and put events.
func (l *logGroupBase) GrantWrite(grantee awsiam.IGrantable) awsiam.Grant {
	return l.grants.Write(grantee)
}

// GrantRead lets grantee read the log group.
func (l *logGroupBase) GrantRead(grantee awsiam.IGrantable) awsiam.Grant {
	return l.grants.Read(grantee)
}

// AddStream creates a log stream in this log group.
func (l *logGroupBase) AddStream(id *string, props *StreamOptions) LogStream {
	if props == nil {
		props = &StreamOptions{}
	}
	return NewLogStream(l.Resource, id, &LogStreamProps{LogGroup: l.self, LogStreamName: props.LogStreamName})
}

// AddSubscriptionFilter creates a subscription filter on this log group.
func (l *logGroupBase) AddSubscriptionFilter(id *string, props *SubscriptionFilterOptions) SubscriptionFilter {
	if props == nil {
		l2.RequireProps(l.self, id, "SubscriptionFilter", "Destination", "FilterPattern")
	}
	return NewSubscriptionFilter(l.Resource, id, &SubscriptionFilterProps{LogGroup: l.self, Destination: props.Destination,
		FilterPattern: props.FilterPattern, Distribution: props.Distribution, FilterName: props.FilterName})
}

// AddMetricFilter creates a metric filter on this log group.
func (l *logGroupBase) AddMetricFilter(id *string, props *MetricFilterOptions) MetricFilter {
	if props == nil {
		l2.RequireProps(l.self, id, "MetricFilter", "FilterPattern", "MetricName", "MetricNamespace")
	}
	return NewMetricFilter(l.Resource, id, &MetricFilterProps{LogGroup: l.self, FilterPattern: props.FilterPattern,
		MetricName: props.MetricName, MetricNamespace: props.MetricNamespace, ApplyOnTransformedLogs: props.ApplyOnTransformedLogs,
		DefaultValue: props.DefaultValue, Dimensions: props.Dimensions, FilterName: props.FilterName, MetricValue: props.MetricValue,
		Unit: props.Unit})
}

// AddToResourcePolicy adds a statement to the log group's resource policy
// (a ResourcePolicy "Policy" under the log group, made on first use).
// Principals known to belong to an account are written as that account.
func (l *logGroupBase) AddToResourcePolicy(statement awsiam.PolicyStatement) *awsiam.AddToResourcePolicyResult {
	if l.policy == nil {
		l.policy = NewResourcePolicy(l.Resource, str("Policy"), nil)
	}
	var principals []awsiam.IPrincipal
	if ps := statement.Principals(); ps != nil {
		for _, p := range *ps {
			principals = append(principals, accountPrincipal(p))
		}
	}
	l.policy.Document().AddStatements(statement.Copy(&awsiam.PolicyStatementProps{Principals: &principals}))
	t := true
	return &awsiam.AddToResourcePolicyResult{StatementAdded: &t, PolicyDependable: l.policy}
}

// accountPrincipal turns a principal of a known account into an
// ArnPrincipal of the bare account ID, as CloudWatch Logs policies want.
func accountPrincipal(p awsiam.IPrincipal) awsiam.IPrincipal {
	if a := p.PrincipalAccount(); a != nil {
		return awsiam.NewArnPrincipal(a)
	}
	if ap, ok := p.(awsiam.ArnPrincipal); ok && deref(ap.Arn()) != "*" {
		parts := awscdk.Arn_Split(ap.Arn(), awscdk.ArnFormat_SLASH_RESOURCE_NAME)
		if parts.Account != nil && *parts.Account != "" {
			return awsiam.NewArnPrincipal(parts.Account)
		}
	}
	return p
}

type logGroup struct {
	logGroupBase
	res       CfnLogGroup
	arn, name *string
}

// NewLogGroup creates a log group. Retention defaults to two years and the
// removal policy to RETAIN, as in aws-cdk-lib.
func NewLogGroup(scope constructs.Construct, id *string, props *LogGroupProps) LogGroup {
	// Property injectors (aws-cdk-lib's propertyInjectable) see the props first.
	props = l2.Inject(*LogGroup_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &LogGroupProps{}
	}
	l := &logGroup{}
	l.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: props.LogGroupName})
	l.initBase(l)
	retention := props.Retention
	if props.LogGroupClass == LogGroupClass_DELIVERY {
		switch {
		case retention != "":
			l2.Throw(l, "retention is not supported for a log group with logGroupClass DELIVERY; remove retention or use a different LogGroupClass")
		case props.DataProtectionPolicy != nil:
			l2.Throw(l, "dataProtectionPolicy is not supported for a log group with logGroupClass DELIVERY; remove dataProtectionPolicy or use a different LogGroupClass")
		case props.FieldIndexPolicies != nil:
			l2.Throw(l, "fieldIndexPolicies is not supported for a log group with logGroupClass DELIVERY; remove fieldIndexPolicies or use a different LogGroupClass")
		}
	}
	if retention == "" && props.LogGroupClass != LogGroupClass_DELIVERY {
		retention = RetentionDays_TWO_YEARS
	}
	var days *float64
	if retention != "" && retention != RetentionDays_INFINITE {
		v, ok := retentionValues[retention]
		if !ok {
			l2.AddError(l, "unknown retention %q: use one of the RetentionDays_* values", string(retention))
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
	var dataProtection interface{}
	if props.DataProtectionPolicy != nil {
		dp, ok := unwrap[*dataProtectionPolicy](props.DataProtectionPolicy)
		if !ok {
			l2.Throw(l, "dataProtectionPolicy must be made with NewDataProtectionPolicy")
		}
		dataProtection = ordered(dp.bind(l))
	}
	var fieldIndex interface{}
	if props.FieldIndexPolicies != nil {
		list := []interface{}{}
		for _, f := range *props.FieldIndexPolicies {
			fp, ok := unwrap[*fieldIndexPolicy](f)
			if !ok {
				l2.Throw(l, "fieldIndexPolicies must be made with NewFieldIndexPolicy")
			}
			list = append(list, fp.bind())
		}
		fieldIndex = ordered(list)
	}
	l.res = NewCfnLogGroup(l, str("Resource"), &CfnLogGroupProps{
		KmsKeyId:                  kmsKey,
		LogGroupClass:             class,
		LogGroupName:              name,
		RetentionInDays:           days,
		DataProtectionPolicy:      dataProtection,
		DeletionProtectionEnabled: deletionProtection,
		FieldIndexPolicies:        fieldIndex,
	})
	l.res.ApplyRemovalPolicy(props.RemovalPolicy, nil)
	return l
}

// NewLogGroup_Override initialises a type embedding LogGroup.
func NewLogGroup_Override(l LogGroup, scope constructs.Construct, id *string, props *LogGroupProps) {
	l2.Override(l, NewLogGroup(scope, id, props))
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
	if logGroupName == nil {
		l2.RequireArg(scope, "LogGroup_FromLogGroupName", "a log group name")
	}
	base := trimStreamSuffix(deref(logGroupName))
	arn := awscdk.Stack_Of(scope).FormatArn(&awscdk.ArnComponents{Service: str("logs"), Resource: str("log-group"),
		ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME, ResourceName: str(base + ":*")})
	l := &importedLogGroup{arn: arn, name: str(base)}
	l.Resource = awscdk.NewResource(scope, id, nil)
	l.initBase(l)
	return l
}

// LogGroup_FromLogGroupArn imports a log group by ARN (with or without ":*").
func LogGroup_FromLogGroupArn(scope constructs.Construct, id *string, logGroupArn *string) ILogGroup {
	base := trimStreamSuffix(deref(logGroupArn))
	parts := awscdk.Stack_Of(scope).SplitArn(str(base), awscdk.ArnFormat_COLON_RESOURCE_NAME)
	l := &importedLogGroup{arn: str(base + ":*"), name: parts.ResourceName}
	l.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{EnvironmentFromArn: str(base)})
	l.initBase(l)
	return l
}

// ordered hands an ordered JSON value (aws-cdk-lib builds these objects in
// a fixed key order) to an L1 property untouched by the props renderer.
func ordered(v interface{}) interface{} {
	return awscdk.Lazy_Any(anyFunc(func() interface{} { return v }), nil)
}

type anyFunc func() interface{}

func (f anyFunc) Produce() interface{} { return f() }

func trimStreamSuffix(arn string) string { return strings.TrimSuffix(arn, ":*") }

// unwrap finds the implementation T behind v: v itself, or the value a
// New*_Override stored in the user's struct.
func unwrap[T any](v interface{}) (T, bool) {
	for i := 0; i < 8; i++ {
		if t, ok := v.(T); ok {
			return t, true
		}
		rv := reflect.ValueOf(v)
		if rv.Kind() != reflect.Ptr || rv.IsNil() || rv.Elem().Kind() != reflect.Struct || rv.Elem().NumField() == 0 {
			break
		}
		f := rv.Elem().Field(0)
		if !rv.Elem().Type().Field(0).Anonymous || f.Kind() != reflect.Interface || f.IsNil() {
			break
		}
		v = f.Interface()
	}
	var zero T
	return zero, false
}

func str(s string) *string { return &s }

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

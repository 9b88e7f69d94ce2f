package awsstepfunctions

import (
	"regexp"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awss3assets"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsstepfunctions"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/cwmetric"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// IStateMachine is a state machine, defined in this app or imported.
type IStateMachine interface {
	awsiam.IGrantable
	awscdk.IResource
	interfacesawsstepfunctions.IStateMachineRef
	// Grant gives identity the actions on the state machine.
	Grant(identity awsiam.IGrantable, actions ...*string) awsiam.Grant
	// GrantExecution gives identity the actions on the state machine's executions.
	GrantExecution(identity awsiam.IGrantable, actions ...*string) awsiam.Grant
	GrantRead(identity awsiam.IGrantable) awsiam.Grant
	GrantRedriveExecution(identity awsiam.IGrantable) awsiam.Grant
	GrantStartExecution(identity awsiam.IGrantable) awsiam.Grant
	GrantStartSyncExecution(identity awsiam.IGrantable) awsiam.Grant
	GrantTaskResponse(identity awsiam.IGrantable) awsiam.Grant
	// Metric is the state machine's metricName metric (AWS/States, by StateMachineArn).
	Metric(metricName *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricAborted(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricFailed(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricStarted(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricSucceeded(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricThrottled(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricTime(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricTimedOut(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	StateMachineArn() *string
}

// StateMachine is a Step Functions state machine defined in this app
// (AWS::StepFunctions::StateMachine) with its execution role.
type StateMachine interface {
	awscdk.Resource
	IStateMachine
	Grants() StateMachineGrants
	SetGrants(val StateMachineGrants)
	Role() awsiam.IRole
	StateMachineName() *string
	StateMachineRevisionId() *string
	StateMachineType() StateMachineType
	// AddToRolePolicy adds a statement to the execution role's policy.
	AddToRolePolicy(statement awsiam.PolicyStatement)
}

// stateMachineBase implements IStateMachine for owned and imported state
// machines; self is the outer value.
type stateMachineBase struct {
	awscdk.Resource
	self      IStateMachine
	grants    StateMachineGrants
	arn       func() *string
	principal func() awsiam.IPrincipal
}

func (b *stateMachineBase) StateMachineArn() *string          { return b.arn() }
func (b *stateMachineBase) GrantPrincipal() awsiam.IPrincipal { return b.principal() }
func (b *stateMachineBase) Grants() StateMachineGrants        { return b.grants }
func (b *stateMachineBase) SetGrants(val StateMachineGrants)  { b.grants = val }
func (b *stateMachineBase) StateMachineRef() *interfacesawsstepfunctions.StateMachineReference {
	return &interfacesawsstepfunctions.StateMachineReference{StateMachineArn: b.self.StateMachineArn()}
}

func (b *stateMachineBase) Grant(identity awsiam.IGrantable, actions ...*string) awsiam.Grant {
	return b.grants.Actions(identity, actions...)
}
func (b *stateMachineBase) GrantExecution(identity awsiam.IGrantable, actions ...*string) awsiam.Grant {
	return b.grants.Execution(identity, actions...)
}
func (b *stateMachineBase) GrantRead(identity awsiam.IGrantable) awsiam.Grant {
	return b.grants.Read(identity)
}
func (b *stateMachineBase) GrantRedriveExecution(identity awsiam.IGrantable) awsiam.Grant {
	return b.GrantExecution(identity, jsii.String("states:RedriveExecution"))
}
func (b *stateMachineBase) GrantStartExecution(identity awsiam.IGrantable) awsiam.Grant {
	return b.grants.StartExecution(identity)
}
func (b *stateMachineBase) GrantStartSyncExecution(identity awsiam.IGrantable) awsiam.Grant {
	return b.grants.StartSyncExecution(identity)
}
func (b *stateMachineBase) GrantTaskResponse(identity awsiam.IGrantable) awsiam.Grant {
	return b.grants.TaskResponse(identity)
}

func (b *stateMachineBase) dims() *map[string]*string {
	return &map[string]*string{"StateMachineArn": b.self.StateMachineArn()}
}

func (b *stateMachineBase) Metric(metricName *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	base := &awscloudwatch.MetricProps{Namespace: jsii.String("AWS/States"), MetricName: metricName,
		DimensionsMap: b.dims(), Statistic: jsii.String("sum")}
	return awscloudwatch.NewMetric(cwmetric.Overlay(base, props)).AttachTo(b.self)
}

func (b *stateMachineBase) canned(name, statistic string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	base := &awscloudwatch.MetricProps{Namespace: jsii.String("AWS/States"), MetricName: jsii.String(name),
		DimensionsMap: b.dims(), Statistic: jsii.String(statistic)}
	return awscloudwatch.NewMetric(cwmetric.Overlay(base, props)).AttachTo(b.self)
}

func (b *stateMachineBase) MetricFailed(p *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return b.canned("ExecutionsFailed", "Sum", p)
}
func (b *stateMachineBase) MetricThrottled(p *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return b.Metric(jsii.String("ExecutionThrottled"), p)
}
func (b *stateMachineBase) MetricAborted(p *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return b.canned("ExecutionsAborted", "Sum", p)
}
func (b *stateMachineBase) MetricSucceeded(p *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return b.canned("ExecutionsSucceeded", "Sum", p)
}
func (b *stateMachineBase) MetricTimedOut(p *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return b.canned("ExecutionsTimedOut", "Sum", p)
}
func (b *stateMachineBase) MetricStarted(p *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return b.Metric(jsii.String("ExecutionsStarted"), p)
}
func (b *stateMachineBase) MetricTime(p *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return b.canned("ExecutionTime", "Average", p)
}

type importedStateMachine struct{ stateMachineBase }

// StateMachine_FromStateMachineArn imports a state machine by its ARN.
func StateMachine_FromStateMachineArn(scope constructs.Construct, id *string, stateMachineArn *string) IStateMachine {
	m := &importedStateMachine{}
	m.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{EnvironmentFromArn: stateMachineArn})
	host.Set(m.Resource, m)
	m.self = m
	m.arn = func() *string { return stateMachineArn }
	principal := awsiam.NewUnknownPrincipal(&awsiam.UnknownPrincipalProps{Resource: m})
	m.principal = func() awsiam.IPrincipal { return principal }
	m.grants = StateMachineGrants_FromStateMachine(m)
	return m
}

// StateMachine_FromStateMachineName imports a state machine of this stack's
// account and region by its name.
func StateMachine_FromStateMachineName(scope constructs.Construct, id *string, stateMachineName *string) IStateMachine {
	arn := awscdk.Stack_Of(scope).FormatArn(&awscdk.ArnComponents{Service: jsii.String("states"), Resource: jsii.String("stateMachine"),
		ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME, ResourceName: stateMachineName})
	return StateMachine_FromStateMachineArn(scope, id, arn)
}

type stateMachine struct {
	stateMachineBase
	role       awsiam.IRole
	resource   CfnStateMachine
	smType     StateMachineType
	revisionID *string
	arnMemo    *string
	nameMemo   *string
}

// StateMachine_PROPERTY_INJECTION_ID is the id property injectors use for StateMachine.
func StateMachine_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-stepfunctions.StateMachine")
}

var stateMachineNamePattern = regexp.MustCompile(`(?i)^[a-z0-9+!@.()\-=_']+$`)

// NewStateMachine creates a state machine from a definition (a chain of
// states, a string or a file) and, unless one is given, its role.
func NewStateMachine(scope constructs.Construct, id *string, props *StateMachineProps) StateMachine {
	props = l2.Inject(*StateMachine_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &StateMachineProps{}
	}
	m := &stateMachine{}
	m.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: props.StateMachineName})
	host.Set(m.Resource, m)
	m.self = m
	m.arn = m.stateMachineArn
	m.principal = func() awsiam.IPrincipal { return m.role.GrantPrincipal() }
	m.grants = StateMachineGrants_FromStateMachine(m)

	if props.Definition != nil && props.DefinitionBody != nil {
		l2.Throw(m, "Cannot specify definition and definitionBody at the same time")
	}
	if props.Definition == nil && props.DefinitionBody == nil {
		l2.Throw(m, "You need to specify either definition or definitionBody")
	}
	if n := props.StateMachineName; n != nil && !isUnresolved(*n) {
		if len(*n) < 1 || len(*n) > 80 {
			l2.Throw(m, "State Machine name must be between 1 and 80 characters. Received: %s", *n)
		}
		if !stateMachineNamePattern.MatchString(*n) {
			l2.Throw(m, "State Machine name must match \"^[a-z0-9+!@.()-=_']+$/i\". Received: %s", *n)
		}
	}
	if props.Logs != nil && props.Logs.Level != LogLevel_OFF && props.Logs.Destination == nil {
		l2.Throw(m, "Logs destination is required when level is not OFF.")
	}

	stack := awscdk.Stack_Of(m)
	m.role = props.Role
	if m.role == nil {
		m.role = awsiam.NewRole(m, jsii.String("Role"), &awsiam.RoleProps{
			AssumedBy: awsiam.NewServicePrincipal(jsii.String("states.amazonaws.com"), &awsiam.ServicePrincipalOpts{
				Conditions: &map[string]interface{}{
					"ArnLike": map[string]interface{}{"aws:SourceArn": stack.FormatArn(&awscdk.ArnComponents{Service: jsii.String("states"),
						Resource: jsii.String("stateMachine"), ResourceName: jsii.String("*"), ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME})},
					"StringEquals": map[string]interface{}{"aws:SourceAccount": stack.Account()},
				},
			}),
		})
	}
	body := props.DefinitionBody
	if body == nil {
		body = DefinitionBody_FromChainable(props.Definition)
	}
	m.smType = props.StateMachineType
	if m.smType == "" {
		m.smType = StateMachineType_STANDARD
	}
	var graph StateGraph
	if cb, ok := body.(*chainDefinitionBody); ok {
		graph = NewStateGraph(cb.chainable.StartState(), jsii.String("State Machine definition"))
		graph.SetTimeout(props.Timeout)
		for _, st := range *graph.PolicyStatements() {
			m.AddToRolePolicy(st)
		}
	}
	if cmk, ok := props.EncryptionConfiguration.(*customerManagedEncryption); ok {
		m.role.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
			Effect:    awsiam.Effect_ALLOW,
			Actions:   jsii.Strings("kms:Decrypt", "kms:GenerateDataKey"),
			Resources: &[]*string{cmk.key.KeyArn()},
			Conditions: &map[string]interface{}{"StringEquals": map[string]interface{}{
				"kms:EncryptionContext:aws:states:stateMachineArn": stack.FormatArn(&awscdk.ArnComponents{Service: jsii.String("states"),
					Resource: jsii.String("stateMachine"), ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME, ResourceName: jsii.String(deref(m.PhysicalName()))}),
			}},
		}))
		if props.Logs != nil && props.Logs.Level != LogLevel_OFF {
			m.role.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
				Effect:    awsiam.Effect_ALLOW,
				Actions:   jsii.Strings("kms:GenerateDataKey"),
				Resources: &[]*string{cmk.key.KeyArn()},
				Conditions: &map[string]interface{}{"StringEquals": map[string]interface{}{
					"kms:EncryptionContext:SourceArn": stack.FormatArn(&awscdk.ArnComponents{Service: jsii.String("logs"), Resource: jsii.String("*"), ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME}),
				}},
			}))
			cmk.key.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
				Resources:  jsii.Strings("*"),
				Actions:    jsii.Strings("kms:Decrypt*"),
				Principals: &[]awsiam.IPrincipal{awsiam.NewServicePrincipal(jsii.String("delivery.logs.amazonaws.com"), nil)},
			}), nil)
		}
	}

	cfn := &CfnStateMachineProps{
		StateMachineName: m.PhysicalName(),
		RoleArn:          m.role.RoleArn(),
	}
	if props.StateMachineType != "" {
		cfn.StateMachineType = jsii.String(string(props.StateMachineType))
	}
	if props.Logs != nil {
		cfn.LoggingConfiguration = m.loggingConfiguration(props.Logs)
	}
	if props.TracingEnabled != nil {
		if *props.TracingEnabled {
			m.AddToRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
				Actions:   jsii.Strings("xray:PutTraceSegments", "xray:PutTelemetryRecords", "xray:GetSamplingRules", "xray:GetSamplingTargets"),
				Resources: jsii.Strings("*"),
			}))
		}
		cfn.TracingConfiguration = &CfnStateMachine_TracingConfigurationProperty{Enabled: props.TracingEnabled}
	}
	if dc := body.Bind(m, m.role.GrantPrincipal(), props, graph); dc != nil {
		cfn.Definition = dc.Definition
		if dc.DefinitionS3Location != nil {
			cfn.DefinitionS3Location = dc.DefinitionS3Location
		}
		if dc.DefinitionString != nil {
			cfn.DefinitionString = dc.DefinitionString
		}
	}
	if props.DefinitionSubstitutions != nil {
		cfn.DefinitionSubstitutions = props.DefinitionSubstitutions
	}
	if ec := buildEncryptionConfiguration(props.EncryptionConfiguration); ec != nil {
		cfn.EncryptionConfiguration = ec
	}
	m.resource = NewCfnStateMachine(m, jsii.String("Resource"), cfn)
	policy := props.RemovalPolicy
	if policy == "" {
		policy = awscdk.RemovalPolicy_DESTROY
	}
	m.resource.ApplyRemovalPolicy(policy, nil)
	m.resource.Node().AddDependency(m.role)
	if graph != nil {
		graph.Bind(m)
	}
	m.revisionID = m.resource.AttrStateMachineRevisionId()
	return m
}

func (m *stateMachine) loggingConfiguration(logs *LogOptions) *CfnStateMachine_LoggingConfigurationProperty {
	out := &CfnStateMachine_LoggingConfigurationProperty{Level: jsii.String(string(logs.Level))}
	if logs.Level == "" {
		out.Level = jsii.String("ERROR")
	}
	if logs.Destination != nil {
		m.AddToRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
			Effect: awsiam.Effect_ALLOW,
			Actions: jsii.Strings("logs:CreateLogDelivery", "logs:GetLogDelivery", "logs:UpdateLogDelivery", "logs:DeleteLogDelivery",
				"logs:ListLogDeliveries", "logs:PutResourcePolicy", "logs:DescribeResourcePolicies", "logs:DescribeLogGroups"),
			Resources: jsii.Strings("*"),
		}))
		out.Destinations = &[]*CfnStateMachine_LogDestinationProperty{{
			CloudWatchLogsLogGroup: &CfnStateMachine_CloudWatchLogsLogGroupProperty{LogGroupArn: logs.Destination.LogGroupRef().LogGroupArn},
		}}
	}
	if logs.IncludeExecutionData != nil {
		out.IncludeExecutionData = logs.IncludeExecutionData
	}
	return out
}

func (m *stateMachine) stateMachineArn() *string {
	if m.arnMemo == nil {
		m.arnMemo = m.GetResourceArnAttribute(m.resource.Ref(), &awscdk.ArnComponents{Service: jsii.String("states"),
			Resource: jsii.String("stateMachine"), ResourceName: m.PhysicalName(), ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME})
	}
	return m.arnMemo
}

func (m *stateMachine) StateMachineName() *string {
	if m.nameMemo == nil {
		m.nameMemo = m.GetResourceNameAttribute(m.resource.AttrName())
	}
	return m.nameMemo
}

func (m *stateMachine) Role() awsiam.IRole                 { return m.role }
func (m *stateMachine) StateMachineRevisionId() *string    { return m.revisionID }
func (m *stateMachine) StateMachineType() StateMachineType { return m.smType }
func (m *stateMachine) AddToRolePolicy(statement awsiam.PolicyStatement) {
	m.role.AddToPrincipalPolicy(statement)
}

// StateMachine_IsConstruct reports whether x is a construct.
func StateMachine_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// StateMachine_IsResource reports whether construct is a Resource.
func StateMachine_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// StateMachine_IsOwnedResource reports whether construct is a Resource defined in this app.
func StateMachine_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// ---- definition bodies ----

// DefinitionBody is where a state machine's definition comes from.
type DefinitionBody interface {
	Bind(scope constructs.Construct, sfnPrincipal awsiam.IPrincipal, sfnProps *StateMachineProps, graph StateGraph) *DefinitionConfig
}

// DefinitionBody_FromChainable is a definition built from states.
func DefinitionBody_FromChainable(chainable IChainable) DefinitionBody {
	return NewChainDefinitionBody(chainable)
}

// DefinitionBody_FromString is a definition given as an ASL JSON string.
func DefinitionBody_FromString(definition *string) DefinitionBody {
	return NewStringDefinitionBody(definition)
}

// DefinitionBody_FromFile is a definition read from a local file, uploaded as an asset.
func DefinitionBody_FromFile(path *string, options *awss3assets.AssetOptions) DefinitionBody {
	return NewFileDefinitionBody(path, options)
}

// ChainDefinitionBody is a definition built from states.
type ChainDefinitionBody interface {
	DefinitionBody
	Chainable() IChainable
}

type chainDefinitionBody struct{ chainable IChainable }

// NewChainDefinitionBody is a definition built from states.
func NewChainDefinitionBody(chainable IChainable) ChainDefinitionBody {
	return &chainDefinitionBody{chainable}
}

func (c *chainDefinitionBody) Chainable() IChainable { return c.chainable }

func (c *chainDefinitionBody) Bind(scope constructs.Construct, _ awsiam.IPrincipal, sfnProps *StateMachineProps, graph StateGraph) *DefinitionConfig {
	if sfnProps == nil {
		sfnProps = &StateMachineProps{}
	}
	if graph == nil {
		graph = NewStateGraph(c.chainable.StartState(), jsii.String("State Machine definition"))
	}
	g, _ := graphJSON(graph, sfnProps.QueryLanguage).(interface{})
	doc := obj()
	spread(doc, g)
	doc.Set("Comment", sfnProps.Comment)
	var ql interface{}
	if sfnProps.QueryLanguage != "" {
		ql = aslQueryLanguage(sfnProps.QueryLanguage)
	}
	doc.Set("QueryLanguage", ql)
	return &DefinitionConfig{DefinitionString: awscdk.Stack_Of(scope).ToJsonString(prune(doc), nil)}
}

// StringDefinitionBody is a definition given as an ASL JSON string.
type StringDefinitionBody interface {
	DefinitionBody
	Body() *string
}

type stringDefinitionBody struct{ body *string }

// NewStringDefinitionBody is a definition given as an ASL JSON string.
func NewStringDefinitionBody(body *string) StringDefinitionBody { return &stringDefinitionBody{body} }

func (s *stringDefinitionBody) Body() *string { return s.body }
func (s *stringDefinitionBody) Bind(constructs.Construct, awsiam.IPrincipal, *StateMachineProps, StateGraph) *DefinitionConfig {
	return &DefinitionConfig{DefinitionString: s.body}
}

// FileDefinitionBody is a definition read from a local file.
type FileDefinitionBody interface {
	DefinitionBody
	Path() *string
}

type fileDefinitionBody struct {
	path    *string
	options *awss3assets.AssetOptions
}

// NewFileDefinitionBody is a definition read from a local file, uploaded as an asset.
func NewFileDefinitionBody(path *string, options *awss3assets.AssetOptions) FileDefinitionBody {
	return &fileDefinitionBody{path, options}
}

func (f *fileDefinitionBody) Path() *string { return f.path }
func (f *fileDefinitionBody) Bind(scope constructs.Construct, _ awsiam.IPrincipal, _ *StateMachineProps, _ StateGraph) *DefinitionConfig {
	p := &awss3assets.AssetProps{Path: f.path}
	if o := f.options; o != nil {
		p.AssetHash, p.AssetHashType, p.Bundling, p.Exclude = o.AssetHash, o.AssetHashType, o.Bundling, o.Exclude
		p.FollowSymlinks, p.IgnoreMode, p.DeployTime, p.DisplayName = o.FollowSymlinks, o.IgnoreMode, o.DeployTime, o.DisplayName
		p.Readers, p.SourceKMSKey = o.Readers, o.SourceKMSKey
	}
	asset := awss3assets.NewAsset(scope, jsii.String("DefinitionBody"), p)
	return &DefinitionConfig{DefinitionS3Location: &CfnStateMachine_S3LocationProperty{Bucket: asset.S3BucketName(), Key: asset.S3ObjectKey()}}
}

// ChainDefinitionBody_FromChainable, …: the statics DefinitionBody's
// subclasses inherit.
func ChainDefinitionBody_FromChainable(chainable IChainable) DefinitionBody {
	return DefinitionBody_FromChainable(chainable)
}

// ChainDefinitionBody_FromString is DefinitionBody_FromString, inherited.
func ChainDefinitionBody_FromString(definition *string) DefinitionBody {
	return DefinitionBody_FromString(definition)
}

// ChainDefinitionBody_FromFile is DefinitionBody_FromFile, inherited.
func ChainDefinitionBody_FromFile(path *string, options *awss3assets.AssetOptions) DefinitionBody {
	return DefinitionBody_FromFile(path, options)
}

// StringDefinitionBody_FromChainable is DefinitionBody_FromChainable, inherited.
func StringDefinitionBody_FromChainable(chainable IChainable) DefinitionBody {
	return DefinitionBody_FromChainable(chainable)
}

// StringDefinitionBody_FromString is DefinitionBody_FromString, inherited.
func StringDefinitionBody_FromString(definition *string) DefinitionBody {
	return DefinitionBody_FromString(definition)
}

// StringDefinitionBody_FromFile is DefinitionBody_FromFile, inherited.
func StringDefinitionBody_FromFile(path *string, options *awss3assets.AssetOptions) DefinitionBody {
	return DefinitionBody_FromFile(path, options)
}

// FileDefinitionBody_FromChainable is DefinitionBody_FromChainable, inherited.
func FileDefinitionBody_FromChainable(chainable IChainable) DefinitionBody {
	return DefinitionBody_FromChainable(chainable)
}

// FileDefinitionBody_FromString is DefinitionBody_FromString, inherited.
func FileDefinitionBody_FromString(definition *string) DefinitionBody {
	return DefinitionBody_FromString(definition)
}

// FileDefinitionBody_FromFile is DefinitionBody_FromFile, inherited.
func FileDefinitionBody_FromFile(path *string, options *awss3assets.AssetOptions) DefinitionBody {
	return DefinitionBody_FromFile(path, options)
}

// ---- encryption ----

// EncryptionConfiguration says how a state machine or activity encrypts its data.
type EncryptionConfiguration interface {
	Type() *string
	SetType(val *string)
}

type encryptionType struct{ typ *string }

func (e *encryptionType) Type() *string       { return e.typ }
func (e *encryptionType) SetType(val *string) { e.typ = val }

// AwsOwnedEncryptionConfiguration encrypts with a key AWS owns.
type AwsOwnedEncryptionConfiguration interface {
	EncryptionConfiguration
}

type awsOwnedEncryption struct{ encryptionType }

// NewAwsOwnedEncryptionConfiguration encrypts with a key AWS owns.
func NewAwsOwnedEncryptionConfiguration() AwsOwnedEncryptionConfiguration {
	return &awsOwnedEncryption{encryptionType{jsii.String("AWS_OWNED_KEY")}}
}

// CustomerManagedEncryptionConfiguration encrypts with a KMS key of yours.
type CustomerManagedEncryptionConfiguration interface {
	EncryptionConfiguration
	KmsDataKeyReusePeriodSeconds() awscdk.Duration
	KmsKey() awskms.IKey
}

type customerManagedEncryption struct {
	encryptionType
	key    awskms.IKey
	period awscdk.Duration
}

// NewCustomerManagedEncryptionConfiguration encrypts with kmsKey, reusing
// data keys for the period given (60 to 900 seconds; default 300).
func NewCustomerManagedEncryptionConfiguration(kmsKey awskms.IKey, kmsDataKeyReusePeriodSeconds awscdk.Duration) CustomerManagedEncryptionConfiguration {
	if kmsKey == nil {
		throwUnscoped("CustomerManagedEncryptionConfiguration needs a KMS key")
	}
	if d := kmsDataKeyReusePeriodSeconds; d != nil {
		if s := *d.ToSeconds(nil); s < 60 || s > 900 {
			throwUnscoped("kmsDataKeyReusePeriodSeconds must have a value between 60 and 900 seconds")
		}
	}
	return &customerManagedEncryption{encryptionType{jsii.String("CUSTOMER_MANAGED_KMS_KEY")}, kmsKey, kmsDataKeyReusePeriodSeconds}
}

func (c *customerManagedEncryption) KmsDataKeyReusePeriodSeconds() awscdk.Duration { return c.period }
func (c *customerManagedEncryption) KmsKey() awskms.IKey                           { return c.key }

func buildEncryptionConfiguration(ec EncryptionConfiguration) *CfnStateMachine_EncryptionConfigurationProperty {
	switch e := ec.(type) {
	case *awsOwnedEncryption:
		return &CfnStateMachine_EncryptionConfigurationProperty{Type: e.Type()}
	case *customerManagedEncryption:
		period := jsii.Number(300)
		if e.period != nil {
			period = e.period.ToSeconds(nil)
		}
		return &CfnStateMachine_EncryptionConfigurationProperty{KmsKeyId: e.key.KeyArn(), KmsDataKeyReusePeriodSeconds: period, Type: e.Type()}
	}
	return nil
}

// ---- grants ----

// StateMachineGrants grants permissions on a state machine and its executions.
type StateMachineGrants interface {
	Resource() interfacesawsstepfunctions.IStateMachineRef
	Actions(identity awsiam.IGrantable, actions ...*string) awsiam.Grant
	Execution(grantee awsiam.IGrantable, actions ...*string) awsiam.Grant
	Read(grantee awsiam.IGrantable) awsiam.Grant
	RedriveExecution(grantee awsiam.IGrantable) awsiam.Grant
	StartExecution(grantee awsiam.IGrantable) awsiam.Grant
	StartSyncExecution(grantee awsiam.IGrantable) awsiam.Grant
	TaskResponse(grantee awsiam.IGrantable) awsiam.Grant
}

type stateMachineGrants struct {
	resource interfacesawsstepfunctions.IStateMachineRef
}

// StateMachineGrants_FromStateMachine is the grants object of resource.
func StateMachineGrants_FromStateMachine(resource interfacesawsstepfunctions.IStateMachineRef) StateMachineGrants {
	return &stateMachineGrants{resource}
}

func (g *stateMachineGrants) Resource() interfacesawsstepfunctions.IStateMachineRef {
	return g.resource
}

func (g *stateMachineGrants) arn() *string { return g.resource.StateMachineRef().StateMachineArn }

func (g *stateMachineGrants) executionArn() string {
	name := awscdk.Arn_Split(g.arn(), awscdk.ArnFormat_COLON_RESOURCE_NAME).ResourceName
	return *awscdk.Stack_Of(g.resource).FormatArn(&awscdk.ArnComponents{Resource: jsii.String("execution"), Service: jsii.String("states"),
		ResourceName: name, ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME})
}

func grantOn(grantee awsiam.IGrantable, arns []*string, actions ...*string) awsiam.Grant {
	return awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{Grantee: grantee, Actions: &actions, ResourceArns: &arns})
}

func (g *stateMachineGrants) TaskResponse(grantee awsiam.IGrantable) awsiam.Grant {
	return grantOn(grantee, []*string{CfnStateMachine_ArnForStateMachine(g.resource)},
		jsii.String("states:SendTaskSuccess"), jsii.String("states:SendTaskFailure"), jsii.String("states:SendTaskHeartbeat"))
}

func (g *stateMachineGrants) RedriveExecution(grantee awsiam.IGrantable) awsiam.Grant {
	return grantOn(grantee, []*string{jsii.String(*CfnStateMachine_ArnForStateMachine(g.resource) + ":*")}, jsii.String("states:RedriveExecution"))
}

func (g *stateMachineGrants) Read(grantee awsiam.IGrantable) awsiam.Grant {
	grantOn(grantee, []*string{CfnStateMachine_ArnForStateMachine(g.resource)}, jsii.String("states:ListExecutions"), jsii.String("states:ListStateMachines"))
	grantOn(grantee, []*string{jsii.String(g.executionArn() + ":*")}, jsii.String("states:DescribeExecution"),
		jsii.String("states:DescribeStateMachineForExecution"), jsii.String("states:GetExecutionHistory"))
	return grantOn(grantee, []*string{jsii.String("*")}, jsii.String("states:ListActivities"), jsii.String("states:DescribeStateMachine"), jsii.String("states:DescribeActivity"))
}

func (g *stateMachineGrants) StartExecution(grantee awsiam.IGrantable) awsiam.Grant {
	return grantOn(grantee, []*string{g.arn()}, jsii.String("states:StartExecution"))
}

func (g *stateMachineGrants) StartSyncExecution(grantee awsiam.IGrantable) awsiam.Grant {
	return grantOn(grantee, []*string{g.arn()}, jsii.String("states:StartSyncExecution"))
}

func (g *stateMachineGrants) Execution(grantee awsiam.IGrantable, actions ...*string) awsiam.Grant {
	return grantOn(grantee, []*string{jsii.String(g.executionArn() + ":*")}, actions...)
}

func (g *stateMachineGrants) Actions(identity awsiam.IGrantable, actions ...*string) awsiam.Grant {
	return grantOn(identity, []*string{g.arn()}, actions...)
}

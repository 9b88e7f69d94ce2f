package awscloudtrail

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awslogs"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawslogs"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawss3"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// ReadWriteType says which events a selector records.
type ReadWriteType string

const (
	ReadWriteType_READ_ONLY  ReadWriteType = "READ_ONLY"
	ReadWriteType_WRITE_ONLY ReadWriteType = "WRITE_ONLY"
	ReadWriteType_ALL        ReadWriteType = "ALL"
	ReadWriteType_NONE       ReadWriteType = "NONE"
)

// CloudFormation takes these values (Go's constants hold the member names).
var readWriteTypeValues = map[ReadWriteType]string{
	ReadWriteType_READ_ONLY: "ReadOnly", ReadWriteType_WRITE_ONLY: "WriteOnly", ReadWriteType_ALL: "All", ReadWriteType_NONE: "None",
}

// ManagementEventSources are management event sources a selector can leave out.
type ManagementEventSources string

const (
	ManagementEventSources_KMS          ManagementEventSources = "KMS"
	ManagementEventSources_RDS_DATA_API ManagementEventSources = "RDS_DATA_API"
)

var managementEventSourceValues = map[ManagementEventSources]string{
	ManagementEventSources_KMS: "kms.amazonaws.com", ManagementEventSources_RDS_DATA_API: "rdsdata.amazonaws.com",
}

// DataResourceType is the kind of resource a data event selector records.
type DataResourceType string

const (
	DataResourceType_LAMBDA_FUNCTION DataResourceType = "LAMBDA_FUNCTION"
	DataResourceType_S3_OBJECT       DataResourceType = "S3_OBJECT"
)

var dataResourceTypeValues = map[DataResourceType]string{
	DataResourceType_LAMBDA_FUNCTION: "AWS::Lambda::Function", DataResourceType_S3_OBJECT: "AWS::S3::Object",
}

func enumValue[E ~string](values map[E]string, e E) *string {
	if e == "" {
		return nil
	}
	if v, ok := values[e]; ok {
		return &v
	}
	s := string(e)
	return &s
}

// InsightType is a kind of CloudTrail Insights event.
type InsightType interface {
	Value() *string
}

type insightType struct{ value string }

func (t *insightType) Value() *string { return jsii.String(t.value) }

// NewInsightType is an insight type named value.
func NewInsightType(value *string) InsightType { return &insightType{value: deref(value)} }

// NewInsightType_Override initialises outer, a type embedding InsightType.
func NewInsightType_Override(outer InsightType, value *string) {
	l2.Override(outer, NewInsightType(value))
}

// InsightType_API_CALL_RATE records unusual write API call rates.
func InsightType_API_CALL_RATE() InsightType { return &insightType{value: "ApiCallRateInsight"} }

// InsightType_API_ERROR_RATE records unusual API error rates.
func InsightType_API_ERROR_RATE() InsightType { return &insightType{value: "ApiErrorRateInsight"} }

// AddEventSelectorOptions are the options of the Add*EventSelector methods.
type AddEventSelectorOptions struct {
	ExcludeManagementEventSources *[]ManagementEventSources `field:"optional" json:"excludeManagementEventSources" yaml:"excludeManagementEventSources"`
	// Default: true (false when the trail's ManagementEvents is NONE).
	IncludeManagementEvents *bool `field:"optional" json:"includeManagementEvents" yaml:"includeManagementEvents"`
	// Default: ALL (CloudTrail's).
	ReadWriteType ReadWriteType `field:"optional" json:"readWriteType" yaml:"readWriteType"`
}

// S3EventSelector selects the objects of a bucket, under a prefix.
type S3EventSelector struct {
	Bucket interfacesawss3.IBucketRef `field:"required" json:"bucket" yaml:"bucket"`
	// Default: every object.
	ObjectPrefix *string `field:"optional" json:"objectPrefix" yaml:"objectPrefix"`
}

// TrailProps are the props of NewTrail.
type TrailProps struct {
	// Where logs are written. Default: a new bucket that enforces SSL.
	Bucket awss3.IBucket `field:"optional" json:"bucket" yaml:"bucket"`
	// With SendToCloudWatchLogs. Default: a new log group.
	CloudWatchLogGroup interfacesawslogs.ILogGroupRef `field:"optional" json:"cloudWatchLogGroup" yaml:"cloudWatchLogGroup"`
	// The new log group's retention. Default: one year.
	CloudWatchLogsRetention awslogs.RetentionDays `field:"optional" json:"cloudWatchLogsRetention" yaml:"cloudWatchLogsRetention"`
	// Default: true.
	EnableFileValidation *bool       `field:"optional" json:"enableFileValidation" yaml:"enableFileValidation"`
	EncryptionKey        awskms.IKey `field:"optional" json:"encryptionKey" yaml:"encryptionKey"`
	// Default: true.
	IncludeGlobalServiceEvents *bool          `field:"optional" json:"includeGlobalServiceEvents" yaml:"includeGlobalServiceEvents"`
	InsightTypes               *[]InsightType `field:"optional" json:"insightTypes" yaml:"insightTypes"`
	// Default: true.
	IsMultiRegionTrail  *bool `field:"optional" json:"isMultiRegionTrail" yaml:"isMultiRegionTrail"`
	IsOrganizationTrail *bool `field:"optional" json:"isOrganizationTrail" yaml:"isOrganizationTrail"`
	// Which management events are recorded. Default: CloudTrail's (all).
	ManagementEvents ReadWriteType `field:"optional" json:"managementEvents" yaml:"managementEvents"`
	// The organization's id, for an organization trail's bucket policy.
	OrgId                *string       `field:"optional" json:"orgId" yaml:"orgId"`
	S3KeyPrefix          *string       `field:"optional" json:"s3KeyPrefix" yaml:"s3KeyPrefix"`
	SendToCloudWatchLogs *bool         `field:"optional" json:"sendToCloudWatchLogs" yaml:"sendToCloudWatchLogs"`
	SnsTopic             awssns.ITopic `field:"optional" json:"snsTopic" yaml:"snsTopic"`
	TrailName            *string       `field:"optional" json:"trailName" yaml:"trailName"`
}

// Trail is a CloudTrail trail (AWS::CloudTrail::Trail).
type Trail interface {
	awscdk.Resource
	// LogGroup is the CloudWatch Logs group, when logs are sent there.
	LogGroup() awslogs.ILogGroup
	TrailArn() *string
	TrailSnsTopicArn() *string
	// AddEventSelector records data events of the given resources.
	AddEventSelector(dataResourceType DataResourceType, dataResourceValues *[]*string, options *AddEventSelectorOptions)
	// AddLambdaEventSelector records the invocations of handlers.
	AddLambdaEventSelector(handlers *[]awslambda.IFunction, options *AddEventSelectorOptions)
	// AddS3EventSelector records object-level events of the selected buckets.
	AddS3EventSelector(s3Selector *[]*S3EventSelector, options *AddEventSelectorOptions)
	// LogAllLambdaDataEvents records the invocations of every function.
	LogAllLambdaDataEvents(options *AddEventSelectorOptions)
	// LogAllS3DataEvents records object-level events of every bucket.
	LogAllS3DataEvents(options *AddEventSelectorOptions)
}

type trail struct {
	awscdk.Resource
	resource         CfnTrail
	logGroup         interfacesawslogs.ILogGroupRef
	managementEvents ReadWriteType
	selectors        []interface{}
	snsTopicArn      *string
}

// Trail_PROPERTY_INJECTION_ID is the id property injectors use for Trail.
func Trail_PROPERTY_INJECTION_ID() *string { return jsii.String("aws-cdk-lib.aws-cloudtrail.Trail") }

// NewTrail creates a trail, with the bucket, log group and role it needs.
func NewTrail(scope constructs.Construct, id *string, props *TrailProps) Trail {
	props = l2.Inject(*Trail_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &TrailProps{}
	}
	t := &trail{}
	t.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: props.TrailName})
	host.Set(t.Resource, t)
	principal := awsiam.NewServicePrincipal(jsii.String("cloudtrail.amazonaws.com"), nil)
	stack := awscdk.Stack_Of(t)

	bucket := props.Bucket
	if bucket == nil {
		bucket = awss3.NewBucket(t, jsii.String("S3"), &awss3.BucketProps{EnforceSSL: jsii.Bool(true)})
	}
	bucket.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Resources: &[]*string{bucket.BucketArn()}, Actions: jsii.Strings("s3:GetBucketAcl"), Principals: &[]awsiam.IPrincipal{principal},
	}))
	prefix := ""
	if props.S3KeyPrefix != nil {
		prefix = *props.S3KeyPrefix + "/"
	}
	bucket.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Resources:  &[]*string{bucket.ArnForObjects(jsii.String(prefix + "AWSLogs/" + *stack.Account() + "/*"))},
		Actions:    jsii.Strings("s3:PutObject"),
		Principals: &[]awsiam.IPrincipal{principal},
		Conditions: &map[string]interface{}{"StringEquals": map[string]interface{}{"s3:x-amz-acl": "bucket-owner-full-control"}},
	}))
	if isTrue(props.IsOrganizationTrail) {
		switch {
		case props.OrgId == nil:
			awscdk.Annotations_Of(t).AddWarningV2(jsii.String("@aws-cdk/aws-cloudtrail:missingOrgIdForOrganizationTrail"),
				jsii.String("Skipped attaching a policy to the bucket which allows organization trail to write because of missing orgId. Consider specifying orgId to add missing permissions"))
		case props.TrailName == nil:
			awscdk.Annotations_Of(t).AddWarningV2(jsii.String("@aws-cdk/aws-cloudtrail:missingTrailNameForOrganizationTrail"),
				jsii.String("Skipped attaching a policy to the bucket which allows organization trail to write because of missing trailName. Consider specifying trailName to add missing permissions"))
		default:
			bstack := bucket.Stack()
			st := awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
				Resources:  &[]*string{bucket.ArnForObjects(jsii.String("AWSLogs/" + *props.OrgId + "/*"))},
				Actions:    jsii.Strings("s3:PutObject"),
				Principals: &[]awsiam.IPrincipal{principal},
			})
			// An ordered object: the keys render in aws-cdk-lib's order, not sorted.
			cond := ojson.New()
			cond.Set("s3:x-amz-acl", "bucket-owner-full-control")
			cond.Set("aws:SourceArn", "arn:"+*stack.Partition()+":cloudtrail:"+*bstack.Region()+":"+*bstack.Account()+":trail/"+*props.TrailName)
			st.AddCondition(jsii.String("StringEquals"), cond)
			bucket.AddToResourcePolicy(st)
		}
	}
	if props.SnsTopic != nil {
		props.SnsTopic.GrantPublish(principal)
	}
	var logsRole awsiam.Role
	if isTrue(props.SendToCloudWatchLogs) {
		if props.CloudWatchLogGroup != nil {
			t.logGroup = props.CloudWatchLogGroup
		} else {
			retention := props.CloudWatchLogsRetention
			if retention == "" {
				retention = awslogs.RetentionDays_ONE_YEAR
			}
			t.logGroup = awslogs.NewLogGroup(t, jsii.String("LogGroup"), &awslogs.LogGroupProps{Retention: retention})
		}
		logsRole = awsiam.NewRole(t, jsii.String("LogsRole"), &awsiam.RoleProps{AssumedBy: principal})
		logsRole.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
			Actions: jsii.Strings("logs:PutLogEvents", "logs:CreateLogStream"), Resources: &[]*string{t.logGroup.LogGroupRef().LogGroupArn},
		}))
	}
	t.managementEvents = props.ManagementEvents
	if t.managementEvents != "" && t.managementEvents != ReadWriteType_NONE {
		t.selectors = append(t.selectors, &CfnTrail_EventSelectorProperty{
			IncludeManagementEvents: true, ReadWriteType: enumValue(readWriteTypeValues, t.managementEvents)})
	}
	t.Node().AddValidation(l2.Validation(func() []string {
		if t.managementEvents == ReadWriteType_NONE && len(t.selectors) == 0 {
			return []string{"At least one event selector must be added when management event recording is set to None"}
		}
		return nil
	}))
	var insights interface{}
	if props.InsightTypes != nil {
		list := []interface{}{}
		for _, it := range *props.InsightTypes {
			list = append(list, &CfnTrail_InsightSelectorProperty{InsightType: it.Value()})
		}
		insights = list
	}
	cfn := &CfnTrailProps{
		IsLogging:                  true,
		EnableLogFileValidation:    boolOr(props.EnableFileValidation, true),
		IsMultiRegionTrail:         boolOr(props.IsMultiRegionTrail, true),
		IncludeGlobalServiceEvents: boolOr(props.IncludeGlobalServiceEvents, true),
		TrailName:                  t.PhysicalName(),
		S3BucketName:               bucket.BucketName(),
		S3KeyPrefix:                props.S3KeyPrefix,
		EventSelectors:             append([]interface{}{}, t.selectors...),
		InsightSelectors:           insights,
	}
	if props.IsOrganizationTrail != nil {
		cfn.IsOrganizationTrail = props.IsOrganizationTrail
	}
	if props.EncryptionKey != nil {
		cfn.KmsKeyId = props.EncryptionKey.KeyArn()
	}
	if t.logGroup != nil {
		cfn.CloudWatchLogsLogGroupArn = t.logGroup.LogGroupRef().LogGroupArn
	}
	if logsRole != nil {
		cfn.CloudWatchLogsRoleArn = logsRole.RoleArn()
	}
	if props.SnsTopic != nil {
		cfn.SnsTopicName = props.SnsTopic.TopicName()
	}
	t.resource = NewCfnTrail(t, jsii.String("Resource"), cfn)
	t.snsTopicArn = t.resource.AttrSnsTopicArn()
	if p := bucket.Policy(); p != nil {
		t.resource.Node().AddDependency(p)
	}
	if logsRole != nil {
		t.resource.Node().AddDependency(logsRole)
	}
	return t
}

func (t *trail) TrailArn() *string {
	return t.GetResourceArnAttribute(t.resource.AttrArn(), &awscdk.ArnComponents{
		Service: jsii.String("cloudtrail"), Resource: jsii.String("trail"), ResourceName: t.PhysicalName()})
}

func (t *trail) TrailSnsTopicArn() *string { return t.snsTopicArn }

func (t *trail) LogGroup() awslogs.ILogGroup {
	if t.logGroup == nil {
		return nil
	}
	lg, ok := t.logGroup.(awslogs.ILogGroup)
	if !ok {
		l2.Throw(t, "'logGroup' instance should implement ILogGroup, but doesn't: %T", t.logGroup)
	}
	return lg
}

func (t *trail) AddEventSelector(dataResourceType DataResourceType, values *[]*string, options *AddEventSelectorOptions) {
	if options == nil {
		options = &AddEventSelectorOptions{}
	}
	if values == nil {
		values = &[]*string{}
	}
	if len(*values) > 250 {
		l2.Throw(t, "A maximum of 250 data elements can be in one event selector")
	}
	if len(t.selectors) > 5 {
		l2.Throw(t, "A maximum of 5 event selectors are supported per trail.")
	}
	var include interface{}
	if options.IncludeManagementEvents != nil {
		include = options.IncludeManagementEvents
	} else if t.managementEvents == ReadWriteType_NONE {
		include = false
	}
	sel := &CfnTrail_EventSelectorProperty{
		DataResources: []interface{}{&CfnTrail_DataResourceProperty{
			Type: enumValue(dataResourceTypeValues, dataResourceType), Values: values}},
		IncludeManagementEvents: include,
		ReadWriteType:           enumValue(readWriteTypeValues, options.ReadWriteType),
	}
	if options.ExcludeManagementEventSources != nil {
		srcs := []*string{}
		for _, s := range *options.ExcludeManagementEventSources {
			srcs = append(srcs, enumValue(managementEventSourceValues, s))
		}
		sel.ExcludeManagementEventSources = &srcs
	}
	t.selectors = append(t.selectors, sel)
	t.resource.SetEventSelectors(append([]interface{}{}, t.selectors...))
}

func (t *trail) AddLambdaEventSelector(handlers *[]awslambda.IFunction, options *AddEventSelectorOptions) {
	if handlers == nil || len(*handlers) == 0 {
		return
	}
	values := []*string{}
	for _, h := range *handlers {
		if h == nil {
			l2.RequireArg(t, "Trail.AddLambdaEventSelector", "each handler")
		}
		values = append(values, h.FunctionArn())
	}
	t.AddEventSelector(DataResourceType_LAMBDA_FUNCTION, &values, options)
}

func (t *trail) LogAllLambdaDataEvents(options *AddEventSelectorOptions) {
	t.AddEventSelector(DataResourceType_LAMBDA_FUNCTION, &[]*string{jsii.String("arn:" + *t.Stack().Partition() + ":lambda")}, options)
}

func (t *trail) AddS3EventSelector(s3Selector *[]*S3EventSelector, options *AddEventSelectorOptions) {
	if s3Selector == nil || len(*s3Selector) == 0 {
		return
	}
	values := []*string{}
	for _, sel := range *s3Selector {
		if sel == nil || sel.Bucket == nil {
			l2.RequireArg(t, "Trail.AddS3EventSelector", "a Bucket in each selector")
		}
		values = append(values, jsii.String(*sel.Bucket.BucketRef().BucketArn+"/"+deref(sel.ObjectPrefix)))
	}
	t.AddEventSelector(DataResourceType_S3_OBJECT, &values, options)
}

func (t *trail) LogAllS3DataEvents(options *AddEventSelectorOptions) {
	t.AddEventSelector(DataResourceType_S3_OBJECT, &[]*string{jsii.String("arn:" + *t.Stack().Partition() + ":s3:::")}, options)
}

// Trail_OnEvent is an EventBridge rule matching every API call CloudTrail records.
func Trail_OnEvent(scope constructs.Construct, id *string, options *awsevents.OnEventOptions) awsevents.Rule {
	if options == nil {
		options = &awsevents.OnEventOptions{}
	}
	rule := awsevents.NewRule(scope, id, &awsevents.RuleProps{CrossStackScope: options.CrossStackScope,
		Description: options.Description, EventPattern: options.EventPattern, RuleName: options.RuleName})
	rule.AddTarget(options.Target)
	rule.AddEventPattern(&awsevents.EventPattern{DetailType: jsii.Strings("AWS API Call via CloudTrail")})
	return rule
}

// NewTrail_Override initialises outer, a type embedding Trail.
func NewTrail_Override(outer Trail, scope constructs.Construct, id *string, props *TrailProps) {
	l2.Override(outer, NewTrail(scope, id, props))
}

// Trail_IsConstruct reports whether x is a construct.
func Trail_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// Trail_IsOwnedResource reports whether construct is a Resource this app created.
func Trail_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// Trail_IsResource reports whether construct is a Resource.
func Trail_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

func isTrue(b *bool) bool { return b != nil && *b }

func boolOr(b *bool, def bool) interface{} {
	if b == nil {
		return def
	}
	return *b
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

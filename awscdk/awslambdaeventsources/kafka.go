package awslambdaeventsources

import (
	"bytes"
	"crypto/md5"
	"encoding/hex"
	"encoding/json"
	"regexp"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsglue"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awssecretsmanager"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// AuthenticationMethod is how Lambda authenticates to self-managed Kafka
// brokers.
type AuthenticationMethod string

const (
	AuthenticationMethod_SASL_SCRAM_512_AUTH         AuthenticationMethod = "SASL_SCRAM_512_AUTH"
	AuthenticationMethod_SASL_SCRAM_256_AUTH         AuthenticationMethod = "SASL_SCRAM_256_AUTH"
	AuthenticationMethod_BASIC_AUTH                  AuthenticationMethod = "BASIC_AUTH"
	AuthenticationMethod_CLIENT_CERTIFICATE_TLS_AUTH AuthenticationMethod = "CLIENT_CERTIFICATE_TLS_AUTH"
)

// KafkaEventSourceProps are the options both Kafka sources take.
type KafkaEventSourceProps struct {
	StartingPosition          awslambda.StartingPosition           `field:"required" json:"startingPosition" yaml:"startingPosition"`
	BatchSize                 *float64                             `field:"optional" json:"batchSize" yaml:"batchSize"`
	Enabled                   *bool                                `field:"optional" json:"enabled" yaml:"enabled"`
	MaxBatchingWindow         awscdk.Duration                      `field:"optional" json:"maxBatchingWindow" yaml:"maxBatchingWindow"`
	ProvisionedPollerConfig   *ProvisionedPollerConfig             `field:"optional" json:"provisionedPollerConfig" yaml:"provisionedPollerConfig"`
	Topic                     *string                              `field:"required" json:"topic" yaml:"topic"`
	BisectBatchOnError        *bool                                `field:"optional" json:"bisectBatchOnError" yaml:"bisectBatchOnError"`
	ConsumerGroupId           *string                              `field:"optional" json:"consumerGroupId" yaml:"consumerGroupId"`
	FilterEncryption          awskms.IKey                          `field:"optional" json:"filterEncryption" yaml:"filterEncryption"`
	Filters                   *[]*map[string]interface{}           `field:"optional" json:"filters" yaml:"filters"`
	LogLevel                  awslambda.EventSourceMappingLogLevel `field:"optional" json:"logLevel" yaml:"logLevel"`
	MaxRecordAge              awscdk.Duration                      `field:"optional" json:"maxRecordAge" yaml:"maxRecordAge"`
	MetricsConfig             *awslambda.MetricsConfig             `field:"optional" json:"metricsConfig" yaml:"metricsConfig"`
	OnFailure                 awslambda.IEventSourceDlq            `field:"optional" json:"onFailure" yaml:"onFailure"`
	ReportBatchItemFailures   *bool                                `field:"optional" json:"reportBatchItemFailures" yaml:"reportBatchItemFailures"`
	RetryAttempts             *float64                             `field:"optional" json:"retryAttempts" yaml:"retryAttempts"`
	SchemaRegistryConfig      awslambda.ISchemaRegistry            `field:"optional" json:"schemaRegistryConfig" yaml:"schemaRegistryConfig"`
	Secret                    awssecretsmanager.ISecret            `field:"optional" json:"secret" yaml:"secret"`
	StartingPositionTimestamp *float64                             `field:"optional" json:"startingPositionTimestamp" yaml:"startingPositionTimestamp"`
}

// ManagedKafkaEventSourceProps configure an Amazon MSK source.
type ManagedKafkaEventSourceProps struct {
	StartingPosition          awslambda.StartingPosition           `field:"required" json:"startingPosition" yaml:"startingPosition"`
	BatchSize                 *float64                             `field:"optional" json:"batchSize" yaml:"batchSize"`
	Enabled                   *bool                                `field:"optional" json:"enabled" yaml:"enabled"`
	MaxBatchingWindow         awscdk.Duration                      `field:"optional" json:"maxBatchingWindow" yaml:"maxBatchingWindow"`
	ProvisionedPollerConfig   *ProvisionedPollerConfig             `field:"optional" json:"provisionedPollerConfig" yaml:"provisionedPollerConfig"`
	Topic                     *string                              `field:"required" json:"topic" yaml:"topic"`
	BisectBatchOnError        *bool                                `field:"optional" json:"bisectBatchOnError" yaml:"bisectBatchOnError"`
	ConsumerGroupId           *string                              `field:"optional" json:"consumerGroupId" yaml:"consumerGroupId"`
	FilterEncryption          awskms.IKey                          `field:"optional" json:"filterEncryption" yaml:"filterEncryption"`
	Filters                   *[]*map[string]interface{}           `field:"optional" json:"filters" yaml:"filters"`
	LogLevel                  awslambda.EventSourceMappingLogLevel `field:"optional" json:"logLevel" yaml:"logLevel"`
	MaxRecordAge              awscdk.Duration                      `field:"optional" json:"maxRecordAge" yaml:"maxRecordAge"`
	MetricsConfig             *awslambda.MetricsConfig             `field:"optional" json:"metricsConfig" yaml:"metricsConfig"`
	OnFailure                 awslambda.IEventSourceDlq            `field:"optional" json:"onFailure" yaml:"onFailure"`
	ReportBatchItemFailures   *bool                                `field:"optional" json:"reportBatchItemFailures" yaml:"reportBatchItemFailures"`
	RetryAttempts             *float64                             `field:"optional" json:"retryAttempts" yaml:"retryAttempts"`
	SchemaRegistryConfig      awslambda.ISchemaRegistry            `field:"optional" json:"schemaRegistryConfig" yaml:"schemaRegistryConfig"`
	Secret                    awssecretsmanager.ISecret            `field:"optional" json:"secret" yaml:"secret"`
	StartingPositionTimestamp *float64                             `field:"optional" json:"startingPositionTimestamp" yaml:"startingPositionTimestamp"`
	// The ARN of the MSK cluster.
	ClusterArn *string `field:"required" json:"clusterArn" yaml:"clusterArn"`
}

// SelfManagedKafkaEventSourceProps configure a self-managed Kafka source.
type SelfManagedKafkaEventSourceProps struct {
	StartingPosition          awslambda.StartingPosition           `field:"required" json:"startingPosition" yaml:"startingPosition"`
	BatchSize                 *float64                             `field:"optional" json:"batchSize" yaml:"batchSize"`
	Enabled                   *bool                                `field:"optional" json:"enabled" yaml:"enabled"`
	MaxBatchingWindow         awscdk.Duration                      `field:"optional" json:"maxBatchingWindow" yaml:"maxBatchingWindow"`
	ProvisionedPollerConfig   *ProvisionedPollerConfig             `field:"optional" json:"provisionedPollerConfig" yaml:"provisionedPollerConfig"`
	Topic                     *string                              `field:"required" json:"topic" yaml:"topic"`
	BisectBatchOnError        *bool                                `field:"optional" json:"bisectBatchOnError" yaml:"bisectBatchOnError"`
	ConsumerGroupId           *string                              `field:"optional" json:"consumerGroupId" yaml:"consumerGroupId"`
	FilterEncryption          awskms.IKey                          `field:"optional" json:"filterEncryption" yaml:"filterEncryption"`
	Filters                   *[]*map[string]interface{}           `field:"optional" json:"filters" yaml:"filters"`
	LogLevel                  awslambda.EventSourceMappingLogLevel `field:"optional" json:"logLevel" yaml:"logLevel"`
	MaxRecordAge              awscdk.Duration                      `field:"optional" json:"maxRecordAge" yaml:"maxRecordAge"`
	MetricsConfig             *awslambda.MetricsConfig             `field:"optional" json:"metricsConfig" yaml:"metricsConfig"`
	OnFailure                 awslambda.IEventSourceDlq            `field:"optional" json:"onFailure" yaml:"onFailure"`
	ReportBatchItemFailures   *bool                                `field:"optional" json:"reportBatchItemFailures" yaml:"reportBatchItemFailures"`
	RetryAttempts             *float64                             `field:"optional" json:"retryAttempts" yaml:"retryAttempts"`
	SchemaRegistryConfig      awslambda.ISchemaRegistry            `field:"optional" json:"schemaRegistryConfig" yaml:"schemaRegistryConfig"`
	Secret                    awssecretsmanager.ISecret            `field:"optional" json:"secret" yaml:"secret"`
	StartingPositionTimestamp *float64                             `field:"optional" json:"startingPositionTimestamp" yaml:"startingPositionTimestamp"`
	// The brokers, host:port.
	BootstrapServers *[]*string `field:"required" json:"bootstrapServers" yaml:"bootstrapServers"`
	// Default: SASL_SCRAM_512_AUTH.
	AuthenticationMethod AuthenticationMethod      `field:"optional" json:"authenticationMethod" yaml:"authenticationMethod"`
	RootCACertificate    awssecretsmanager.ISecret `field:"optional" json:"rootCACertificate" yaml:"rootCACertificate"`
	SecurityGroup        awsec2.ISecurityGroup     `field:"optional" json:"securityGroup" yaml:"securityGroup"`
	Vpc                  awsec2.IVpc               `field:"optional" json:"vpc" yaml:"vpc"`
	VpcSubnets           *awsec2.SubnetSelection   `field:"optional" json:"vpcSubnets" yaml:"vpcSubnets"`
}

// kafkaCommon is what both Kafka sources share.
type kafkaCommon struct {
	topic, consumerGroupId    *string
	logLevel                  awslambda.EventSourceMappingLogLevel
	schemaRegistry            awslambda.ISchemaRegistry
	secret                    awssecretsmanager.ISecret
	startingPositionTimestamp *float64
}

func checkMetricsConfig(c *awslambda.MetricsConfig) {
	if c != nil && (c.Metrics == nil || len(*c.Metrics) == 0) {
		unscoped("MetricsConfig must contain at least one metric type. Specify one or more metrics from lambda.MetricType (EVENT_COUNT, ERROR_COUNT, KAFKA_METRICS)")
	}
}

// mappingOptions are the options both Kafka sources pass to the mapping
// before the stream options are laid over them.
func (k *kafkaCommon) mappingOptions(s *streamSource) *awslambda.EventSourceMappingOptions {
	p := &s.props
	o := &awslambda.EventSourceMappingOptions{
		Filters: p.Filters, FilterEncryption: p.FilterEncryption, StartingPosition: p.StartingPosition,
		StartingPositionTimestamp: k.startingPositionTimestamp, KafkaTopic: k.topic, KafkaConsumerGroupId: k.consumerGroupId,
		OnFailure: p.OnFailure, SupportS3OnFailureDestination: jsii.Bool(true), SchemaRegistryConfig: k.schemaRegistry,
		LogLevel: k.logLevel, MetricsConfig: p.MetricsConfig, BisectBatchOnError: p.BisectBatchOnError, RetryAttempts: p.RetryAttempts,
		ReportBatchItemFailures: p.ReportBatchItemFailures, MaxRecordAge: p.MaxRecordAge,
	}
	if c := p.ProvisionedPollerConfig; c != nil {
		o.ProvisionedPollerConfig = &awslambda.ProvisionedPollerConfig{MaximumPollers: c.MaximumPollers, MinimumPollers: c.MinimumPollers, PollerGroupName: c.PollerGroupName}
	}
	return o
}

// ManagedKafkaEventSource has Lambda read a topic of an Amazon MSK cluster.
type ManagedKafkaEventSource interface {
	StreamEventSource
	EventSourceMappingArn() *string
	EventSourceMappingId() *string
}

type managedKafkaEventSource struct {
	streamSource
	kafkaCommon
	clusterArn *string
	mapping    awslambda.EventSourceMapping
}

// NewManagedKafkaEventSource reads props.Topic of the MSK cluster props.ClusterArn.
func NewManagedKafkaEventSource(props *ManagedKafkaEventSourceProps) ManagedKafkaEventSource {
	if props == nil {
		unscoped("NewManagedKafkaEventSource needs props with a ClusterArn, a Topic and a StartingPosition")
	}
	checkMetricsConfig(props.MetricsConfig)
	s := &managedKafkaEventSource{clusterArn: props.ClusterArn, kafkaCommon: kafkaCommon{topic: props.Topic, consumerGroupId: props.ConsumerGroupId,
		logLevel: props.LogLevel, schemaRegistry: props.SchemaRegistryConfig, secret: props.Secret, startingPositionTimestamp: props.StartingPositionTimestamp}}
	s.streamSource = newStreamSource(StreamEventSourceProps{StartingPosition: props.StartingPosition, BatchSize: props.BatchSize, Enabled: props.Enabled,
		MaxBatchingWindow: props.MaxBatchingWindow, ProvisionedPollerConfig: props.ProvisionedPollerConfig, BisectBatchOnError: props.BisectBatchOnError,
		FilterEncryption: props.FilterEncryption, Filters: props.Filters, MaxRecordAge: props.MaxRecordAge, MetricsConfig: props.MetricsConfig,
		OnFailure: props.OnFailure, ReportBatchItemFailures: props.ReportBatchItemFailures, RetryAttempts: props.RetryAttempts})
	return s
}

// NewManagedKafkaEventSource_Override initialises outer, a type embedding ManagedKafkaEventSource.
func NewManagedKafkaEventSource_Override(outer ManagedKafkaEventSource, props *ManagedKafkaEventSourceProps) {
	l2.Override(outer, NewManagedKafkaEventSource(props))
}

// Bind maps the topic to target, lets it read the secret and describe the
// cluster, and gives its role AWSLambdaMSKExecutionRole.
func (s *managedKafkaEventSource) Bind(target awslambda.IFunction) {
	at := s.props.StartingPosition == awslambda.StartingPosition_AT_TIMESTAMP
	if at && s.startingPositionTimestamp == nil {
		awscdk.Annotations_Of(target).AddWarningV2(jsii.String("@aws-cdk/aws-lambda-event-source:needStartingPositionTimestamp"), jsii.String("startingPositionTimestamp must be provided when startingPosition is AT_TIMESTAMP"))
	}
	if !at && s.startingPositionTimestamp != nil {
		awscdk.Annotations_Of(target).AddWarningV2(jsii.String("@aws-cdk/aws-lambda-event-source:invalidStartingPosition"), jsii.String("startingPositionTimestamp can only be used when startingPosition is AT_TIMESTAMP"))
	}
	o := s.mappingOptions(&s.streamSource)
	o.EventSourceArn = s.clusterArn
	if s.secret != nil {
		o.SourceAccessConfigurations = &[]*awslambda.SourceAccessConfiguration{{Type: awslambda.SourceAccessConfigurationType_SASL_SCRAM_512_AUTH(), Uri: s.secret.SecretArn()}}
	}
	id := "KafkaEventSource:" + *awscdk.Names_NodeUniqueId(target.Node()) + deref(s.topic)
	s.mapping = target.AddEventSourceMapping(jsii.String(id), s.EnrichMappingOptions(o))
	if s.secret != nil {
		s.secret.GrantRead(target, nil)
	}
	target.AddToRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions:   jsii.Strings("kafka:DescribeCluster", "kafka:GetBootstrapBrokers", "kafka:ListScramSecrets"),
		Resources: &[]*string{s.clusterArn},
	}))
	if r := target.Role(); r != nil {
		r.AddManagedPolicy(awsiam.ManagedPolicy_FromAwsManagedPolicyName(jsii.String("service-role/AWSLambdaMSKExecutionRole")))
	}
}

func (s *managedKafkaEventSource) EventSourceMappingId() *string {
	if s.mapping == nil {
		unscoped("KafkaEventSource is not yet bound to an event source mapping")
	}
	return s.mapping.EventSourceMappingId()
}

func (s *managedKafkaEventSource) EventSourceMappingArn() *string {
	if s.mapping == nil {
		unscoped("KafkaEventSource is not yet bound to an event source mapping")
	}
	return s.mapping.EventSourceMappingArn()
}

// SelfManagedKafkaEventSource has Lambda read a topic of Kafka brokers
// Strata does not manage.
type SelfManagedKafkaEventSource interface {
	StreamEventSource
}

type selfManagedKafkaEventSource struct {
	streamSource
	kafkaCommon
	props SelfManagedKafkaEventSourceProps
}

// NewSelfManagedKafkaEventSource reads props.Topic of props.BootstrapServers.
func NewSelfManagedKafkaEventSource(props *SelfManagedKafkaEventSourceProps) SelfManagedKafkaEventSource {
	if props == nil {
		unscoped("NewSelfManagedKafkaEventSource needs props with BootstrapServers, a Topic and a StartingPosition")
	}
	s := &selfManagedKafkaEventSource{props: *props, kafkaCommon: kafkaCommon{topic: props.Topic, consumerGroupId: props.ConsumerGroupId,
		logLevel: props.LogLevel, schemaRegistry: props.SchemaRegistryConfig, secret: props.Secret, startingPositionTimestamp: props.StartingPositionTimestamp}}
	s.streamSource = newStreamSource(StreamEventSourceProps{StartingPosition: props.StartingPosition, BatchSize: props.BatchSize, Enabled: props.Enabled,
		MaxBatchingWindow: props.MaxBatchingWindow, ProvisionedPollerConfig: props.ProvisionedPollerConfig, BisectBatchOnError: props.BisectBatchOnError,
		FilterEncryption: props.FilterEncryption, Filters: props.Filters, MaxRecordAge: props.MaxRecordAge, MetricsConfig: props.MetricsConfig,
		OnFailure: props.OnFailure, ReportBatchItemFailures: props.ReportBatchItemFailures, RetryAttempts: props.RetryAttempts})
	switch {
	case props.Vpc != nil && props.SecurityGroup == nil:
		unscoped("securityGroup must be set when providing vpc")
	case props.Vpc != nil && props.VpcSubnets == nil:
		unscoped("vpcSubnets must be set when providing vpc")
	case props.Vpc == nil && props.Secret == nil:
		unscoped("secret must be set if Kafka brokers accessed over Internet")
	}
	at := props.StartingPosition == awslambda.StartingPosition_AT_TIMESTAMP
	if at && props.StartingPositionTimestamp == nil {
		unscoped("startingPositionTimestamp must be provided when startingPosition is AT_TIMESTAMP")
	}
	if !at && props.StartingPositionTimestamp != nil {
		unscoped("startingPositionTimestamp can only be used when startingPosition is AT_TIMESTAMP")
	}
	checkMetricsConfig(props.MetricsConfig)
	return s
}

// NewSelfManagedKafkaEventSource_Override initialises outer, a type embedding SelfManagedKafkaEventSource.
func NewSelfManagedKafkaEventSource_Override(outer SelfManagedKafkaEventSource, props *SelfManagedKafkaEventSourceProps) {
	l2.Override(outer, NewSelfManagedKafkaEventSource(props))
}

// Bind maps the topic to target and lets it read the secret. The mapping
// id hashes the brokers, as aws-cdk-lib's does.
func (s *selfManagedKafkaEventSource) Bind(target awslambda.IFunction) {
	o := s.mappingOptions(&s.streamSource)
	o.KafkaBootstrapServers = s.props.BootstrapServers
	o.SourceAccessConfigurations = s.sourceAccessConfigurations()
	var servers bytes.Buffer
	enc := json.NewEncoder(&servers)
	enc.SetEscapeHTML(false) // as JSON.stringify writes it
	_ = enc.Encode(awscdk.Stack_Of(target).Resolve(s.props.BootstrapServers))
	sum := md5.Sum(bytes.TrimSuffix(servers.Bytes(), []byte("\n")))
	id := "KafkaEventSource:" + hex.EncodeToString(sum[:]) + ":" + deref(s.topic)
	target.AddEventSourceMapping(jsii.String(id), s.EnrichMappingOptions(o))
	if s.secret != nil {
		s.secret.GrantRead(target, nil)
	}
}

func (s *selfManagedKafkaEventSource) sourceAccessConfigurations() *[]*awslambda.SourceAccessConfiguration {
	p := &s.props
	auth := awslambda.SourceAccessConfigurationType_SASL_SCRAM_512_AUTH()
	switch p.AuthenticationMethod {
	case AuthenticationMethod_BASIC_AUTH:
		auth = awslambda.SourceAccessConfigurationType_BASIC_AUTH()
	case AuthenticationMethod_CLIENT_CERTIFICATE_TLS_AUTH:
		auth = awslambda.SourceAccessConfigurationType_CLIENT_CERTIFICATE_TLS_AUTH()
	case AuthenticationMethod_SASL_SCRAM_256_AUTH:
		auth = awslambda.SourceAccessConfigurationType_SASL_SCRAM_256_AUTH()
	}
	var out []*awslambda.SourceAccessConfiguration
	if p.Secret != nil {
		out = append(out, &awslambda.SourceAccessConfiguration{Type: auth, Uri: p.Secret.SecretArn()})
	}
	if p.RootCACertificate != nil {
		out = append(out, &awslambda.SourceAccessConfiguration{Type: awslambda.SourceAccessConfigurationType_SERVER_ROOT_CA_CERTIFICATE(), Uri: p.RootCACertificate.SecretArn()})
	}
	if p.VpcSubnets != nil && p.SecurityGroup != nil {
		out = append(out, &awslambda.SourceAccessConfiguration{Type: awslambda.SourceAccessConfigurationType_VPC_SECURITY_GROUP(), Uri: p.SecurityGroup.SecurityGroupId()})
		if p.Vpc != nil {
			for _, id := range *p.Vpc.SelectSubnets(p.VpcSubnets).SubnetIds {
				out = append(out, &awslambda.SourceAccessConfiguration{Type: awslambda.SourceAccessConfigurationType_VPC_SUBNET(), Uri: id})
			}
		}
	}
	if len(out) == 0 {
		return nil
	}
	return &out
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// ConfluentSchemaRegistryProps configure a Confluent schema registry.
type ConfluentSchemaRegistryProps struct {
	EventRecordFormat       awslambda.EventRecordFormat                   `field:"required" json:"eventRecordFormat" yaml:"eventRecordFormat"`
	SchemaValidationConfigs *[]*awslambda.KafkaSchemaValidationConfig     `field:"required" json:"schemaValidationConfigs" yaml:"schemaValidationConfigs"`
	AuthenticationType      awslambda.KafkaSchemaRegistryAccessConfigType `field:"required" json:"authenticationType" yaml:"authenticationType"`
	SchemaRegistryUri       *string                                       `field:"required" json:"schemaRegistryUri" yaml:"schemaRegistryUri"`
	Secret                  awssecretsmanager.ISecret                     `field:"required" json:"secret" yaml:"secret"`
}

// ConfluentSchemaRegistry validates Kafka records against a Confluent
// schema registry.
type ConfluentSchemaRegistry interface {
	awslambda.ISchemaRegistry
}

type confluentSchemaRegistry struct{ props ConfluentSchemaRegistryProps }

// NewConfluentSchemaRegistry is the registry props describe.
func NewConfluentSchemaRegistry(props *ConfluentSchemaRegistryProps) ConfluentSchemaRegistry {
	if props == nil || props.Secret == nil {
		unscoped("NewConfluentSchemaRegistry needs props with a Secret")
	}
	return &confluentSchemaRegistry{props: *props}
}

// NewConfluentSchemaRegistry_Override initialises outer, a type embedding ConfluentSchemaRegistry.
func NewConfluentSchemaRegistry_Override(outer ConfluentSchemaRegistry, props *ConfluentSchemaRegistryProps) {
	l2.Override(outer, NewConfluentSchemaRegistry(props))
}

// Bind lets the function read the registry's secret.
func (r *confluentSchemaRegistry) Bind(_ awslambda.IEventSourceMapping, targetHandler awslambda.IFunction) *awslambda.KafkaSchemaRegistryConfig {
	p := &r.props
	p.Secret.GrantRead(targetHandler, nil)
	return &awslambda.KafkaSchemaRegistryConfig{SchemaRegistryUri: p.SchemaRegistryUri, EventRecordFormat: p.EventRecordFormat,
		AccessConfigs:           &[]*awslambda.KafkaSchemaRegistryAccessConfig{{Type: p.AuthenticationType, Uri: p.Secret.SecretArn()}},
		SchemaValidationConfigs: p.SchemaValidationConfigs}
}

// GlueSchemaRegistryProps configure an AWS Glue schema registry.
type GlueSchemaRegistryProps struct {
	EventRecordFormat       awslambda.EventRecordFormat               `field:"required" json:"eventRecordFormat" yaml:"eventRecordFormat"`
	SchemaValidationConfigs *[]*awslambda.KafkaSchemaValidationConfig `field:"required" json:"schemaValidationConfigs" yaml:"schemaValidationConfigs"`
	SchemaRegistry          awsglue.CfnRegistry                       `field:"optional" json:"schemaRegistry" yaml:"schemaRegistry"`
	SchemaRegistryArn       *string                                   `field:"optional" json:"schemaRegistryArn" yaml:"schemaRegistryArn"`
}

// GlueSchemaRegistry validates Kafka records against a Glue registry.
type GlueSchemaRegistry interface {
	awslambda.ISchemaRegistry
}

type glueSchemaRegistry struct{ props GlueSchemaRegistryProps }

// NewGlueSchemaRegistry is the registry props name.
func NewGlueSchemaRegistry(props *GlueSchemaRegistryProps) GlueSchemaRegistry {
	g := &glueSchemaRegistry{}
	if props != nil {
		g.props = *props
	}
	return g
}

// NewGlueSchemaRegistry_Override initialises outer, a type embedding GlueSchemaRegistry.
func NewGlueSchemaRegistry_Override(outer GlueSchemaRegistry, props *GlueSchemaRegistryProps) {
	l2.Override(outer, NewGlueSchemaRegistry(props))
}

var glueRegistryArn = regexp.MustCompile(`^arn:[^:]+:glue:[^:]+:[^:]+:registry/([^/]+)$`)

// Bind lets the function read the registry and its schemas.
func (r *glueSchemaRegistry) Bind(target awslambda.IEventSourceMapping, targetHandler awslambda.IFunction) *awslambda.KafkaSchemaRegistryConfig {
	p := &r.props
	var arn, name *string
	switch {
	case p.SchemaRegistry != nil:
		arn, name = p.SchemaRegistry.AttrArn(), p.SchemaRegistry.Name()
	case p.SchemaRegistryArn != nil:
		m := glueRegistryArn.FindStringSubmatch(*p.SchemaRegistryArn)
		if m == nil {
			l2.Throw(target, "schemaRegistryArn %s must match %s", *p.SchemaRegistryArn, "/^arn:[^:]+:glue:[^:]+:[^:]+:registry\\/([^\\/]+)$/")
		}
		arn, name = p.SchemaRegistryArn, jsii.String(m[1])
	default:
		l2.Throw(target, "one of schemaRegistryArn or schemaRegistry must be passed")
	}
	targetHandler.AddToRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("glue:GetRegistry"), Resources: &[]*string{arn}}))
	targetHandler.AddToRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("glue:GetSchemaVersion"), Resources: &[]*string{arn,
		awscdk.Fn_Sub(jsii.String("arn:${AWS::Partition}:glue:${AWS::Region}:${AWS::AccountId}:schema/${registryName}/*"), &map[string]*string{"registryName": name})}}))
	return &awslambda.KafkaSchemaRegistryConfig{SchemaRegistryUri: arn, EventRecordFormat: p.EventRecordFormat, SchemaValidationConfigs: p.SchemaValidationConfigs}
}

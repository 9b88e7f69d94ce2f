package awsecs

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsautoscaling"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awsservicediscovery"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsecs"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawskms"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawslogs"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/cwmetric"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// ICluster is an ECS cluster, owned or imported.
type ICluster interface {
	interfacesawsecs.IClusterRef
	awscdk.IResource
	// The Auto Scaling group of the cluster's EC2 capacity, if any.
	AutoscalingGroup() awsautoscaling.IAutoScalingGroup
	ClusterArn() *string
	ClusterName() *string
	// The security groups of the cluster's EC2 capacity.
	Connections() awsec2.Connections
	DefaultCloudMapNamespace() awsservicediscovery.INamespace
	ExecuteCommandConfiguration() *ExecuteCommandConfiguration
	HasEc2Capacity() *bool
	Vpc() awsec2.IVpc
}

// ExecuteCommandConfiguration configures ECS Exec for a cluster.
type ExecuteCommandConfiguration struct {
	KmsKey           awskms.IKey                     `field:"optional" json:"kmsKey" yaml:"kmsKey"`
	LogConfiguration *ExecuteCommandLogConfiguration `field:"optional" json:"logConfiguration" yaml:"logConfiguration"`
	Logging          ExecuteCommandLogging           `field:"optional" json:"logging" yaml:"logging"`
}

// ExecuteCommandLogConfiguration says where ECS Exec logs go when Logging is OVERRIDE.
type ExecuteCommandLogConfiguration struct {
	CloudWatchEncryptionEnabled *bool                          `field:"optional" json:"cloudWatchEncryptionEnabled" yaml:"cloudWatchEncryptionEnabled"`
	CloudWatchLogGroup          interfacesawslogs.ILogGroupRef `field:"optional" json:"cloudWatchLogGroup" yaml:"cloudWatchLogGroup"`
	S3Bucket                    awss3.IBucket                  `field:"optional" json:"s3Bucket" yaml:"s3Bucket"`
	S3EncryptionEnabled         *bool                          `field:"optional" json:"s3EncryptionEnabled" yaml:"s3EncryptionEnabled"`
	S3KeyPrefix                 *string                        `field:"optional" json:"s3KeyPrefix" yaml:"s3KeyPrefix"`
}

// ManagedStorageConfiguration sets the KMS keys of a cluster's managed storage.
type ManagedStorageConfiguration struct {
	FargateEphemeralStorageKmsKey awskms.IKey              `field:"optional" json:"fargateEphemeralStorageKmsKey" yaml:"fargateEphemeralStorageKmsKey"`
	KmsKey                        interfacesawskms.IKeyRef `field:"optional" json:"kmsKey" yaml:"kmsKey"`
}

// CapacityProviderStrategy is one capacity provider of a strategy, with its weight and base.
type CapacityProviderStrategy struct {
	CapacityProvider *string  `field:"required" json:"capacityProvider" yaml:"capacityProvider"`
	Base             *float64 `field:"optional" json:"base" yaml:"base"`
	Weight           *float64 `field:"optional" json:"weight" yaml:"weight"`
}

// ClusterProps are the props of NewCluster.
type ClusterProps struct {
	// EC2 capacity to add (an Auto Scaling group, DefaultAutoScalingGroup).
	Capacity    *AddCapacityOptions `field:"optional" json:"capacity" yaml:"capacity"`
	ClusterName *string             `field:"optional" json:"clusterName" yaml:"clusterName"`
	// Deprecated: use ContainerInsightsV2.
	ContainerInsights   *bool             `field:"optional" json:"containerInsights" yaml:"containerInsights"`
	ContainerInsightsV2 ContainerInsights `field:"optional" json:"containerInsightsV2" yaml:"containerInsightsV2"`
	// A default Cloud Map namespace to create (AddDefaultCloudMapNamespace).
	DefaultCloudMapNamespace       *CloudMapNamespaceOptions    `field:"optional" json:"defaultCloudMapNamespace" yaml:"defaultCloudMapNamespace"`
	EnableFargateCapacityProviders *bool                        `field:"optional" json:"enableFargateCapacityProviders" yaml:"enableFargateCapacityProviders"`
	ExecuteCommandConfiguration    *ExecuteCommandConfiguration `field:"optional" json:"executeCommandConfiguration" yaml:"executeCommandConfiguration"`
	ManagedStorageConfiguration    *ManagedStorageConfiguration `field:"optional" json:"managedStorageConfiguration" yaml:"managedStorageConfiguration"`
	// The VPC of the cluster's tasks. Default: a new VPC with two AZs.
	Vpc awsec2.IVpc `field:"optional" json:"vpc" yaml:"vpc"`
}

// AddCapacityOptions describe EC2 capacity for a cluster (an Auto Scaling
// group's props, with the ECS image to run).
type AddCapacityOptions struct {
	MachineImageType                         MachineImageType                             `field:"optional" json:"machineImageType" yaml:"machineImageType"`
	SpotInstanceDraining                     *bool                                        `field:"optional" json:"spotInstanceDraining" yaml:"spotInstanceDraining"`
	TopicEncryptionKey                       awskms.IKey                                  `field:"optional" json:"topicEncryptionKey" yaml:"topicEncryptionKey"`
	AllowAllOutbound                         *bool                                        `field:"optional" json:"allowAllOutbound" yaml:"allowAllOutbound"`
	AssociatePublicIpAddress                 *bool                                        `field:"optional" json:"associatePublicIpAddress" yaml:"associatePublicIpAddress"`
	AutoScalingGroupName                     *string                                      `field:"optional" json:"autoScalingGroupName" yaml:"autoScalingGroupName"`
	AzCapacityDistributionStrategy           awsautoscaling.CapacityDistributionStrategy  `field:"optional" json:"azCapacityDistributionStrategy" yaml:"azCapacityDistributionStrategy"`
	BlockDevices                             *[]*awsautoscaling.BlockDevice               `field:"optional" json:"blockDevices" yaml:"blockDevices"`
	CapacityRebalance                        *bool                                        `field:"optional" json:"capacityRebalance" yaml:"capacityRebalance"`
	Cooldown                                 awscdk.Duration                              `field:"optional" json:"cooldown" yaml:"cooldown"`
	DefaultInstanceWarmup                    awscdk.Duration                              `field:"optional" json:"defaultInstanceWarmup" yaml:"defaultInstanceWarmup"`
	DeletionProtection                       awsautoscaling.DeletionProtection            `field:"optional" json:"deletionProtection" yaml:"deletionProtection"`
	DesiredCapacity                          *float64                                     `field:"optional" json:"desiredCapacity" yaml:"desiredCapacity"`
	GroupMetrics                             *[]awsautoscaling.GroupMetrics               `field:"optional" json:"groupMetrics" yaml:"groupMetrics"`
	HealthCheck                              awsautoscaling.HealthCheck                   `field:"optional" json:"healthCheck" yaml:"healthCheck"`
	HealthChecks                             awsautoscaling.HealthChecks                  `field:"optional" json:"healthChecks" yaml:"healthChecks"`
	IgnoreUnmodifiedSizeProperties           *bool                                        `field:"optional" json:"ignoreUnmodifiedSizeProperties" yaml:"ignoreUnmodifiedSizeProperties"`
	InstanceLifecyclePolicy                  *awsautoscaling.InstanceLifecyclePolicy      `field:"optional" json:"instanceLifecyclePolicy" yaml:"instanceLifecyclePolicy"`
	InstanceMonitoring                       awsautoscaling.Monitoring                    `field:"optional" json:"instanceMonitoring" yaml:"instanceMonitoring"`
	KeyName                                  *string                                      `field:"optional" json:"keyName" yaml:"keyName"`
	KeyPair                                  awsec2.IKeyPair                              `field:"optional" json:"keyPair" yaml:"keyPair"`
	MaxCapacity                              *float64                                     `field:"optional" json:"maxCapacity" yaml:"maxCapacity"`
	MaxInstanceLifetime                      awscdk.Duration                              `field:"optional" json:"maxInstanceLifetime" yaml:"maxInstanceLifetime"`
	MinCapacity                              *float64                                     `field:"optional" json:"minCapacity" yaml:"minCapacity"`
	NewInstancesProtectedFromScaleIn         *bool                                        `field:"optional" json:"newInstancesProtectedFromScaleIn" yaml:"newInstancesProtectedFromScaleIn"`
	Notifications                            *[]*awsautoscaling.NotificationConfiguration `field:"optional" json:"notifications" yaml:"notifications"`
	Signals                                  awsautoscaling.Signals                       `field:"optional" json:"signals" yaml:"signals"`
	SpotPrice                                *string                                      `field:"optional" json:"spotPrice" yaml:"spotPrice"`
	SsmSessionPermissions                    *bool                                        `field:"optional" json:"ssmSessionPermissions" yaml:"ssmSessionPermissions"`
	TerminationPolicies                      *[]awsautoscaling.TerminationPolicy          `field:"optional" json:"terminationPolicies" yaml:"terminationPolicies"`
	TerminationPolicyCustomLambdaFunctionArn *string                                      `field:"optional" json:"terminationPolicyCustomLambdaFunctionArn" yaml:"terminationPolicyCustomLambdaFunctionArn"`
	UpdatePolicy                             awsautoscaling.UpdatePolicy                  `field:"optional" json:"updatePolicy" yaml:"updatePolicy"`
	VpcSubnets                               *awsec2.SubnetSelection                      `field:"optional" json:"vpcSubnets" yaml:"vpcSubnets"`
	InstanceType                             awsec2.InstanceType                          `field:"required" json:"instanceType" yaml:"instanceType"`
	MachineImage                             awsec2.IMachineImage                         `field:"optional" json:"machineImage" yaml:"machineImage"`
}

// CloudMapNamespaceOptions describe a cluster's default Cloud Map namespace.
type CloudMapNamespaceOptions struct {
	UseForServiceConnect *bool   `field:"optional" json:"useForServiceConnect" yaml:"useForServiceConnect"`
	Name                 *string `field:"required" json:"name" yaml:"name"`
	// The kind of namespace. Default: DNS_PRIVATE.
	Type awsservicediscovery.NamespaceType `field:"optional" json:"type" yaml:"type"`
	Vpc  awsec2.IVpc                       `field:"optional" json:"vpc" yaml:"vpc"`
}

// ClusterAttributes identify a cluster to import.
type ClusterAttributes struct {
	ClusterName                 *string                          `field:"required" json:"clusterName" yaml:"clusterName"`
	Vpc                         awsec2.IVpc                      `field:"required" json:"vpc" yaml:"vpc"`
	AutoscalingGroup            awsautoscaling.IAutoScalingGroup `field:"optional" json:"autoscalingGroup" yaml:"autoscalingGroup"`
	ClusterArn                  *string                          `field:"optional" json:"clusterArn" yaml:"clusterArn"`
	DefaultCloudMapNamespace    awsservicediscovery.INamespace   `field:"optional" json:"defaultCloudMapNamespace" yaml:"defaultCloudMapNamespace"`
	ExecuteCommandConfiguration *ExecuteCommandConfiguration     `field:"optional" json:"executeCommandConfiguration" yaml:"executeCommandConfiguration"`
	HasEc2Capacity              *bool                            `field:"optional" json:"hasEc2Capacity" yaml:"hasEc2Capacity"`
	SecurityGroups              *[]awsec2.ISecurityGroup         `field:"optional" json:"securityGroups" yaml:"securityGroups"`
}

// Cluster is an ECS cluster defined in this app (AWS::ECS::Cluster).
type Cluster interface {
	awscdk.Resource
	ICluster
	// AddDefaultCloudMapNamespace creates the cluster's default Cloud Map namespace.
	AddDefaultCloudMapNamespace(options *CloudMapNamespaceOptions) awsservicediscovery.INamespace
	CapacityProviderNames() *[]*string
	ClusterScopedCapacityProviderNames() *[]*string
	DefaultCapacityProviderStrategy() *[]*CapacityProviderStrategy
	AddDefaultCapacityProviderStrategy(defaultCapacityProviderStrategy *[]*CapacityProviderStrategy)
	ArnForTasks(keyPattern *string) *string
	EnableFargateCapacityProviders()
	AddManagedInstancesCapacityProvider(provider ManagedInstancesCapacityProvider)
	AddAsgCapacityProvider(provider AsgCapacityProvider, options *AddAutoScalingGroupCapacityOptions)
	AddCapacity(id *string, options *AddCapacityOptions) awsautoscaling.AutoScalingGroup
	AddExistingDefaultCloudMapNamespace(options *ExistingCloudMapNamespaceOptions) awsservicediscovery.INamespace
	GrantTaskProtection(grantee awsiam.IGrantable) awsiam.Grant
	Grants() ClusterGrants
	Metric(metricName *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricCpuReservation(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricCpuUtilization(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricMemoryReservation(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricMemoryUtilization(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
}

type cluster struct {
	awscdk.Resource
	res             CfnCluster
	vpc             awsec2.IVpc
	conns           awsec2.Connections
	providers       []string
	defaultStrategy []*CapacityProviderStrategy
	execCmd         *ExecuteCommandConfiguration
	assoc           bool
	scopedProviders []*string
	namespace       awsservicediscovery.INamespace
	arn, name       *string
	ec2             ec2Capacity // asg_capacity.go
}

// Cluster_PROPERTY_INJECTION_ID is the id property injectors use for Cluster.
func Cluster_PROPERTY_INJECTION_ID() *string { return jsii.String("aws-cdk-lib.aws-ecs.Cluster") }

// Cluster_IsCluster reports whether x is a Cluster.
func Cluster_IsCluster(x interface{}) *bool { _, ok := x.(*cluster); return &ok }

// NewCluster creates an ECS cluster, with a new two-AZ VPC when none is given.
func NewCluster(scope constructs.Construct, id *string, props *ClusterProps) Cluster {
	props = l2.Inject(*Cluster_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &ClusterProps{}
	}
	c := &cluster{}
	c.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: props.ClusterName})
	host.Set(c.Resource, c)
	if props.ContainerInsights != nil && props.ContainerInsightsV2 != "" {
		l2.Throw(c, "You cannot set both containerInsights and containerInsightsV2")
	}
	var settings interface{}
	if props.ContainerInsights != nil {
		v := "disabled"
		if *props.ContainerInsights {
			v = "enabled"
		}
		settings = []*CfnCluster_ClusterSettingsProperty{{Name: str("containerInsights"), Value: str(v)}}
	} else if props.ContainerInsightsV2 != "" {
		settings = []*CfnCluster_ClusterSettingsProperty{{Name: str("containerInsights"), Value: str(containerInsightsValues[props.ContainerInsightsV2])}}
	}
	if truthy(props.EnableFargateCapacityProviders) {
		c.EnableFargateCapacityProviders()
	}
	if e := props.ExecuteCommandConfiguration; e != nil {
		if (e.Logging == ExecuteCommandLogging_OVERRIDE) != (e.LogConfiguration != nil) {
			l2.Throw(c, "Execute command log configuration must only be specified when logging is OVERRIDE.")
		}
		c.execCmd = e
	}
	c.res = NewCfnCluster(c, jsii.String("Resource"), &CfnClusterProps{ClusterName: c.PhysicalName(), ClusterSettings: settings,
		Configuration: c.renderConfiguration(props.ManagedStorageConfiguration)})
	c.arn = c.GetResourceArnAttribute(c.res.AttrArn(), &awscdk.ArnComponents{Service: str("ecs"), Resource: str("cluster"), ResourceName: c.PhysicalName()})
	c.name = c.GetResourceNameAttribute(c.res.Ref())
	c.conns = awsec2.NewConnections(nil)
	if props.Vpc != nil {
		c.vpc = props.Vpc
	} else {
		c.vpc = awsec2.NewVpc(c, jsii.String("Vpc"), &awsec2.VpcProps{MaxAzs: num(2)})
	}
	if props.DefaultCloudMapNamespace != nil {
		c.AddDefaultCloudMapNamespace(props.DefaultCloudMapNamespace)
	}
	if props.Capacity != nil {
		c.ec2.asg = c.AddCapacity(str("DefaultAutoScalingGroup"), props.Capacity)
	}
	if m := props.ManagedStorageConfiguration; m != nil && m.FargateEphemeralStorageKmsKey != nil {
		c.allowFargateEphemeralStorage(m.FargateEphemeralStorageKmsKey, props.ClusterName)
	}
	awscdk.Aspects_Of(c).Add(capacityProviderAssociations{c}, &awscdk.AspectOptions{Priority: awscdk.AspectPriority_MUTATING()})
	return c
}

func (c *cluster) renderConfiguration(m *ManagedStorageConfiguration) interface{} {
	if c.execCmd == nil && m == nil {
		return nil
	}
	out := &CfnCluster_ClusterConfigurationProperty{}
	if e := c.execCmd; e != nil {
		ec := &CfnCluster_ExecuteCommandConfigurationProperty{}
		if e.KmsKey != nil {
			ec.KmsKeyId = e.KmsKey.KeyArn()
		}
		if e.Logging != "" {
			ec.Logging = str(string(e.Logging))
		}
		if lc := e.LogConfiguration; lc != nil {
			if truthy(lc.S3EncryptionEnabled) && lc.S3Bucket == nil {
				l2.Throw(c, "You must specify an S3 bucket name in the execute command log configuration to enable S3 encryption.")
			}
			if truthy(lc.CloudWatchEncryptionEnabled) && lc.CloudWatchLogGroup == nil {
				l2.Throw(c, "You must specify a CloudWatch log group in the execute command log configuration to enable CloudWatch encryption.")
			}
			r := &CfnCluster_ExecuteCommandLogConfigurationProperty{S3KeyPrefix: lc.S3KeyPrefix}
			if lc.CloudWatchEncryptionEnabled != nil {
				r.CloudWatchEncryptionEnabled = lc.CloudWatchEncryptionEnabled
			}
			if lc.CloudWatchLogGroup != nil {
				r.CloudWatchLogGroupName = lc.CloudWatchLogGroup.LogGroupRef().LogGroupName
			}
			if lc.S3Bucket != nil {
				r.S3BucketName = lc.S3Bucket.BucketName()
			}
			if lc.S3EncryptionEnabled != nil {
				r.S3EncryptionEnabled = lc.S3EncryptionEnabled
			}
			ec.LogConfiguration = r
		}
		out.ExecuteCommandConfiguration = ec
	}
	if m != nil {
		ms := &CfnCluster_ManagedStorageConfigurationProperty{}
		if m.FargateEphemeralStorageKmsKey != nil {
			ms.FargateEphemeralStorageKmsKeyId = m.FargateEphemeralStorageKmsKey.KeyId()
		}
		if m.KmsKey != nil {
			ms.KmsKeyId = m.KmsKey.KeyRef().KeyId
		}
		out.ManagedStorageConfiguration = ms
	}
	return out
}

// allowFargateEphemeralStorage lets Fargate use the key for the cluster's
// ephemeral storage, as aws-cdk-lib does.
func (c *cluster) allowFargateEphemeralStorage(key awskms.IKey, clusterName *string) {
	eq := map[string]interface{}{"kms:EncryptionContext:aws:ecs:clusterAccount": []interface{}{awscdk.Aws_ACCOUNT_ID()}}
	if clusterName != nil {
		eq["kms:EncryptionContext:aws:ecs:clusterName"] = []interface{}{clusterName}
	}
	fargate := func() *[]awsiam.IPrincipal {
		return &[]awsiam.IPrincipal{awsiam.NewServicePrincipal(str("fargate.amazonaws.com"), nil)}
	}
	key.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Sid: str("Allow generate data key access for Fargate tasks."),
		Principals: fargate(), Resources: jsii.Strings("*"), Actions: jsii.Strings("kms:GenerateDataKeyWithoutPlaintext"),
		Conditions: &map[string]interface{}{"StringEquals": eq}}), nil)
	key.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Sid: str("Allow grant creation permission for Fargate tasks."),
		Principals: fargate(), Resources: jsii.Strings("*"), Actions: jsii.Strings("kms:CreateGrant"),
		Conditions: &map[string]interface{}{"StringEquals": eq, "ForAllValues:StringEquals": map[string]interface{}{"kms:GrantOperations": []interface{}{"Decrypt"}}}}), nil)
}

// capacityProviderAssociations adds the cluster's capacity providers once
// the whole app is built, as aws-cdk-lib's aspect does, so providers enabled
// after construction count and the resource lands after the cluster's others.
type capacityProviderAssociations struct{ c *cluster }

func (a capacityProviderAssociations) Visit(node constructs.IConstruct) {
	c := a.c
	if host.Of(node) != constructs.IConstruct(c) || c.assoc {
		return
	}
	if len(c.defaultStrategy) == 0 && len(c.providers) == 0 {
		return
	}
	c.assoc = true
	providers := make([]interface{}, len(c.providers))
	for i, p := range c.providers {
		providers[i] = p
	}
	strategy := []*CfnClusterCapacityProviderAssociations_CapacityProviderStrategyProperty{}
	for _, s := range c.defaultStrategy {
		strategy = append(strategy, &CfnClusterCapacityProviderAssociations_CapacityProviderStrategyProperty{
			CapacityProvider: s.CapacityProvider, Base: s.Base, Weight: s.Weight})
	}
	NewCfnClusterCapacityProviderAssociations(c, c.Node().Id(), &CfnClusterCapacityProviderAssociationsProps{
		Cluster: c.ClusterName(), CapacityProviders: &providers, DefaultCapacityProviderStrategy: strategy})
}

func (c *cluster) ClusterArn() *string  { return c.arn }
func (c *cluster) ClusterName() *string { return c.name }
func (c *cluster) ClusterRef() *interfacesawsecs.ClusterReference {
	return &interfacesawsecs.ClusterReference{ClusterArn: c.arn, ClusterName: c.name}
}
func (c *cluster) AutoscalingGroup() awsautoscaling.IAutoScalingGroup        { return c.ec2.asg }
func (c *cluster) Connections() awsec2.Connections                           { return c.conns }
func (c *cluster) DefaultCloudMapNamespace() awsservicediscovery.INamespace  { return c.namespace }
func (c *cluster) ExecuteCommandConfiguration() *ExecuteCommandConfiguration { return c.execCmd }
func (c *cluster) HasEc2Capacity() *bool                                     { return boolp(c.ec2.has) }
func (c *cluster) Vpc() awsec2.IVpc                                          { return c.vpc }

func (c *cluster) CapacityProviderNames() *[]*string { return jsii.Strings(c.providers...) }
func (c *cluster) ClusterScopedCapacityProviderNames() *[]*string {
	out := append([]*string{}, c.scopedProviders...)
	return &out
}
func (c *cluster) DefaultCapacityProviderStrategy() *[]*CapacityProviderStrategy {
	out := append([]*CapacityProviderStrategy{}, c.defaultStrategy...)
	return &out
}

// EnableFargateCapacityProviders adds FARGATE and FARGATE_SPOT to the cluster's capacity providers.
func (c *cluster) EnableFargateCapacityProviders() {
	for _, p := range []string{"FARGATE", "FARGATE_SPOT"} {
		found := false
		for _, q := range c.providers {
			found = found || q == p
		}
		if !found {
			c.providers = append(c.providers, p)
		}
	}
}

// AddDefaultCapacityProviderStrategy sets the strategy services use when they name none.
func (c *cluster) AddDefaultCapacityProviderStrategy(strategy *[]*CapacityProviderStrategy) {
	if len(c.defaultStrategy) > 0 {
		l2.Throw(c, "Cluster default capacity provider strategy is already set.")
	}
	var list []*CapacityProviderStrategy
	if strategy != nil {
		list = *strategy
	}
	fargate, other, withBase := false, false, 0
	for _, s := range list {
		if strings.Contains(sv(s.CapacityProvider), "FARGATE") {
			fargate = true
		} else {
			other = true
		}
	}
	if fargate && other {
		l2.Throw(c, "A capacity provider strategy cannot contain a mix of capacity providers using Auto Scaling groups and Fargate providers. Specify one or the other and try again.")
	}
	for _, s := range list {
		known := false
		for _, p := range c.providers {
			known = known || p == sv(s.CapacityProvider)
		}
		for _, p := range c.scopedProviders {
			known = known || p == s.CapacityProvider || sv(p) == sv(s.CapacityProvider)
		}
		if !known {
			l2.Throw(c, "Capacity provider %s must be added to the cluster with addAsgCapacityProvider() or addManagedInstancesCapacityProvider() before it can be used in a default capacity provider strategy.", sv(s.CapacityProvider))
		}
		if s.Base != nil && *s.Base != 0 {
			withBase++
		}
	}
	if withBase > 1 {
		l2.Throw(c, "Only 1 capacity provider in a capacity provider strategy can have a nonzero base.")
	}
	c.defaultStrategy = list
}

// ArnForTasks is the ARN pattern of the cluster's tasks matching keyPattern.
func (c *cluster) ArnForTasks(keyPattern *string) *string {
	return awscdk.Stack_Of(c).FormatArn(&awscdk.ArnComponents{Service: str("ecs"), Resource: str("task"),
		ResourceName: str(sv(c.ClusterName()) + "/" + sv(keyPattern)), ArnFormat: awscdk.ArnFormat_SLASH_RESOURCE_NAME})
}

// GrantTaskProtection lets grantee read and change the protection of the cluster's tasks.
func (c *cluster) GrantTaskProtection(grantee awsiam.IGrantable) awsiam.Grant {
	return c.Grants().TaskProtection(grantee)
}

// Grants are the cluster's grants.
func (c *cluster) Grants() ClusterGrants { return ClusterGrants_FromCluster(c) }

func (c *cluster) metric(base *awscloudwatch.MetricProps, o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return awscloudwatch.NewMetric(cwmetric.Overlay(base, o)).AttachTo(c)
}

func (c *cluster) canned(name string, o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return c.metric(&awscloudwatch.MetricProps{Namespace: str("AWS/ECS"), MetricName: str(name),
		DimensionsMap: &map[string]*string{"ClusterName": c.ClusterName()}, Statistic: str("Average")}, o)
}

// Metric is one of the cluster's AWS/ECS metrics.
func (c *cluster) Metric(metricName *string, o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return c.metric(&awscloudwatch.MetricProps{Namespace: str("AWS/ECS"), MetricName: metricName,
		DimensionsMap: &map[string]*string{"ClusterName": c.ClusterName()}}, o)
}
func (c *cluster) MetricCpuReservation(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return c.canned("CPUReservation", o)
}
func (c *cluster) MetricCpuUtilization(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return c.canned("CPUUtilization", o)
}
func (c *cluster) MetricMemoryReservation(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return c.canned("MemoryReservation", o)
}
func (c *cluster) MetricMemoryUtilization(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return c.canned("MemoryUtilization", o)
}

type importedCluster struct {
	awscdk.Resource
	name, arn *string
	vpc       awsec2.IVpc
	conns     awsec2.Connections
	hasEc2    bool
	asg       awsautoscaling.IAutoScalingGroup
	ns        awsservicediscovery.INamespace
	execCmd   *ExecuteCommandConfiguration
	byArn     bool
}

// Cluster_FromClusterAttributes imports a cluster defined elsewhere.
func Cluster_FromClusterAttributes(scope constructs.Construct, id *string, attrs *ClusterAttributes) ICluster {
	if attrs == nil {
		attrs = &ClusterAttributes{}
	}
	c := &importedCluster{name: attrs.ClusterName, vpc: attrs.Vpc, hasEc2: attrs.HasEc2Capacity == nil || *attrs.HasEc2Capacity,
		asg: attrs.AutoscalingGroup, ns: attrs.DefaultCloudMapNamespace, execCmd: attrs.ExecuteCommandConfiguration}
	c.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(c.Resource, c)
	c.arn = attrs.ClusterArn
	if c.arn == nil {
		c.arn = awscdk.Stack_Of(scope).FormatArn(&awscdk.ArnComponents{Service: str("ecs"), Resource: str("cluster"), ResourceName: attrs.ClusterName})
	}
	c.conns = awsec2.NewConnections(&awsec2.ConnectionsProps{SecurityGroups: attrs.SecurityGroups})
	return c
}

// Cluster_FromClusterArn imports a cluster by ARN; its VPC, connections and
// capacity are unknown.
func Cluster_FromClusterArn(scope constructs.Construct, id *string, clusterArn *string) ICluster {
	name := awscdk.Stack_Of(scope).SplitArn(clusterArn, awscdk.ArnFormat_SLASH_RESOURCE_NAME).ResourceName
	if name == nil || *name == "" {
		l2.Throw(scope, "Missing required Cluster Name from Cluster ARN: %s", sv(clusterArn))
	}
	c := &importedCluster{name: name, arn: clusterArn, byArn: true}
	c.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{EnvironmentFromArn: clusterArn})
	host.Set(c.Resource, c)
	return c
}

const fromArnSuffix = "is not available for a Cluster imported using fromClusterArn(), please use fromClusterAttributes() instead."

func (c *importedCluster) ClusterArn() *string  { return c.arn }
func (c *importedCluster) ClusterName() *string { return c.name }
func (c *importedCluster) ClusterRef() *interfacesawsecs.ClusterReference {
	return &interfacesawsecs.ClusterReference{ClusterArn: c.arn, ClusterName: c.name}
}
func (c *importedCluster) AutoscalingGroup() awsautoscaling.IAutoScalingGroup { return c.asg }
func (c *importedCluster) Connections() awsec2.Connections {
	if c.byArn {
		l2.Throw(c, "connections "+fromArnSuffix)
	}
	return c.conns
}
func (c *importedCluster) DefaultCloudMapNamespace() awsservicediscovery.INamespace { return c.ns }
func (c *importedCluster) ExecuteCommandConfiguration() *ExecuteCommandConfiguration {
	return c.execCmd
}
func (c *importedCluster) HasEc2Capacity() *bool {
	if c.byArn {
		l2.Throw(c, "hasEc2Capacity "+fromArnSuffix)
	}
	return boolp(c.hasEc2)
}
func (c *importedCluster) Vpc() awsec2.IVpc {
	if c.byArn {
		l2.Throw(c, "vpc "+fromArnSuffix)
	}
	return c.vpc
}

// ExistingCloudMapNamespaceOptions name an existing Cloud Map namespace to make the cluster's default.
type ExistingCloudMapNamespaceOptions struct {
	UseForServiceConnect *bool                          `field:"optional" json:"useForServiceConnect" yaml:"useForServiceConnect"`
	Namespace            awsservicediscovery.INamespace `field:"required" json:"namespace" yaml:"namespace"`
}

// AddExistingDefaultCloudMapNamespace makes an existing namespace the cluster's default (and Service Connect's, if asked).
func (c *cluster) AddExistingDefaultCloudMapNamespace(options *ExistingCloudMapNamespaceOptions) awsservicediscovery.INamespace {
	if c.namespace != nil {
		l2.Throw(c, "Can only add default namespace once.")
	}
	if options == nil || options.Namespace == nil {
		l2.Throw(c, "addExistingDefaultCloudMapNamespace needs a namespace")
	}
	cs, ns := awscdk.Stack_Of(c), awscdk.Stack_Of(options.Namespace)
	if !isToken(cs.Region()) && !isToken(ns.Region()) && sv(cs.Region()) != sv(ns.Region()) {
		l2.Throw(c, "Cloud Map namespace must be in the same region as the ECS cluster, got cluster region %q and namespace region %q", sv(cs.Region()), sv(ns.Region()))
	}
	if !isToken(cs.Account()) && !isToken(ns.Account()) && sv(cs.Account()) != sv(ns.Account()) {
		awscdk.Annotations_Of(c).AddWarningV2(jsii.String("@aws-cdk/aws-ecs:crossAccountNamespace"),
			jsii.String("The provided Cloud Map namespace belongs to a different account. Ensure AWS Resource Access Manager (RAM) sharing is configured. See https://docs.aws.amazon.com/cloud-map/latest/dg/sharing.html"))
	}
	c.namespace = options.Namespace
	if truthy(options.UseForServiceConnect) {
		arn := options.Namespace.NamespaceArn()
		if !isToken(arn) && !strings.HasPrefix(sv(arn), "arn:") {
			l2.Throw(c, "The imported namespace does not have a valid ARN, got %q. Ensure it is imported with a full ARN when used for Service Connect", sv(arn))
		}
		c.res.SetServiceConnectDefaults(&CfnCluster_ServiceConnectDefaultsProperty{Namespace: arn})
	}
	return options.Namespace
}

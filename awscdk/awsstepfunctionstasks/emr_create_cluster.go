package awsstepfunctionstasks

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// EmrCreateCluster creates and starts running an EMR cluster (RunJobFlow), with the roles it needs.
type EmrCreateCluster interface {
	awsstepfunctions.TaskStateBase
	AutoScalingRole() awsiam.IRole
	ClusterRole() awsiam.IRole
	ServiceRole() awsiam.IRole
}

// NewEmrCreateCluster builds the task at scope/id.
func NewEmrCreateCluster(scope constructs.Construct, id *string, props *EmrCreateClusterProps) EmrCreateCluster {
	return newEmrCreateCluster(scope, id, props)
}

// NewEmrCreateCluster_Override initializes t, a Go type embedding EmrCreateCluster, as the task.
func NewEmrCreateCluster_Override(t EmrCreateCluster, scope constructs.Construct, id *string, props *EmrCreateClusterProps) {
	l2.Override[EmrCreateCluster](t, newEmrCreateCluster(scope, id, props))
}

// EmrCreateCluster_JsonPath builds the task with JSONPath fields.
func EmrCreateCluster_JsonPath(scope constructs.Construct, id *string, props *EmrCreateClusterJsonPathProps) EmrCreateCluster {
	if props == nil {
		return newEmrCreateCluster(scope, id, nil)
	}
	p := &EmrCreateClusterProps{}
	copyFields(p, props)
	return newEmrCreateCluster(scope, id, p)
}

// EmrCreateCluster_Jsonata builds the task with JSONata fields: its query language is JSONata.
func EmrCreateCluster_Jsonata(scope constructs.Construct, id *string, props *EmrCreateClusterJsonataProps) EmrCreateCluster {
	if props == nil {
		return newEmrCreateCluster(scope, id, nil)
	}
	p := &EmrCreateClusterProps{}
	copyFields(p, props)
	p.QueryLanguage = awsstepfunctions.QueryLanguage_JSONATA
	return newEmrCreateCluster(scope, id, p)
}

// EmrCreateCluster_FilterNextables is awsstepfunctions.TaskStateBase_FilterNextables.
func EmrCreateCluster_FilterNextables(states *[]awsstepfunctions.State) *[]awsstepfunctions.INextable {
	return awsstepfunctions.TaskStateBase_FilterNextables(states)
}

// EmrCreateCluster_FindReachableEndStates is awsstepfunctions.TaskStateBase_FindReachableEndStates.
func EmrCreateCluster_FindReachableEndStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableEndStates(start, options)
}

// EmrCreateCluster_FindReachableStates is awsstepfunctions.TaskStateBase_FindReachableStates.
func EmrCreateCluster_FindReachableStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableStates(start, options)
}

// EmrCreateCluster_IsConstruct reports whether x is a construct.
func EmrCreateCluster_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// EmrCreateCluster_PrefixStates prefixes the names of the states under root.
func EmrCreateCluster_PrefixStates(root constructs.IConstruct, prefix *string) {
	awsstepfunctions.TaskStateBase_PrefixStates(root, prefix)
}

// EmrCreateClusterProps configures a EmrCreateCluster task.
type EmrCreateClusterProps struct {
	Comment                          *string                                            `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage                    awsstepfunctions.QueryLanguage                     `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName                        *string                                            `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials                      *awsstepfunctions.Credentials                      `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat                        awscdk.Duration                                    `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout                 awsstepfunctions.Timeout                           `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern               awsstepfunctions.IntegrationPattern                `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout                      awsstepfunctions.Timeout                           `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout                          awscdk.Duration                                    `field:"optional" json:"timeout" yaml:"timeout"`
	Assign                           *map[string]interface{}                            `field:"optional" json:"assign" yaml:"assign"`
	InputPath                        *string                                            `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath                       *string                                            `field:"optional" json:"outputPath" yaml:"outputPath"`
	Outputs                          interface{}                                        `field:"optional" json:"outputs" yaml:"outputs"`
	ResultPath                       *string                                            `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector                   *map[string]interface{}                            `field:"optional" json:"resultSelector" yaml:"resultSelector"`
	Instances                        *EmrCreateCluster_InstancesConfigProperty          `field:"required" json:"instances" yaml:"instances"`
	Name                             *string                                            `field:"required" json:"name" yaml:"name"`
	AdditionalInfo                   *string                                            `field:"optional" json:"additionalInfo" yaml:"additionalInfo"`
	Applications                     *[]*EmrCreateCluster_ApplicationConfigProperty     `field:"optional" json:"applications" yaml:"applications"`
	AutoScalingRole                  awsiam.IRole                                       `field:"optional" json:"autoScalingRole" yaml:"autoScalingRole"`
	AutoTerminationPolicyIdleTimeout awscdk.Duration                                    `field:"optional" json:"autoTerminationPolicyIdleTimeout" yaml:"autoTerminationPolicyIdleTimeout"`
	BootstrapActions                 *[]*EmrCreateCluster_BootstrapActionConfigProperty `field:"optional" json:"bootstrapActions" yaml:"bootstrapActions"`
	ClusterRole                      awsiam.IRole                                       `field:"optional" json:"clusterRole" yaml:"clusterRole"`
	Configurations                   *[]*EmrCreateCluster_ConfigurationProperty         `field:"optional" json:"configurations" yaml:"configurations"`
	CustomAmiId                      *string                                            `field:"optional" json:"customAmiId" yaml:"customAmiId"`
	EbsRootVolumeIops                *float64                                           `field:"optional" json:"ebsRootVolumeIops" yaml:"ebsRootVolumeIops"`
	EbsRootVolumeSize                awscdk.Size                                        `field:"optional" json:"ebsRootVolumeSize" yaml:"ebsRootVolumeSize"`
	EbsRootVolumeThroughput          *float64                                           `field:"optional" json:"ebsRootVolumeThroughput" yaml:"ebsRootVolumeThroughput"`
	KerberosAttributes               *EmrCreateCluster_KerberosAttributesProperty       `field:"optional" json:"kerberosAttributes" yaml:"kerberosAttributes"`
	LogUri                           *string                                            `field:"optional" json:"logUri" yaml:"logUri"`
	ManagedScalingPolicy             *EmrCreateCluster_ManagedScalingPolicyProperty     `field:"optional" json:"managedScalingPolicy" yaml:"managedScalingPolicy"`
	ReleaseLabel                     *string                                            `field:"optional" json:"releaseLabel" yaml:"releaseLabel"`
	ScaleDownBehavior                EmrCreateCluster_EmrClusterScaleDownBehavior       `field:"optional" json:"scaleDownBehavior" yaml:"scaleDownBehavior"`
	SecurityConfiguration            *string                                            `field:"optional" json:"securityConfiguration" yaml:"securityConfiguration"`
	ServiceRole                      awsiam.IRole                                       `field:"optional" json:"serviceRole" yaml:"serviceRole"`
	StepConcurrencyLevel             *float64                                           `field:"optional" json:"stepConcurrencyLevel" yaml:"stepConcurrencyLevel"`
	Tags                             *map[string]*string                                `field:"optional" json:"tags" yaml:"tags"`
	VisibleToAllUsers                *bool                                              `field:"optional" json:"visibleToAllUsers" yaml:"visibleToAllUsers"`
}

// EmrCreateClusterJsonPathProps configures a EmrCreateCluster task with JSONPath fields.
type EmrCreateClusterJsonPathProps struct {
	Comment                          *string                                            `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage                    awsstepfunctions.QueryLanguage                     `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName                        *string                                            `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials                      *awsstepfunctions.Credentials                      `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat                        awscdk.Duration                                    `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout                 awsstepfunctions.Timeout                           `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern               awsstepfunctions.IntegrationPattern                `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout                      awsstepfunctions.Timeout                           `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout                          awscdk.Duration                                    `field:"optional" json:"timeout" yaml:"timeout"`
	Assign                           *map[string]interface{}                            `field:"optional" json:"assign" yaml:"assign"`
	InputPath                        *string                                            `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath                       *string                                            `field:"optional" json:"outputPath" yaml:"outputPath"`
	ResultPath                       *string                                            `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector                   *map[string]interface{}                            `field:"optional" json:"resultSelector" yaml:"resultSelector"`
	Instances                        *EmrCreateCluster_InstancesConfigProperty          `field:"required" json:"instances" yaml:"instances"`
	Name                             *string                                            `field:"required" json:"name" yaml:"name"`
	AdditionalInfo                   *string                                            `field:"optional" json:"additionalInfo" yaml:"additionalInfo"`
	Applications                     *[]*EmrCreateCluster_ApplicationConfigProperty     `field:"optional" json:"applications" yaml:"applications"`
	AutoScalingRole                  awsiam.IRole                                       `field:"optional" json:"autoScalingRole" yaml:"autoScalingRole"`
	AutoTerminationPolicyIdleTimeout awscdk.Duration                                    `field:"optional" json:"autoTerminationPolicyIdleTimeout" yaml:"autoTerminationPolicyIdleTimeout"`
	BootstrapActions                 *[]*EmrCreateCluster_BootstrapActionConfigProperty `field:"optional" json:"bootstrapActions" yaml:"bootstrapActions"`
	ClusterRole                      awsiam.IRole                                       `field:"optional" json:"clusterRole" yaml:"clusterRole"`
	Configurations                   *[]*EmrCreateCluster_ConfigurationProperty         `field:"optional" json:"configurations" yaml:"configurations"`
	CustomAmiId                      *string                                            `field:"optional" json:"customAmiId" yaml:"customAmiId"`
	EbsRootVolumeIops                *float64                                           `field:"optional" json:"ebsRootVolumeIops" yaml:"ebsRootVolumeIops"`
	EbsRootVolumeSize                awscdk.Size                                        `field:"optional" json:"ebsRootVolumeSize" yaml:"ebsRootVolumeSize"`
	EbsRootVolumeThroughput          *float64                                           `field:"optional" json:"ebsRootVolumeThroughput" yaml:"ebsRootVolumeThroughput"`
	KerberosAttributes               *EmrCreateCluster_KerberosAttributesProperty       `field:"optional" json:"kerberosAttributes" yaml:"kerberosAttributes"`
	LogUri                           *string                                            `field:"optional" json:"logUri" yaml:"logUri"`
	ManagedScalingPolicy             *EmrCreateCluster_ManagedScalingPolicyProperty     `field:"optional" json:"managedScalingPolicy" yaml:"managedScalingPolicy"`
	ReleaseLabel                     *string                                            `field:"optional" json:"releaseLabel" yaml:"releaseLabel"`
	ScaleDownBehavior                EmrCreateCluster_EmrClusterScaleDownBehavior       `field:"optional" json:"scaleDownBehavior" yaml:"scaleDownBehavior"`
	SecurityConfiguration            *string                                            `field:"optional" json:"securityConfiguration" yaml:"securityConfiguration"`
	ServiceRole                      awsiam.IRole                                       `field:"optional" json:"serviceRole" yaml:"serviceRole"`
	StepConcurrencyLevel             *float64                                           `field:"optional" json:"stepConcurrencyLevel" yaml:"stepConcurrencyLevel"`
	Tags                             *map[string]*string                                `field:"optional" json:"tags" yaml:"tags"`
	VisibleToAllUsers                *bool                                              `field:"optional" json:"visibleToAllUsers" yaml:"visibleToAllUsers"`
}

// EmrCreateClusterJsonataProps configures a EmrCreateCluster task with JSONata fields.
type EmrCreateClusterJsonataProps struct {
	Comment                          *string                                            `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage                    awsstepfunctions.QueryLanguage                     `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName                        *string                                            `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials                      *awsstepfunctions.Credentials                      `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat                        awscdk.Duration                                    `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout                 awsstepfunctions.Timeout                           `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern               awsstepfunctions.IntegrationPattern                `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout                      awsstepfunctions.Timeout                           `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout                          awscdk.Duration                                    `field:"optional" json:"timeout" yaml:"timeout"`
	Assign                           *map[string]interface{}                            `field:"optional" json:"assign" yaml:"assign"`
	Outputs                          interface{}                                        `field:"optional" json:"outputs" yaml:"outputs"`
	Instances                        *EmrCreateCluster_InstancesConfigProperty          `field:"required" json:"instances" yaml:"instances"`
	Name                             *string                                            `field:"required" json:"name" yaml:"name"`
	AdditionalInfo                   *string                                            `field:"optional" json:"additionalInfo" yaml:"additionalInfo"`
	Applications                     *[]*EmrCreateCluster_ApplicationConfigProperty     `field:"optional" json:"applications" yaml:"applications"`
	AutoScalingRole                  awsiam.IRole                                       `field:"optional" json:"autoScalingRole" yaml:"autoScalingRole"`
	AutoTerminationPolicyIdleTimeout awscdk.Duration                                    `field:"optional" json:"autoTerminationPolicyIdleTimeout" yaml:"autoTerminationPolicyIdleTimeout"`
	BootstrapActions                 *[]*EmrCreateCluster_BootstrapActionConfigProperty `field:"optional" json:"bootstrapActions" yaml:"bootstrapActions"`
	ClusterRole                      awsiam.IRole                                       `field:"optional" json:"clusterRole" yaml:"clusterRole"`
	Configurations                   *[]*EmrCreateCluster_ConfigurationProperty         `field:"optional" json:"configurations" yaml:"configurations"`
	CustomAmiId                      *string                                            `field:"optional" json:"customAmiId" yaml:"customAmiId"`
	EbsRootVolumeIops                *float64                                           `field:"optional" json:"ebsRootVolumeIops" yaml:"ebsRootVolumeIops"`
	EbsRootVolumeSize                awscdk.Size                                        `field:"optional" json:"ebsRootVolumeSize" yaml:"ebsRootVolumeSize"`
	EbsRootVolumeThroughput          *float64                                           `field:"optional" json:"ebsRootVolumeThroughput" yaml:"ebsRootVolumeThroughput"`
	KerberosAttributes               *EmrCreateCluster_KerberosAttributesProperty       `field:"optional" json:"kerberosAttributes" yaml:"kerberosAttributes"`
	LogUri                           *string                                            `field:"optional" json:"logUri" yaml:"logUri"`
	ManagedScalingPolicy             *EmrCreateCluster_ManagedScalingPolicyProperty     `field:"optional" json:"managedScalingPolicy" yaml:"managedScalingPolicy"`
	ReleaseLabel                     *string                                            `field:"optional" json:"releaseLabel" yaml:"releaseLabel"`
	ScaleDownBehavior                EmrCreateCluster_EmrClusterScaleDownBehavior       `field:"optional" json:"scaleDownBehavior" yaml:"scaleDownBehavior"`
	SecurityConfiguration            *string                                            `field:"optional" json:"securityConfiguration" yaml:"securityConfiguration"`
	ServiceRole                      awsiam.IRole                                       `field:"optional" json:"serviceRole" yaml:"serviceRole"`
	StepConcurrencyLevel             *float64                                           `field:"optional" json:"stepConcurrencyLevel" yaml:"stepConcurrencyLevel"`
	Tags                             *map[string]*string                                `field:"optional" json:"tags" yaml:"tags"`
	VisibleToAllUsers                *bool                                              `field:"optional" json:"visibleToAllUsers" yaml:"visibleToAllUsers"`
}

// emrCreateCluster is the task with the roles it created or was given.
type emrCreateCluster struct {
	*task
	service, cluster, autoScaling awsiam.IRole
}

func (e *emrCreateCluster) ServiceRole() awsiam.IRole { return e.service }
func (e *emrCreateCluster) ClusterRole() awsiam.IRole { return e.cluster }

// AutoScalingRole is the auto-scaling role, which a cluster of instance
// fleets has none of: asking for it then stops as aws-cdk-lib does.
func (e *emrCreateCluster) AutoScalingRole() awsiam.IRole {
	if e.autoScaling == nil {
		throw(e, "role not available yet--use the object in a Task first")
	}
	return e.autoScaling
}

func newEmrCreateCluster(scope constructs.Construct, id *string, props *EmrCreateClusterProps) EmrCreateCluster {
	required(scope, id, "EmrCreateCluster", props, "Instances", "Name")
	e := &emrCreateCluster{task: newTask(scope, id, props)}
	visible := props.VisibleToAllUsers
	if visible == nil {
		visible = boolean(true)
	}
	pattern := props.IntegrationPattern
	if pattern == "" {
		pattern = awsstepfunctions.IntegrationPattern_RUN_JOB
	}
	validatePattern(pattern, awsstepfunctions.IntegrationPattern_REQUEST_RESPONSE, awsstepfunctions.IntegrationPattern_RUN_JOB)
	e.autoScaling = props.AutoScalingRole
	policyV2 := *awscdk.FeatureFlags_Of(e).IsEnabled(str("@aws-cdk/aws-stepfunctions-tasks:enableEmrServicePolicyV2"))
	e.service = props.ServiceRole
	if e.service == nil {
		managed := "service-role/AmazonElasticMapReduceRole"
		if policyV2 {
			managed = "service-role/AmazonEMRServicePolicy_v2"
		}
		e.service = awsiam.NewRole(e, str("ServiceRole"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(str("elasticmapreduce.amazonaws.com"), nil),
			ManagedPolicies: &[]awsiam.IManagedPolicy{awsiam.ManagedPolicy_FromAwsManagedPolicyName(str(managed))}})
	}
	e.cluster = props.ClusterRole
	if e.cluster == nil {
		role := awsiam.NewRole(e, str("InstanceRole"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(str("ec2.amazonaws.com"), nil)})
		awsiam.NewCfnInstanceProfile(e, str("InstanceProfile"), &awsiam.CfnInstanceProfileProps{Roles: &[]interface{}{role.RoleName()}, InstanceProfileName: role.RoleName()})
		e.cluster = role
	}
	e.cluster.GrantPassRole(e.service)
	var baseTags map[string]string
	if policyV2 {
		baseTags = map[string]string{"for-use-with-amazon-emr-managed-policies": "true"}
	}
	if props.Instances.InstanceFleets == nil || len(*props.Instances.InstanceFleets) == 0 {
		if e.autoScaling == nil {
			role := awsiam.NewRole(e, str("AutoScalingRole"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(str("elasticmapreduce.amazonaws.com"), nil),
				ManagedPolicies: &[]awsiam.IManagedPolicy{awsiam.ManagedPolicy_FromAwsManagedPolicyName(str("service-role/AmazonElasticMapReduceforAutoScalingRole"))}})
			role.AssumeRolePolicy().AddStatements(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Effect: awsiam.Effect_ALLOW,
				Principals: &[]awsiam.IPrincipal{awsiam.NewServicePrincipal(str("application-autoscaling.amazonaws.com"), nil)}, Actions: str1("sts:AssumeRole")}))
			e.autoScaling = role
		}
	} else if e.autoScaling != nil {
		throw(e, "Auto Scaling roles can not be specified with instance fleets.")
	}
	stack := awscdk.Stack_Of(e)
	e.policies = []awsiam.PolicyStatement{
		statement([]string{"elasticmapreduce:RunJobFlow", "elasticmapreduce:DescribeCluster", "elasticmapreduce:TerminateJobFlows", "elasticmapreduce:AddTags"}, str("*")),
		statement([]string{"iam:PassRole"}, e.service.RoleArn(), e.cluster.RoleArn()),
		awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Sid: str("ElasticMapReduceServiceLinkedRole"), Actions: str1("iam:CreateServiceLinkedRole"),
			Resources:  str1("arn:" + *awscdk.Aws_PARTITION() + ":iam::" + *stack.Account() + ":role/aws-service-role/elasticmapreduce.amazonaws.com*/AWSServiceRoleForEMRCleanup*"),
			Conditions: &map[string]interface{}{"StringEquals": map[string]interface{}{"iam:AWSServiceName": []interface{}{"elasticmapreduce.amazonaws.com", "elasticmapreduce.amazonaws.com.cn"}}}}),
	}
	if e.autoScaling != nil {
		e.policies = append(e.policies, statement([]string{"iam:PassRole"}, e.autoScaling.RoleArn()))
	}
	if props.Tags != nil {
		e.policies = append(e.policies, statement([]string{"elasticmapreduce:AddTags"}, emrClusters(e.task)))
	}
	if pattern == awsstepfunctions.IntegrationPattern_RUN_JOB {
		e.policies = append(e.policies, emrRule(e.task, "StepFunctionsGetEventForEMRRunJobFlowRule"))
	}
	if d := props.AutoTerminationPolicyIdleTimeout; d != nil && !*awscdk.Token_IsUnresolved(d) {
		if sec := *d.ToSeconds(nil); sec < 60 || sec > 604800 {
			throw(e, "`autoTerminationPolicyIdleTimeout` must be between 60 and 604800 seconds, got %s seconds.", jsString(sec))
		}
	}
	e.validateReleaseLabel(props)
	e.Hook.Render = func(top string) interface{} {
		var tags interface{}
		if props.Tags != nil || baseTags != nil {
			keys := []string{}
			vals := map[string]interface{}{}
			if props.Tags != nil {
				for _, k := range sortedKeys(*props.Tags) {
					keys = append(keys, k)
					vals[k] = (*props.Tags)[k]
				}
			}
			for _, k := range sortedKeys(baseTags) {
				if _, ok := vals[k]; !ok {
					keys = append(keys, k)
				}
				vals[k] = baseTags[k]
			}
			l := []interface{}{}
			for _, k := range keys {
				l = append(l, obj("Key", k, "Value", vals[k]))
			}
			tags = l
		}
		var autoScaling, ebsSize, kerberos, managed, autoTerm interface{}
		if e.autoScaling != nil {
			autoScaling = e.autoScaling.RoleName()
		}
		if props.EbsRootVolumeSize != nil {
			ebsSize = props.EbsRootVolumeSize.ToGibibytes(nil)
		}
		if k := props.KerberosAttributes; k != nil {
			kerberos = obj("ADDomainJoinPassword", k.AdDomainJoinPassword, "ADDomainJoinUser", k.AdDomainJoinUser,
				"CrossRealmTrustPrincipalPassword", k.CrossRealmTrustPrincipalPassword, "KdcAdminPassword", k.KdcAdminPassword, "Realm", k.Realm)
		}
		if m := props.ManagedScalingPolicy; m != nil {
			var limits interface{}
			if c := m.ComputeLimits; c != nil {
				limits = obj("UnitType", emrWire(c.UnitType), "MinimumCapacityUnits", c.MinimumCapacityUnits, "MaximumCapacityUnits", c.MaximumCapacityUnits,
					"MaximumOnDemandCapacityUnits", c.MaximumOnDemandCapacityUnits, "MaximumCoreCapacityUnits", c.MaximumCoreCapacityUnits)
			}
			managed = obj("ComputeLimits", limits)
		}
		if d := props.AutoTerminationPolicyIdleTimeout; d != nil {
			autoTerm = obj("IdleTimeout", d.ToSeconds(nil))
		}
		var apps, boots interface{}
		if props.Applications != nil {
			l := []interface{}{}
			for _, a := range *props.Applications {
				if a == nil {
					a = &EmrCreateCluster_ApplicationConfigProperty{}
				}
				l = append(l, obj("Name", a.Name, "Args", a.Args, "Version", a.Version, "AdditionalInfo", a.AdditionalInfo))
			}
			apps = l
		}
		if props.BootstrapActions != nil {
			l := []interface{}{}
			for _, b := range *props.BootstrapActions {
				if b == nil || b.ScriptBootstrapAction == nil {
					throw(e, "EmrCreateCluster: each bootstrap action's scriptBootstrapAction is required")
				}
				l = append(l, obj("Name", b.Name, "ScriptBootstrapAction", obj("Path", b.ScriptBootstrapAction.Path, "Args", b.ScriptBootstrapAction.Args)))
			}
			boots = l
		}
		var scaleDown interface{}
		if props.ScaleDownBehavior != "" {
			scaleDown = string(props.ScaleDownBehavior)
		}
		return e.render(top, integrationResourceArn("elasticmapreduce", "createCluster", pattern), obj(
			"Instances", e.instances(props.Instances), "JobFlowRole", e.cluster.RoleName(), "Name", props.Name, "ServiceRole", e.service.RoleName(),
			"AdditionalInfo", props.AdditionalInfo, "Applications", apps, "AutoScalingRole", autoScaling, "BootstrapActions", boots,
			"Configurations", emrConfigurations(props.Configurations), "CustomAmiId", props.CustomAmiId, "EbsRootVolumeSize", ebsSize,
			"EbsRootVolumeIops", props.EbsRootVolumeIops, "EbsRootVolumeThroughput", props.EbsRootVolumeThroughput, "KerberosAttributes", kerberos,
			"LogUri", props.LogUri, "ManagedScalingPolicy", managed, "ReleaseLabel", props.ReleaseLabel, "ScaleDownBehavior", scaleDown,
			"SecurityConfiguration", props.SecurityConfiguration, "StepConcurrencyLevel", props.StepConcurrencyLevel, "Tags", tags,
			"VisibleToAllUsers", visible, "AutoTerminationPolicy", autoTerm))
	}
	return e
}

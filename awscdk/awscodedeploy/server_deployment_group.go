package awscodedeploy

import (
	"sort"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsautoscaling"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awselasticloadbalancing"
	"github.com/strata-cdk/strata/awscdk/awselasticloadbalancingv2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscloudwatch"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscodedeploy"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// LoadBalancerGeneration tells Classic load balancers from target groups.
type LoadBalancerGeneration string

const (
	LoadBalancerGeneration_FIRST  LoadBalancerGeneration = "FIRST"
	LoadBalancerGeneration_SECOND LoadBalancerGeneration = "SECOND"
)

// LoadBalancer is where a server deployment takes instances out of and back into service.
type LoadBalancer interface {
	// Generation is FIRST for a Classic load balancer, SECOND for a target group.
	Generation() LoadBalancerGeneration
	// Name is the load balancer's or target group's name.
	Name() *string
}

type loadBalancer struct {
	generation LoadBalancerGeneration
	name       *string
}

func (l *loadBalancer) Generation() LoadBalancerGeneration { return l.generation }
func (l *loadBalancer) Name() *string                      { return l.name }

// LoadBalancer_Classic uses a Classic load balancer.
func LoadBalancer_Classic(classic awselasticloadbalancing.LoadBalancer) LoadBalancer {
	if classic == nil {
		diag.Panic("", "LoadBalancer_Classic needs loadBalancer; got nil")
	}
	return &loadBalancer{generation: LoadBalancerGeneration_FIRST, name: classic.LoadBalancerName()}
}

// LoadBalancer_Application uses an Application Load Balancer's target group.
func LoadBalancer_Application(albTargetGroup awselasticloadbalancingv2.IApplicationTargetGroup) LoadBalancer {
	if albTargetGroup == nil {
		diag.Panic("", "LoadBalancer_Application needs albTargetGroup; got nil")
	}
	return &loadBalancer{generation: LoadBalancerGeneration_SECOND, name: albTargetGroup.TargetGroupName()}
}

// LoadBalancer_Network uses a Network Load Balancer's target group.
func LoadBalancer_Network(nlbTargetGroup awselasticloadbalancingv2.INetworkTargetGroup) LoadBalancer {
	if nlbTargetGroup == nil {
		diag.Panic("", "LoadBalancer_Network needs nlbTargetGroup; got nil")
	}
	return &loadBalancer{generation: LoadBalancerGeneration_SECOND, name: nlbTargetGroup.TargetGroupName()}
}

// NewLoadBalancer_Override initialises outer, a type embedding LoadBalancer
// (an abstract class: the user's type supplies Generation and Name).
func NewLoadBalancer_Override(l LoadBalancer) {
	if l == nil {
		diag.Panic("", "NewLoadBalancer_Override: outer is nil")
	}
}

// InstanceTagSet selects instances by tags: an instance matches when it
// matches every group; a group maps a tag key to the values it may have
// (an empty key matches any key, no values any value).
type InstanceTagSet interface {
	// InstanceTagGroups returns a copy of the groups.
	InstanceTagGroups() *[]*map[string]*[]*string
}

type instanceTagSet struct{ groups []*map[string]*[]*string }

func (t *instanceTagSet) InstanceTagGroups() *[]*map[string]*[]*string {
	out := append([]*map[string]*[]*string(nil), t.groups...)
	return &out
}

// NewInstanceTagSet makes a tag set of at most 3 groups.
func NewInstanceTagSet(instanceTagGroups ...*map[string]*[]*string) InstanceTagSet {
	if len(instanceTagGroups) > 3 {
		diag.Panic("", "An instance tag set can have a maximum of 3 instance tag groups, but %d were provided", len(instanceTagGroups))
	}
	return &instanceTagSet{groups: append([]*map[string]*[]*string(nil), instanceTagGroups...)}
}

// NewInstanceTagSet_Override initialises outer, a type embedding InstanceTagSet.
func NewInstanceTagSet_Override(i InstanceTagSet, instanceTagGroups ...*map[string]*[]*string) {
	l2.Override(i, NewInstanceTagSet(instanceTagGroups...))
}

// ServerDeploymentGroupProps are the props of NewServerDeploymentGroup.
type ServerDeploymentGroupProps struct {
	// Alarms that stop a deployment.
	Alarms *[]interfacesawscloudwatch.IAlarmRef `field:"optional" json:"alarms" yaml:"alarms"`
	// The application. Default: a new one.
	Application interfacesawscodedeploy.IApplicationRef `field:"optional" json:"application" yaml:"application"`
	// Which events roll back.
	AutoRollback *AutoRollbackConfig `field:"optional" json:"autoRollback" yaml:"autoRollback"`
	// The Auto Scaling groups to deploy to.
	AutoScalingGroups *[]awsautoscaling.IAutoScalingGroup `field:"optional" json:"autoScalingGroups" yaml:"autoScalingGroups"`
	// How many instances at a time. Default: ServerDeploymentConfig_ONE_AT_A_TIME.
	DeploymentConfig interfacesawscodedeploy.IDeploymentConfigRef `field:"optional" json:"deploymentConfig" yaml:"deploymentConfig"`
	// The group's name. Default: generated by CloudFormation.
	DeploymentGroupName *string `field:"optional" json:"deploymentGroupName" yaml:"deploymentGroupName"`
	// The EC2 instances to deploy to, by tag.
	Ec2InstanceTags InstanceTagSet `field:"optional" json:"ec2InstanceTags" yaml:"ec2InstanceTags"`
	// Keep the alarms but do not use them. Default: false.
	IgnoreAlarmConfiguration *bool `field:"optional" json:"ignoreAlarmConfiguration" yaml:"ignoreAlarmConfiguration"`
	// Go on when CloudWatch cannot report an alarm's state. Default: false.
	IgnorePollAlarmsFailure *bool `field:"optional" json:"ignorePollAlarmsFailure" yaml:"ignorePollAlarmsFailure"`
	// Install the CodeDeploy agent on the groups' instances. Default: true.
	InstallAgent *bool `field:"optional" json:"installAgent" yaml:"installAgent"`
	// One load balancer.
	//
	// Deprecated: use LoadBalancers.
	LoadBalancer LoadBalancer `field:"optional" json:"loadBalancer" yaml:"loadBalancer"`
	// The load balancers.
	LoadBalancers *[]LoadBalancer `field:"optional" json:"loadBalancers" yaml:"loadBalancers"`
	// The on-premises instances to deploy to, by tag.
	OnPremiseInstanceTags InstanceTagSet `field:"optional" json:"onPremiseInstanceTags" yaml:"onPremiseInstanceTags"`
	// The service role. Default: a new one.
	Role awsiam.IRole `field:"optional" json:"role" yaml:"role"`
	// Let CodeDeploy run the termination lifecycle hooks. Default: false.
	TerminationHook *bool `field:"optional" json:"terminationHook" yaml:"terminationHook"`
}

// ServerDeploymentGroupAttributes describe a server deployment group to import.
type ServerDeploymentGroupAttributes struct {
	// The group's application.
	Application interfacesawscodedeploy.IApplicationRef `field:"required" json:"application" yaml:"application"`
	// The group's name.
	DeploymentGroupName *string `field:"required" json:"deploymentGroupName" yaml:"deploymentGroupName"`
	// The group's config. Default: ServerDeploymentConfig_ONE_AT_A_TIME.
	DeploymentConfig interfacesawscodedeploy.IDeploymentConfigRef `field:"optional" json:"deploymentConfig" yaml:"deploymentConfig"`
}

// IServerDeploymentGroup is a server deployment group, defined here or imported.
type IServerDeploymentGroup interface {
	interfacesawscodedeploy.IDeploymentGroupRef
	awscdk.IResource
	Application() IServerApplication
	AutoScalingGroups() *[]awsautoscaling.IAutoScalingGroup
	DeploymentConfig() IServerDeploymentConfig
	DeploymentGroupArn() *string
	DeploymentGroupName() *string
	Role() awsiam.IRole
}

// ServerDeploymentGroup deploys to EC2 and on-premises instances
// (AWS::CodeDeploy::DeploymentGroup).
type ServerDeploymentGroup interface {
	awscdk.Resource
	IServerDeploymentGroup
	ApplicationName() *string
	DeploymentGroupRef() *interfacesawscodedeploy.DeploymentGroupReference
	// AddAlarm adds an alarm that stops deployments.
	AddAlarm(alarm interfacesawscloudwatch.IAlarmRef)
	// AddAutoScalingGroup deploys to asg too (installing the agent on it).
	AddAutoScalingGroup(asg awsautoscaling.AutoScalingGroup)
}

type serverDeploymentGroup struct {
	deploymentGroupBase
	application  interfacesawscodedeploy.IApplicationRef
	config       interfacesawscodedeploy.IDeploymentConfigRef
	asgs         []awsautoscaling.IAutoScalingGroup
	installAgent bool
	bucket       awss3.IBucket
}

// ServerDeploymentGroup_PROPERTY_INJECTION_ID is the id property injectors use for ServerDeploymentGroup.
func ServerDeploymentGroup_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-codedeploy.ServerDeploymentGroup")
}

// NewServerDeploymentGroup creates a deployment group for EC2 and on-premises instances.
func NewServerDeploymentGroup(scope constructs.Construct, id *string, props *ServerDeploymentGroupProps) ServerDeploymentGroup {
	props = l2.Inject(*ServerDeploymentGroup_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &ServerDeploymentGroupProps{}
	}
	g := &serverDeploymentGroup{}
	g.init(g, scope, id, props.DeploymentGroupName, props.Role, "Role")
	g.application = props.Application
	if g.application == nil {
		var appName *string
		if props.DeploymentGroupName != nil && *props.DeploymentGroupName == *awscdk.PhysicalName_GENERATE_IF_NEEDED() {
			appName = awscdk.PhysicalName_GENERATE_IF_NEEDED()
		}
		g.application = NewServerApplication(g, jsii.String("Application"), &ServerApplicationProps{ApplicationName: appName})
	}
	config := props.DeploymentConfig
	if config == nil {
		config = ServerDeploymentConfig_ONE_AT_A_TIME()
	}
	g.config = bindConfig(g, config)
	g.role.AddManagedPolicy(awsiam.ManagedPolicy_FromAwsManagedPolicyName(jsii.String("service-role/AWSCodeDeployRole")))
	if props.AutoScalingGroups != nil {
		g.asgs = append(g.asgs, *props.AutoScalingGroups...)
	}
	g.installAgent = props.InstallAgent == nil || *props.InstallAgent
	g.bucket = awss3.Bucket_FromBucketName(g, jsii.String("Bucket"), jsii.String("aws-codedeploy-"+*awscdk.Stack_Of(g).Region()))
	var lbs []LoadBalancer
	if props.LoadBalancers != nil {
		lbs = *props.LoadBalancers
		if len(lbs) == 0 {
			l2.Throw(g, "loadBalancers must be a non-empty array")
		}
	} else if props.LoadBalancer != nil {
		lbs = []LoadBalancer{props.LoadBalancer}
	}
	for _, asg := range g.asgs {
		g.installAgentOn(asg)
	}
	if props.Alarms != nil {
		for _, a := range *props.Alarms {
			g.AddAlarm(a)
		}
	}
	alarmConfig, rollbackConfig := g.alarmProps(props.AutoRollback, props.IgnorePollAlarmsFailure, props.IgnoreAlarmConfiguration)
	appName := g.Application().ApplicationName()
	cfn := &CfnDeploymentGroupProps{
		ApplicationName:     appName,
		DeploymentGroupName: g.PhysicalName(),
		ServiceRoleArn:      g.role.RoleArn(),
		AutoScalingGroups: awscdk.Lazy_List(listProducer(func() *[]*string {
			if len(g.asgs) == 0 {
				return nil
			}
			names := make([]*string, len(g.asgs))
			for i, asg := range g.asgs {
				names[i] = asg.AutoScalingGroupName()
			}
			return &names
		}), &awscdk.LazyListValueOptions{DisplayHint: jsii.String("autoScalingGroups"), OmitEmpty: jsii.Bool(true)}),
		Ec2TagSet:                 g.tagSet(props.Ec2InstanceTags, "Ec2TagSetList", "Ec2TagGroup"),
		OnPremisesTagSet:          g.tagSet(props.OnPremiseInstanceTags, "OnPremisesTagSetList", "OnPremisesTagGroup"),
		AlarmConfiguration:        alarmConfig,
		AutoRollbackConfiguration: rollbackConfig,
	}
	if props.DeploymentConfig != nil {
		cfn.DeploymentConfigName = props.DeploymentConfig.DeploymentConfigRef().DeploymentConfigName
	}
	if lbs != nil {
		cfn.LoadBalancerInfo = renderLoadBalancers(lbs)
		cfn.DeploymentStyle = &CfnDeploymentGroup_DeploymentStyleProperty{DeploymentOption: jsii.String("WITH_TRAFFIC_CONTROL")}
	}
	if props.TerminationHook != nil {
		cfn.TerminationHookEnabled = props.TerminationHook
	}
	resource := NewCfnDeploymentGroup(g, jsii.String("Resource"), cfn)
	g.setNameAndArn(resource, appName)
	return g
}

type listProducer func() *[]*string

func (p listProducer) Produce() *[]*string { return p() }

func renderLoadBalancers(lbs []LoadBalancer) interface{} {
	var elbs, tgs []interface{}
	for _, lb := range lbs {
		if lb == nil {
			continue
		}
		switch lb.Generation() {
		case LoadBalancerGeneration_FIRST:
			elbs = append(elbs, &CfnDeploymentGroup_ELBInfoProperty{Name: lb.Name()})
		case LoadBalancerGeneration_SECOND:
			tgs = append(tgs, &CfnDeploymentGroup_TargetGroupInfoProperty{Name: lb.Name()})
		}
	}
	info := &CfnDeploymentGroup_LoadBalancerInfoProperty{}
	if elbs != nil {
		info.ElbInfoList = &elbs
	}
	if tgs != nil {
		info.TargetGroupInfoList = &tgs
	}
	return info
}

// tagSet renders an InstanceTagSet; a group's keys come in sorted order,
// the order jsii hands a Go map to aws-cdk-lib in.
func (g *serverDeploymentGroup) tagSet(set InstanceTagSet, listKey, groupKey string) interface{} {
	if set == nil {
		return nil
	}
	groups := set.InstanceTagGroups()
	if groups == nil || len(*groups) == 0 {
		return nil
	}
	list := []interface{}{}
	for _, group := range *groups {
		var tags []interface{}
		if group != nil {
			keys := make([]string, 0, len(*group))
			for k := range *group {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, key := range keys {
				var values []*string
				if v := (*group)[key]; v != nil {
					values = *v
				}
				switch {
				case key != "" && len(values) > 0:
					for _, v := range values {
						tags = append(tags, map[string]interface{}{"Key": key, "Value": v, "Type": "KEY_AND_VALUE"})
					}
				case key != "":
					tags = append(tags, map[string]interface{}{"Key": key, "Type": "KEY_ONLY"})
				case len(values) > 0:
					for _, v := range values {
						tags = append(tags, map[string]interface{}{"Value": v, "Type": "VALUE_ONLY"})
					}
				default:
					l2.Throw(g, "Cannot specify both an empty key and no values for an instance tag filter")
				}
			}
		}
		if tags == nil {
			tags = []interface{}{}
		}
		list = append(list, map[string]interface{}{groupKey: tags})
	}
	return map[string]interface{}{listKey: list}
}

// installAgentOn lets asg's instances fetch the CodeDeploy agent and
// installs it from their user data.
func (g *serverDeploymentGroup) installAgentOn(asg awsautoscaling.IAutoScalingGroup) {
	if !g.installAgent || asg == nil {
		return
	}
	g.bucket.GrantRead(asg, jsii.String("latest/*"))
	region := *awscdk.Stack_Of(g).Region()
	switch asg.OsType() {
	case awsec2.OperatingSystemType_LINUX:
		asg.AddUserData(*jsii.Strings(
			"set +e",
			"PKG_CMD=`which yum 2>/dev/null`",
			"set -e",
			`if [ -z "$PKG_CMD" ]; then`,
			"PKG_CMD=apt-get",
			"else",
			"PKG_CMD=yum",
			"fi",
			"$PKG_CMD update -y",
			"set +e",
			"$PKG_CMD install -y ruby2.0",
			"RUBY2_INSTALL=$?",
			"set -e",
			"if [ $RUBY2_INSTALL -ne 0 ]; then",
			"$PKG_CMD install -y ruby",
			"fi",
			"AWS_CLI_PACKAGE_NAME=awscli",
			`if [ "$PKG_CMD" = "yum" ]; then`,
			"AWS_CLI_PACKAGE_NAME=aws-cli",
			"fi",
			"$PKG_CMD install -y $AWS_CLI_PACKAGE_NAME",
			"TMP_DIR=`mktemp -d`",
			"cd $TMP_DIR",
			"aws s3 cp s3://aws-codedeploy-"+region+"/latest/install . --region "+region,
			"chmod +x ./install",
			"./install auto",
			"rm -fr $TMP_DIR",
		)...)
	case awsec2.OperatingSystemType_WINDOWS:
		asg.AddUserData(*jsii.Strings(
			"Set-Variable -Name TEMPDIR -Value (New-TemporaryFile).DirectoryName",
			"aws s3 cp s3://aws-codedeploy-"+region+`/latest/codedeploy-agent.msi $TEMPDIR\codedeploy-agent.msi`,
			"cd $TEMPDIR",
			`.\codedeploy-agent.msi /quiet /l c:\temp\host-agent-install-log.txt`,
		)...)
	}
}

func (g *serverDeploymentGroup) AddAutoScalingGroup(asg awsautoscaling.AutoScalingGroup) {
	if asg == nil {
		l2.RequireArg(g, "AddAutoScalingGroup", "asg")
	}
	g.asgs = append(g.asgs, asg)
	g.installAgentOn(asg)
}

func (g *serverDeploymentGroup) AutoScalingGroups() *[]awsautoscaling.IAutoScalingGroup {
	out := append([]awsautoscaling.IAutoScalingGroup{}, g.asgs...)
	return &out
}

func (g *serverDeploymentGroup) Application() IServerApplication {
	return asServerApplication(g, g.application)
}

func (g *serverDeploymentGroup) DeploymentConfig() IServerDeploymentConfig {
	return asBaseConfig(g, g.config, "IServerDeploymentConfig")
}

func asServerApplication(scope constructs.IConstruct, app interfacesawscodedeploy.IApplicationRef) IServerApplication {
	if a, ok := app.(IServerApplication); ok {
		return a
	}
	l2.Throw(scope, "'application' instance should implement IServerApplication, but doesn't: %T", app)
	return nil
}

// NewServerDeploymentGroup_Override initialises outer, a type embedding ServerDeploymentGroup.
func NewServerDeploymentGroup_Override(s ServerDeploymentGroup, scope constructs.Construct, id *string, props *ServerDeploymentGroupProps) {
	l2.Override(s, NewServerDeploymentGroup(scope, id, props))
}

type importedServerDeploymentGroup struct {
	importedGroupBase
	application interfacesawscodedeploy.IApplicationRef
	config      interfacesawscodedeploy.IDeploymentConfigRef
}

func (g *importedServerDeploymentGroup) Application() IServerApplication {
	return asServerApplication(g, g.application)
}
func (g *importedServerDeploymentGroup) DeploymentConfig() IServerDeploymentConfig {
	return asBaseConfig(g, g.config, "IServerDeploymentConfig")
}

// Role is nil: an imported group's role is not known.
func (g *importedServerDeploymentGroup) Role() awsiam.IRole { return nil }

// AutoScalingGroups is nil: an imported group's groups are not known.
func (g *importedServerDeploymentGroup) AutoScalingGroups() *[]awsautoscaling.IAutoScalingGroup {
	return nil
}

// ServerDeploymentGroup_FromServerDeploymentGroupAttributes imports a server deployment group.
func ServerDeploymentGroup_FromServerDeploymentGroupAttributes(scope constructs.Construct, id *string, attrs *ServerDeploymentGroupAttributes) IServerDeploymentGroup {
	if attrs == nil {
		l2.RequireProps(scope, id, "ServerDeploymentGroup_FromServerDeploymentGroupAttributes", "application", "deploymentGroupName")
	}
	g := &importedServerDeploymentGroup{application: attrs.Application}
	g.init(g, scope, id, attrs.Application, attrs.DeploymentGroupName, "ServerDeploymentGroup_FromServerDeploymentGroupAttributes")
	config := attrs.DeploymentConfig
	if config == nil {
		config = ServerDeploymentConfig_ONE_AT_A_TIME()
	}
	g.config = bindConfig(g, config)
	return g
}

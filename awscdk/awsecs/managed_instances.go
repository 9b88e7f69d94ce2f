package awsecs

import (
	"regexp"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// CapacityOptionType is how ECS Managed Instances buys capacity.
type CapacityOptionType string

const (
	CapacityOptionType_ON_DEMAND CapacityOptionType = "ON_DEMAND"
	CapacityOptionType_SPOT      CapacityOptionType = "SPOT"
)

// InstanceMonitoring is the CloudWatch monitoring level of managed instances.
type InstanceMonitoring string

const (
	InstanceMonitoring_BASIC    InstanceMonitoring = "BASIC"
	InstanceMonitoring_DETAILED InstanceMonitoring = "DETAILED"
)

// PropagateManagedInstancesTags says whether managed instances take the capacity provider's tags.
type PropagateManagedInstancesTags string

const (
	PropagateManagedInstancesTags_CAPACITY_PROVIDER PropagateManagedInstancesTags = "CAPACITY_PROVIDER"
	PropagateManagedInstancesTags_NONE              PropagateManagedInstancesTags = "NONE"
)

// ManagedInstancesCapacityProviderProps are the props of NewManagedInstancesCapacityProvider.
// (aws-cdk-go's InstanceRequirements field waits for awsec2.InstanceRequirementsConfig.)
type ManagedInstancesCapacityProviderProps struct {
	SecurityGroups       *[]awsec2.ISecurityGroup           `field:"required" json:"securityGroups" yaml:"securityGroups"`
	Subnets              *[]awsec2.ISubnet                  `field:"required" json:"subnets" yaml:"subnets"`
	CapacityOptionType   CapacityOptionType                 `field:"optional" json:"capacityOptionType" yaml:"capacityOptionType"`
	CapacityProviderName *string                            `field:"optional" json:"capacityProviderName" yaml:"capacityProviderName"`
	Ec2InstanceProfile   awsiam.IInstanceProfile            `field:"optional" json:"ec2InstanceProfile" yaml:"ec2InstanceProfile"`
	InfrastructureRole   awsiam.IRole                       `field:"optional" json:"infrastructureRole" yaml:"infrastructureRole"`
	InstanceRequirements *awsec2.InstanceRequirementsConfig `field:"optional" json:"instanceRequirements" yaml:"instanceRequirements"`
	Monitoring           InstanceMonitoring                 `field:"optional" json:"monitoring" yaml:"monitoring"`
	PropagateTags        PropagateManagedInstancesTags      `field:"optional" json:"propagateTags" yaml:"propagateTags"`
	TaskVolumeStorage    awscdk.Size                        `field:"optional" json:"taskVolumeStorage" yaml:"taskVolumeStorage"`
}

// ManagedInstancesCapacityProvider is ECS Managed Instances capacity (AWS::ECS::CapacityProvider).
type ManagedInstancesCapacityProvider interface {
	constructs.Construct
	awsec2.IConnectable
	CapacityProviderName() *string
	Cluster() ICluster
	Ec2InstanceProfile() awsiam.IInstanceProfile
	InfrastructureRole() awsiam.IRole
	Bind(cluster ICluster)
}

type managedInstances struct {
	constructs.Construct
	res     CfnCapacityProvider
	role    awsiam.IRole
	profile awsiam.IInstanceProfile
	conns   awsec2.Connections
	cluster ICluster
}

// ManagedInstancesCapacityProvider_PROPERTY_INJECTION_ID is the id property injectors use for ManagedInstancesCapacityProvider.
func ManagedInstancesCapacityProvider_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-ecs.ManagedInstancesCapacityProvider")
}

// ManagedInstancesCapacityProvider_IsConstruct reports whether x is a construct.
func ManagedInstancesCapacityProvider_IsConstruct(x interface{}) *bool { return isConstruct(x) }

// NewManagedInstancesCapacityProvider_Override initialises outer, a type embedding ManagedInstancesCapacityProvider.
func NewManagedInstancesCapacityProvider_Override(outer ManagedInstancesCapacityProvider, scope constructs.Construct, id *string, props *ManagedInstancesCapacityProviderProps) {
	l2.Override(outer, NewManagedInstancesCapacityProvider(scope, id, props))
}

// capacityProviderNamePattern: a capacity provider's name must not start with aws, ecs or fargate.
var capacityProviderNamePattern = regexp.MustCompile(`^(aws|ecs|fargate)`)

// NewManagedInstancesCapacityProvider creates ECS Managed Instances capacity in the given subnets.
func NewManagedInstancesCapacityProvider(scope constructs.Construct, id *string, props *ManagedInstancesCapacityProviderProps) ManagedInstancesCapacityProvider {
	props = l2.Inject(*ManagedInstancesCapacityProvider_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &ManagedInstancesCapacityProviderProps{}
	}
	m := &managedInstances{}
	m.Construct = constructs.NewConstruct(scope, id)
	host.Set(m.Construct, m)
	if props.Subnets == nil || len(*props.Subnets) == 0 {
		l2.Throw(m, "Subnets are required and should be non-empty.")
	}
	if props.SecurityGroups == nil || len(*props.SecurityGroups) == 0 {
		l2.Throw(m, "Security groups cannot be an empty array. Provide at least one security group.")
	}
	m.role = props.InfrastructureRole
	if m.role == nil {
		m.role = awsiam.NewRole(m, jsii.String(sv(id)+"Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(str("ecs.amazonaws.com"), nil),
			ManagedPolicies: &[]awsiam.IManagedPolicy{awsiam.ManagedPolicy_FromAwsManagedPolicyName(str("AmazonECSInfrastructureRolePolicyForManagedInstances"))}})
	}
	m.profile = props.Ec2InstanceProfile
	if m.profile == nil {
		m.profile = m.defaultInstanceProfile(scope)
	}
	name := props.CapacityProviderName
	if name != nil {
		if *name == "" || capacityProviderNamePattern.MatchString(*name) {
			l2.Throw(m, "Invalid Capacity Provider Name: %s, If a name is specified, it cannot start with aws, ecs, or fargate.", *name)
		}
	} else if stackName := sv(awscdk.Stack_Of(m).StackName()); stackName == "" || capacityProviderNamePattern.MatchString(stackName) {
		name = str("cp-" + sv(awscdk.Names_UniqueResourceName(m, &awscdk.UniqueResourceNameOptions{MaxLength: num(252), AllowedSpecialCharacters: str("-_")})))
	}
	var subnets, groups []*string
	for _, s := range *props.Subnets {
		subnets = append(subnets, s.SubnetId())
	}
	for _, g := range *props.SecurityGroups {
		groups = append(groups, g.SecurityGroupId())
	}
	lt := &CfnCapacityProvider_InstanceLaunchTemplateProperty{Ec2InstanceProfileArn: m.profile.InstanceProfileArn(),
		NetworkConfiguration: &CfnCapacityProvider_ManagedInstancesNetworkConfigurationProperty{Subnets: &subnets, SecurityGroups: &groups}}
	if props.CapacityOptionType != "" {
		lt.CapacityOptionType = str(string(props.CapacityOptionType))
	}
	if props.TaskVolumeStorage != nil {
		lt.StorageConfiguration = &CfnCapacityProvider_ManagedInstancesStorageConfigurationProperty{StorageSizeGiB: props.TaskVolumeStorage.ToGibibytes(nil)}
	}
	if props.Monitoring != "" {
		lt.Monitoring = str(string(props.Monitoring))
	}
	if props.InstanceRequirements != nil {
		lt.InstanceRequirements = renderInstanceRequirements(m, props.InstanceRequirements)
	}
	provider := &CfnCapacityProvider_ManagedInstancesProviderProperty{InfrastructureRoleArn: m.role.RoleArn(), InstanceLaunchTemplate: lt}
	if props.PropagateTags != "" {
		provider.PropagateTags = str(string(props.PropagateTags))
	}
	m.res = NewCfnCapacityProvider(m, id, &CfnCapacityProviderProps{Name: name, ManagedInstancesProvider: provider})
	m.conns = awsec2.NewConnections(&awsec2.ConnectionsProps{SecurityGroups: props.SecurityGroups})
	m.Node().SetDefaultChild(m.res)
	return m
}

// defaultInstanceProfile is the instance role and profile the ECS agent on the instances needs.
func (m *managedInstances) defaultInstanceProfile(scope constructs.Construct) awsiam.IInstanceProfile {
	const prefix = "ecsInstanceRole"
	roleName := str(prefix + sv(awscdk.Names_UniqueResourceName(m, &awscdk.UniqueResourceNameOptions{MaxLength: num(float64(64 - len(prefix)))})))
	clusterArn := func() *string {
		return awscdk.Lazy_String(stringProducer(func() *string {
			if m.cluster == nil {
				l2.Throw(scope, "Managed instances capacity provider must be associated with a cluster.")
			}
			return m.cluster.ClusterArn()
		}), nil)
	}
	instances := awscdk.Stack_Of(m).FormatArn(&awscdk.ArnComponents{Service: str("ecs"), Resource: str("container-instance"), ResourceName: str("*")})
	stmt := func(sid string, actions []string, resource *string) awsiam.PolicyStatement {
		return awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Sid: str(sid), Effect: awsiam.Effect_ALLOW, Actions: jsii.Strings(actions...),
			Resources: &[]*string{resource}})
	}
	doc := awsiam.NewPolicyDocument(&awsiam.PolicyDocumentProps{Statements: &[]awsiam.PolicyStatement{
		stmt("ECSAgentDiscoverPollEndpointPermissions", []string{"ecs:DiscoverPollEndpoint"}, str("*")),
		stmt("ECSAgentRegisterPermissions", []string{"ecs:RegisterContainerInstance"}, clusterArn()),
		stmt("ECSAgentPollPermissions", []string{"ecs:Poll"}, instances),
		stmt("ECSAgentTelemetryPermissions", []string{"ecs:StartTelemetrySession", "ecs:PutSystemLogEvents"}, instances),
		stmt("ECSAgentStateChangePermissions", []string{"ecs:SubmitAttachmentStateChanges", "ecs:SubmitTaskStateChange"}, clusterArn()),
	}})
	role := awsiam.NewRole(m, jsii.String("InstanceRole"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(str("ec2.amazonaws.com"), nil),
		RoleName: roleName, InlinePolicies: &map[string]awsiam.PolicyDocument{"ECSInstancePolicy": doc}})
	return awsiam.NewInstanceProfile(m, jsii.String("InstanceProfile"), &awsiam.InstanceProfileProps{InstanceProfileName: roleName, Role: role})
}

func (m *managedInstances) CapacityProviderName() *string               { return m.res.Ref() }
func (m *managedInstances) Cluster() ICluster                           { return m.cluster }
func (m *managedInstances) Connections() awsec2.Connections             { return m.conns }
func (m *managedInstances) Ec2InstanceProfile() awsiam.IInstanceProfile { return m.profile }
func (m *managedInstances) InfrastructureRole() awsiam.IRole            { return m.role }

// Bind ties the capacity provider to a cluster (Cluster.AddManagedInstancesCapacityProvider calls it).
func (m *managedInstances) Bind(cluster ICluster) {
	m.res.SetClusterName(cluster.ClusterName())
	m.cluster = cluster
}

// AddManagedInstancesCapacityProvider adds ECS Managed Instances capacity to the cluster.
func (c *cluster) AddManagedInstancesCapacityProvider(provider ManagedInstancesCapacityProvider) {
	name := provider.CapacityProviderName()
	for _, n := range c.scopedProviders {
		if n == name {
			return
		}
	}
	provider.Bind(c)
	c.scopedProviders = append(c.scopedProviders, name)
}

package awsstepfunctionstasks

import (
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/sfntask"
)

// sageMakerTask is the SageMaker tasks that run under a role of their own
// (CreateModel, CreateTrainingJob, CreateTransformJob): it embeds the base
// itself, as ecsRunTask does, so that it is the state the graph holds and
// the grantee images and S3 locations bind to.
type sageMakerTask struct {
	awsstepfunctions.TaskStateBase
	*sfntask.Hook
	t      *task
	role   awsiam.IRole
	conns  awsec2.Connections
	groups []awsec2.ISecurityGroup
}

func newSageMakerTask(scope constructs.Construct, id *string, props interface{}) *sageMakerTask {
	base := &awsstepfunctions.TaskStateBaseProps{}
	copyFields(base, props)
	s := &sageMakerTask{Hook: &sfntask.Hook{}, t: &task{ql: base.QueryLanguage}, conns: awsec2.NewConnections(nil)}
	awsstepfunctions.NewTaskStateBase_Override(s, scope, id, base)
	s.t.TaskStateBase, s.t.Hook = s.TaskStateBase, s.Hook
	return s
}

func (s *sageMakerTask) TaskMetrics() *awsstepfunctions.TaskMetricsConfig { return s.t.TaskMetrics() }
func (s *sageMakerTask) TaskPolicies() *[]awsiam.PolicyStatement          { return s.t.TaskPolicies() }
func (s *sageMakerTask) Connections() awsec2.Connections                  { return s.conns }
func (s *sageMakerTask) Role() awsiam.IRole                               { return s.role }
func (s *sageMakerTask) GrantPrincipal() awsiam.IPrincipal                { return s.role }

// AddSecurityGroup adds a security group to the task's VPC configuration.
func (s *sageMakerTask) AddSecurityGroup(securityGroup awsec2.ISecurityGroup) {
	s.groups = append(s.groups, securityGroup)
}

// vpcConfig renders the VPC configuration: the security groups the task
// has when the definition is rendered, and subnets.
func (s *sageMakerTask) vpcConfig(subnets interface{}) interface{} {
	ids := make([]interface{}, len(s.groups))
	for i, g := range s.groups {
		ids[i] = g.SecurityGroupId()
	}
	return obj("SecurityGroupIds", ids, "Subnets", subnets)
}

// sageMakerPassRole is the statement that lets the state machine pass the
// task's role to SageMaker.
func sageMakerPassRole(role awsiam.IRole) awsiam.PolicyStatement {
	return awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: str1("iam:PassRole"), Resources: &[]*string{role.RoleArn()},
		Conditions: &map[string]interface{}{"StringEquals": map[string]interface{}{"iam:PassedToService": "sagemaker.amazonaws.com"}}})
}

// sageMakerENIActions are the EC2 actions a SageMaker role needs in a VPC.
var sageMakerENIActions = []string{"ec2:CreateNetworkInterface", "ec2:CreateNetworkInterfacePermission", "ec2:DeleteNetworkInterface",
	"ec2:DeleteNetworkInterfacePermission", "ec2:DescribeNetworkInterfaces", "ec2:DescribeVpcs", "ec2:DescribeDhcpOptions",
	"ec2:DescribeSubnets", "ec2:DescribeSecurityGroups"}

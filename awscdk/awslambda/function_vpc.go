package awslambda

import (
	"regexp"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscodeguruprofiler"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

// Connections is the function's network access; only functions in a VPC
// (or imported with a security group) have it.
func (f *functionBase) Connections() awsec2.Connections {
	if f.connections == nil {
		throw(f, `Only VPC-associated Lambda Functions have security groups to manage. Supply the "vpc" parameter when creating the Lambda, or "securityGroupId" when importing it.`)
	}
	return f.connections
}

// IsBoundToVpc reports whether the function runs in a VPC.
func (f *functionBase) IsBoundToVpc() *bool { return jsii.Bool(f.connections != nil) }

// TenancyConfig is the function's tenant isolation mode, if any.
// Versions and aliases answer with their function's.
func (f *functionBase) TenancyConfig() TenancyConfig {
	if f.qualifiedLambda != nil {
		return f.qualifiedLambda.TenancyConfig()
	}
	return f.tenancy
}

// configureVpc checks the VPC props, makes the function's security group
// unless some are given, and renders the VpcConfig property.
func (f *function) configureVpc(props *FunctionProps) *CfnFunction_VpcConfigProperty {
	hasGroups := props.SecurityGroups != nil && len(*props.SecurityGroups) > 0
	if props.Vpc == nil {
		switch {
		case props.AllowAllOutbound != nil:
			throw(f, "Cannot configure 'allowAllOutbound' without configuring a VPC")
		case hasGroups:
			throw(f, "Cannot configure 'securityGroups' without configuring a VPC")
		case props.VpcSubnets != nil:
			throw(f, "Cannot configure 'vpcSubnets' without configuring a VPC")
		case props.Ipv6AllowedForDualStack != nil && *props.Ipv6AllowedForDualStack:
			throw(f, "Cannot configure 'ipv6AllowedForDualStack' without configuring a VPC")
		case props.AllowAllIpv6Outbound != nil:
			throw(f, "Cannot configure 'allowAllIpv6Outbound' without configuring a VPC")
		}
		return nil
	}
	if props.AllowAllOutbound != nil && hasGroups {
		throw(f, "Configure 'allowAllOutbound' directly on the supplied SecurityGroups.")
	}
	if props.AllowAllIpv6Outbound != nil && hasGroups {
		throw(f, "Configure 'allowAllIpv6Outbound' directly on the supplied SecurityGroups.")
	}
	var groups []awsec2.ISecurityGroup
	if hasGroups {
		groups = *props.SecurityGroups
	} else {
		groups = []awsec2.ISecurityGroup{awsec2.NewSecurityGroup(f.Resource, jsii.String("SecurityGroup"), &awsec2.SecurityGroupProps{
			Vpc:                  props.Vpc,
			Description:          jsii.String("Automatic security group for Lambda Function " + *awscdk.Names_UniqueId(f)),
			AllowAllOutbound:     props.AllowAllOutbound,
			AllowAllIpv6Outbound: props.AllowAllIpv6Outbound,
		})}
	}
	f.connections = awsec2.NewConnections(&awsec2.ConnectionsProps{SecurityGroups: &groups})
	if fs := props.Filesystem; fs != nil && fs.Config() != nil && fs.Config().Connections != nil {
		c := fs.Config().Connections
		port := c.DefaultPort()
		if port == nil {
			port = awsec2.Port_Tcp(jsii.Number(2049)) // EFS's NFS port
		}
		f.connections.AllowTo(c, port, nil)
	}
	selected := props.Vpc.SelectSubnets(props.VpcSubnets)
	public := map[string]bool{}
	for _, s := range *props.Vpc.PublicSubnets() {
		public[*s.SubnetId()] = true
	}
	allowPublic := props.AllowPublicSubnet != nil && *props.AllowPublicSubnet
	for _, id := range *selected.SubnetIds {
		if public[*id] && !allowPublic {
			throw(f, "Lambda Functions in a public subnet can NOT access the internet. If you are aware of this limitation and would still like to place the function in a public subnet, set `allowPublicSubnet` to true")
		}
	}
	f.Node().AddDependency(selected.InternetConnectivityEstablished)
	ids := make([]*string, len(groups))
	for i, g := range groups {
		ids[i] = g.SecurityGroupId()
	}
	vc := &CfnFunction_VpcConfigProperty{SubnetIds: selected.SubnetIds, SecurityGroupIds: &ids}
	if props.Ipv6AllowedForDualStack != nil {
		vc.Ipv6AllowedForDualStack = *props.Ipv6AllowedForDualStack
	}
	return vc
}

var mountPathPattern = regexp.MustCompile(`^/mnt/[a-zA-Z0-9-_.]+$`)

// checkFilesystem checks the mount path and adds the file system's
// statements to the role.
func (f *function) checkFilesystem(props *FunctionProps) {
	if props.Filesystem == nil {
		return
	}
	c := props.Filesystem.Config()
	if p := c.LocalMountPath; p != nil && !isUnresolved(p) {
		if !mountPathPattern.MatchString(*p) {
			throw(f, "Local mount path should match with ^/mnt/[a-zA-Z0-9-_.]+$ but given %s.", *p)
		}
		if len(*p) > 160 {
			throw(f, "Local mount path can not be longer than 160 characters but has %d characters.", len(*p))
		}
	}
	if c.Policies != nil && f.role != nil {
		for _, s := range *c.Policies {
			f.role.AddToPrincipalPolicy(s)
		}
	}
}

// finishFilesystem makes the function wait for the file system's mount
// targets and for the security group rules between them.
func (f *function) finishFilesystem(props *FunctionProps) {
	if props.Filesystem == nil {
		return
	}
	if props.Vpc == nil {
		throw(f, "Cannot configure 'filesystem' without configuring a VPC.")
	}
	c := props.Filesystem.Config()
	if c.Dependency != nil {
		f.Node().AddDependency(*c.Dependency...)
	}
	dependOnRules := func(groups *[]awsec2.ISecurityGroup, ruleType string) {
		for _, sg := range *groups {
			for _, child := range *sg.Node().FindAll(constructs.ConstructOrder_PREORDER) {
				if r, ok := child.(awscdk.CfnResource); ok && *r.CfnResourceType() == ruleType {
					f.resource.Node().AddDependency(child)
				}
			}
		}
	}
	dependOnRules(f.Connections().SecurityGroups(), "AWS::EC2::SecurityGroupEgress")
	if c.Connections != nil {
		dependOnRules(c.Connections.SecurityGroups(), "AWS::EC2::SecurityGroupIngress")
	}
}

// configureProfiling lets the function publish to its profiling group
// (made unless given) and sets the agent's environment.
func (f *function) configureProfiling(props *FunctionProps) {
	var group awscodeguruprofiler.IProfilingGroup
	switch {
	case props.ProfilingGroup != nil && (props.Profiling == nil || *props.Profiling):
		f.validateProfiling(props)
		group = props.ProfilingGroup
	case props.Profiling != nil && *props.Profiling:
		f.validateProfiling(props)
		group = awscodeguruprofiler.NewProfilingGroup(f.Resource, jsii.String("ProfilingGroup"),
			&awscodeguruprofiler.ProfilingGroupProps{ComputePlatform: awscodeguruprofiler.ComputePlatform_AWS_LAMBDA})
	default:
		return
	}
	group.GrantPublish(f.role)
	f.AddEnvironment(jsii.String("AWS_CODEGURU_PROFILER_GROUP_NAME"), group.ProfilingGroupName(), nil)
	f.AddEnvironment(jsii.String("AWS_CODEGURU_PROFILER_TARGET_REGION"), group.Env().Region, nil)
	f.AddEnvironment(jsii.String("AWS_CODEGURU_PROFILER_GROUP_ARN"), group.ProfilingGroupArn(), nil)
	f.AddEnvironment(jsii.String("AWS_CODEGURU_PROFILER_ENABLED"), jsii.String("TRUE"), nil)
}

func (f *function) validateProfiling(props *FunctionProps) {
	if s := props.Runtime.SupportsCodeGuruProfiling(); s == nil || !*s {
		throw(f, "CodeGuru profiling is not supported by runtime %s", *props.Runtime.Name())
	}
	if e := props.Environment; e != nil {
		for _, k := range []string{"AWS_CODEGURU_PROFILER_GROUP_NAME", "AWS_CODEGURU_PROFILER_GROUP_ARN", "AWS_CODEGURU_PROFILER_TARGET_REGION", "AWS_CODEGURU_PROFILER_ENABLED"} {
			if v, ok := (*e)[k]; ok && v != nil && *v != "" {
				awscdk.Annotations_Of(f).AddWarning(jsii.String("AWS_CODEGURU_PROFILER_GROUP_NAME, AWS_CODEGURU_PROFILER_GROUP_ARN, AWS_CODEGURU_PROFILER_TARGET_REGION, and AWS_CODEGURU_PROFILER_ENABLED should not be set when profiling options enabled"))
				break
			}
		}
	}
}

// renderExtraConfig sets the file system, runtime management, tenancy,
// durable execution and SnapStart properties.
func (f *function) renderExtraConfig(cfn *CfnFunctionProps, props *FunctionProps) {
	if fs := props.Filesystem; fs != nil {
		c := fs.Config()
		cfn.FileSystemConfigs = &[]interface{}{&CfnFunction_FileSystemConfigProperty{Arn: c.Arn, LocalMountPath: c.LocalMountPath, S3FilesConfig: c.directReadConfig()}}
	}
	if m := props.RuntimeManagementMode; m != nil {
		cfn.RuntimeManagementConfig = m.RuntimeManagementConfig()
	}
	if t := props.TenancyConfig; t != nil {
		cfn.TenancyConfig = t.TenancyConfigProperty()
	}
	if d := props.DurableConfig; d != nil {
		cfn.DurableConfig = f.renderDurableConfig(d)
	}
	if props.SnapStart != nil {
		cfn.SnapStart = f.configureSnapStart(props)
	}
}

func (f *function) renderDurableConfig(d *DurableConfig) *CfnFunction_DurableConfigProperty {
	awscdk.Annotations_Of(f).AddInfoV2(jsii.String("aws-lambda:Function.DurableConfig"), jsii.String("Modifying an existing lambda to use durability will trigger a resource replacement"))
	if d.ExecutionTimeout == nil {
		throw(f, "durableConfig needs an executionTimeout")
	}
	if !*d.ExecutionTimeout.IsUnresolved() {
		if s := *d.ExecutionTimeout.ToSeconds(nil); s < 1 || s > 31622400 {
			throw(f, "executionTimeout must be between 1 and 31622400 seconds, got %s", num(s))
		}
	}
	out := &CfnFunction_DurableConfigProperty{ExecutionTimeout: d.ExecutionTimeout.ToSeconds(nil)}
	if r := d.RetentionPeriod; r != nil {
		if !*r.IsUnresolved() {
			if days := *r.ToDays(nil); days < 1 || days > 90 {
				throw(f, "retentionPeriodInDays must be between 1 and 90 days, got %s", num(days))
			}
		}
		out.RetentionPeriodInDays = r.ToDays(nil)
	}
	return out
}

func (f *function) configureSnapStart(props *FunctionProps) *CfnFunction_SnapStartProperty {
	awscdk.Annotations_Of(f).AddWarningV2(jsii.String("@aws-cdk/aws-lambda:snapStartRequirePublish"), jsii.String("SnapStart only supports published Lambda versions. Ignore if function already has published versions."))
	if props.Runtime != Runtime_FROM_IMAGE() {
		if s := props.Runtime.SupportsSnapStart(); s == nil || !*s {
			throw(f, "SnapStart currently not supported by runtime %s", *props.Runtime.Name())
		}
	}
	if isolated(props.TenancyConfig) {
		throw(f, "SnapStart is not supported for functions with tenant isolation mode")
	}
	if props.Filesystem != nil {
		throw(f, "SnapStart is currently not supported using EFS")
	}
	if s := props.EphemeralStorageSize; s != nil && *s.ToMebibytes(nil) > 512 {
		throw(f, "SnapStart is currently not supported using more than 512 MiB Ephemeral Storage")
	}
	return props.SnapStart.render()
}

// configureExtensions adds the Lambda Insights and the Parameters and
// Secrets extension layers.
func (f *function) configureExtensions(props *FunctionProps) {
	if v := props.InsightsVersion; v != nil {
		if props.Runtime != Runtime_FROM_IMAGE() {
			arn := v.LayerVersionArn()
			if b, ok := v.(interface {
				bindArn(constructs.IConstruct, IFunction) *string
			}); ok {
				arn = b.bindArn(f, f)
			}
			f.AddLayers(LayerVersion_FromLayerVersionArn(f.Resource, jsii.String("LambdaInsightsLayer"), arn))
		}
		if f.role != nil {
			f.role.AddManagedPolicy(awsiam.ManagedPolicy_FromAwsManagedPolicyName(jsii.String("CloudWatchLambdaInsightsExecutionRolePolicy")))
		}
	}
	if a := props.AdotInstrumentation; a != nil {
		switch {
		case props.Runtime == Runtime_FROM_IMAGE():
			throw(f, "ADOT Lambda layer can't be configured with container image package type")
		case *f.runtime.Name() == "go1.x":
			throw(f, "Runtime go1.x is not supported by the ADOT Lambda Go SDK")
		case f.runtime.Family() == RuntimeFamily_PYTHON && a.ExecWrapper != AdotLambdaExecWrapper_INSTRUMENT_HANDLER:
			throw(f, "Python Adot Lambda layer requires AdotLambdaExecWrapper.INSTRUMENT_HANDLER")
		case a.LayerVersion == nil:
			throw(f, "adotInstrumentation needs a layerVersion")
		}
		f.AddLayers(LayerVersion_FromLayerVersionArn(f.Resource, jsii.String("AdotLayer"), a.LayerVersion.bind(f)))
		f.AddEnvironment(jsii.String("AWS_LAMBDA_EXEC_WRAPPER"), jsii.String(string(a.ExecWrapper)), nil)
	}
	if p := props.ParamsAndSecrets; p != nil {
		arn, env := p.bind(f)
		if v, ok := p.(*paramsAndSecretsVersion); ok {
			arn, env = v.bindFor(f, f)
		}
		f.AddLayers(LayerVersion_FromLayerVersionArn(f.Resource, jsii.String("ParamsAndSecretsLayer"), arn))
		for _, kv := range env {
			f.AddEnvironment(jsii.String(kv[0]), jsii.String(kv[1]), nil)
		}
	}
}

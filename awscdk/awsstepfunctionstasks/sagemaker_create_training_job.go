package awsstepfunctionstasks

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"regexp"
	"strings"
)

// SageMakerCreateTrainingJob starts a SageMaker training job.
type SageMakerCreateTrainingJob interface {
	awsstepfunctions.TaskStateBase
	awsec2.IConnectable
	awsiam.IGrantable
	Connections() awsec2.Connections
	GrantPrincipal() awsiam.IPrincipal
	Role() awsiam.IRole
	AddSecurityGroup(securityGroup awsec2.ISecurityGroup)
}

// NewSageMakerCreateTrainingJob builds the task at scope/id.
func NewSageMakerCreateTrainingJob(scope constructs.Construct, id *string, props *SageMakerCreateTrainingJobProps) SageMakerCreateTrainingJob {
	return newSageMakerCreateTrainingJob(scope, id, props)
}

// NewSageMakerCreateTrainingJob_Override initializes t, a Go type embedding SageMakerCreateTrainingJob, as the task.
func NewSageMakerCreateTrainingJob_Override(t SageMakerCreateTrainingJob, scope constructs.Construct, id *string, props *SageMakerCreateTrainingJobProps) {
	l2.Override[SageMakerCreateTrainingJob](t, newSageMakerCreateTrainingJob(scope, id, props))
}

// SageMakerCreateTrainingJob_JsonPath builds the task with JSONPath fields.
func SageMakerCreateTrainingJob_JsonPath(scope constructs.Construct, id *string, props *SageMakerCreateTrainingJobJsonPathProps) SageMakerCreateTrainingJob {
	if props == nil {
		return newSageMakerCreateTrainingJob(scope, id, nil)
	}
	p := &SageMakerCreateTrainingJobProps{}
	copyFields(p, props)
	return newSageMakerCreateTrainingJob(scope, id, p)
}

// SageMakerCreateTrainingJob_Jsonata builds the task with JSONata fields: its query language is JSONata.
func SageMakerCreateTrainingJob_Jsonata(scope constructs.Construct, id *string, props *SageMakerCreateTrainingJobJsonataProps) SageMakerCreateTrainingJob {
	if props == nil {
		return newSageMakerCreateTrainingJob(scope, id, nil)
	}
	p := &SageMakerCreateTrainingJobProps{}
	copyFields(p, props)
	p.QueryLanguage = awsstepfunctions.QueryLanguage_JSONATA
	return newSageMakerCreateTrainingJob(scope, id, p)
}

// SageMakerCreateTrainingJob_FilterNextables is awsstepfunctions.TaskStateBase_FilterNextables.
func SageMakerCreateTrainingJob_FilterNextables(states *[]awsstepfunctions.State) *[]awsstepfunctions.INextable {
	return awsstepfunctions.TaskStateBase_FilterNextables(states)
}

// SageMakerCreateTrainingJob_FindReachableEndStates is awsstepfunctions.TaskStateBase_FindReachableEndStates.
func SageMakerCreateTrainingJob_FindReachableEndStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableEndStates(start, options)
}

// SageMakerCreateTrainingJob_FindReachableStates is awsstepfunctions.TaskStateBase_FindReachableStates.
func SageMakerCreateTrainingJob_FindReachableStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableStates(start, options)
}

// SageMakerCreateTrainingJob_IsConstruct reports whether x is a construct.
func SageMakerCreateTrainingJob_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// SageMakerCreateTrainingJob_PrefixStates prefixes the names of the states under root.
func SageMakerCreateTrainingJob_PrefixStates(root constructs.IConstruct, prefix *string) {
	awsstepfunctions.TaskStateBase_PrefixStates(root, prefix)
}

// SageMakerCreateTrainingJob_PROPERTY_INJECTION_ID is the id property injectors use for SageMakerCreateTrainingJob.
func SageMakerCreateTrainingJob_PROPERTY_INJECTION_ID() *string {
	return str("aws-cdk-lib.aws-stepfunctions-tasks.SageMakerCreateTrainingJob")
}

// SageMakerCreateTrainingJobProps configures a SageMakerCreateTrainingJob task.
type SageMakerCreateTrainingJobProps struct {
	Comment                *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage          awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName              *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials            *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat              awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout       awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern     awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout            awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout                awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign                 *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	InputPath              *string                             `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath             *string                             `field:"optional" json:"outputPath" yaml:"outputPath"`
	Outputs                interface{}                         `field:"optional" json:"outputs" yaml:"outputs"`
	ResultPath             *string                             `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector         *map[string]interface{}             `field:"optional" json:"resultSelector" yaml:"resultSelector"`
	AlgorithmSpecification *AlgorithmSpecification             `field:"required" json:"algorithmSpecification" yaml:"algorithmSpecification"`
	OutputDataConfig       *OutputDataConfig                   `field:"required" json:"outputDataConfig" yaml:"outputDataConfig"`
	TrainingJobName        *string                             `field:"required" json:"trainingJobName" yaml:"trainingJobName"`
	EnableNetworkIsolation *bool                               `field:"optional" json:"enableNetworkIsolation" yaml:"enableNetworkIsolation"`
	Environment            *map[string]*string                 `field:"optional" json:"environment" yaml:"environment"`
	Hyperparameters        *map[string]interface{}             `field:"optional" json:"hyperparameters" yaml:"hyperparameters"`
	InputDataConfig        *[]*Channel                         `field:"optional" json:"inputDataConfig" yaml:"inputDataConfig"`
	ResourceConfig         *ResourceConfig                     `field:"optional" json:"resourceConfig" yaml:"resourceConfig"`
	Role                   awsiam.IRole                        `field:"optional" json:"role" yaml:"role"`
	StoppingCondition      *StoppingCondition                  `field:"optional" json:"stoppingCondition" yaml:"stoppingCondition"`
	Tags                   *map[string]*string                 `field:"optional" json:"tags" yaml:"tags"`
	VpcConfig              *VpcConfig                          `field:"optional" json:"vpcConfig" yaml:"vpcConfig"`
}

// SageMakerCreateTrainingJobJsonPathProps configures a SageMakerCreateTrainingJob task with JSONPath fields.
type SageMakerCreateTrainingJobJsonPathProps struct {
	Comment                *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage          awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName              *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials            *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat              awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout       awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern     awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout            awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout                awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign                 *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	InputPath              *string                             `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath             *string                             `field:"optional" json:"outputPath" yaml:"outputPath"`
	ResultPath             *string                             `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector         *map[string]interface{}             `field:"optional" json:"resultSelector" yaml:"resultSelector"`
	AlgorithmSpecification *AlgorithmSpecification             `field:"required" json:"algorithmSpecification" yaml:"algorithmSpecification"`
	OutputDataConfig       *OutputDataConfig                   `field:"required" json:"outputDataConfig" yaml:"outputDataConfig"`
	TrainingJobName        *string                             `field:"required" json:"trainingJobName" yaml:"trainingJobName"`
	EnableNetworkIsolation *bool                               `field:"optional" json:"enableNetworkIsolation" yaml:"enableNetworkIsolation"`
	Environment            *map[string]*string                 `field:"optional" json:"environment" yaml:"environment"`
	Hyperparameters        *map[string]interface{}             `field:"optional" json:"hyperparameters" yaml:"hyperparameters"`
	InputDataConfig        *[]*Channel                         `field:"optional" json:"inputDataConfig" yaml:"inputDataConfig"`
	ResourceConfig         *ResourceConfig                     `field:"optional" json:"resourceConfig" yaml:"resourceConfig"`
	Role                   awsiam.IRole                        `field:"optional" json:"role" yaml:"role"`
	StoppingCondition      *StoppingCondition                  `field:"optional" json:"stoppingCondition" yaml:"stoppingCondition"`
	Tags                   *map[string]*string                 `field:"optional" json:"tags" yaml:"tags"`
	VpcConfig              *VpcConfig                          `field:"optional" json:"vpcConfig" yaml:"vpcConfig"`
}

// SageMakerCreateTrainingJobJsonataProps configures a SageMakerCreateTrainingJob task with JSONata fields.
type SageMakerCreateTrainingJobJsonataProps struct {
	Comment                *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage          awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName              *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials            *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat              awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout       awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern     awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout            awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout                awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign                 *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	Outputs                interface{}                         `field:"optional" json:"outputs" yaml:"outputs"`
	AlgorithmSpecification *AlgorithmSpecification             `field:"required" json:"algorithmSpecification" yaml:"algorithmSpecification"`
	OutputDataConfig       *OutputDataConfig                   `field:"required" json:"outputDataConfig" yaml:"outputDataConfig"`
	TrainingJobName        *string                             `field:"required" json:"trainingJobName" yaml:"trainingJobName"`
	EnableNetworkIsolation *bool                               `field:"optional" json:"enableNetworkIsolation" yaml:"enableNetworkIsolation"`
	Environment            *map[string]*string                 `field:"optional" json:"environment" yaml:"environment"`
	Hyperparameters        *map[string]interface{}             `field:"optional" json:"hyperparameters" yaml:"hyperparameters"`
	InputDataConfig        *[]*Channel                         `field:"optional" json:"inputDataConfig" yaml:"inputDataConfig"`
	ResourceConfig         *ResourceConfig                     `field:"optional" json:"resourceConfig" yaml:"resourceConfig"`
	Role                   awsiam.IRole                        `field:"optional" json:"role" yaml:"role"`
	StoppingCondition      *StoppingCondition                  `field:"optional" json:"stoppingCondition" yaml:"stoppingCondition"`
	Tags                   *map[string]*string                 `field:"optional" json:"tags" yaml:"tags"`
	VpcConfig              *VpcConfig                          `field:"optional" json:"vpcConfig" yaml:"vpcConfig"`
}

func newSageMakerCreateTrainingJob(scope constructs.Construct, id *string, props *SageMakerCreateTrainingJobProps) SageMakerCreateTrainingJob {
	props = l2.Inject(*SageMakerCreateTrainingJob_PROPERTY_INJECTION_ID(), props, scope, id)
	required(scope, id, "SageMakerCreateTrainingJob", props, "AlgorithmSpecification", "OutputDataConfig", "TrainingJobName")
	s := newSageMakerTask(scope, id, props)
	pattern := props.IntegrationPattern
	if pattern == "" {
		pattern = awsstepfunctions.IntegrationPattern_REQUEST_RESPONSE
	}
	validatePattern(pattern, awsstepfunctions.IntegrationPattern_REQUEST_RESPONSE, awsstepfunctions.IntegrationPattern_RUN_JOB)
	rc := props.ResourceConfig
	if rc == nil {
		rc = &ResourceConfig{InstanceCount: num(1), InstanceType: awsec2.InstanceType_Of(awsec2.InstanceClass_M4, awsec2.InstanceSize_XLARGE),
			VolumeSize: awscdk.Size_Gibibytes(num(10))}
	}
	stop := props.StoppingCondition
	if stop == nil {
		stop = &StoppingCondition{MaxRuntime: awscdk.Duration_Hours(num(1))}
	}
	if props.OutputDataConfig.S3OutputLocation == nil {
		throw(s, "SageMakerCreateTrainingJob: outputDataConfig.s3OutputLocation is required")
	}
	if rc.InstanceCount == nil || rc.InstanceType == nil || rc.VolumeSize == nil {
		throw(s, "SageMakerCreateTrainingJob: resourceConfig needs instanceCount, instanceType and volumeSize (all are required)")
	}
	if props.InputDataConfig != nil {
		for _, c := range *props.InputDataConfig {
			if c == nil || c.DataSource == nil || c.DataSource.S3DataSource == nil || c.DataSource.S3DataSource.S3Location == nil {
				throw(s, "SageMakerCreateTrainingJob: each inputDataConfig channel's dataSource.s3DataSource.s3Location is required")
			}
		}
	}
	if props.VpcConfig != nil && props.VpcConfig.Vpc == nil {
		throw(s, "SageMakerCreateTrainingJob: vpcConfig.vpc is required")
	}
	spec := *props.AlgorithmSpecification
	if spec.MetricDefinitions != nil {
		for _, m := range *spec.MetricDefinitions {
			if m == nil {
				throw(s, "SageMakerCreateTrainingJob: a metric definition is nil")
			}
		}
	}
	if spec.AlgorithmName == nil && spec.TrainingImage == nil {
		throw(s, "Must define either an algorithm name or training image URI in the algorithm specification")
	}
	if spec.AlgorithmName != nil && spec.TrainingImage != nil {
		throw(s, "Cannot define both an algorithm name and training image URI in the algorithm specification")
	}
	if n := spec.AlgorithmName; n != nil && !*awscdk.Token_IsUnresolved(*n) {
		if len(*n) < 1 || len(*n) > 170 {
			throw(s, "Algorithm name length must be between 1 and 170, but got %d", len(*n))
		}
		if !algorithmNameOK(*n) {
			throw(s, "Expected algorithm name to match pattern %s, but got %s", algorithmNamePattern, *n)
		}
	}
	if spec.TrainingInputMode == "" {
		spec.TrainingInputMode = InputMode_FILE
	}
	var subnets interface{}
	var vpc awsec2.IVpc
	if vc := props.VpcConfig; vc != nil {
		vpc = vc.Vpc
		sel := vc.Subnets
		if sel == nil {
			sel = &awsec2.SubnetSelection{}
		}
		subnets = vpc.SelectSubnets(sel).SubnetIds
	}
	s.role = props.Role
	if s.role == nil {
		actions := []string{"cloudwatch:PutMetricData", "logs:CreateLogStream", "logs:PutLogEvents", "logs:CreateLogGroup", "logs:DescribeLogStreams", "ecr:GetAuthorizationToken"}
		if props.VpcConfig != nil {
			actions = append(actions, sageMakerENIActions...)
		}
		s.role = awsiam.NewRole(s, str("SagemakerRole"), &awsiam.RoleProps{
			AssumedBy: awsiam.NewServicePrincipal(str("sagemaker.amazonaws.com"), nil),
			InlinePolicies: &map[string]awsiam.PolicyDocument{"CreateTrainingJob": awsiam.NewPolicyDocument(&awsiam.PolicyDocumentProps{
				Statements: &[]awsiam.PolicyStatement{statement(actions, str("*"))}})},
		})
	}
	if k := props.OutputDataConfig.EncryptionKey; k != nil {
		k.GrantEncrypt(s.role)
	}
	if props.ResourceConfig != nil && props.ResourceConfig.VolumeEncryptionKey != nil {
		props.ResourceConfig.VolumeEncryptionKey.Grant(s.role, str("kms:CreateGrant"))
	}
	if vpc != nil {
		sg := awsec2.NewSecurityGroup(s, str("TrainJobSecurityGroup"), &awsec2.SecurityGroupProps{Vpc: vpc})
		s.conns.AddSecurityGroup(sg)
		s.groups = append(s.groups, sg)
	}
	name := *props.TrainingJobName
	jobArn := func(wildcard bool) *string {
		n := name + "*"
		if wildcard {
			n = "*"
		}
		return awscdk.Stack_Of(s).FormatArn(&awscdk.ArnComponents{Service: str("sagemaker"), Resource: str("training-job"), ResourceName: str(n)})
	}
	s.t.policies = []awsiam.PolicyStatement{
		statement([]string{"sagemaker:CreateTrainingJob", "sagemaker:DescribeTrainingJob", "sagemaker:StopTrainingJob"}, jobArn(isJsonPathOrJsonata(name))),
		statement([]string{"sagemaker:ListTags"}, str("*")),
		// aws-cdk-lib checks only for a JSONPath here, not JSONata.
		statement([]string{"sagemaker:AddTags"}, jobArn(*awsstepfunctions.JsonPath_IsEncodedJsonPath(&name))),
		sageMakerPassRole(s.role),
	}
	if pattern == awsstepfunctions.IntegrationPattern_RUN_JOB {
		s.t.policies = append(s.t.policies, emrRule(s.t, "StepFunctionsGetEventsForSageMakerTrainingJobsRule"))
	}
	s.Hook.Render = func(top string) interface{} {
		algo := obj("TrainingInputMode", wire(spec.TrainingInputMode))
		if spec.TrainingImage != nil {
			algo.Set("TrainingImage", spec.TrainingImage.Bind(s).ImageUri)
		}
		if spec.AlgorithmName != nil {
			algo.Set("AlgorithmName", *spec.AlgorithmName)
		}
		if spec.MetricDefinitions != nil {
			l := []interface{}{}
			for _, m := range *spec.MetricDefinitions {
				l = append(l, obj("Name", m.Name, "Regex", m.Regex))
			}
			algo.Set("MetricDefinitions", l)
		}
		var input interface{}
		if props.InputDataConfig != nil {
			l := []interface{}{}
			for _, c := range *props.InputDataConfig {
				ds := c.DataSource.S3DataSource
				typ := ds.S3DataType
				if typ == "" {
					typ = S3DataType_S3_PREFIX
				}
				src := obj("S3Uri", ds.S3Location.Bind(s, &S3LocationBindOptions{ForReading: boolean(true)}).Uri, "S3DataType", wire(typ),
					"S3DataDistributionType", wire(ds.S3DataDistributionType), "AttributeNames", ds.AttributeNames)
				l = append(l, obj("ChannelName", c.ChannelName, "DataSource", obj("S3DataSource", src),
					"CompressionType", wire(c.CompressionType), "ContentType", nonEmpty(c.ContentType), "InputMode", wire(c.InputMode),
					"RecordWrapperType", wire(c.RecordWrapperType)))
			}
			input = l
		}
		out := obj("S3OutputPath", props.OutputDataConfig.S3OutputLocation.Bind(s, &S3LocationBindOptions{ForWriting: boolean(true)}).Uri)
		if k := props.OutputDataConfig.EncryptionKey; k != nil {
			out.Set("KmsKeyId", k.KeyArn())
		}
		res := obj("InstanceCount", rc.InstanceCount, "InstanceType", mlInstanceType(rc.InstanceType), "VolumeSizeInGB", rc.VolumeSize.ToGibibytes(nil))
		if k := rc.VolumeEncryptionKey; k != nil {
			res.Set("VolumeKmsKeyId", k.KeyArn())
		}
		var maxRuntime interface{}
		if stop.MaxRuntime != nil {
			maxRuntime = stop.MaxRuntime.ToSeconds(nil)
		}
		var tags interface{}
		if props.Tags != nil {
			l := []interface{}{}
			for _, k := range sortedKeys(*props.Tags) {
				l = append(l, obj("Key", k, "Value", (*props.Tags)[k]))
			}
			tags = l
		}
		var vpcCfg interface{}
		if props.VpcConfig != nil {
			vpcCfg = s.vpcConfig(subnets)
		}
		return s.t.render(top, integrationResourceArn("sagemaker", "createTrainingJob", pattern), obj(
			"TrainingJobName", props.TrainingJobName, "EnableNetworkIsolation", props.EnableNetworkIsolation, "RoleArn", s.role.RoleArn(),
			"AlgorithmSpecification", algo, "InputDataConfig", input, "OutputDataConfig", out, "ResourceConfig", res,
			"StoppingCondition", obj("MaxRuntimeInSeconds", maxRuntime), "HyperParameters", props.Hyperparameters, "Tags", tags,
			"VpcConfig", vpcCfg, "Environment", props.Environment))
	}
	return s
}

// algorithmNamePattern is the pattern aws-cdk-lib checks algorithm names
// against, as its message prints it.
const algorithmNamePattern = `^(arn:aws[a-z\-]*:sagemaker:[a-z0-9\-]*:[0-9]{12}:[a-z\-]*\/)?([a-zA-Z0-9]([a-zA-Z0-9-]){0,62})(?<!-)$`

// algorithmNameRE is algorithmNamePattern without the look-behind, which Go's
// regexp lacks; algorithmNameOK checks the trailing hyphen itself.
var algorithmNameRE = regexp.MustCompile(`^(arn:aws[a-z\-]*:sagemaker:[a-z0-9\-]*:[0-9]{12}:[a-z\-]*/)?([a-zA-Z0-9]([a-zA-Z0-9-]){0,62})$`)

func algorithmNameOK(n string) bool {
	return algorithmNameRE.MatchString(n) && !strings.HasSuffix(n, "-")
}

// nonEmpty is s, or nil when s is nil or empty (JavaScript's falsy string).
func nonEmpty(s *string) interface{} {
	if s == nil || *s == "" {
		return nil
	}
	return *s
}

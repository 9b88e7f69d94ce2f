package awsstepfunctionstasks

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// SageMakerCreateTransformJob starts a SageMaker batch transform job.
type SageMakerCreateTransformJob interface {
	awsstepfunctions.TaskStateBase
	Role() awsiam.IRole
}

// NewSageMakerCreateTransformJob builds the task at scope/id.
func NewSageMakerCreateTransformJob(scope constructs.Construct, id *string, props *SageMakerCreateTransformJobProps) SageMakerCreateTransformJob {
	return newSageMakerCreateTransformJob(scope, id, props)
}

// NewSageMakerCreateTransformJob_Override initializes t, a Go type embedding SageMakerCreateTransformJob, as the task.
func NewSageMakerCreateTransformJob_Override(t SageMakerCreateTransformJob, scope constructs.Construct, id *string, props *SageMakerCreateTransformJobProps) {
	l2.Override[SageMakerCreateTransformJob](t, newSageMakerCreateTransformJob(scope, id, props))
}

// SageMakerCreateTransformJob_JsonPath builds the task with JSONPath fields.
func SageMakerCreateTransformJob_JsonPath(scope constructs.Construct, id *string, props *SageMakerCreateTransformJobJsonPathProps) SageMakerCreateTransformJob {
	if props == nil {
		return newSageMakerCreateTransformJob(scope, id, nil)
	}
	p := &SageMakerCreateTransformJobProps{}
	copyFields(p, props)
	return newSageMakerCreateTransformJob(scope, id, p)
}

// SageMakerCreateTransformJob_Jsonata builds the task with JSONata fields: its query language is JSONata.
func SageMakerCreateTransformJob_Jsonata(scope constructs.Construct, id *string, props *SageMakerCreateTransformJobJsonataProps) SageMakerCreateTransformJob {
	if props == nil {
		return newSageMakerCreateTransformJob(scope, id, nil)
	}
	p := &SageMakerCreateTransformJobProps{}
	copyFields(p, props)
	p.QueryLanguage = awsstepfunctions.QueryLanguage_JSONATA
	return newSageMakerCreateTransformJob(scope, id, p)
}

// SageMakerCreateTransformJob_FilterNextables is awsstepfunctions.TaskStateBase_FilterNextables.
func SageMakerCreateTransformJob_FilterNextables(states *[]awsstepfunctions.State) *[]awsstepfunctions.INextable {
	return awsstepfunctions.TaskStateBase_FilterNextables(states)
}

// SageMakerCreateTransformJob_FindReachableEndStates is awsstepfunctions.TaskStateBase_FindReachableEndStates.
func SageMakerCreateTransformJob_FindReachableEndStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableEndStates(start, options)
}

// SageMakerCreateTransformJob_FindReachableStates is awsstepfunctions.TaskStateBase_FindReachableStates.
func SageMakerCreateTransformJob_FindReachableStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableStates(start, options)
}

// SageMakerCreateTransformJob_IsConstruct reports whether x is a construct.
func SageMakerCreateTransformJob_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// SageMakerCreateTransformJob_PrefixStates prefixes the names of the states under root.
func SageMakerCreateTransformJob_PrefixStates(root constructs.IConstruct, prefix *string) {
	awsstepfunctions.TaskStateBase_PrefixStates(root, prefix)
}

// SageMakerCreateTransformJobProps configures a SageMakerCreateTransformJob task.
type SageMakerCreateTransformJobProps struct {
	Comment                 *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage           awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName               *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials             *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat               awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout        awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern      awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout             awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout                 awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign                  *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	InputPath               *string                             `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath              *string                             `field:"optional" json:"outputPath" yaml:"outputPath"`
	Outputs                 interface{}                         `field:"optional" json:"outputs" yaml:"outputs"`
	ResultPath              *string                             `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector          *map[string]interface{}             `field:"optional" json:"resultSelector" yaml:"resultSelector"`
	ModelName               *string                             `field:"required" json:"modelName" yaml:"modelName"`
	TransformInput          *TransformInput                     `field:"required" json:"transformInput" yaml:"transformInput"`
	TransformJobName        *string                             `field:"required" json:"transformJobName" yaml:"transformJobName"`
	TransformOutput         *TransformOutput                    `field:"required" json:"transformOutput" yaml:"transformOutput"`
	BatchStrategy           BatchStrategy                       `field:"optional" json:"batchStrategy" yaml:"batchStrategy"`
	Environment             *map[string]*string                 `field:"optional" json:"environment" yaml:"environment"`
	MaxConcurrentTransforms *float64                            `field:"optional" json:"maxConcurrentTransforms" yaml:"maxConcurrentTransforms"`
	MaxPayload              awscdk.Size                         `field:"optional" json:"maxPayload" yaml:"maxPayload"`
	ModelClientOptions      *ModelClientOptions                 `field:"optional" json:"modelClientOptions" yaml:"modelClientOptions"`
	Role                    awsiam.IRole                        `field:"optional" json:"role" yaml:"role"`
	Tags                    *map[string]*string                 `field:"optional" json:"tags" yaml:"tags"`
	TransformResources      *TransformResources                 `field:"optional" json:"transformResources" yaml:"transformResources"`
}

// SageMakerCreateTransformJobJsonPathProps configures a SageMakerCreateTransformJob task with JSONPath fields.
type SageMakerCreateTransformJobJsonPathProps struct {
	Comment                 *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage           awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName               *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials             *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat               awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout        awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern      awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout             awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout                 awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign                  *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	InputPath               *string                             `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath              *string                             `field:"optional" json:"outputPath" yaml:"outputPath"`
	ResultPath              *string                             `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector          *map[string]interface{}             `field:"optional" json:"resultSelector" yaml:"resultSelector"`
	ModelName               *string                             `field:"required" json:"modelName" yaml:"modelName"`
	TransformInput          *TransformInput                     `field:"required" json:"transformInput" yaml:"transformInput"`
	TransformJobName        *string                             `field:"required" json:"transformJobName" yaml:"transformJobName"`
	TransformOutput         *TransformOutput                    `field:"required" json:"transformOutput" yaml:"transformOutput"`
	BatchStrategy           BatchStrategy                       `field:"optional" json:"batchStrategy" yaml:"batchStrategy"`
	Environment             *map[string]*string                 `field:"optional" json:"environment" yaml:"environment"`
	MaxConcurrentTransforms *float64                            `field:"optional" json:"maxConcurrentTransforms" yaml:"maxConcurrentTransforms"`
	MaxPayload              awscdk.Size                         `field:"optional" json:"maxPayload" yaml:"maxPayload"`
	ModelClientOptions      *ModelClientOptions                 `field:"optional" json:"modelClientOptions" yaml:"modelClientOptions"`
	Role                    awsiam.IRole                        `field:"optional" json:"role" yaml:"role"`
	Tags                    *map[string]*string                 `field:"optional" json:"tags" yaml:"tags"`
	TransformResources      *TransformResources                 `field:"optional" json:"transformResources" yaml:"transformResources"`
}

// SageMakerCreateTransformJobJsonataProps configures a SageMakerCreateTransformJob task with JSONata fields.
type SageMakerCreateTransformJobJsonataProps struct {
	Comment                 *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage           awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName               *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials             *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat               awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout        awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern      awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout             awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout                 awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign                  *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	Outputs                 interface{}                         `field:"optional" json:"outputs" yaml:"outputs"`
	ModelName               *string                             `field:"required" json:"modelName" yaml:"modelName"`
	TransformInput          *TransformInput                     `field:"required" json:"transformInput" yaml:"transformInput"`
	TransformJobName        *string                             `field:"required" json:"transformJobName" yaml:"transformJobName"`
	TransformOutput         *TransformOutput                    `field:"required" json:"transformOutput" yaml:"transformOutput"`
	BatchStrategy           BatchStrategy                       `field:"optional" json:"batchStrategy" yaml:"batchStrategy"`
	Environment             *map[string]*string                 `field:"optional" json:"environment" yaml:"environment"`
	MaxConcurrentTransforms *float64                            `field:"optional" json:"maxConcurrentTransforms" yaml:"maxConcurrentTransforms"`
	MaxPayload              awscdk.Size                         `field:"optional" json:"maxPayload" yaml:"maxPayload"`
	ModelClientOptions      *ModelClientOptions                 `field:"optional" json:"modelClientOptions" yaml:"modelClientOptions"`
	Role                    awsiam.IRole                        `field:"optional" json:"role" yaml:"role"`
	Tags                    *map[string]*string                 `field:"optional" json:"tags" yaml:"tags"`
	TransformResources      *TransformResources                 `field:"optional" json:"transformResources" yaml:"transformResources"`
}

func newSageMakerCreateTransformJob(scope constructs.Construct, id *string, props *SageMakerCreateTransformJobProps) SageMakerCreateTransformJob {
	required(scope, id, "SageMakerCreateTransformJob", props, "ModelName", "TransformInput", "TransformJobName", "TransformOutput")
	s := newSageMakerTask(scope, id, props)
	pattern := props.IntegrationPattern
	if pattern == "" {
		pattern = awsstepfunctions.IntegrationPattern_REQUEST_RESPONSE
	}
	validatePattern(pattern, awsstepfunctions.IntegrationPattern_REQUEST_RESPONSE, awsstepfunctions.IntegrationPattern_RUN_JOB)
	in := props.TransformInput
	if in.TransformDataSource == nil || in.TransformDataSource.S3DataSource == nil {
		throw(s, "SageMakerCreateTransformJob: transformInput.transformDataSource.s3DataSource is required")
	}
	res := props.TransformResources
	if res == nil {
		res = &TransformResources{InstanceCount: num(1), InstanceType: awsec2.InstanceType_Of(awsec2.InstanceClass_M4, awsec2.InstanceSize_XLARGE)}
	}
	if res.InstanceCount == nil || res.InstanceType == nil {
		throw(s, "SageMakerCreateTransformJob: transformResources needs instanceCount and instanceType (both are required)")
	}
	s.role = props.Role
	if s.role == nil {
		s.role = awsiam.NewRole(s, str("SagemakerTransformRole"), &awsiam.RoleProps{
			AssumedBy:       awsiam.NewServicePrincipal(str("sagemaker.amazonaws.com"), nil),
			ManagedPolicies: &[]awsiam.IManagedPolicy{awsiam.ManagedPolicy_FromAwsManagedPolicyName(str("AmazonSageMakerFullAccess"))},
		})
	}
	jobs := awscdk.Stack_Of(s).FormatArn(&awscdk.ArnComponents{Service: str("sagemaker"), Resource: str("transform-job"), ResourceName: str("*")})
	s.t.policies = []awsiam.PolicyStatement{
		statement([]string{"sagemaker:CreateTransformJob", "sagemaker:DescribeTransformJob", "sagemaker:StopTransformJob"}, jobs),
		statement([]string{"sagemaker:ListTags"}, str("*")),
		sageMakerPassRole(s.role),
	}
	if pattern == awsstepfunctions.IntegrationPattern_RUN_JOB {
		s.t.policies = append(s.t.policies, emrRule(s.t, "StepFunctionsGetEventsForSageMakerTransformJobsRule"),
			statement([]string{"sagemaker:AddTags"}, jobs))
	}
	s.Hook.Render = func(top string) interface{} {
		var client interface{}
		if o := props.ModelClientOptions; o != nil {
			var retries interface{} = 0.0
			if r := o.InvocationsMaxRetries; r != nil {
				if *r != 0 && (*r < 0 || *r > 3) {
					throw(s, "invocationsMaxRetries should be between 0 and 3. Received: %s.", jsString(*r))
				}
				retries = *r
			}
			var timeout interface{} = 60.0
			if o.InvocationsTimeout != nil {
				sec := *o.InvocationsTimeout.ToSeconds(nil)
				if sec != 0 && (sec < 1 || sec > 3600) {
					throw(s, "invocationsTimeout should be between 1 and 3600 seconds. Received: %s.", jsString(sec))
				}
				timeout = sec
			}
			client = obj("InvocationsMaxRetries", retries, "InvocationsTimeoutInSeconds", timeout)
		}
		var maxConcurrent interface{}
		if m := props.MaxConcurrentTransforms; m != nil && *m != 0 {
			maxConcurrent = *m
		}
		var maxPayload interface{}
		if props.MaxPayload != nil {
			maxPayload = props.MaxPayload.ToMebibytes(nil)
		}
		var tags interface{}
		if props.Tags != nil {
			l := []interface{}{}
			for _, k := range sortedKeys(*props.Tags) {
				l = append(l, obj("Key", k, "Value", (*props.Tags)[k]))
			}
			tags = l
		}
		src := in.TransformDataSource.S3DataSource
		typ := src.S3DataType
		if typ == "" {
			typ = S3DataType_S3_PREFIX
		}
		input := obj("CompressionType", wire(in.CompressionType), "ContentType", nonEmpty(in.ContentType),
			"DataSource", obj("S3DataSource", obj("S3Uri", src.S3Uri, "S3DataType", wire(typ))), "SplitType", wire(in.SplitType))
		o := props.TransformOutput
		var outKey interface{}
		if o.EncryptionKey != nil {
			outKey = o.EncryptionKey.KeyRef().KeyArn
		}
		output := obj("S3OutputPath", o.S3OutputPath, "KmsKeyId", outKey, "Accept", nonEmpty(o.Accept), "AssembleWith", wire(o.AssembleWith))
		resources := obj("InstanceCount", res.InstanceCount, "InstanceType", mlInstanceType(res.InstanceType))
		if res.VolumeEncryptionKey != nil {
			resources.Set("VolumeKmsKeyId", res.VolumeEncryptionKey.KeyRef().KeyArn)
		}
		return s.t.render(top, integrationResourceArn("sagemaker", "createTransformJob", pattern), obj(
			"BatchStrategy", wire(props.BatchStrategy), "Environment", props.Environment, "MaxConcurrentTransforms", maxConcurrent,
			"MaxPayloadInMB", maxPayload, "ModelClientConfig", client, "ModelName", props.ModelName, "Tags", tags,
			"TransformInput", input, "TransformJobName", props.TransformJobName, "TransformOutput", output, "TransformResources", resources))
	}
	return s
}

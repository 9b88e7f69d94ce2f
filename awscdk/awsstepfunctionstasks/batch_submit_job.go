package awsstepfunctionstasks

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// BatchSubmitJob submits an AWS Batch job.
type BatchSubmitJob interface {
	awsstepfunctions.TaskStateBase
}

// NewBatchSubmitJob builds the task at scope/id.
func NewBatchSubmitJob(scope constructs.Construct, id *string, props *BatchSubmitJobProps) BatchSubmitJob {
	return newBatchSubmitJob(scope, id, props)
}

// NewBatchSubmitJob_Override initializes t, a Go type embedding BatchSubmitJob, as the task.
func NewBatchSubmitJob_Override(t BatchSubmitJob, scope constructs.Construct, id *string, props *BatchSubmitJobProps) {
	l2.Override[BatchSubmitJob](t, newBatchSubmitJob(scope, id, props))
}

// BatchSubmitJob_JsonPath builds the task with JSONPath fields.
func BatchSubmitJob_JsonPath(scope constructs.Construct, id *string, props *BatchSubmitJobJsonPathProps) BatchSubmitJob {
	if props == nil {
		return newBatchSubmitJob(scope, id, nil)
	}
	p := &BatchSubmitJobProps{}
	copyFields(p, props)
	return newBatchSubmitJob(scope, id, p)
}

// BatchSubmitJob_Jsonata builds the task with JSONata fields: its query language is JSONata.
func BatchSubmitJob_Jsonata(scope constructs.Construct, id *string, props *BatchSubmitJobJsonataProps) BatchSubmitJob {
	if props == nil {
		return newBatchSubmitJob(scope, id, nil)
	}
	p := &BatchSubmitJobProps{}
	copyFields(p, props)
	p.QueryLanguage = awsstepfunctions.QueryLanguage_JSONATA
	return newBatchSubmitJob(scope, id, p)
}

// BatchSubmitJob_FilterNextables is awsstepfunctions.TaskStateBase_FilterNextables.
func BatchSubmitJob_FilterNextables(states *[]awsstepfunctions.State) *[]awsstepfunctions.INextable {
	return awsstepfunctions.TaskStateBase_FilterNextables(states)
}

// BatchSubmitJob_FindReachableEndStates is awsstepfunctions.TaskStateBase_FindReachableEndStates.
func BatchSubmitJob_FindReachableEndStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableEndStates(start, options)
}

// BatchSubmitJob_FindReachableStates is awsstepfunctions.TaskStateBase_FindReachableStates.
func BatchSubmitJob_FindReachableStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableStates(start, options)
}

// BatchSubmitJob_IsConstruct reports whether x is a construct.
func BatchSubmitJob_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// BatchSubmitJob_PrefixStates prefixes the names of the states under root.
func BatchSubmitJob_PrefixStates(root constructs.IConstruct, prefix *string) {
	awsstepfunctions.TaskStateBase_PrefixStates(root, prefix)
}

// BatchSubmitJobProps configures a BatchSubmitJob task.
type BatchSubmitJobProps struct {
	Comment            *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage      awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName          *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials        *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat          awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout   awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout        awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout            awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign             *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	InputPath          *string                             `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath         *string                             `field:"optional" json:"outputPath" yaml:"outputPath"`
	Outputs            interface{}                         `field:"optional" json:"outputs" yaml:"outputs"`
	ResultPath         *string                             `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector     *map[string]interface{}             `field:"optional" json:"resultSelector" yaml:"resultSelector"`
	JobDefinitionArn   *string                             `field:"required" json:"jobDefinitionArn" yaml:"jobDefinitionArn"`
	JobName            *string                             `field:"required" json:"jobName" yaml:"jobName"`
	JobQueueArn        *string                             `field:"required" json:"jobQueueArn" yaml:"jobQueueArn"`
	ArraySize          *float64                            `field:"optional" json:"arraySize" yaml:"arraySize"`
	Attempts           *float64                            `field:"optional" json:"attempts" yaml:"attempts"`
	ContainerOverrides *BatchContainerOverrides            `field:"optional" json:"containerOverrides" yaml:"containerOverrides"`
	DependsOn          *[]*BatchJobDependency              `field:"optional" json:"dependsOn" yaml:"dependsOn"`
	Payload            awsstepfunctions.TaskInput          `field:"optional" json:"payload" yaml:"payload"`
	Tags               *map[string]*string                 `field:"optional" json:"tags" yaml:"tags"`
}

// BatchSubmitJobJsonPathProps configures a BatchSubmitJob task with JSONPath fields.
type BatchSubmitJobJsonPathProps struct {
	Comment            *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage      awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName          *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials        *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat          awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout   awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout        awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout            awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign             *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	InputPath          *string                             `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath         *string                             `field:"optional" json:"outputPath" yaml:"outputPath"`
	ResultPath         *string                             `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector     *map[string]interface{}             `field:"optional" json:"resultSelector" yaml:"resultSelector"`
	JobDefinitionArn   *string                             `field:"required" json:"jobDefinitionArn" yaml:"jobDefinitionArn"`
	JobName            *string                             `field:"required" json:"jobName" yaml:"jobName"`
	JobQueueArn        *string                             `field:"required" json:"jobQueueArn" yaml:"jobQueueArn"`
	ArraySize          *float64                            `field:"optional" json:"arraySize" yaml:"arraySize"`
	Attempts           *float64                            `field:"optional" json:"attempts" yaml:"attempts"`
	ContainerOverrides *BatchContainerOverrides            `field:"optional" json:"containerOverrides" yaml:"containerOverrides"`
	DependsOn          *[]*BatchJobDependency              `field:"optional" json:"dependsOn" yaml:"dependsOn"`
	Payload            awsstepfunctions.TaskInput          `field:"optional" json:"payload" yaml:"payload"`
	Tags               *map[string]*string                 `field:"optional" json:"tags" yaml:"tags"`
}

// BatchSubmitJobJsonataProps configures a BatchSubmitJob task with JSONata fields.
type BatchSubmitJobJsonataProps struct {
	Comment            *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage      awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName          *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials        *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat          awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout   awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout        awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout            awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign             *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	Outputs            interface{}                         `field:"optional" json:"outputs" yaml:"outputs"`
	JobDefinitionArn   *string                             `field:"required" json:"jobDefinitionArn" yaml:"jobDefinitionArn"`
	JobName            *string                             `field:"required" json:"jobName" yaml:"jobName"`
	JobQueueArn        *string                             `field:"required" json:"jobQueueArn" yaml:"jobQueueArn"`
	ArraySize          *float64                            `field:"optional" json:"arraySize" yaml:"arraySize"`
	Attempts           *float64                            `field:"optional" json:"attempts" yaml:"attempts"`
	ContainerOverrides *BatchContainerOverrides            `field:"optional" json:"containerOverrides" yaml:"containerOverrides"`
	DependsOn          *[]*BatchJobDependency              `field:"optional" json:"dependsOn" yaml:"dependsOn"`
	Payload            awsstepfunctions.TaskInput          `field:"optional" json:"payload" yaml:"payload"`
	Tags               *map[string]*string                 `field:"optional" json:"tags" yaml:"tags"`
}

// BatchContainerOverrides overrides the container of a Batch job.
type BatchContainerOverrides struct {
	Command      *[]*string          `field:"optional" json:"command" yaml:"command"`
	Environment  *map[string]*string `field:"optional" json:"environment" yaml:"environment"`
	GpuCount     *float64            `field:"optional" json:"gpuCount" yaml:"gpuCount"`
	InstanceType awsec2.InstanceType `field:"optional" json:"instanceType" yaml:"instanceType"`
	Memory       awscdk.Size         `field:"optional" json:"memory" yaml:"memory"`
	Vcpus        *float64            `field:"optional" json:"vcpus" yaml:"vcpus"`
}

// BatchJobDependency is a job a Batch job depends on.
type BatchJobDependency struct {
	JobId *string `field:"optional" json:"jobId" yaml:"jobId"`
	Type  *string `field:"optional" json:"type" yaml:"type"`
}

func resolvedNumber(f *float64) (float64, bool) {
	if f == nil || *awscdk.Token_IsUnresolved(*f) {
		return 0, false
	}
	return *f, true
}

func newBatchSubmitJob(scope constructs.Construct, id *string, props *BatchSubmitJobProps) BatchSubmitJob {
	required(scope, id, "BatchSubmitJob", props, "JobDefinitionArn", "JobName", "JobQueueArn")
	t := newTask(scope, id, props)
	pattern := props.IntegrationPattern
	if pattern == "" {
		pattern = awsstepfunctions.IntegrationPattern_RUN_JOB
	}
	validatePattern(pattern, awsstepfunctions.IntegrationPattern_REQUEST_RESPONSE, awsstepfunctions.IntegrationPattern_RUN_JOB)
	if n, ok := resolvedNumber(props.ArraySize); ok && (n < 2 || n > 10000) {
		throw(t, "arraySize must be between 2 and 10,000. Received %s.", jsString(n))
	}
	if props.DependsOn != nil && len(*props.DependsOn) > 20 {
		throw(t, "dependencies must be 20 or less. Received %d.", len(*props.DependsOn))
	}
	if n, ok := resolvedNumber(props.Attempts); ok && (n < 1 || n > 10) {
		throw(t, "attempts must be between 1 and 10. Received %s.", jsString(n))
	}
	var timeoutSecs *float64
	if props.Timeout != nil {
		timeoutSecs = props.Timeout.ToSeconds(nil)
	} else if props.TaskTimeout != nil {
		timeoutSecs = props.TaskTimeout.Seconds()
	}
	if n, ok := resolvedNumber(timeoutSecs); ok && n != 0 && n < 60 {
		throw(t, "attempt duration must be greater than 60 seconds. Received %s seconds.", jsString(n))
	}
	if co := props.ContainerOverrides; co != nil && co.Environment != nil {
		for _, k := range sortedKeys(*co.Environment) {
			if len(k) >= 9 && k[:9] == "AWS_BATCH" {
				throw(t, "Invalid environment variable name: %s. Environment variable names starting with 'AWS_BATCH' are reserved.", k)
			}
		}
	}
	if props.Tags != nil {
		if n := len(*props.Tags); n > 50 {
			throw(t, "Maximum tag number of entries is 50. Received %d.", n)
		}
		for _, k := range sortedKeys(*props.Tags) {
			if len(k) < 1 || len(k) > 128 {
				throw(t, "Tag key size must be between 1 and 128, but got %d.", len(k))
			}
			if v := (*props.Tags)[k]; v != nil && len(*v) > 256 {
				throw(t, "Tag value maximum size is 256, but got %d.", len(*v))
			}
		}
	}
	stack := awscdk.Stack_Of(t)
	queue := props.JobQueueArn
	var submitOn []*string
	if *awsstepfunctions.JsonPath_IsEncodedJsonPath(queue) || isJsonata(*queue) {
		submitOn = []*string{str("*")}
	} else {
		submitOn = []*string{stack.FormatArn(&awscdk.ArnComponents{Service: str("batch"), Resource: str("job-definition"), ResourceName: str("*")}), queue}
	}
	t.policies = []awsiam.PolicyStatement{
		statement([]string{"batch:SubmitJob"}, submitOn...),
		statement([]string{"events:PutTargets", "events:PutRule", "events:DescribeRule"},
			stack.FormatArn(&awscdk.ArnComponents{Service: str("events"), Resource: str("rule/StepFunctionsGetEventsForBatchJobsRule")})),
	}
	t.Hook.Render = func(top string) interface{} {
		var timeout interface{}
		switch tt := props.TaskTimeout; {
		case props.Timeout != nil:
			timeout = props.Timeout.ToSeconds(nil)
		case tt != nil && tt.Seconds() != nil:
			timeout = tt.Seconds()
		case tt != nil && tt.Path() != nil:
			timeout = awsstepfunctions.JsonPath_NumberAt(tt.Path())
		}
		var array, retry, deps, overrides, attempt interface{}
		if props.ArraySize != nil {
			array = obj("Size", props.ArraySize)
		}
		if props.Attempts != nil {
			retry = obj("Attempts", props.Attempts)
		}
		if props.DependsOn != nil {
			l := []interface{}{}
			for _, d := range *props.DependsOn {
				if d == nil {
					d = &BatchJobDependency{}
				}
				l = append(l, obj("JobId", d.JobId, "Type", d.Type))
			}
			deps = l
		}
		if co := props.ContainerOverrides; co != nil {
			var env interface{}
			if co.Environment != nil {
				l := []interface{}{}
				for _, k := range sortedKeys(*co.Environment) {
					l = append(l, obj("Name", k, "Value", (*co.Environment)[k]))
				}
				env = l
			}
			res := []interface{}{}
			if co.GpuCount != nil && *co.GpuCount != 0 {
				res = append(res, obj("Type", "GPU", "Value", jsString(*co.GpuCount)))
			}
			if co.Memory != nil {
				res = append(res, obj("Type", "MEMORY", "Value", jsString(*co.Memory.ToMebibytes(nil))))
			}
			if co.Vcpus != nil && *co.Vcpus != 0 {
				res = append(res, obj("Type", "VCPU", "Value", jsString(*co.Vcpus)))
			}
			var resources, instanceType interface{}
			if len(res) > 0 {
				resources = res
			}
			if co.InstanceType != nil {
				instanceType = co.InstanceType.ToString()
			}
			overrides = obj("Command", co.Command, "Environment", env, "InstanceType", instanceType, "ResourceRequirements", resources)
		}
		if n, ok := timeout.(*float64); ok && n != nil && *n != 0 {
			attempt = obj("AttemptDurationSeconds", n)
		} else if s, ok := timeout.(*string); ok && s != nil {
			attempt = obj("AttemptDurationSeconds", s)
		}
		o := t.render(top, integrationResourceArn("batch", "submitJob", pattern), obj(
			"JobDefinition", props.JobDefinitionArn, "JobName", props.JobName, "JobQueue", props.JobQueueArn, "Parameters", inputValue(props.Payload),
			"ArrayProperties", array, "ContainerOverrides", overrides, "DependsOn", deps, "RetryStrategy", retry, "Tags", props.Tags, "Timeout", attempt))
		// As aws-cdk-lib, the state carries no TimeoutSeconds of its own.
		o.Set("TimeoutSeconds", nil)
		o.Set("TimeoutSecondsPath", nil)
		return o
	}
	return t
}

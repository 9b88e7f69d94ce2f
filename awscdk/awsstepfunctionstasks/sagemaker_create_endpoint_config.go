package awsstepfunctionstasks

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawskms"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"strings"
)

// SageMakerCreateEndpointConfig creates a SageMaker endpoint configuration.
type SageMakerCreateEndpointConfig interface {
	awsstepfunctions.TaskStateBase
}

// NewSageMakerCreateEndpointConfig builds the task at scope/id.
func NewSageMakerCreateEndpointConfig(scope constructs.Construct, id *string, props *SageMakerCreateEndpointConfigProps) SageMakerCreateEndpointConfig {
	return newSageMakerCreateEndpointConfig(scope, id, props)
}

// NewSageMakerCreateEndpointConfig_Override initializes t, a Go type embedding SageMakerCreateEndpointConfig, as the task.
func NewSageMakerCreateEndpointConfig_Override(t SageMakerCreateEndpointConfig, scope constructs.Construct, id *string, props *SageMakerCreateEndpointConfigProps) {
	l2.Override[SageMakerCreateEndpointConfig](t, newSageMakerCreateEndpointConfig(scope, id, props))
}

// SageMakerCreateEndpointConfig_JsonPath builds the task with JSONPath fields.
func SageMakerCreateEndpointConfig_JsonPath(scope constructs.Construct, id *string, props *SageMakerCreateEndpointConfigJsonPathProps) SageMakerCreateEndpointConfig {
	if props == nil {
		return newSageMakerCreateEndpointConfig(scope, id, nil)
	}
	p := &SageMakerCreateEndpointConfigProps{}
	copyFields(p, props)
	return newSageMakerCreateEndpointConfig(scope, id, p)
}

// SageMakerCreateEndpointConfig_Jsonata builds the task with JSONata fields: its query language is JSONata.
func SageMakerCreateEndpointConfig_Jsonata(scope constructs.Construct, id *string, props *SageMakerCreateEndpointConfigJsonataProps) SageMakerCreateEndpointConfig {
	if props == nil {
		return newSageMakerCreateEndpointConfig(scope, id, nil)
	}
	p := &SageMakerCreateEndpointConfigProps{}
	copyFields(p, props)
	p.QueryLanguage = awsstepfunctions.QueryLanguage_JSONATA
	return newSageMakerCreateEndpointConfig(scope, id, p)
}

// SageMakerCreateEndpointConfig_FilterNextables is awsstepfunctions.TaskStateBase_FilterNextables.
func SageMakerCreateEndpointConfig_FilterNextables(states *[]awsstepfunctions.State) *[]awsstepfunctions.INextable {
	return awsstepfunctions.TaskStateBase_FilterNextables(states)
}

// SageMakerCreateEndpointConfig_FindReachableEndStates is awsstepfunctions.TaskStateBase_FindReachableEndStates.
func SageMakerCreateEndpointConfig_FindReachableEndStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableEndStates(start, options)
}

// SageMakerCreateEndpointConfig_FindReachableStates is awsstepfunctions.TaskStateBase_FindReachableStates.
func SageMakerCreateEndpointConfig_FindReachableStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableStates(start, options)
}

// SageMakerCreateEndpointConfig_IsConstruct reports whether x is a construct.
func SageMakerCreateEndpointConfig_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// SageMakerCreateEndpointConfig_PrefixStates prefixes the names of the states under root.
func SageMakerCreateEndpointConfig_PrefixStates(root constructs.IConstruct, prefix *string) {
	awsstepfunctions.TaskStateBase_PrefixStates(root, prefix)
}

// SageMakerCreateEndpointConfig_PROPERTY_INJECTION_ID is the id property injectors use for SageMakerCreateEndpointConfig.
func SageMakerCreateEndpointConfig_PROPERTY_INJECTION_ID() *string {
	return str("aws-cdk-lib.aws-stepfunctions-tasks.SageMakerCreateEndpointConfig")
}

// SageMakerCreateEndpointConfigProps configures a SageMakerCreateEndpointConfig task.
type SageMakerCreateEndpointConfigProps struct {
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
	EndpointConfigName *string                             `field:"required" json:"endpointConfigName" yaml:"endpointConfigName"`
	ProductionVariants *[]*ProductionVariant               `field:"required" json:"productionVariants" yaml:"productionVariants"`
	KmsKey             interfacesawskms.IKeyRef            `field:"optional" json:"kmsKey" yaml:"kmsKey"`
	Tags               awsstepfunctions.TaskInput          `field:"optional" json:"tags" yaml:"tags"`
}

// SageMakerCreateEndpointConfigJsonPathProps configures a SageMakerCreateEndpointConfig task with JSONPath fields.
type SageMakerCreateEndpointConfigJsonPathProps struct {
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
	EndpointConfigName *string                             `field:"required" json:"endpointConfigName" yaml:"endpointConfigName"`
	ProductionVariants *[]*ProductionVariant               `field:"required" json:"productionVariants" yaml:"productionVariants"`
	KmsKey             interfacesawskms.IKeyRef            `field:"optional" json:"kmsKey" yaml:"kmsKey"`
	Tags               awsstepfunctions.TaskInput          `field:"optional" json:"tags" yaml:"tags"`
}

// SageMakerCreateEndpointConfigJsonataProps configures a SageMakerCreateEndpointConfig task with JSONata fields.
type SageMakerCreateEndpointConfigJsonataProps struct {
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
	EndpointConfigName *string                             `field:"required" json:"endpointConfigName" yaml:"endpointConfigName"`
	ProductionVariants *[]*ProductionVariant               `field:"required" json:"productionVariants" yaml:"productionVariants"`
	KmsKey             interfacesawskms.IKeyRef            `field:"optional" json:"kmsKey" yaml:"kmsKey"`
	Tags               awsstepfunctions.TaskInput          `field:"optional" json:"tags" yaml:"tags"`
}

func newSageMakerCreateEndpointConfig(scope constructs.Construct, id *string, props *SageMakerCreateEndpointConfigProps) SageMakerCreateEndpointConfig {
	props = l2.Inject(*SageMakerCreateEndpointConfig_PROPERTY_INJECTION_ID(), props, scope, id)
	required(scope, id, "SageMakerCreateEndpointConfig", props, "EndpointConfigName", "ProductionVariants")
	t := newTask(scope, id, props)
	pattern := patternOr(props.IntegrationPattern, awsstepfunctions.IntegrationPattern_REQUEST_RESPONSE)
	variants := *props.ProductionVariants
	if len(variants) < 1 || len(variants) > 10 {
		throw(t, "Must specify from 1 to 10 production variants per endpoint configuration")
	}
	for _, v := range variants {
		if v == nil {
			throw(t, "SageMakerCreateEndpointConfig: a production variant is nil")
		}
		if v.InitialInstanceCount != nil && *v.InitialInstanceCount != 0 && *v.InitialInstanceCount < 1 {
			throw(t, "Must define at least one instance")
		}
		if v.InitialVariantWeight != nil && *v.InitialVariantWeight != 0 && *v.InitialVariantWeight <= 0 {
			throw(t, "InitialVariantWeight has minimum value of 0")
		}
	}
	name := "*"
	if !isJsonPathOrJsonata(*props.EndpointConfigName) {
		name = strings.ToLower(*props.EndpointConfigName)
	}
	stack := awscdk.Stack_Of(t)
	t.policies = []awsiam.PolicyStatement{
		statement([]string{"sagemaker:CreateEndpointConfig"}, stack.FormatArn(&awscdk.ArnComponents{Service: str("sagemaker"), Resource: str("endpoint-config"), ResourceName: str(name)})),
		statement([]string{"sagemaker:ListTags"}, str("*")),
	}
	t.Hook.Render = func(top string) interface{} {
		list := []interface{}{}
		for _, v := range variants {
			count := interface{}(1.0)
			if v.InitialInstanceCount != nil && *v.InitialInstanceCount != 0 {
				count = *v.InitialInstanceCount
			}
			list = append(list, obj("InitialInstanceCount", count, "InstanceType", mlInstanceType(v.InstanceType), "ModelName", v.ModelName,
				"VariantName", v.VariantName, "AcceleratorType", acceleratorJSON(v.AcceleratorType), "InitialVariantWeight", v.InitialVariantWeight))
		}
		var kms interface{}
		if props.KmsKey != nil {
			kms = props.KmsKey.KeyRef().KeyId
		}
		return t.render(top, integrationResourceArn("sagemaker", "createEndpointConfig", pattern), obj(
			"EndpointConfigName", props.EndpointConfigName, "Tags", inputValue(props.Tags), "KmsKeyId", kms, "ProductionVariants", list))
	}
	return t
}

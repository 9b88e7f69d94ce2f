package awsstepfunctions

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawslogs"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsstepfunctions"
)

// ActivityProps are the props of NewActivity.
type ActivityProps struct {
	ActivityName            *string                 `field:"optional" json:"activityName" yaml:"activityName"`
	EncryptionConfiguration EncryptionConfiguration `field:"optional" json:"encryptionConfiguration" yaml:"encryptionConfiguration"`
}

// AfterwardsOptions choose which end states Choice.Afterwards continues from.
type AfterwardsOptions struct {
	IncludeErrorHandlers *bool `field:"optional" json:"includeErrorHandlers" yaml:"includeErrorHandlers"`
	IncludeOtherwise     *bool `field:"optional" json:"includeOtherwise" yaml:"includeOtherwise"`
}

// AssignableStateOptions are the options of a state that assigns variables.
type AssignableStateOptions struct {
	Assign *map[string]interface{} `field:"optional" json:"assign" yaml:"assign"`
}

// CatchProps describe an error handler added with AddCatch.
type CatchProps struct {
	Assign     *map[string]interface{} `field:"optional" json:"assign" yaml:"assign"`
	Errors     *[]*string              `field:"optional" json:"errors" yaml:"errors"`
	Outputs    interface{}             `field:"optional" json:"outputs" yaml:"outputs"`
	ResultPath *string                 `field:"optional" json:"resultPath" yaml:"resultPath"`
}

// ChoiceJsonPathProps are the props of Choice_JsonPath.
type ChoiceJsonPathProps struct {
	Comment       *string                 `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage QueryLanguage           `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName     *string                 `field:"optional" json:"stateName" yaml:"stateName"`
	Assign        *map[string]interface{} `field:"optional" json:"assign" yaml:"assign"`
	InputPath     *string                 `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath    *string                 `field:"optional" json:"outputPath" yaml:"outputPath"`
}

// ChoiceJsonataProps are the props of Choice_Jsonata.
type ChoiceJsonataProps struct {
	Comment       *string                 `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage QueryLanguage           `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName     *string                 `field:"optional" json:"stateName" yaml:"stateName"`
	Assign        *map[string]interface{} `field:"optional" json:"assign" yaml:"assign"`
	Outputs       interface{}             `field:"optional" json:"outputs" yaml:"outputs"`
}

// ChoiceProps are the props of NewChoice.
type ChoiceProps struct {
	Comment       *string                 `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage QueryLanguage           `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName     *string                 `field:"optional" json:"stateName" yaml:"stateName"`
	Assign        *map[string]interface{} `field:"optional" json:"assign" yaml:"assign"`
	InputPath     *string                 `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath    *string                 `field:"optional" json:"outputPath" yaml:"outputPath"`
	Outputs       interface{}             `field:"optional" json:"outputs" yaml:"outputs"`
}

// ChoiceTransitionOptions are the options of one Choice branch.
type ChoiceTransitionOptions struct {
	Assign  *map[string]interface{} `field:"optional" json:"assign" yaml:"assign"`
	Comment *string                 `field:"optional" json:"comment" yaml:"comment"`
	Outputs interface{}             `field:"optional" json:"outputs" yaml:"outputs"`
}

// CustomStateProps are the props of NewCustomState.
type CustomStateProps struct {
	StateJson *map[string]interface{} `field:"required" json:"stateJson" yaml:"stateJson"`
}

// DefinitionConfig is what a DefinitionBody contributes to the CfnStateMachine.
type DefinitionConfig struct {
	Definition           interface{}                         `field:"optional" json:"definition" yaml:"definition"`
	DefinitionS3Location *CfnStateMachine_S3LocationProperty `field:"optional" json:"definitionS3Location" yaml:"definitionS3Location"`
	DefinitionString     *string                             `field:"optional" json:"definitionString" yaml:"definitionString"`
}

// FailJsonPathProps are the props of Fail_JsonPath.
type FailJsonPathProps struct {
	Comment       *string       `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage QueryLanguage `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName     *string       `field:"optional" json:"stateName" yaml:"stateName"`
	Cause         *string       `field:"optional" json:"cause" yaml:"cause"`
	CausePath     *string       `field:"optional" json:"causePath" yaml:"causePath"`
	Error         *string       `field:"optional" json:"error" yaml:"error"`
	ErrorPath     *string       `field:"optional" json:"errorPath" yaml:"errorPath"`
}

// FailJsonataProps are the props of Fail_Jsonata.
type FailJsonataProps struct {
	Comment       *string       `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage QueryLanguage `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName     *string       `field:"optional" json:"stateName" yaml:"stateName"`
	Cause         *string       `field:"optional" json:"cause" yaml:"cause"`
	Error         *string       `field:"optional" json:"error" yaml:"error"`
}

// FailProps are the props of NewFail.
type FailProps struct {
	Comment       *string       `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage QueryLanguage `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName     *string       `field:"optional" json:"stateName" yaml:"stateName"`
	Cause         *string       `field:"optional" json:"cause" yaml:"cause"`
	CausePath     *string       `field:"optional" json:"causePath" yaml:"causePath"`
	Error         *string       `field:"optional" json:"error" yaml:"error"`
	ErrorPath     *string       `field:"optional" json:"errorPath" yaml:"errorPath"`
}

// FindStateOptions control State_FindReachableStates and State_FindReachableEndStates.
type FindStateOptions struct {
	IncludeErrorHandlers *bool `field:"optional" json:"includeErrorHandlers" yaml:"includeErrorHandlers"`
}

// JsonPathCommonOptions are the JSONPath input and output options of a state.
type JsonPathCommonOptions struct {
	InputPath  *string `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath *string `field:"optional" json:"outputPath" yaml:"outputPath"`
}

// JsonPathStateProps are the props every JSONPath state shares.
type JsonPathStateProps struct {
	Comment        *string                 `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage  QueryLanguage           `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName      *string                 `field:"optional" json:"stateName" yaml:"stateName"`
	InputPath      *string                 `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath     *string                 `field:"optional" json:"outputPath" yaml:"outputPath"`
	Assign         *map[string]interface{} `field:"optional" json:"assign" yaml:"assign"`
	Parameters     *map[string]interface{} `field:"optional" json:"parameters" yaml:"parameters"`
	ResultPath     *string                 `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector *map[string]interface{} `field:"optional" json:"resultSelector" yaml:"resultSelector"`
}

// JsonataCommonOptions are the JSONata output options of a state.
type JsonataCommonOptions struct {
	Outputs interface{} `field:"optional" json:"outputs" yaml:"outputs"`
}

// JsonataStateOptions are the JSONata options of a state.
type JsonataStateOptions struct {
	Outputs   interface{} `field:"optional" json:"outputs" yaml:"outputs"`
	Arguments interface{} `field:"optional" json:"arguments" yaml:"arguments"`
}

// JsonataStateProps are the props every JSONata state shares.
type JsonataStateProps struct {
	Comment       *string                 `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage QueryLanguage           `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName     *string                 `field:"optional" json:"stateName" yaml:"stateName"`
	Outputs       interface{}             `field:"optional" json:"outputs" yaml:"outputs"`
	Arguments     interface{}             `field:"optional" json:"arguments" yaml:"arguments"`
	Assign        *map[string]interface{} `field:"optional" json:"assign" yaml:"assign"`
}

// LogOptions configure a state machine's execution logging.
type LogOptions struct {
	Destination          interfacesawslogs.ILogGroupRef `field:"optional" json:"destination" yaml:"destination"`
	IncludeExecutionData *bool                          `field:"optional" json:"includeExecutionData" yaml:"includeExecutionData"`
	Level                LogLevel                       `field:"optional" json:"level" yaml:"level"`
}

// MapBaseJsonPathOptions are the JSONPath options of a Map state.
type MapBaseJsonPathOptions struct {
	InputPath          *string                 `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath         *string                 `field:"optional" json:"outputPath" yaml:"outputPath"`
	ItemsPath          *string                 `field:"optional" json:"itemsPath" yaml:"itemsPath"`
	MaxConcurrencyPath *string                 `field:"optional" json:"maxConcurrencyPath" yaml:"maxConcurrencyPath"`
	ResultPath         *string                 `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector     *map[string]interface{} `field:"optional" json:"resultSelector" yaml:"resultSelector"`
}

// MapBaseJsonataOptions are the JSONata options of a Map state.
type MapBaseJsonataOptions struct {
	Outputs interface{}  `field:"optional" json:"outputs" yaml:"outputs"`
	Items   ProvideItems `field:"optional" json:"items" yaml:"items"`
}

// MapBaseOptions are the options every Map state shares.
type MapBaseOptions struct {
	Assign                *map[string]interface{} `field:"optional" json:"assign" yaml:"assign"`
	ItemSelector          *map[string]interface{} `field:"optional" json:"itemSelector" yaml:"itemSelector"`
	JsonataItemSelector   *string                 `field:"optional" json:"jsonataItemSelector" yaml:"jsonataItemSelector"`
	JsonataMaxConcurrency *string                 `field:"optional" json:"jsonataMaxConcurrency" yaml:"jsonataMaxConcurrency"`
	MaxConcurrency        *float64                `field:"optional" json:"maxConcurrency" yaml:"maxConcurrency"`
}

// MapBaseProps are the props of a Map state.
type MapBaseProps struct {
	Comment               *string                 `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage         QueryLanguage           `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName             *string                 `field:"optional" json:"stateName" yaml:"stateName"`
	Assign                *map[string]interface{} `field:"optional" json:"assign" yaml:"assign"`
	ItemSelector          *map[string]interface{} `field:"optional" json:"itemSelector" yaml:"itemSelector"`
	JsonataItemSelector   *string                 `field:"optional" json:"jsonataItemSelector" yaml:"jsonataItemSelector"`
	JsonataMaxConcurrency *string                 `field:"optional" json:"jsonataMaxConcurrency" yaml:"jsonataMaxConcurrency"`
	MaxConcurrency        *float64                `field:"optional" json:"maxConcurrency" yaml:"maxConcurrency"`
	InputPath             *string                 `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath            *string                 `field:"optional" json:"outputPath" yaml:"outputPath"`
	ItemsPath             *string                 `field:"optional" json:"itemsPath" yaml:"itemsPath"`
	MaxConcurrencyPath    *string                 `field:"optional" json:"maxConcurrencyPath" yaml:"maxConcurrencyPath"`
	ResultPath            *string                 `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector        *map[string]interface{} `field:"optional" json:"resultSelector" yaml:"resultSelector"`
	Outputs               interface{}             `field:"optional" json:"outputs" yaml:"outputs"`
	Items                 ProvideItems            `field:"optional" json:"items" yaml:"items"`
}

// MapJsonPathProps are the props of Map_JsonPath.
type MapJsonPathProps struct {
	Comment               *string                 `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage         QueryLanguage           `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName             *string                 `field:"optional" json:"stateName" yaml:"stateName"`
	Assign                *map[string]interface{} `field:"optional" json:"assign" yaml:"assign"`
	ItemSelector          *map[string]interface{} `field:"optional" json:"itemSelector" yaml:"itemSelector"`
	JsonataItemSelector   *string                 `field:"optional" json:"jsonataItemSelector" yaml:"jsonataItemSelector"`
	JsonataMaxConcurrency *string                 `field:"optional" json:"jsonataMaxConcurrency" yaml:"jsonataMaxConcurrency"`
	MaxConcurrency        *float64                `field:"optional" json:"maxConcurrency" yaml:"maxConcurrency"`
	InputPath             *string                 `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath            *string                 `field:"optional" json:"outputPath" yaml:"outputPath"`
	ItemsPath             *string                 `field:"optional" json:"itemsPath" yaml:"itemsPath"`
	MaxConcurrencyPath    *string                 `field:"optional" json:"maxConcurrencyPath" yaml:"maxConcurrencyPath"`
	ResultPath            *string                 `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector        *map[string]interface{} `field:"optional" json:"resultSelector" yaml:"resultSelector"`
	Parameters            *map[string]interface{} `field:"optional" json:"parameters" yaml:"parameters"`
}

// MapJsonataProps are the props of Map_Jsonata.
type MapJsonataProps struct {
	Comment               *string                 `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage         QueryLanguage           `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName             *string                 `field:"optional" json:"stateName" yaml:"stateName"`
	Assign                *map[string]interface{} `field:"optional" json:"assign" yaml:"assign"`
	ItemSelector          *map[string]interface{} `field:"optional" json:"itemSelector" yaml:"itemSelector"`
	JsonataItemSelector   *string                 `field:"optional" json:"jsonataItemSelector" yaml:"jsonataItemSelector"`
	JsonataMaxConcurrency *string                 `field:"optional" json:"jsonataMaxConcurrency" yaml:"jsonataMaxConcurrency"`
	MaxConcurrency        *float64                `field:"optional" json:"maxConcurrency" yaml:"maxConcurrency"`
	Outputs               interface{}             `field:"optional" json:"outputs" yaml:"outputs"`
	Items                 ProvideItems            `field:"optional" json:"items" yaml:"items"`
	Parameters            *map[string]interface{} `field:"optional" json:"parameters" yaml:"parameters"`
}

// MapProps are the props of NewMap.
type MapProps struct {
	Comment               *string                 `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage         QueryLanguage           `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName             *string                 `field:"optional" json:"stateName" yaml:"stateName"`
	Assign                *map[string]interface{} `field:"optional" json:"assign" yaml:"assign"`
	ItemSelector          *map[string]interface{} `field:"optional" json:"itemSelector" yaml:"itemSelector"`
	JsonataItemSelector   *string                 `field:"optional" json:"jsonataItemSelector" yaml:"jsonataItemSelector"`
	JsonataMaxConcurrency *string                 `field:"optional" json:"jsonataMaxConcurrency" yaml:"jsonataMaxConcurrency"`
	MaxConcurrency        *float64                `field:"optional" json:"maxConcurrency" yaml:"maxConcurrency"`
	InputPath             *string                 `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath            *string                 `field:"optional" json:"outputPath" yaml:"outputPath"`
	ItemsPath             *string                 `field:"optional" json:"itemsPath" yaml:"itemsPath"`
	MaxConcurrencyPath    *string                 `field:"optional" json:"maxConcurrencyPath" yaml:"maxConcurrencyPath"`
	ResultPath            *string                 `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector        *map[string]interface{} `field:"optional" json:"resultSelector" yaml:"resultSelector"`
	Outputs               interface{}             `field:"optional" json:"outputs" yaml:"outputs"`
	Items                 ProvideItems            `field:"optional" json:"items" yaml:"items"`
	Parameters            *map[string]interface{} `field:"optional" json:"parameters" yaml:"parameters"`
}

// ParallelJsonPathProps are the props of Parallel_JsonPath.
type ParallelJsonPathProps struct {
	Comment        *string                 `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage  QueryLanguage           `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName      *string                 `field:"optional" json:"stateName" yaml:"stateName"`
	Assign         *map[string]interface{} `field:"optional" json:"assign" yaml:"assign"`
	InputPath      *string                 `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath     *string                 `field:"optional" json:"outputPath" yaml:"outputPath"`
	Parameters     *map[string]interface{} `field:"optional" json:"parameters" yaml:"parameters"`
	ResultPath     *string                 `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector *map[string]interface{} `field:"optional" json:"resultSelector" yaml:"resultSelector"`
}

// ParallelJsonataProps are the props of Parallel_Jsonata.
type ParallelJsonataProps struct {
	Comment       *string                 `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage QueryLanguage           `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName     *string                 `field:"optional" json:"stateName" yaml:"stateName"`
	Assign        *map[string]interface{} `field:"optional" json:"assign" yaml:"assign"`
	Outputs       interface{}             `field:"optional" json:"outputs" yaml:"outputs"`
	Arguments     *map[string]interface{} `field:"optional" json:"arguments" yaml:"arguments"`
}

// ParallelProps are the props of NewParallel.
type ParallelProps struct {
	Comment        *string                 `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage  QueryLanguage           `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName      *string                 `field:"optional" json:"stateName" yaml:"stateName"`
	Assign         *map[string]interface{} `field:"optional" json:"assign" yaml:"assign"`
	InputPath      *string                 `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath     *string                 `field:"optional" json:"outputPath" yaml:"outputPath"`
	Outputs        interface{}             `field:"optional" json:"outputs" yaml:"outputs"`
	Arguments      *map[string]interface{} `field:"optional" json:"arguments" yaml:"arguments"`
	Parameters     *map[string]interface{} `field:"optional" json:"parameters" yaml:"parameters"`
	ResultPath     *string                 `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector *map[string]interface{} `field:"optional" json:"resultSelector" yaml:"resultSelector"`
}

// PassJsonPathProps are the props of Pass_JsonPath.
type PassJsonPathProps struct {
	Comment       *string                 `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage QueryLanguage           `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName     *string                 `field:"optional" json:"stateName" yaml:"stateName"`
	Assign        *map[string]interface{} `field:"optional" json:"assign" yaml:"assign"`
	InputPath     *string                 `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath    *string                 `field:"optional" json:"outputPath" yaml:"outputPath"`
	Parameters    *map[string]interface{} `field:"optional" json:"parameters" yaml:"parameters"`
	Result        Result                  `field:"optional" json:"result" yaml:"result"`
	ResultPath    *string                 `field:"optional" json:"resultPath" yaml:"resultPath"`
}

// PassJsonataProps are the props of Pass_Jsonata.
type PassJsonataProps struct {
	Comment       *string                 `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage QueryLanguage           `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName     *string                 `field:"optional" json:"stateName" yaml:"stateName"`
	Assign        *map[string]interface{} `field:"optional" json:"assign" yaml:"assign"`
	Outputs       interface{}             `field:"optional" json:"outputs" yaml:"outputs"`
}

// PassProps are the props of NewPass.
type PassProps struct {
	Comment       *string                 `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage QueryLanguage           `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName     *string                 `field:"optional" json:"stateName" yaml:"stateName"`
	Assign        *map[string]interface{} `field:"optional" json:"assign" yaml:"assign"`
	InputPath     *string                 `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath    *string                 `field:"optional" json:"outputPath" yaml:"outputPath"`
	Outputs       interface{}             `field:"optional" json:"outputs" yaml:"outputs"`
	Parameters    *map[string]interface{} `field:"optional" json:"parameters" yaml:"parameters"`
	Result        Result                  `field:"optional" json:"result" yaml:"result"`
	ResultPath    *string                 `field:"optional" json:"resultPath" yaml:"resultPath"`
}

// ProcessorConfig says how a Map state runs its item processor.
type ProcessorConfig struct {
	ExecutionType ProcessorType `field:"optional" json:"executionType" yaml:"executionType"`
	Mode          ProcessorMode `field:"optional" json:"mode" yaml:"mode"`
}

// RetryProps describe a retry policy added with AddRetry.
type RetryProps struct {
	BackoffRate    *float64        `field:"optional" json:"backoffRate" yaml:"backoffRate"`
	Errors         *[]*string      `field:"optional" json:"errors" yaml:"errors"`
	Interval       awscdk.Duration `field:"optional" json:"interval" yaml:"interval"`
	JitterStrategy JitterType      `field:"optional" json:"jitterStrategy" yaml:"jitterStrategy"`
	MaxAttempts    *float64        `field:"optional" json:"maxAttempts" yaml:"maxAttempts"`
	MaxDelay       awscdk.Duration `field:"optional" json:"maxDelay" yaml:"maxDelay"`
}

// SingleStateOptions are the options of StateMachineFragment.ToSingleState.
type SingleStateOptions struct {
	Comment        *string                 `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage  QueryLanguage           `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName      *string                 `field:"optional" json:"stateName" yaml:"stateName"`
	Assign         *map[string]interface{} `field:"optional" json:"assign" yaml:"assign"`
	InputPath      *string                 `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath     *string                 `field:"optional" json:"outputPath" yaml:"outputPath"`
	Outputs        interface{}             `field:"optional" json:"outputs" yaml:"outputs"`
	Arguments      *map[string]interface{} `field:"optional" json:"arguments" yaml:"arguments"`
	Parameters     *map[string]interface{} `field:"optional" json:"parameters" yaml:"parameters"`
	ResultPath     *string                 `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector *map[string]interface{} `field:"optional" json:"resultSelector" yaml:"resultSelector"`
	PrefixStates   *string                 `field:"optional" json:"prefixStates" yaml:"prefixStates"`
	StateId        *string                 `field:"optional" json:"stateId" yaml:"stateId"`
}

// StateBaseProps are the props every state shares.
type StateBaseProps struct {
	Comment       *string       `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage QueryLanguage `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName     *string       `field:"optional" json:"stateName" yaml:"stateName"`
}

// StateMachineGrantsProps are the props of a StateMachineGrants.
type StateMachineGrantsProps struct {
	Resource interfacesawsstepfunctions.IStateMachineRef `field:"required" json:"resource" yaml:"resource"`
}

// StateMachineProps are the props of NewStateMachine.
type StateMachineProps struct {
	Comment                 *string                 `field:"optional" json:"comment" yaml:"comment"`
	Definition              IChainable              `field:"optional" json:"definition" yaml:"definition"`
	DefinitionBody          DefinitionBody          `field:"optional" json:"definitionBody" yaml:"definitionBody"`
	DefinitionSubstitutions *map[string]*string     `field:"optional" json:"definitionSubstitutions" yaml:"definitionSubstitutions"`
	EncryptionConfiguration EncryptionConfiguration `field:"optional" json:"encryptionConfiguration" yaml:"encryptionConfiguration"`
	Logs                    *LogOptions             `field:"optional" json:"logs" yaml:"logs"`
	QueryLanguage           QueryLanguage           `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	RemovalPolicy           awscdk.RemovalPolicy    `field:"optional" json:"removalPolicy" yaml:"removalPolicy"`
	Role                    awsiam.IRole            `field:"optional" json:"role" yaml:"role"`
	StateMachineName        *string                 `field:"optional" json:"stateMachineName" yaml:"stateMachineName"`
	StateMachineType        StateMachineType        `field:"optional" json:"stateMachineType" yaml:"stateMachineType"`
	Timeout                 awscdk.Duration         `field:"optional" json:"timeout" yaml:"timeout"`
	TracingEnabled          *bool                   `field:"optional" json:"tracingEnabled" yaml:"tracingEnabled"`
}

// StateProps are the props of the State base.
type StateProps struct {
	Comment        *string                 `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage  QueryLanguage           `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName      *string                 `field:"optional" json:"stateName" yaml:"stateName"`
	InputPath      *string                 `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath     *string                 `field:"optional" json:"outputPath" yaml:"outputPath"`
	Outputs        interface{}             `field:"optional" json:"outputs" yaml:"outputs"`
	Arguments      interface{}             `field:"optional" json:"arguments" yaml:"arguments"`
	Assign         *map[string]interface{} `field:"optional" json:"assign" yaml:"assign"`
	Parameters     *map[string]interface{} `field:"optional" json:"parameters" yaml:"parameters"`
	ResultPath     *string                 `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector *map[string]interface{} `field:"optional" json:"resultSelector" yaml:"resultSelector"`
}

// SucceedJsonPathProps are the props of Succeed_JsonPath.
type SucceedJsonPathProps struct {
	Comment       *string       `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage QueryLanguage `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName     *string       `field:"optional" json:"stateName" yaml:"stateName"`
	InputPath     *string       `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath    *string       `field:"optional" json:"outputPath" yaml:"outputPath"`
}

// SucceedJsonataProps are the props of Succeed_Jsonata.
type SucceedJsonataProps struct {
	Comment       *string       `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage QueryLanguage `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName     *string       `field:"optional" json:"stateName" yaml:"stateName"`
	Outputs       interface{}   `field:"optional" json:"outputs" yaml:"outputs"`
}

// SucceedProps are the props of NewSucceed.
type SucceedProps struct {
	Comment       *string       `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage QueryLanguage `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName     *string       `field:"optional" json:"stateName" yaml:"stateName"`
	InputPath     *string       `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath    *string       `field:"optional" json:"outputPath" yaml:"outputPath"`
	Outputs       interface{}   `field:"optional" json:"outputs" yaml:"outputs"`
}

// WaitJsonPathProps are the props of Wait_JsonPath.
type WaitJsonPathProps struct {
	Comment       *string                 `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage QueryLanguage           `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName     *string                 `field:"optional" json:"stateName" yaml:"stateName"`
	Assign        *map[string]interface{} `field:"optional" json:"assign" yaml:"assign"`
	InputPath     *string                 `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath    *string                 `field:"optional" json:"outputPath" yaml:"outputPath"`
	Time          WaitTime                `field:"required" json:"time" yaml:"time"`
}

// WaitJsonataProps are the props of Wait_Jsonata.
type WaitJsonataProps struct {
	Comment       *string                 `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage QueryLanguage           `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName     *string                 `field:"optional" json:"stateName" yaml:"stateName"`
	Assign        *map[string]interface{} `field:"optional" json:"assign" yaml:"assign"`
	Outputs       interface{}             `field:"optional" json:"outputs" yaml:"outputs"`
	Time          WaitTime                `field:"required" json:"time" yaml:"time"`
}

// WaitProps are the props of NewWait.
type WaitProps struct {
	Comment       *string                 `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage QueryLanguage           `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName     *string                 `field:"optional" json:"stateName" yaml:"stateName"`
	Assign        *map[string]interface{} `field:"optional" json:"assign" yaml:"assign"`
	Time          WaitTime                `field:"required" json:"time" yaml:"time"`
}

// TaskMetricsConfig names the CloudWatch metrics a task state emits.
type TaskMetricsConfig struct {
	MetricDimensions     *map[string]interface{} `field:"optional" json:"metricDimensions" yaml:"metricDimensions"`
	MetricPrefixPlural   *string                 `field:"optional" json:"metricPrefixPlural" yaml:"metricPrefixPlural"`
	MetricPrefixSingular *string                 `field:"optional" json:"metricPrefixSingular" yaml:"metricPrefixSingular"`
}

// TaskStateBaseOptions are the options every task state takes.
type TaskStateBaseOptions struct {
	Credentials        *Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat          awscdk.Duration    `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout   Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout        Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout            awscdk.Duration    `field:"optional" json:"timeout" yaml:"timeout"`
}

// TaskStateBaseProps are the props of NewTaskStateBase_Override.
type TaskStateBaseProps struct {
	Comment            *string                 `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage      QueryLanguage           `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName          *string                 `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials        *Credentials            `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat          awscdk.Duration         `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout   Timeout                 `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern IntegrationPattern      `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout        Timeout                 `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout            awscdk.Duration         `field:"optional" json:"timeout" yaml:"timeout"`
	Assign             *map[string]interface{} `field:"optional" json:"assign" yaml:"assign"`
	InputPath          *string                 `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath         *string                 `field:"optional" json:"outputPath" yaml:"outputPath"`
	Outputs            interface{}             `field:"optional" json:"outputs" yaml:"outputs"`
	ResultPath         *string                 `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector     *map[string]interface{} `field:"optional" json:"resultSelector" yaml:"resultSelector"`
}

// TaskStateJsonPathBaseProps are the props of a task state written in JSONPath.
type TaskStateJsonPathBaseProps struct {
	Comment            *string                 `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage      QueryLanguage           `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName          *string                 `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials        *Credentials            `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat          awscdk.Duration         `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout   Timeout                 `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern IntegrationPattern      `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout        Timeout                 `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout            awscdk.Duration         `field:"optional" json:"timeout" yaml:"timeout"`
	Assign             *map[string]interface{} `field:"optional" json:"assign" yaml:"assign"`
	InputPath          *string                 `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath         *string                 `field:"optional" json:"outputPath" yaml:"outputPath"`
	ResultPath         *string                 `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector     *map[string]interface{} `field:"optional" json:"resultSelector" yaml:"resultSelector"`
}

// TaskStateJsonataBaseProps are the props of a task state written in JSONata.
type TaskStateJsonataBaseProps struct {
	Comment            *string                 `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage      QueryLanguage           `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName          *string                 `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials        *Credentials            `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat          awscdk.Duration         `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout   Timeout                 `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern IntegrationPattern      `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout        Timeout                 `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout            awscdk.Duration         `field:"optional" json:"timeout" yaml:"timeout"`
	Assign             *map[string]interface{} `field:"optional" json:"assign" yaml:"assign"`
	Outputs            interface{}             `field:"optional" json:"outputs" yaml:"outputs"`
}

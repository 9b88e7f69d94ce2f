package awsstepfunctions

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awss3assets"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// The New*_Override constructors: how a Go program "subclasses" a type of
// this package, by embedding its interface in a struct; see l2.Override.

// NewActivity_Override initializes outer, a type embedding Activity, as NewActivity does.
func NewActivity_Override(outer Activity, scope constructs.Construct, id *string, props *ActivityProps) {
	l2.Override(outer, NewActivity(scope, id, props))
}

// NewAwsOwnedEncryptionConfiguration_Override initializes outer, a type embedding AwsOwnedEncryptionConfiguration, as NewAwsOwnedEncryptionConfiguration does.
func NewAwsOwnedEncryptionConfiguration_Override(outer AwsOwnedEncryptionConfiguration) {
	l2.Override(outer, NewAwsOwnedEncryptionConfiguration())
}

// NewChainDefinitionBody_Override initializes outer, a type embedding ChainDefinitionBody, as NewChainDefinitionBody does.
func NewChainDefinitionBody_Override(outer ChainDefinitionBody, chainable IChainable) {
	l2.Override(outer, NewChainDefinitionBody(chainable))
}

// NewChoice_Override initializes outer, a type embedding Choice, as NewChoice does.
func NewChoice_Override(outer Choice, scope constructs.Construct, id *string, props *ChoiceProps) {
	l2.Override(outer, NewChoice(scope, id, props))
}

// NewCustomState_Override initializes outer, a type embedding CustomState, as NewCustomState does.
func NewCustomState_Override(outer CustomState, scope constructs.Construct, id *string, props *CustomStateProps) {
	l2.Override(outer, NewCustomState(scope, id, props))
}

// NewCustomerManagedEncryptionConfiguration_Override initializes outer, a type embedding CustomerManagedEncryptionConfiguration, as NewCustomerManagedEncryptionConfiguration does.
func NewCustomerManagedEncryptionConfiguration_Override(outer CustomerManagedEncryptionConfiguration, kmsKey awskms.IKey, kmsDataKeyReusePeriodSeconds awscdk.Duration) {
	l2.Override(outer, NewCustomerManagedEncryptionConfiguration(kmsKey, kmsDataKeyReusePeriodSeconds))
}

// NewDistributedMap_Override initializes outer, a type embedding DistributedMap, as NewDistributedMap does.
func NewDistributedMap_Override(outer DistributedMap, scope constructs.Construct, id *string, props *DistributedMapProps) {
	l2.Override(outer, NewDistributedMap(scope, id, props))
}

// NewErrors_Override initializes outer, a type embedding Errors, as NewErrors does.
func NewErrors_Override(outer Errors) { l2.Override(outer, NewErrors()) }

// NewFail_Override initializes outer, a type embedding Fail, as NewFail does.
func NewFail_Override(outer Fail, scope constructs.Construct, id *string, props *FailProps) {
	l2.Override(outer, NewFail(scope, id, props))
}

// NewFileDefinitionBody_Override initializes outer, a type embedding FileDefinitionBody, as NewFileDefinitionBody does.
func NewFileDefinitionBody_Override(outer FileDefinitionBody, path *string, options *awss3assets.AssetOptions) {
	l2.Override(outer, NewFileDefinitionBody(path, options))
}

// NewItemBatcher_Override initializes outer, a type embedding ItemBatcher, as NewItemBatcher does.
func NewItemBatcher_Override(outer ItemBatcher, props *ItemBatcherProps) {
	l2.Override(outer, NewItemBatcher(props))
}

// NewMap_Override initializes outer, a type embedding Map, as NewMap does.
func NewMap_Override(outer Map, scope constructs.Construct, id *string, props *MapProps) {
	l2.Override(outer, NewMap(scope, id, props))
}

// NewParallel_Override initializes outer, a type embedding Parallel, as NewParallel does.
func NewParallel_Override(outer Parallel, scope constructs.Construct, id *string, props *ParallelProps) {
	l2.Override(outer, NewParallel(scope, id, props))
}

// NewPass_Override initializes outer, a type embedding Pass, as NewPass does.
func NewPass_Override(outer Pass, scope constructs.Construct, id *string, props *PassProps) {
	l2.Override(outer, NewPass(scope, id, props))
}

// NewResult_Override initializes outer, a type embedding Result, as NewResult does.
func NewResult_Override(outer Result, value interface{}) { l2.Override(outer, NewResult(value)) }

// NewResultWriter_Override initializes outer, a type embedding ResultWriter, as NewResultWriter does.
func NewResultWriter_Override(outer ResultWriter, props *ResultWriterProps) {
	l2.Override(outer, NewResultWriter(props))
}

// NewResultWriterV2_Override initializes outer, a type embedding ResultWriterV2, as NewResultWriterV2 does.
func NewResultWriterV2_Override(outer ResultWriterV2, props *ResultWriterV2Props) {
	l2.Override(outer, NewResultWriterV2(props))
}

// NewS3CsvItemReader_Override initializes outer, a type embedding S3CsvItemReader, as NewS3CsvItemReader does.
func NewS3CsvItemReader_Override(outer S3CsvItemReader, props *S3CsvItemReaderProps) {
	l2.Override(outer, NewS3CsvItemReader(props))
}

// NewS3JsonItemReader_Override initializes outer, a type embedding S3JsonItemReader, as NewS3JsonItemReader does.
func NewS3JsonItemReader_Override(outer S3JsonItemReader, props *S3FileItemReaderProps) {
	l2.Override(outer, NewS3JsonItemReader(props))
}

// NewS3JsonLItemReader_Override initializes outer, a type embedding S3JsonLItemReader, as NewS3JsonLItemReader does.
func NewS3JsonLItemReader_Override(outer S3JsonLItemReader, props *S3FileItemReaderProps) {
	l2.Override(outer, NewS3JsonLItemReader(props))
}

// NewS3ManifestItemReader_Override initializes outer, a type embedding S3ManifestItemReader, as NewS3ManifestItemReader does.
func NewS3ManifestItemReader_Override(outer S3ManifestItemReader, props *S3FileItemReaderProps) {
	l2.Override(outer, NewS3ManifestItemReader(props))
}

// NewS3ObjectsItemReader_Override initializes outer, a type embedding S3ObjectsItemReader, as NewS3ObjectsItemReader does.
func NewS3ObjectsItemReader_Override(outer S3ObjectsItemReader, props *S3ObjectsItemReaderProps) {
	l2.Override(outer, NewS3ObjectsItemReader(props))
}

// NewStateGraph_Override initializes outer, a type embedding StateGraph, as NewStateGraph does.
func NewStateGraph_Override(outer StateGraph, startState State, graphDescription *string) {
	l2.Override(outer, NewStateGraph(startState, graphDescription))
}

// NewStateMachine_Override initializes outer, a type embedding StateMachine, as NewStateMachine does.
func NewStateMachine_Override(outer StateMachine, scope constructs.Construct, id *string, props *StateMachineProps) {
	l2.Override(outer, NewStateMachine(scope, id, props))
}

// NewStateTransitionMetric_Override initializes outer, a type embedding StateTransitionMetric, as NewStateTransitionMetric does.
func NewStateTransitionMetric_Override(outer StateTransitionMetric) {
	l2.Override(outer, NewStateTransitionMetric())
}

// NewStringDefinitionBody_Override initializes outer, a type embedding StringDefinitionBody, as NewStringDefinitionBody does.
func NewStringDefinitionBody_Override(outer StringDefinitionBody, body *string) {
	l2.Override(outer, NewStringDefinitionBody(body))
}

// NewSucceed_Override initializes outer, a type embedding Succeed, as NewSucceed does.
func NewSucceed_Override(outer Succeed, scope constructs.Construct, id *string, props *SucceedProps) {
	l2.Override(outer, NewSucceed(scope, id, props))
}

// NewWait_Override initializes outer, a type embedding Wait, as NewWait does.
func NewWait_Override(outer Wait, scope constructs.Construct, id *string, props *WaitProps) {
	l2.Override(outer, NewWait(scope, id, props))
}

// NewWriterConfig_Override initializes outer, a type embedding WriterConfig, as NewWriterConfig does.
func NewWriterConfig_Override(outer WriterConfig, props *WriterConfigProps) {
	l2.Override(outer, NewWriterConfig(props))
}

// NewEncryptionConfiguration_Override initializes outer as an encryption
// configuration of the given type.
func NewEncryptionConfiguration_Override(outer EncryptionConfiguration, type_ *string) {
	l2.Override[EncryptionConfiguration](outer, &encryptionType{type_})
}

// abstractCondition is the base of a Condition a Go type defines: the type
// renders it.
type abstractCondition struct{}

func (abstractCondition) RenderCondition() interface{} {
	throwUnscoped("a Condition type embedding Condition must implement RenderCondition")
	return nil
}

// NewCondition_Override initializes outer, a type embedding Condition that
// implements RenderCondition.
func NewCondition_Override(outer Condition) { l2.Override[Condition](outer, abstractCondition{}) }

// abstractDefinitionBody is the base of a DefinitionBody a Go type defines.
type abstractDefinitionBody struct{}

func (abstractDefinitionBody) Bind(constructs.Construct, awsiam.IPrincipal, *StateMachineProps, StateGraph) *DefinitionConfig {
	throwUnscoped("a DefinitionBody type embedding DefinitionBody must implement Bind")
	return nil
}

// NewDefinitionBody_Override initializes outer, a type embedding
// DefinitionBody that implements Bind.
func NewDefinitionBody_Override(outer DefinitionBody) {
	l2.Override[DefinitionBody](outer, abstractDefinitionBody{})
}

// abstractState is the base of a state a Go type defines: the type renders
// it (ToStateJson) and says where it ends (EndStates).
type abstractState struct{ *state }

// NewState_Override initializes outer, a type embedding State that
// implements ToStateJson (and EndStates and Next when other states follow
// it), as a state at scope/id.
func NewState_Override(outer State, scope constructs.Construct, id *string, props *StateProps) {
	a := &abstractState{state: &state{}}
	initState(a.state, outer, scope, id, props)
	a.endStates = []INextable{}
	a.callBack = true
	l2.Override[State](outer, a)
}

// NewProvideItems_Override initializes outer, a type embedding
// ProvideItems that implements Items.
func NewProvideItems_Override(outer ProvideItems) { l2.Override[ProvideItems](outer, &provideItems{}) }

// NewTimeout_Override initializes outer, a type embedding Timeout that
// implements its accessors (each nil in the base).
func NewTimeout_Override(outer Timeout) { l2.Override[Timeout](outer, &timeout{}) }

// NewTaskRole_Override initializes outer, a type embedding TaskRole that
// implements Resource and RoleArn (each nil in the base).
func NewTaskRole_Override(outer TaskRole) { l2.Override[TaskRole](outer, &taskRole{}) }

// abstractMapBase is the base of a Map state a Go type defines.
type abstractMapBase struct{ mapBase }

func (m *abstractMapBase) renderASL(top QueryLanguage) *ojson.Object { return m.renderMapBase(top) }
func (m *abstractMapBase) ValidateState() *[]*string {
	return jsii.Strings(m.validateMapBase()...)
}

// NewMapBase_Override initializes outer, a type embedding MapBase, as a
// Map state at scope/id (rendered as MapBase renders it).
func NewMapBase_Override(outer MapBase, scope constructs.Construct, id *string, props *MapBaseProps) {
	if props == nil {
		props = &MapBaseProps{}
	}
	m := &abstractMapBase{mapBase{state: &state{}}}
	initState(m.state, outer, scope, id, &StateProps{Comment: props.Comment, QueryLanguage: props.QueryLanguage, StateName: props.StateName,
		Assign: props.Assign, InputPath: props.InputPath, OutputPath: props.OutputPath, Outputs: props.Outputs,
		ResultPath: props.ResultPath, ResultSelector: props.ResultSelector})
	m.endStates = []INextable{outer}
	m.maxConcurrency, m.maxConcurrencyPath, m.jsonataMaxConcurrency = props.MaxConcurrency, props.MaxConcurrencyPath, props.JsonataMaxConcurrency
	m.items, m.itemsPath, m.itemSelector, m.jsonataItemSelector = props.Items, props.ItemsPath, props.ItemSelector, props.JsonataItemSelector
	m.renderer = m
	l2.Override[MapBase](outer, m)
}

package awsbedrock

//go:generate node gen_foundation_models.js

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
)

// IModel is a Bedrock model a task or a policy refers to by ARN.
type IModel interface {
	// ModelArn is the model's ARN.
	ModelArn() *string
}

// FoundationModelIdentifier names a Bedrock foundation model by its model
// id; FoundationModelIdentifier_* are the ones aws-cdk-lib knows.
type FoundationModelIdentifier interface {
	ModelId() *string
}

type foundationModelID struct{ id *string }

func (f *foundationModelID) ModelId() *string { return f.id }

// NewFoundationModelIdentifier names the foundation model modelId
// (anthropic.claude-v2, for instance).
func NewFoundationModelIdentifier(modelId *string) FoundationModelIdentifier {
	return &foundationModelID{modelId}
}

// NewFoundationModelIdentifier_Override initializes f, a Go type embedding
// FoundationModelIdentifier, as the identifier modelId.
func NewFoundationModelIdentifier_Override(f FoundationModelIdentifier, modelId *string) {
	l2.Override[FoundationModelIdentifier](f, NewFoundationModelIdentifier(modelId))
}

// FoundationModel is a Bedrock foundation model: its id and ARN.
type FoundationModel interface {
	IModel
	ModelId() *string
}

type foundationModel struct{ id, arn *string }

func (f *foundationModel) ModelArn() *string { return f.arn }
func (f *foundationModel) ModelId() *string  { return f.id }

// FoundationModel_FromFoundationModelId refers to a foundation model of
// the region of scope's stack (its ARN has no account). id names nothing:
// no construct is added.
func FoundationModel_FromFoundationModelId(scope constructs.Construct, id *string, foundationModelId FoundationModelIdentifier) FoundationModel {
	if foundationModelId == nil || foundationModelId.ModelId() == nil {
		diag.Panic(pathOf(scope, id), "FoundationModel.fromFoundationModelId: foundationModelId is required")
	}
	arn := awscdk.Stack_Of(scope).FormatArn(&awscdk.ArnComponents{
		Service: str("bedrock"), Account: str(""), Resource: str("foundation-model"),
		ResourceName: foundationModelId.ModelId(), ArnFormat: awscdk.ArnFormat_SLASH_RESOURCE_NAME,
	})
	return &foundationModel{id: foundationModelId.ModelId(), arn: arn}
}

// ProvisionedModel is a Bedrock model with provisioned throughput.
type ProvisionedModel interface {
	IModel
}

type provisionedModel struct{ arn *string }

func (p *provisionedModel) ModelArn() *string { return p.arn }

// ProvisionedModel_FromProvisionedModelArn refers to a provisioned model
// by ARN; id names nothing: no construct is added.
func ProvisionedModel_FromProvisionedModelArn(scope constructs.Construct, id *string, provisionedModelArn *string) IModel {
	return &provisionedModel{arn: provisionedModelArn}
}

func pathOf(scope constructs.Construct, id *string) string {
	p := ""
	if scope != nil {
		p = *scope.Node().Path()
	}
	if id != nil {
		if p != "" {
			p += "/"
		}
		p += *id
	}
	return p
}

func str(s string) *string { return &s }

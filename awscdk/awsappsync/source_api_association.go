package awsappsync

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsappsync"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// ISourceApiAssociation associates a source API with a merged API.
type ISourceApiAssociation interface {
	awscdk.IResource
	interfacesawsappsync.ISourceApiAssociationRef
	AssociationArn() *string
	AssociationId() *string
	MergedApi() IGraphqlApi
	SourceApi() IGraphqlApi
}

// SourceApiAssociationProps are the props of NewSourceApiAssociation.
type SourceApiAssociationProps struct {
	// The merged API.
	MergedApi IGraphqlApi `field:"required" json:"mergedApi" yaml:"mergedApi"`
	// The role the merged API runs with; it gets the permissions the association needs.
	MergedApiExecutionRole awsiam.IRole `field:"required" json:"mergedApiExecutionRole" yaml:"mergedApiExecutionRole"`
	// The source API.
	SourceApi   IGraphqlApi `field:"required" json:"sourceApi" yaml:"sourceApi"`
	Description *string     `field:"optional" json:"description" yaml:"description"`
	// Default: AUTO_MERGE.
	MergeType MergeType `field:"optional" json:"mergeType" yaml:"mergeType"`
}

// SourceApiAssociationAttributes describe an existing association to import.
type SourceApiAssociationAttributes struct {
	AssociationArn *string     `field:"required" json:"associationArn" yaml:"associationArn"`
	MergedApi      IGraphqlApi `field:"required" json:"mergedApi" yaml:"mergedApi"`
	SourceApi      IGraphqlApi `field:"required" json:"sourceApi" yaml:"sourceApi"`
}

// SourceApiAssociation associates a source API with a merged API
// (AWS::AppSync::SourceApiAssociation).
type SourceApiAssociation interface {
	awscdk.Resource
	ISourceApiAssociation
	Association() CfnSourceApiAssociation
	MergeType() MergeType
}

type sourceApiAssociation struct {
	awscdk.Resource
	assoc              CfnSourceApiAssociation
	merged, source     IGraphqlApi
	mergeType          MergeType
	role               awsiam.IRole
	arn, associationID *string
}

// SourceApiAssociation_PROPERTY_INJECTION_ID is the id property injectors use.
func SourceApiAssociation_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-appsync.SourceApiAssociation")
}

// NewSourceApiAssociation associates props.SourceApi with props.MergedApi
// and gives the merged API's role what the association needs.
func NewSourceApiAssociation(scope constructs.Construct, id *string, props *SourceApiAssociationProps) SourceApiAssociation {
	props = l2.Inject(*SourceApiAssociation_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.MergedApi == nil || props.SourceApi == nil || props.MergedApiExecutionRole == nil {
		l2.RequireProps(scope, id, "SourceApiAssociation", "mergedApi", "mergedApiExecutionRole", "sourceApi")
	}
	a := &sourceApiAssociation{Resource: awscdk.NewResource(scope, id, nil), merged: props.MergedApi, source: props.SourceApi,
		mergeType: props.MergeType, role: props.MergedApiExecutionRole}
	host.Set(a.Resource, a)
	if a.mergeType == "" {
		a.mergeType = MergeType_AUTO_MERGE
	}
	a.assoc = NewCfnSourceApiAssociation(a, jsii.String("Resource"), &CfnSourceApiAssociationProps{
		SourceApiIdentifier:        a.source.Arn(),
		MergedApiIdentifier:        a.merged.Arn(),
		SourceApiAssociationConfig: &CfnSourceApiAssociation_SourceApiAssociationConfigProperty{MergeType: jsii.String(string(a.mergeType))},
		Description:                props.Description,
	})
	a.source.AddSchemaDependency(a.assoc)
	a.associationID, a.arn = a.assoc.AttrAssociationId(), a.assoc.AttrAssociationArn()
	addSourceGraphQLPermission(a.assoc, a.role)
	if a.mergeType == MergeType_AUTO_MERGE {
		addSourceApiAutoMergePermission(a.assoc, a.role)
	}
	return a
}

func (a *sourceApiAssociation) Association() CfnSourceApiAssociation { return a.assoc }
func (a *sourceApiAssociation) AssociationArn() *string              { return a.arn }
func (a *sourceApiAssociation) AssociationId() *string               { return a.associationID }
func (a *sourceApiAssociation) MergedApi() IGraphqlApi               { return a.merged }
func (a *sourceApiAssociation) SourceApi() IGraphqlApi               { return a.source }
func (a *sourceApiAssociation) MergeType() MergeType                 { return a.mergeType }
func (a *sourceApiAssociation) MergedApiExecutionRole() awsiam.IRole { return a.role }
func (a *sourceApiAssociation) SourceApiAssociationRef() *interfacesawsappsync.SourceApiAssociationReference {
	return &interfacesawsappsync.SourceApiAssociationReference{AssociationArn: a.arn}
}

type importedSourceApiAssociation struct {
	awscdk.Resource
	arn, associationID *string
	merged, source     IGraphqlApi
}

// SourceApiAssociation_FromSourceApiAssociationAttributes imports an existing association.
func SourceApiAssociation_FromSourceApiAssociationAttributes(scope constructs.Construct, id *string, attrs *SourceApiAssociationAttributes) ISourceApiAssociation {
	if attrs == nil || attrs.AssociationArn == nil {
		l2.RequireProps(scope, id, "SourceApiAssociation.fromSourceApiAssociationAttributes", "associationArn", "mergedApi", "sourceApi")
	}
	a := &importedSourceApiAssociation{Resource: awscdk.NewResource(scope, id, nil), arn: attrs.AssociationArn, merged: attrs.MergedApi, source: attrs.SourceApi}
	host.Set(a.Resource, a)
	a.associationID = awscdk.Fn_Select(jsii.Number(3), awscdk.Fn_Split(jsii.String("/"), attrs.AssociationArn, nil))
	return a
}

func (a *importedSourceApiAssociation) AssociationArn() *string { return a.arn }
func (a *importedSourceApiAssociation) AssociationId() *string  { return a.associationID }
func (a *importedSourceApiAssociation) MergedApi() IGraphqlApi  { return a.merged }
func (a *importedSourceApiAssociation) SourceApi() IGraphqlApi  { return a.source }
func (a *importedSourceApiAssociation) SourceApiAssociationRef() *interfacesawsappsync.SourceApiAssociationReference {
	return &interfacesawsappsync.SourceApiAssociationReference{AssociationArn: a.arn}
}

// NewSourceApiAssociation_Override initialises outer, a type embedding SourceApiAssociation.
func NewSourceApiAssociation_Override(outer SourceApiAssociation, scope constructs.Construct, id *string, props *SourceApiAssociationProps) {
	l2.Override(outer, NewSourceApiAssociation(scope, id, props))
}

// SourceApiAssociation_IsConstruct reports whether x is a construct.
func SourceApiAssociation_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// SourceApiAssociation_IsOwnedResource reports whether construct is a Resource this app created.
func SourceApiAssociation_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// SourceApiAssociation_IsResource reports whether construct is a Resource.
func SourceApiAssociation_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

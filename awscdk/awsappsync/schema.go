package awsappsync

import (
	"os"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsappsync"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/jsii"
)

// ISchema is a GraphQL schema an API binds.
type ISchema interface {
	// Bind returns the schema's definition for api.
	Bind(api interfacesawsappsync.IGraphQLApiRef, options *SchemaBindOptions) ISchemaConfig
}

// SchemaBindOptions are the options of ISchema.Bind (none yet).
type SchemaBindOptions struct {
}

// ISchemaConfig is a bound schema: the API's id and the definition.
type ISchemaConfig interface {
	ApiId() *string
	SetApiId(a *string)
	Definition() *string
	SetDefinition(d *string)
}

type schemaConfig struct{ apiID, definition *string }

func (c *schemaConfig) ApiId() *string          { return c.apiID }
func (c *schemaConfig) SetApiId(a *string)      { c.apiID = a }
func (c *schemaConfig) Definition() *string     { return c.definition }
func (c *schemaConfig) SetDefinition(d *string) { c.definition = d }

// SchemaProps are the props of NewSchemaFile.
type SchemaProps struct {
	// The file holding the schema.
	FilePath *string `field:"required" json:"filePath" yaml:"filePath"`
}

// SchemaFile is a schema read from a file when it is created.
type SchemaFile interface {
	ISchema
	Definition() *string
	SetDefinition(val *string)
}

type schemaFile struct{ definition *string }

// NewSchemaFile reads the schema in options.FilePath.
func NewSchemaFile(options *SchemaProps) SchemaFile {
	if options == nil || options.FilePath == nil {
		diag.Panic("", "SchemaFile needs props (filePath is required); got nil")
	}
	b, err := os.ReadFile(*options.FilePath)
	if err != nil {
		diag.Panic("", "SchemaFile: %s", err.Error())
	}
	return &schemaFile{jsii.String(string(b))}
}

// SchemaFile_FromAsset reads the schema in filePath.
func SchemaFile_FromAsset(filePath *string) SchemaFile {
	return NewSchemaFile(&SchemaProps{FilePath: filePath})
}

func (f *schemaFile) Definition() *string       { return f.definition }
func (f *schemaFile) SetDefinition(val *string) { f.definition = val }

func (f *schemaFile) Bind(api interfacesawsappsync.IGraphQLApiRef, options *SchemaBindOptions) ISchemaConfig {
	return &schemaConfig{apiID: apiIDOf(api), definition: f.definition}
}

// apiIDOf is the id of an API: its ApiId when it is an IGraphqlApi, else
// the id taken from its ARN (arn:...:apis/<id>).
func apiIDOf(api interfacesawsappsync.IGraphQLApiRef) *string {
	if a, ok := api.(IGraphqlApi); ok {
		return a.ApiId()
	}
	return awscdk.Fn_Select(jsii.Number(1), awscdk.Fn_Split(jsii.String("/"), api.GraphQlApiRef().GraphQlApiArn, nil))
}

// SourceApi is a source API of a merged API.
type SourceApi struct {
	// The source API.
	SourceApi IGraphqlApi `field:"required" json:"sourceApi" yaml:"sourceApi"`
	// The association's description.
	Description *string `field:"optional" json:"description" yaml:"description"`
	// Default: AUTO_MERGE.
	MergeType MergeType `field:"optional" json:"mergeType" yaml:"mergeType"`
}

// SourceApiOptions are the source APIs of a merged API.
type SourceApiOptions struct {
	// The source APIs.
	SourceApis *[]*SourceApi `field:"required" json:"sourceApis" yaml:"sourceApis"`
	// The role the merged API runs with. Default: a new role.
	MergedApiExecutionRole awsiam.Role `field:"optional" json:"mergedApiExecutionRole" yaml:"mergedApiExecutionRole"`
}

// Definition is what a GraphQL API serves: a schema, or the merge of source APIs.
type Definition interface {
	Schema() ISchema
	SourceApiOptions() *SourceApiOptions
}

type definition struct {
	schema     ISchema
	sourceApis *SourceApiOptions
}

func (d *definition) Schema() ISchema                     { return d.schema }
func (d *definition) SourceApiOptions() *SourceApiOptions { return d.sourceApis }

// Definition_FromSchema serves schema.
func Definition_FromSchema(schema ISchema) Definition { return &definition{schema: schema} }

// Definition_FromFile serves the schema in filePath.
func Definition_FromFile(filePath *string) Definition {
	return Definition_FromSchema(SchemaFile_FromAsset(filePath))
}

// Definition_FromSourceApis makes a merged API of the source APIs.
func Definition_FromSourceApis(sourceApiOptions *SourceApiOptions) Definition {
	return &definition{sourceApis: sourceApiOptions}
}

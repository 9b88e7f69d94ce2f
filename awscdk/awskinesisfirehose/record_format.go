package awskinesisfirehose

import (
	"strconv"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsglue"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

// IInputFormat is how a record format conversion reads JSON records.
type IInputFormat interface {
	CreateInputFormatConfig() *CfnDeliveryStream_InputFormatConfigurationProperty
}

// IOutputFormat is how a record format conversion writes records.
type IOutputFormat interface {
	CreateOutputFormatConfig() *CfnDeliveryStream_OutputFormatConfigurationProperty
}

// OpenXJsonInputFormatProps configure the OpenX JSON SerDe.
type OpenXJsonInputFormatProps struct {
	ColumnToJsonKeyMappings            *map[string]*string `field:"optional" json:"columnToJsonKeyMappings" yaml:"columnToJsonKeyMappings"`
	ConvertDotsInJsonKeysToUnderscores *bool               `field:"optional" json:"convertDotsInJsonKeysToUnderscores" yaml:"convertDotsInJsonKeysToUnderscores"`
	LowercaseColumnNames               *bool               `field:"optional" json:"lowercaseColumnNames" yaml:"lowercaseColumnNames"`
}

// OpenXJsonInputFormat reads JSON with the OpenX SerDe.
type OpenXJsonInputFormat interface {
	IInputFormat
	Props() *OpenXJsonInputFormatProps
	CreateInputFormatConfig() *CfnDeliveryStream_InputFormatConfigurationProperty
}

type openXJson struct{ props *OpenXJsonInputFormatProps }

// NewOpenXJsonInputFormat reads JSON with the OpenX SerDe.
func NewOpenXJsonInputFormat(props *OpenXJsonInputFormatProps) OpenXJsonInputFormat {
	return &openXJson{props: props}
}

func (o *openXJson) Props() *OpenXJsonInputFormatProps { return o.props }

func (o *openXJson) CreateInputFormatConfig() *CfnDeliveryStream_InputFormatConfigurationProperty {
	serde := &CfnDeliveryStream_OpenXJsonSerDeProperty{}
	if p := o.props; p != nil {
		if p.LowercaseColumnNames != nil {
			serde.CaseInsensitive = p.LowercaseColumnNames
		}
		if p.ColumnToJsonKeyMappings != nil {
			serde.ColumnToJsonKeyMappings = p.ColumnToJsonKeyMappings
		}
		if p.ConvertDotsInJsonKeysToUnderscores != nil {
			serde.ConvertDotsInJsonKeysToUnderscores = p.ConvertDotsInJsonKeysToUnderscores
		}
	}
	return &CfnDeliveryStream_InputFormatConfigurationProperty{Deserializer: &CfnDeliveryStream_DeserializerProperty{OpenXJsonSerDe: serde}}
}

// TimestampParser is a timestamp format the Hive JSON SerDe parses.
type TimestampParser interface {
	Format() *string
}

type timestampParser struct{ format string }

func (t *timestampParser) Format() *string { return jsii.String(t.format) }

// TimestampParser_EPOCH_MILLIS parses milliseconds since the epoch.
func TimestampParser_EPOCH_MILLIS() TimestampParser { return &timestampParser{format: "millis"} }

// TimestampParser_FromFormatString parses a Joda-Time pattern.
func TimestampParser_FromFormatString(format *string) TimestampParser {
	f := deref(format)
	if f == "millis" {
		unscoped("Cannot use reserved format string %s - Use 'TimestampParser.EPOCH_MILLIS' instead", f)
	}
	if strings.TrimSpace(f) == "" {
		unscoped("Format string cannot be blank or empty")
	}
	return &timestampParser{format: f}
}

// HiveJsonInputFormatProps configure the Hive JSON SerDe.
type HiveJsonInputFormatProps struct {
	TimestampParsers *[]TimestampParser `field:"optional" json:"timestampParsers" yaml:"timestampParsers"`
}

// HiveJsonInputFormat reads JSON with the Hive SerDe.
type HiveJsonInputFormat interface {
	IInputFormat
	Props() *HiveJsonInputFormatProps
	CreateInputFormatConfig() *CfnDeliveryStream_InputFormatConfigurationProperty
}

type hiveJson struct{ props *HiveJsonInputFormatProps }

// NewHiveJsonInputFormat reads JSON with the Hive SerDe.
func NewHiveJsonInputFormat(props *HiveJsonInputFormatProps) HiveJsonInputFormat {
	return &hiveJson{props: props}
}

func (h *hiveJson) Props() *HiveJsonInputFormatProps { return h.props }

func (h *hiveJson) CreateInputFormatConfig() *CfnDeliveryStream_InputFormatConfigurationProperty {
	serde := &CfnDeliveryStream_HiveJsonSerDeProperty{}
	if h.props != nil && h.props.TimestampParsers != nil {
		formats := []*string{}
		for _, p := range *h.props.TimestampParsers {
			formats = append(formats, p.Format())
		}
		serde.TimestampFormats = &formats
	}
	return &CfnDeliveryStream_InputFormatConfigurationProperty{Deserializer: &CfnDeliveryStream_DeserializerProperty{HiveJsonSerDe: serde}}
}

// InputFormat holds the default input formats.
type InputFormat interface{}

// InputFormat_OPENX_JSON is the OpenX JSON SerDe with its defaults.
func InputFormat_OPENX_JSON() OpenXJsonInputFormat { return NewOpenXJsonInputFormat(nil) }

// InputFormat_HIVE_JSON is the Hive JSON SerDe with its defaults.
func InputFormat_HIVE_JSON() HiveJsonInputFormat { return NewHiveJsonInputFormat(nil) }

// ParquetCompression is the compression of Parquet output.
type ParquetCompression interface{ Value() *string }

// OrcCompression is the compression of ORC output.
type OrcCompression interface{ Value() *string }

type formatCompression struct{ value string }

func (c *formatCompression) Value() *string { return jsii.String(c.value) }

// ParquetCompression_Of is a Parquet compression by name.
func ParquetCompression_Of(value *string) ParquetCompression { return &formatCompression{deref(value)} }

// ParquetCompression_GZIP is gzip.
func ParquetCompression_GZIP() ParquetCompression { return &formatCompression{"GZIP"} }

// ParquetCompression_SNAPPY is Snappy (the default).
func ParquetCompression_SNAPPY() ParquetCompression { return &formatCompression{"SNAPPY"} }

// ParquetCompression_UNCOMPRESSED is no compression.
func ParquetCompression_UNCOMPRESSED() ParquetCompression { return &formatCompression{"UNCOMPRESSED"} }

// OrcCompression_Of is an ORC compression by name.
func OrcCompression_Of(value *string) OrcCompression { return &formatCompression{deref(value)} }

// OrcCompression_ZLIB is zlib.
func OrcCompression_ZLIB() OrcCompression { return &formatCompression{"ZLIB"} }

// OrcCompression_SNAPPY is Snappy.
func OrcCompression_SNAPPY() OrcCompression { return &formatCompression{"SNAPPY"} }

// OrcCompression_NONE is no compression.
func OrcCompression_NONE() OrcCompression { return &formatCompression{"NONE"} }

// ParquetWriterVersion is the Parquet format version written.
type ParquetWriterVersion string

const (
	ParquetWriterVersion_V1 ParquetWriterVersion = "V1"
	ParquetWriterVersion_V2 ParquetWriterVersion = "V2"
)

// OrcFormatVersion is the ORC format version written.
type OrcFormatVersion string

const (
	OrcFormatVersion_V0_11 OrcFormatVersion = "V0_11"
	OrcFormatVersion_V0_12 OrcFormatVersion = "V0_12"
)

// ParquetOutputFormatProps configure the Parquet SerDe.
type ParquetOutputFormatProps struct {
	// At least 64 MiB.
	BlockSize                   awscdk.Size        `field:"optional" json:"blockSize" yaml:"blockSize"`
	Compression                 ParquetCompression `field:"optional" json:"compression" yaml:"compression"`
	EnableDictionaryCompression *bool              `field:"optional" json:"enableDictionaryCompression" yaml:"enableDictionaryCompression"`
	MaxPadding                  awscdk.Size        `field:"optional" json:"maxPadding" yaml:"maxPadding"`
	// At least 64 KiB.
	PageSize      awscdk.Size          `field:"optional" json:"pageSize" yaml:"pageSize"`
	WriterVersion ParquetWriterVersion `field:"optional" json:"writerVersion" yaml:"writerVersion"`
}

// ParquetOutputFormat writes Parquet.
type ParquetOutputFormat interface {
	IOutputFormat
	Props() *ParquetOutputFormatProps
	CreateOutputFormatConfig() *CfnDeliveryStream_OutputFormatConfigurationProperty
}

type parquet struct{ props *ParquetOutputFormatProps }

// NewParquetOutputFormat writes Parquet.
func NewParquetOutputFormat(props *ParquetOutputFormatProps) ParquetOutputFormat {
	if props != nil {
		if props.BlockSize != nil && *props.BlockSize.ToMebibytes(nil) < 64 {
			unscoped("Block size %s is invalid, it must be at least 64 MiB", num(props.BlockSize.ToMebibytes(nil)))
		}
		if props.PageSize != nil && *props.PageSize.ToKibibytes(nil) < 64 {
			unscoped("Page size %s is invalid, it must be at least 64 KiB", num(props.PageSize.ToKibibytes(nil)))
		}
	}
	return &parquet{props: props}
}

func (p *parquet) Props() *ParquetOutputFormatProps { return p.props }

func (p *parquet) CreateOutputFormatConfig() *CfnDeliveryStream_OutputFormatConfigurationProperty {
	serde := &CfnDeliveryStream_ParquetSerDeProperty{}
	if o := p.props; o != nil {
		serde.BlockSizeBytes = bytesOf(o.BlockSize)
		if o.Compression != nil {
			serde.Compression = o.Compression.Value()
		}
		if o.EnableDictionaryCompression != nil {
			serde.EnableDictionaryCompression = o.EnableDictionaryCompression
		}
		serde.MaxPaddingBytes = bytesOf(o.MaxPadding)
		serde.PageSizeBytes = bytesOf(o.PageSize)
		if o.WriterVersion != "" {
			serde.WriterVersion = jsii.String(string(o.WriterVersion))
		}
	}
	return &CfnDeliveryStream_OutputFormatConfigurationProperty{Serializer: &CfnDeliveryStream_SerializerProperty{ParquetSerDe: serde}}
}

func bytesOf(s awscdk.Size) *float64 {
	if s == nil {
		return nil
	}
	return s.ToBytes(nil)
}

// OrcOutputFormatProps configure the ORC SerDe.
type OrcOutputFormatProps struct {
	// At least 64 MiB.
	BlockSize          awscdk.Size `field:"optional" json:"blockSize" yaml:"blockSize"`
	BloomFilterColumns *[]*string  `field:"optional" json:"bloomFilterColumns" yaml:"bloomFilterColumns"`
	// 0 to 1.
	BloomFilterFalsePositiveProbability *float64       `field:"optional" json:"bloomFilterFalsePositiveProbability" yaml:"bloomFilterFalsePositiveProbability"`
	Compression                         OrcCompression `field:"optional" json:"compression" yaml:"compression"`
	// 0 to 1.
	DictionaryKeyThreshold *float64         `field:"optional" json:"dictionaryKeyThreshold" yaml:"dictionaryKeyThreshold"`
	EnablePadding          *bool            `field:"optional" json:"enablePadding" yaml:"enablePadding"`
	FormatVersion          OrcFormatVersion `field:"optional" json:"formatVersion" yaml:"formatVersion"`
	// 0 to 1.
	PaddingTolerance *float64 `field:"optional" json:"paddingTolerance" yaml:"paddingTolerance"`
	// At least 1000.
	RowIndexStride *float64 `field:"optional" json:"rowIndexStride" yaml:"rowIndexStride"`
	// At least 8 MiB.
	StripeSize awscdk.Size `field:"optional" json:"stripeSize" yaml:"stripeSize"`
}

// OrcOutputFormat writes ORC.
type OrcOutputFormat interface {
	IOutputFormat
	Props() *OrcOutputFormatProps
	CreateOutputFormatConfig() *CfnDeliveryStream_OutputFormatConfigurationProperty
}

type orc struct{ props *OrcOutputFormatProps }

func jsNum(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// NewOrcOutputFormat writes ORC.
func NewOrcOutputFormat(props *OrcOutputFormatProps) OrcOutputFormat {
	if p := props; p != nil {
		if p.BlockSize != nil && *p.BlockSize.ToMebibytes(nil) < 64 {
			unscoped("Block size %s is invalid, it must be at least 64 MiB", num(p.BlockSize.ToMebibytes(nil)))
		}
		if p.StripeSize != nil && *p.StripeSize.ToMebibytes(nil) < 8 {
			unscoped("Stripe size %s is invalid, it must be at least 8 MiB", num(p.StripeSize.ToMebibytes(nil)))
		}
		for _, c := range []struct {
			v    *float64
			name string
		}{{p.BloomFilterFalsePositiveProbability, "Bloom filter false positive probability"}, {p.DictionaryKeyThreshold, "Dictionary key threshold"}, {p.PaddingTolerance, "Padding tolerance"}} {
			if c.v != nil && (*c.v < 0 || *c.v > 1) {
				unscoped("%s %s is invalid, it must be between 0 and 1, inclusive", c.name, jsNum(*c.v))
			}
		}
		if p.RowIndexStride != nil && *p.RowIndexStride < 1000 {
			unscoped("Row index stride %s is invalid, it must be at least 1000", jsNum(*p.RowIndexStride))
		}
	}
	return &orc{props: props}
}

func (o *orc) Props() *OrcOutputFormatProps { return o.props }

func (o *orc) CreateOutputFormatConfig() *CfnDeliveryStream_OutputFormatConfigurationProperty {
	serde := &CfnDeliveryStream_OrcSerDeProperty{}
	if p := o.props; p != nil {
		serde.BlockSizeBytes = bytesOf(p.BlockSize)
		serde.BloomFilterColumns = p.BloomFilterColumns
		serde.BloomFilterFalsePositiveProbability = p.BloomFilterFalsePositiveProbability
		if p.Compression != nil {
			serde.Compression = p.Compression.Value()
		}
		serde.DictionaryKeyThreshold = p.DictionaryKeyThreshold
		if p.EnablePadding != nil {
			serde.EnablePadding = p.EnablePadding
		}
		if p.FormatVersion != "" {
			serde.FormatVersion = jsii.String(string(p.FormatVersion))
		}
		serde.PaddingTolerance = p.PaddingTolerance
		serde.RowIndexStride = p.RowIndexStride
		serde.StripeSizeBytes = bytesOf(p.StripeSize)
	}
	return &CfnDeliveryStream_OutputFormatConfigurationProperty{Serializer: &CfnDeliveryStream_SerializerProperty{OrcSerDe: serde}}
}

// OutputFormat holds the default output formats.
type OutputFormat interface{}

// OutputFormat_PARQUET is Parquet with its defaults.
func OutputFormat_PARQUET() ParquetOutputFormat { return NewParquetOutputFormat(nil) }

// OutputFormat_ORC is ORC with its defaults.
func OutputFormat_ORC() OrcOutputFormat { return NewOrcOutputFormat(nil) }

// SchemaConfigurationBindOptions are the options of SchemaConfiguration.Bind.
type SchemaConfigurationBindOptions struct {
	// The role Firehose assumes to read the table.
	Role awsiam.IRole `field:"required" json:"role" yaml:"role"`
}

// SchemaConfigurationFromCfnTableProps are the options of SchemaConfiguration_FromCfnTable.
type SchemaConfigurationFromCfnTableProps struct {
	// The database's region. Default: the table's stack's region.
	Region *string `field:"optional" json:"region" yaml:"region"`
	// Default: LATEST.
	VersionId *string `field:"optional" json:"versionId" yaml:"versionId"`
}

// SchemaConfiguration is the Glue table holding the records' schema.
type SchemaConfiguration interface {
	// Bind lets options.Role read the table and returns its configuration.
	Bind(scope constructs.Construct, options *SchemaConfigurationBindOptions) *CfnDeliveryStream_SchemaConfigurationProperty
}

type schemaConfiguration struct {
	databaseName, tableName, catalogID, region, versionID *string
}

// SchemaConfiguration_FromCfnTable takes the schema from a Glue table.
func SchemaConfiguration_FromCfnTable(table awsglue.CfnTable, props *SchemaConfigurationFromCfnTableProps) SchemaConfiguration {
	if table == nil {
		unscoped("SchemaConfiguration_FromCfnTable needs a table; got nil")
	}
	s := &schemaConfiguration{
		databaseName: table.DatabaseName(), tableName: table.Ref(), catalogID: table.CatalogId(),
		region: awscdk.Stack_Of(table).Region(), versionID: jsii.String("LATEST"),
	}
	if props != nil {
		if props.Region != nil {
			s.region = props.Region
		}
		if props.VersionId != nil {
			s.versionID = props.VersionId
		}
	}
	return s
}

func (s *schemaConfiguration) Bind(scope constructs.Construct, options *SchemaConfigurationBindOptions) *CfnDeliveryStream_SchemaConfigurationProperty {
	if options == nil || options.Role == nil {
		throw(scope, "SchemaConfiguration.Bind needs a role")
	}
	stack := awscdk.Stack_Of(scope)
	arn := func(resource string, name *string) *string {
		return stack.FormatArn(&awscdk.ArnComponents{Service: jsii.String("glue"), Resource: jsii.String(resource),
			ResourceName: name, Region: s.region, Account: s.catalogID})
	}
	tablePath := jsii.String(deref(s.databaseName) + "/" + deref(s.tableName))
	awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{
		Actions: jsii.Strings("glue:GetTable", "glue:GetTableVersion", "glue:GetTableVersions"), Grantee: options.Role,
		ResourceArns: &[]*string{arn("catalog", nil), arn("database", s.databaseName), arn("table", tablePath)},
	})
	awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{
		Actions: jsii.Strings("glue:GetSchemaVersion"), Grantee: options.Role, ResourceArns: jsii.Strings("*"),
	})
	return &CfnDeliveryStream_SchemaConfigurationProperty{
		RoleArn: options.Role.RoleArn(), Region: s.region, TableName: s.tableName, DatabaseName: s.databaseName,
		VersionId: s.versionID, CatalogId: s.catalogID,
	}
}

package awslogs

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawslogs"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
)

// Enumerations of the transformer processors. The Go constants carry
// aws-cdk-go's names; the maps give the values CloudFormation takes.
type (
	DateTimeFormat        string
	DelimiterCharacter    string
	QuoteCharacter        string
	KeyValuePairDelimiter string
	KeyValueDelimiter     string
	OCSFSourceType        string
	OCSFVersion           string
	TypeConverterType     string
	ParserProcessorType   string
	VendedLogType         string
	StringMutatorType     string
	JsonMutatorType       string
	DataConverterType     string
)

const (
	DateTimeFormat_ISO_8601       DateTimeFormat = "ISO_8601"
	DateTimeFormat_UNIX_TIMESTAMP DateTimeFormat = "UNIX_TIMESTAMP"
	DateTimeFormat_CUSTOM         DateTimeFormat = "CUSTOM"

	DelimiterCharacter_COMMA     DelimiterCharacter = "COMMA"
	DelimiterCharacter_TAB       DelimiterCharacter = "TAB"
	DelimiterCharacter_SPACE     DelimiterCharacter = "SPACE"
	DelimiterCharacter_SEMICOLON DelimiterCharacter = "SEMICOLON"
	DelimiterCharacter_PIPE      DelimiterCharacter = "PIPE"

	QuoteCharacter_DOUBLE_QUOTE QuoteCharacter = "DOUBLE_QUOTE"
	QuoteCharacter_SINGLE_QUOTE QuoteCharacter = "SINGLE_QUOTE"

	KeyValuePairDelimiter_AMPERSAND KeyValuePairDelimiter = "AMPERSAND"
	KeyValuePairDelimiter_SEMICOLON KeyValuePairDelimiter = "SEMICOLON"
	KeyValuePairDelimiter_SPACE     KeyValuePairDelimiter = "SPACE"
	KeyValuePairDelimiter_NEWLINE   KeyValuePairDelimiter = "NEWLINE"

	KeyValueDelimiter_EQUAL KeyValueDelimiter = "EQUAL"
	KeyValueDelimiter_COLON KeyValueDelimiter = "COLON"

	OCSFSourceType_CLOUD_TRAIL      OCSFSourceType = "CLOUD_TRAIL"
	OCSFSourceType_ROUTE53_RESOLVER OCSFSourceType = "ROUTE53_RESOLVER"
	OCSFSourceType_VPC_FLOW         OCSFSourceType = "VPC_FLOW"
	OCSFSourceType_EKS_AUDIT        OCSFSourceType = "EKS_AUDIT"
	OCSFSourceType_AWS_WAF          OCSFSourceType = "AWS_WAF"

	OCSFVersion_V1_1 OCSFVersion = "V1_1"

	TypeConverterType_BOOLEAN TypeConverterType = "BOOLEAN"
	TypeConverterType_INTEGER TypeConverterType = "INTEGER"
	TypeConverterType_DOUBLE  TypeConverterType = "DOUBLE"
	TypeConverterType_STRING  TypeConverterType = "STRING"

	ParserProcessorType_JSON      ParserProcessorType = "JSON"
	ParserProcessorType_KEY_VALUE ParserProcessorType = "KEY_VALUE"
	ParserProcessorType_CSV       ParserProcessorType = "CSV"
	ParserProcessorType_GROK      ParserProcessorType = "GROK"
	ParserProcessorType_OCSF      ParserProcessorType = "OCSF"

	VendedLogType_CLOUDFRONT VendedLogType = "CLOUDFRONT"
	VendedLogType_VPC        VendedLogType = "VPC"
	VendedLogType_WAF        VendedLogType = "WAF"
	VendedLogType_ROUTE53    VendedLogType = "ROUTE53"
	VendedLogType_POSTGRES   VendedLogType = "POSTGRES"

	StringMutatorType_LOWER_CASE StringMutatorType = "LOWER_CASE"
	StringMutatorType_UPPER_CASE StringMutatorType = "UPPER_CASE"
	StringMutatorType_TRIM       StringMutatorType = "TRIM"
	StringMutatorType_SPLIT      StringMutatorType = "SPLIT"
	StringMutatorType_SUBSTITUTE StringMutatorType = "SUBSTITUTE"

	JsonMutatorType_ADD_KEYS    JsonMutatorType = "ADD_KEYS"
	JsonMutatorType_DELETE_KEYS JsonMutatorType = "DELETE_KEYS"
	JsonMutatorType_MOVE_KEYS   JsonMutatorType = "MOVE_KEYS"
	JsonMutatorType_RENAME_KEYS JsonMutatorType = "RENAME_KEYS"
	JsonMutatorType_COPY_VALUE  JsonMutatorType = "COPY_VALUE"
	JsonMutatorType_LIST_TO_MAP JsonMutatorType = "LIST_TO_MAP"

	DataConverterType_TYPE_CONVERTER     DataConverterType = "TYPE_CONVERTER"
	DataConverterType_DATETIME_CONVERTER DataConverterType = "DATETIME_CONVERTER"
)

var (
	delimiterValues     = map[DelimiterCharacter]string{"COMMA": ",", "TAB": "\t", "SPACE": " ", "SEMICOLON": ";", "PIPE": "|"}
	quoteValues         = map[QuoteCharacter]string{"DOUBLE_QUOTE": `"`, "SINGLE_QUOTE": "'"}
	pairDelimiterValues = map[KeyValuePairDelimiter]string{"AMPERSAND": "&", "SEMICOLON": ";", "SPACE": " ", "NEWLINE": "\n"}
	kvDelimiterValues   = map[KeyValueDelimiter]string{"EQUAL": "=", "COLON": ":"}
	ocsfSourceValues    = map[OCSFSourceType]string{"CLOUD_TRAIL": "CloudTrail", "ROUTE53_RESOLVER": "Route53Resolver", "VPC_FLOW": "VPCFlow", "EKS_AUDIT": "EKSAudit", "AWS_WAF": "AWSWAF"}
	ocsfVersionValues   = map[OCSFVersion]string{"V1_1": "V1.1"}
	typeConverterValues = map[TypeConverterType]string{"BOOLEAN": "boolean", "INTEGER": "integer", "DOUBLE": "double", "STRING": "string"}
)

// enumStr maps an enum constant to its CloudFormation value (unknown
// values pass through as written).
func enumStr[K ~string](m map[K]string, k K) *string {
	if k == "" {
		return nil
	}
	if v, ok := m[k]; ok {
		return str(v)
	}
	return str(string(k))
}

// IProcessor is one step of a log transformer.
type IProcessor interface{}

// BaseProcessorProps are what every processor's props share (nothing yet).
type BaseProcessorProps struct{}

// processor is how a Transformer renders and classifies its processors.
type processor interface {
	render() *CfnTransformer_ProcessorProperty
}

// The option structs of the processors, as aws-cdk-go declares them.
type (
	ParseJSONProperty struct {
		Destination *string `field:"optional" json:"destination" yaml:"destination"`
		Source      *string `field:"optional" json:"source" yaml:"source"`
	}
	ParseKeyValueProperty struct {
		Destination       *string               `field:"optional" json:"destination" yaml:"destination"`
		FieldDelimiter    KeyValuePairDelimiter `field:"optional" json:"fieldDelimiter" yaml:"fieldDelimiter"`
		KeyPrefix         *string               `field:"optional" json:"keyPrefix" yaml:"keyPrefix"`
		KeyValueDelimiter KeyValueDelimiter     `field:"optional" json:"keyValueDelimiter" yaml:"keyValueDelimiter"`
		NonMatchValue     *string               `field:"optional" json:"nonMatchValue" yaml:"nonMatchValue"`
		OverwriteIfExists *bool                 `field:"optional" json:"overwriteIfExists" yaml:"overwriteIfExists"`
		Source            *string               `field:"optional" json:"source" yaml:"source"`
	}
	CsvProperty struct {
		Columns        *[]*string         `field:"optional" json:"columns" yaml:"columns"`
		Delimiter      DelimiterCharacter `field:"optional" json:"delimiter" yaml:"delimiter"`
		QuoteCharacter QuoteCharacter     `field:"optional" json:"quoteCharacter" yaml:"quoteCharacter"`
		Source         *string            `field:"optional" json:"source" yaml:"source"`
	}
	GrokProperty struct {
		Match  *string `field:"required" json:"match" yaml:"match"`
		Source *string `field:"optional" json:"source" yaml:"source"`
	}
	ParseToOCSFProperty struct {
		EventSource OCSFSourceType `field:"required" json:"eventSource" yaml:"eventSource"`
		OcsfVersion OCSFVersion    `field:"required" json:"ocsfVersion" yaml:"ocsfVersion"`
		Source      *string        `field:"optional" json:"source" yaml:"source"`
	}
	AddKeysProperty struct {
		Entries *[]*AddKeyEntryProperty `field:"required" json:"entries" yaml:"entries"`
	}
	AddKeyEntryProperty struct {
		Key               *string `field:"required" json:"key" yaml:"key"`
		Value             *string `field:"required" json:"value" yaml:"value"`
		OverwriteIfExists *bool   `field:"optional" json:"overwriteIfExists" yaml:"overwriteIfExists"`
	}
	ProcessorDeleteKeysProperty struct {
		WithKeys *[]*string `field:"required" json:"withKeys" yaml:"withKeys"`
	}
	MoveKeysProperty struct {
		Entries *[]*MoveKeyEntryProperty `field:"required" json:"entries" yaml:"entries"`
	}
	MoveKeyEntryProperty struct {
		Source            *string `field:"required" json:"source" yaml:"source"`
		Target            *string `field:"required" json:"target" yaml:"target"`
		OverwriteIfExists *bool   `field:"optional" json:"overwriteIfExists" yaml:"overwriteIfExists"`
	}
	RenameKeysProperty struct {
		Entries *[]*RenameKeyEntryProperty `field:"required" json:"entries" yaml:"entries"`
	}
	RenameKeyEntryProperty struct {
		Key               *string `field:"required" json:"key" yaml:"key"`
		RenameTo          *string `field:"required" json:"renameTo" yaml:"renameTo"`
		OverwriteIfExists *bool   `field:"optional" json:"overwriteIfExists" yaml:"overwriteIfExists"`
	}
	CopyValueProperty struct {
		Entries *[]*CopyValueEntryProperty `field:"required" json:"entries" yaml:"entries"`
	}
	CopyValueEntryProperty struct {
		Source            *string `field:"required" json:"source" yaml:"source"`
		Target            *string `field:"required" json:"target" yaml:"target"`
		OverwriteIfExists *bool   `field:"optional" json:"overwriteIfExists" yaml:"overwriteIfExists"`
	}
	ListToMapProperty struct {
		Key              *string `field:"required" json:"key" yaml:"key"`
		Source           *string `field:"required" json:"source" yaml:"source"`
		Flatten          *bool   `field:"optional" json:"flatten" yaml:"flatten"`
		FlattenedElement *string `field:"optional" json:"flattenedElement" yaml:"flattenedElement"`
		Target           *string `field:"optional" json:"target" yaml:"target"`
		ValueKey         *string `field:"optional" json:"valueKey" yaml:"valueKey"`
	}
	SplitStringProperty struct {
		Entries *[]*SplitStringEntryProperty `field:"required" json:"entries" yaml:"entries"`
	}
	SplitStringEntryProperty struct {
		Delimiter DelimiterCharacter `field:"required" json:"delimiter" yaml:"delimiter"`
		Source    *string            `field:"required" json:"source" yaml:"source"`
	}
	SubstituteStringProperty struct {
		Entries *[]*SubstituteStringEntryProperty `field:"required" json:"entries" yaml:"entries"`
	}
	SubstituteStringEntryProperty struct {
		From   *string `field:"required" json:"from" yaml:"from"`
		Source *string `field:"required" json:"source" yaml:"source"`
		To     *string `field:"required" json:"to" yaml:"to"`
	}
	TypeConverterProperty struct {
		Entries *[]*TypeConverterEntryProperty `field:"required" json:"entries" yaml:"entries"`
	}
	TypeConverterEntryProperty struct {
		Key  *string           `field:"required" json:"key" yaml:"key"`
		Type TypeConverterType `field:"required" json:"type" yaml:"type"`
	}
	DateTimeConverterProperty struct {
		Locale         *string    `field:"required" json:"locale" yaml:"locale"`
		MatchPatterns  *[]*string `field:"required" json:"matchPatterns" yaml:"matchPatterns"`
		Source         *string    `field:"required" json:"source" yaml:"source"`
		Target         *string    `field:"required" json:"target" yaml:"target"`
		SourceTimezone *string    `field:"optional" json:"sourceTimezone" yaml:"sourceTimezone"`
		TargetFormat   *string    `field:"optional" json:"targetFormat" yaml:"targetFormat"`
		TargetTimezone *string    `field:"optional" json:"targetTimezone" yaml:"targetTimezone"`
	}
)

func or(v *string, def string) *string {
	if v == nil {
		return str(def)
	}
	return v
}

func boolOr(v *bool, def bool) *bool {
	if v == nil {
		return &def
	}
	return v
}

func list(p *[]*string) *[]*string { return p }

// ParserProcessorProps are the props of NewParserProcessor.
type ParserProcessorProps struct {
	Type               ParserProcessorType    `field:"required" json:"type" yaml:"type"`
	CsvOptions         *CsvProperty           `field:"optional" json:"csvOptions" yaml:"csvOptions"`
	GrokOptions        *GrokProperty          `field:"optional" json:"grokOptions" yaml:"grokOptions"`
	JsonOptions        *ParseJSONProperty     `field:"optional" json:"jsonOptions" yaml:"jsonOptions"`
	KeyValueOptions    *ParseKeyValueProperty `field:"optional" json:"keyValueOptions" yaml:"keyValueOptions"`
	ParseToOCSFOptions *ParseToOCSFProperty   `field:"optional" json:"parseToOCSFOptions" yaml:"parseToOCSFOptions"`
}

// ParserProcessor parses events (JSON, key-value, CSV, Grok or OCSF).
type ParserProcessor interface {
	IProcessor
	Type() ParserProcessorType
	SetType(val ParserProcessorType)
}

type parserProcessor struct {
	typ   ParserProcessorType
	props ParserProcessorProps
}

// NewParserProcessor makes a parser; fields left out take aws-cdk-lib's
// defaults (source "@message", "&" and "=" for key-value pairs, "," and a
// double quote for CSV).
func NewParserProcessor(props *ParserProcessorProps) ParserProcessor {
	if props == nil {
		l2.RequireProps(nil, nil, "ParserProcessor", "Type")
	}
	switch props.Type {
	case ParserProcessorType_JSON, ParserProcessorType_KEY_VALUE, ParserProcessorType_CSV:
	case ParserProcessorType_GROK:
		if props.GrokOptions == nil || deref(props.GrokOptions.Match) == "" {
			diag.Panic("", "Match pattern is required for Grok parser")
		}
	case ParserProcessorType_OCSF:
		if props.ParseToOCSFOptions == nil {
			diag.Panic("", "parseToOCSFOptions must be provided for type OCSF")
		}
	default:
		diag.Panic("", "Unsupported parser processor type: %s", props.Type)
	}
	return &parserProcessor{typ: props.Type, props: *props}
}

// NewParserProcessor_Override initialises a type embedding ParserProcessor.
func NewParserProcessor_Override(p ParserProcessor, props *ParserProcessorProps) {
	l2.Override(p, NewParserProcessor(props))
}

func (p *parserProcessor) Type() ParserProcessorType       { return p.typ }
func (p *parserProcessor) SetType(val ParserProcessorType) { p.typ = val }

func (p *parserProcessor) render() *CfnTransformer_ProcessorProperty {
	switch p.typ {
	case ParserProcessorType_JSON:
		o := p.props.JsonOptions
		if o == nil {
			o = &ParseJSONProperty{}
		}
		return &CfnTransformer_ProcessorProperty{ParseJson: &CfnTransformer_ParseJSONProperty{Source: or(o.Source, "@message"), Destination: o.Destination}}
	case ParserProcessorType_KEY_VALUE:
		o := p.props.KeyValueOptions
		if o == nil {
			o = &ParseKeyValueProperty{}
		}
		fd, kd := o.FieldDelimiter, o.KeyValueDelimiter
		if fd == "" {
			fd = KeyValuePairDelimiter_AMPERSAND
		}
		if kd == "" {
			kd = KeyValueDelimiter_EQUAL
		}
		return &CfnTransformer_ProcessorProperty{ParseKeyValue: &CfnTransformer_ParseKeyValueProperty{
			Source: or(o.Source, "@message"), FieldDelimiter: enumStr(pairDelimiterValues, fd), KeyValueDelimiter: enumStr(kvDelimiterValues, kd),
			OverwriteIfExists: boolOr(o.OverwriteIfExists, false), Destination: o.Destination, KeyPrefix: o.KeyPrefix, NonMatchValue: o.NonMatchValue,
		}}
	case ParserProcessorType_CSV:
		o := p.props.CsvOptions
		if o == nil {
			o = &CsvProperty{}
		}
		q, d := o.QuoteCharacter, o.Delimiter
		if q == "" {
			q = QuoteCharacter_DOUBLE_QUOTE
		}
		if d == "" {
			d = DelimiterCharacter_COMMA
		}
		return &CfnTransformer_ProcessorProperty{Csv: &CfnTransformer_CsvProperty{
			Source: or(o.Source, "@message"), QuoteCharacter: enumStr(quoteValues, q), Delimiter: enumStr(delimiterValues, d), Columns: list(o.Columns),
		}}
	case ParserProcessorType_GROK:
		o := p.props.GrokOptions
		return &CfnTransformer_ProcessorProperty{Grok: &CfnTransformer_GrokProperty{Source: or(o.Source, "@message"), Match: o.Match}}
	case ParserProcessorType_OCSF:
		o := p.props.ParseToOCSFOptions
		return &CfnTransformer_ProcessorProperty{ParseToOcsf: &CfnTransformer_ParseToOCSFProperty{Source: or(o.Source, "@message"),
			EventSource: enumStr(ocsfSourceValues, o.EventSource), OcsfVersion: enumStr(ocsfVersionValues, o.OcsfVersion)}}
	}
	diag.Panic("", "Unsupported parser processor type: %s", p.typ)
	return nil
}

// VendedLogParserProps are the props of NewVendedLogParser.
type VendedLogParserProps struct {
	LogType VendedLogType `field:"required" json:"logType" yaml:"logType"`
	Source  *string       `field:"optional" json:"source" yaml:"source"`
}

// VendedLogParser parses the logs an AWS service writes (CloudFront, VPC
// flow logs, WAF, Route 53, PostgreSQL).
type VendedLogParser interface {
	IProcessor
	LogType() VendedLogType
	SetLogType(val VendedLogType)
}

type vendedLogParser struct{ logType VendedLogType }

// NewVendedLogParser makes a vended log parser. As in aws-cdk-lib, Source
// is not written.
func NewVendedLogParser(props *VendedLogParserProps) VendedLogParser {
	if props == nil {
		l2.RequireProps(nil, nil, "VendedLogParser", "LogType")
	}
	return &vendedLogParser{logType: props.LogType}
}

// NewVendedLogParser_Override initialises a type embedding VendedLogParser.
func NewVendedLogParser_Override(v VendedLogParser, props *VendedLogParserProps) {
	l2.Override(v, NewVendedLogParser(props))
}

func (v *vendedLogParser) LogType() VendedLogType       { return v.logType }
func (v *vendedLogParser) SetLogType(val VendedLogType) { v.logType = val }

func (v *vendedLogParser) render() *CfnTransformer_ProcessorProperty {
	switch v.logType {
	case VendedLogType_CLOUDFRONT:
		return &CfnTransformer_ProcessorProperty{ParseCloudfront: &CfnTransformer_ParseCloudfrontProperty{}}
	case VendedLogType_VPC:
		return &CfnTransformer_ProcessorProperty{ParseVpc: &CfnTransformer_ParseVPCProperty{}}
	case VendedLogType_WAF:
		return &CfnTransformer_ProcessorProperty{ParseWaf: &CfnTransformer_ParseWAFProperty{}}
	case VendedLogType_ROUTE53:
		return &CfnTransformer_ProcessorProperty{ParseRoute53: &CfnTransformer_ParseRoute53Property{}}
	case VendedLogType_POSTGRES:
		return &CfnTransformer_ProcessorProperty{ParsePostgres: &CfnTransformer_ParsePostgresProperty{}}
	}
	diag.Panic("", "Unsupported vended log type: %s", v.logType)
	return nil
}

// StringMutatorProps are the props of NewStringMutatorProcessor.
type StringMutatorProps struct {
	Type              StringMutatorType         `field:"required" json:"type" yaml:"type"`
	LowerCaseKeys     *[]*string                `field:"optional" json:"lowerCaseKeys" yaml:"lowerCaseKeys"`
	SplitOptions      *SplitStringProperty      `field:"optional" json:"splitOptions" yaml:"splitOptions"`
	SubstituteOptions *SubstituteStringProperty `field:"optional" json:"substituteOptions" yaml:"substituteOptions"`
	TrimKeys          *[]*string                `field:"optional" json:"trimKeys" yaml:"trimKeys"`
	UpperCaseKeys     *[]*string                `field:"optional" json:"upperCaseKeys" yaml:"upperCaseKeys"`
}

// StringMutatorProcessor changes string values (case, trim, split, substitute).
type StringMutatorProcessor interface {
	IProcessor
	Type() StringMutatorType
	SetType(val StringMutatorType)
}

type stringMutator struct {
	typ   StringMutatorType
	props StringMutatorProps
}

func emptyList(p *[]*string) bool { return p == nil || len(*p) == 0 }

// NewStringMutatorProcessor makes a string mutator; the options of its type are required.
func NewStringMutatorProcessor(props *StringMutatorProps) StringMutatorProcessor {
	if props == nil {
		l2.RequireProps(nil, nil, "StringMutatorProcessor", "Type")
	}
	switch props.Type {
	case StringMutatorType_LOWER_CASE:
		if emptyList(props.LowerCaseKeys) {
			diag.Panic("", "lowerCaseKeys must be provided for LOWER_CASE string mutator")
		}
	case StringMutatorType_UPPER_CASE:
		if emptyList(props.UpperCaseKeys) {
			diag.Panic("", "upperCaseKeys must be provided for UPPER_CASE string mutator")
		}
	case StringMutatorType_TRIM:
		if emptyList(props.TrimKeys) {
			diag.Panic("", "trimKeys must be provided for TRIM string mutator")
		}
	case StringMutatorType_SPLIT:
		if props.SplitOptions == nil || props.SplitOptions.Entries == nil || len(*props.SplitOptions.Entries) == 0 {
			diag.Panic("", "splitOptions must be provided for SPLIT string mutator")
		}
	case StringMutatorType_SUBSTITUTE:
		if props.SubstituteOptions == nil || props.SubstituteOptions.Entries == nil || len(*props.SubstituteOptions.Entries) == 0 {
			diag.Panic("", "substituteOptions must be provided for SUBSTITUTE string mutator")
		}
	default:
		diag.Panic("", "Unsupported string mutator type: %s", props.Type)
	}
	return &stringMutator{typ: props.Type, props: *props}
}

// NewStringMutatorProcessor_Override initialises a type embedding StringMutatorProcessor.
func NewStringMutatorProcessor_Override(s StringMutatorProcessor, props *StringMutatorProps) {
	l2.Override(s, NewStringMutatorProcessor(props))
}

func (s *stringMutator) Type() StringMutatorType       { return s.typ }
func (s *stringMutator) SetType(val StringMutatorType) { s.typ = val }

func (s *stringMutator) render() *CfnTransformer_ProcessorProperty {
	p := s.props
	switch s.typ {
	case StringMutatorType_LOWER_CASE:
		return &CfnTransformer_ProcessorProperty{LowerCaseString: &CfnTransformer_LowerCaseStringProperty{WithKeys: p.LowerCaseKeys}}
	case StringMutatorType_UPPER_CASE:
		return &CfnTransformer_ProcessorProperty{UpperCaseString: &CfnTransformer_UpperCaseStringProperty{WithKeys: p.UpperCaseKeys}}
	case StringMutatorType_TRIM:
		return &CfnTransformer_ProcessorProperty{TrimString: &CfnTransformer_TrimStringProperty{WithKeys: p.TrimKeys}}
	case StringMutatorType_SPLIT:
		var entries []*CfnTransformer_SplitStringEntryProperty
		for _, e := range *p.SplitOptions.Entries {
			entries = append(entries, &CfnTransformer_SplitStringEntryProperty{Source: e.Source, Delimiter: enumStr(delimiterValues, e.Delimiter)})
		}
		return &CfnTransformer_ProcessorProperty{SplitString: &CfnTransformer_SplitStringProperty{Entries: entries}}
	case StringMutatorType_SUBSTITUTE:
		var entries []*CfnTransformer_SubstituteStringEntryProperty
		for _, e := range *p.SubstituteOptions.Entries {
			entries = append(entries, &CfnTransformer_SubstituteStringEntryProperty{Source: e.Source, From: e.From, To: e.To})
		}
		return &CfnTransformer_ProcessorProperty{SubstituteString: &CfnTransformer_SubstituteStringProperty{Entries: entries}}
	}
	diag.Panic("", "Unsupported string mutator type: %s", s.typ)
	return nil
}

// JsonMutatorProps are the props of NewJsonMutatorProcessor.
type JsonMutatorProps struct {
	Type              JsonMutatorType              `field:"required" json:"type" yaml:"type"`
	AddKeysOptions    *AddKeysProperty             `field:"optional" json:"addKeysOptions" yaml:"addKeysOptions"`
	CopyValueOptions  *CopyValueProperty           `field:"optional" json:"copyValueOptions" yaml:"copyValueOptions"`
	DeleteKeysOptions *ProcessorDeleteKeysProperty `field:"optional" json:"deleteKeysOptions" yaml:"deleteKeysOptions"`
	ListToMapOptions  *ListToMapProperty           `field:"optional" json:"listToMapOptions" yaml:"listToMapOptions"`
	MoveKeysOptions   *MoveKeysProperty            `field:"optional" json:"moveKeysOptions" yaml:"moveKeysOptions"`
	RenameKeysOptions *RenameKeysProperty          `field:"optional" json:"renameKeysOptions" yaml:"renameKeysOptions"`
}

// JsonMutatorProcessor changes the keys of JSON events.
type JsonMutatorProcessor interface {
	IProcessor
	Type() JsonMutatorType
	SetType(val JsonMutatorType)
}

type jsonMutator struct {
	typ   JsonMutatorType
	props JsonMutatorProps
}

// NewJsonMutatorProcessor makes a JSON mutator; the options of its type are
// required, and entries overwrite nothing unless they say so.
func NewJsonMutatorProcessor(props *JsonMutatorProps) JsonMutatorProcessor {
	if props == nil {
		l2.RequireProps(nil, nil, "JsonMutatorProcessor", "Type")
	}
	switch props.Type {
	case JsonMutatorType_ADD_KEYS:
		if props.AddKeysOptions == nil || props.AddKeysOptions.Entries == nil || len(*props.AddKeysOptions.Entries) == 0 {
			diag.Panic("", "addKeysOptions must be provided for ADD_KEYS JSON mutator")
		}
	case JsonMutatorType_DELETE_KEYS:
		if props.DeleteKeysOptions == nil || emptyList(props.DeleteKeysOptions.WithKeys) {
			diag.Panic("", "deleteKeys must be provided for DELETE_KEYS JSON mutator")
		}
	case JsonMutatorType_MOVE_KEYS:
		if props.MoveKeysOptions == nil || props.MoveKeysOptions.Entries == nil || len(*props.MoveKeysOptions.Entries) == 0 {
			diag.Panic("", "moveKeysOptions must be provided for MOVE_KEYS JSON mutator")
		}
	case JsonMutatorType_RENAME_KEYS:
		if props.RenameKeysOptions == nil || props.RenameKeysOptions.Entries == nil || len(*props.RenameKeysOptions.Entries) == 0 {
			diag.Panic("", "renameKeysOptions must be provided for RENAME_KEYS JSON mutator")
		}
	case JsonMutatorType_COPY_VALUE:
		if props.CopyValueOptions == nil || props.CopyValueOptions.Entries == nil || len(*props.CopyValueOptions.Entries) == 0 {
			diag.Panic("", "copyValueOptions must be provided for COPY_VALUE JSON mutator")
		}
	case JsonMutatorType_LIST_TO_MAP:
		o := props.ListToMapOptions
		if o == nil || deref(o.Source) == "" || deref(o.Key) == "" {
			diag.Panic("", "listToMapOptions with source and key must be provided for LIST_TO_MAP JSON mutator")
		}
		if o.Flatten != nil && *o.Flatten && deref(o.FlattenedElement) == "" {
			diag.Panic("", "listToMapOptions flattenedElement must be provided when flatten is true for LIST_TO_MAP JSON mutator")
		}
	default:
		diag.Panic("", "Unsupported JSON mutator type: %s", props.Type)
	}
	return &jsonMutator{typ: props.Type, props: *props}
}

// NewJsonMutatorProcessor_Override initialises a type embedding JsonMutatorProcessor.
func NewJsonMutatorProcessor_Override(j JsonMutatorProcessor, props *JsonMutatorProps) {
	l2.Override(j, NewJsonMutatorProcessor(props))
}

func (j *jsonMutator) Type() JsonMutatorType       { return j.typ }
func (j *jsonMutator) SetType(val JsonMutatorType) { j.typ = val }

func (j *jsonMutator) render() *CfnTransformer_ProcessorProperty {
	p := j.props
	switch j.typ {
	case JsonMutatorType_ADD_KEYS:
		var es []*CfnTransformer_AddKeyEntryProperty
		for _, e := range *p.AddKeysOptions.Entries {
			es = append(es, &CfnTransformer_AddKeyEntryProperty{Key: e.Key, Value: e.Value, OverwriteIfExists: boolOr(e.OverwriteIfExists, false)})
		}
		return &CfnTransformer_ProcessorProperty{AddKeys: &CfnTransformer_AddKeysProperty{Entries: es}}
	case JsonMutatorType_DELETE_KEYS:
		return &CfnTransformer_ProcessorProperty{DeleteKeys: &CfnTransformer_DeleteKeysProperty{WithKeys: p.DeleteKeysOptions.WithKeys}}
	case JsonMutatorType_MOVE_KEYS:
		var es []*CfnTransformer_MoveKeyEntryProperty
		for _, e := range *p.MoveKeysOptions.Entries {
			es = append(es, &CfnTransformer_MoveKeyEntryProperty{Source: e.Source, Target: e.Target, OverwriteIfExists: boolOr(e.OverwriteIfExists, false)})
		}
		return &CfnTransformer_ProcessorProperty{MoveKeys: &CfnTransformer_MoveKeysProperty{Entries: es}}
	case JsonMutatorType_RENAME_KEYS:
		var es []*CfnTransformer_RenameKeyEntryProperty
		for _, e := range *p.RenameKeysOptions.Entries {
			es = append(es, &CfnTransformer_RenameKeyEntryProperty{Key: e.Key, RenameTo: e.RenameTo, OverwriteIfExists: boolOr(e.OverwriteIfExists, false)})
		}
		return &CfnTransformer_ProcessorProperty{RenameKeys: &CfnTransformer_RenameKeysProperty{Entries: es}}
	case JsonMutatorType_COPY_VALUE:
		var es []*CfnTransformer_CopyValueEntryProperty
		for _, e := range *p.CopyValueOptions.Entries {
			es = append(es, &CfnTransformer_CopyValueEntryProperty{Source: e.Source, Target: e.Target, OverwriteIfExists: boolOr(e.OverwriteIfExists, false)})
		}
		return &CfnTransformer_ProcessorProperty{CopyValue: &CfnTransformer_CopyValueProperty{Entries: es}}
	case JsonMutatorType_LIST_TO_MAP:
		o := p.ListToMapOptions
		return &CfnTransformer_ProcessorProperty{ListToMap: &CfnTransformer_ListToMapProperty{Flatten: boolOr(o.Flatten, false), FlattenedElement: o.FlattenedElement,
			Key: o.Key, Source: o.Source, Target: o.Target, ValueKey: o.ValueKey}}
	}
	diag.Panic("", "Unsupported JSON mutator type: %s", j.typ)
	return nil
}

// DataConverterProps are the props of NewDataConverterProcessor.
type DataConverterProps struct {
	Type                     DataConverterType          `field:"required" json:"type" yaml:"type"`
	DateTimeConverterOptions *DateTimeConverterProperty `field:"optional" json:"dateTimeConverterOptions" yaml:"dateTimeConverterOptions"`
	TypeConverterOptions     *TypeConverterProperty     `field:"optional" json:"typeConverterOptions" yaml:"typeConverterOptions"`
}

// DataConverterProcessor converts value types or date-time formats.
type DataConverterProcessor interface {
	IProcessor
	Type() DataConverterType
	SetType(val DataConverterType)
}

type dataConverter struct {
	typ   DataConverterType
	props DataConverterProps
}

// NewDataConverterProcessor makes a data converter; date-times default to
// UTC and the ISO format with milliseconds.
func NewDataConverterProcessor(props *DataConverterProps) DataConverterProcessor {
	if props == nil {
		l2.RequireProps(nil, nil, "DataConverterProcessor", "Type")
	}
	switch props.Type {
	case DataConverterType_TYPE_CONVERTER:
		if props.TypeConverterOptions == nil || props.TypeConverterOptions.Entries == nil || len(*props.TypeConverterOptions.Entries) == 0 {
			diag.Panic("", "typeConverterOptions must be provided for TYPE_CONVERTER data converter")
		}
	case DataConverterType_DATETIME_CONVERTER:
		o := props.DateTimeConverterOptions
		if o == nil || deref(o.Source) == "" || deref(o.Target) == "" || o.MatchPatterns == nil {
			diag.Panic("", "dateTimeConverterOptions with source, target and matchPatterns must be provided for DATETIME_CONVERTER data converter")
		}
	default:
		diag.Panic("", "Unsupported data converter type: %s", props.Type)
	}
	return &dataConverter{typ: props.Type, props: *props}
}

// NewDataConverterProcessor_Override initialises a type embedding DataConverterProcessor.
func NewDataConverterProcessor_Override(d DataConverterProcessor, props *DataConverterProps) {
	l2.Override(d, NewDataConverterProcessor(props))
}

func (d *dataConverter) Type() DataConverterType       { return d.typ }
func (d *dataConverter) SetType(val DataConverterType) { d.typ = val }

func (d *dataConverter) render() *CfnTransformer_ProcessorProperty {
	switch d.typ {
	case DataConverterType_TYPE_CONVERTER:
		var es []*CfnTransformer_TypeConverterEntryProperty
		for _, e := range *d.props.TypeConverterOptions.Entries {
			es = append(es, &CfnTransformer_TypeConverterEntryProperty{Key: e.Key, Type: enumStr(typeConverterValues, e.Type)})
		}
		return &CfnTransformer_ProcessorProperty{TypeConverter: &CfnTransformer_TypeConverterProperty{Entries: es}}
	case DataConverterType_DATETIME_CONVERTER:
		o := d.props.DateTimeConverterOptions
		return &CfnTransformer_ProcessorProperty{DateTimeConverter: &CfnTransformer_DateTimeConverterProperty{
			Locale: o.Locale, MatchPatterns: o.MatchPatterns, Source: o.Source, Target: o.Target,
			SourceTimezone: or(o.SourceTimezone, "UTC"), TargetFormat: or(o.TargetFormat, "yyyy-MM-dd'T'HH:mm:ss.SSS'Z'"), TargetTimezone: or(o.TargetTimezone, "UTC"),
		}}
	}
	diag.Panic("", "Unsupported data converter type: %s", d.typ)
	return nil
}

// TransformerOptions are the props of LogGroup.AddTransformer.
type TransformerOptions struct {
	TransformerConfig *[]IProcessor `field:"required" json:"transformerConfig" yaml:"transformerConfig"`
	TransformerName   *string       `field:"required" json:"transformerName" yaml:"transformerName"`
}

// TransformerProps are the props of NewTransformer.
type TransformerProps struct {
	LogGroup          interfacesawslogs.ILogGroupRef `field:"required" json:"logGroup" yaml:"logGroup"`
	TransformerConfig *[]IProcessor                  `field:"required" json:"transformerConfig" yaml:"transformerConfig"`
	TransformerName   *string                        `field:"required" json:"transformerName" yaml:"transformerName"`
}

// Transformer transforms a log group's events as they are ingested
// (AWS::Logs::Transformer). As in aws-cdk-lib, the CfnTransformer is made
// beside the Transformer (in its scope, id "ResourceTransformer").
type Transformer interface {
	awscdk.Resource
}

type transformer struct {
	awscdk.Resource
}

// NewTransformer creates a transformer of 1 to 20 processors, the first a parser.
func NewTransformer(scope constructs.Construct, id *string, props *TransformerProps) Transformer {
	props = l2.Inject(*Transformer_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.LogGroup == nil || props.TransformerConfig == nil {
		l2.RequireProps(scope, id, "Transformer", "LogGroup", "TransformerConfig", "TransformerName")
	}
	t := &transformer{}
	t.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: props.TransformerName})
	host.Set(t.Resource, t)
	procs := make([]processor, len(*props.TransformerConfig))
	for i, p := range *props.TransformerConfig {
		pp, ok := unwrap[processor](p)
		if !ok {
			l2.Throw(t, "processor %d of the transformer was not made by a New*Processor or NewVendedLogParser constructor", i)
		}
		procs[i] = pp
	}
	t.validate(procs)
	props.LogGroup.Node().AddMetadata(str("warning"), "Transformers can only be created for log groups in the Standard log class. Ensure that your log group is using the Standard log class.", nil)
	config := make([]*CfnTransformer_ProcessorProperty, len(procs))
	for i, p := range procs {
		config[i] = p.render()
	}
	NewCfnTransformer(scope, str("ResourceTransformer"), &CfnTransformerProps{
		LogGroupIdentifier: props.LogGroup.LogGroupRef().LogGroupName,
		TransformerConfig:  config,
	})
	return t
}

// NewTransformer_Override initialises a type embedding Transformer.
func NewTransformer_Override(t Transformer, scope constructs.Construct, id *string, props *TransformerProps) {
	l2.Override(t, NewTransformer(scope, id, props))
}

func isParser(p processor) bool {
	switch p.(type) {
	case *parserProcessor, *vendedLogParser:
		return true
	}
	return false
}

func (t *transformer) validate(procs []processor) {
	if len(procs) == 0 {
		l2.Throw(t, "At least one processor is required in a transformer")
	}
	if len(procs) > 20 {
		l2.Throw(t, "A transformer cannot have more than 20 processors")
	}
	if !isParser(procs[0]) {
		l2.Throw(t, "First processor in a transformer must be a parser")
	}
	parsers, vended, vendedAt := 0, 0, -1
	grok, addKeys, copyValue, ocsf, ocsfAt := 0, 0, 0, 0, -1
	for i, p := range procs {
		if isParser(p) {
			parsers++
		}
		switch q := p.(type) {
		case *vendedLogParser:
			vended++
			if vendedAt < 0 {
				vendedAt = i
			}
		case *parserProcessor:
			if q.typ == ParserProcessorType_GROK {
				grok++
			}
			if q.typ == ParserProcessorType_OCSF {
				ocsf++
				if ocsfAt < 0 {
					ocsfAt = i
				}
			}
		case *jsonMutator:
			if q.typ == JsonMutatorType_ADD_KEYS {
				addKeys++
			}
			if q.typ == JsonMutatorType_COPY_VALUE {
				copyValue++
			}
		}
	}
	switch {
	case parsers > 5:
		l2.Throw(t, "A transformer cannot have more than 5 parser-type processors")
	case vended > 1:
		l2.Throw(t, "Only one vended log parser is allowed in a transformer")
	case vendedAt > 0:
		l2.Throw(t, "AWS vended log parser must be the first processor in a transformer")
	case grok > 1:
		l2.Throw(t, "Only one grok processor is allowed in a transformer")
	case addKeys > 1:
		l2.Throw(t, "Only one addKeys processor is allowed in a transformer")
	case copyValue > 1:
		l2.Throw(t, "Only one copyValue processor is allowed in a transformer")
	case ocsf > 1:
		l2.Throw(t, "Only one parseToOCSF processor is allowed in a transformer")
	case ocsf > 0 && ocsfAt != 0:
		l2.Throw(t, "parseToOCSF processor must be the first processor in a transformer")
	}
}

// AddTransformer creates a transformer of this log group.
func (l *logGroupBase) AddTransformer(id *string, props *TransformerOptions) Transformer {
	if props == nil {
		l2.RequireProps(l.Resource, id, "Transformer", "TransformerConfig", "TransformerName")
	}
	return NewTransformer(l.Resource, id, &TransformerProps{LogGroup: l.self, TransformerConfig: props.TransformerConfig, TransformerName: props.TransformerName})
}

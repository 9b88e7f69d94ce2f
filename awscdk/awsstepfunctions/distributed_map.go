package awsstepfunctions

import (
	"regexp"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// CsvDelimiter separates the fields of a CSV item source.
type CsvDelimiter string

const (
	CsvDelimiter_COMMA     CsvDelimiter = "COMMA"
	CsvDelimiter_PIPE      CsvDelimiter = "PIPE"
	CsvDelimiter_SEMICOLON CsvDelimiter = "SEMICOLON"
	CsvDelimiter_SPACE     CsvDelimiter = "SPACE"
	CsvDelimiter_TAB       CsvDelimiter = "TAB"
)

// CsvHeaderLocation says where a CSV item source's column names come from.
type CsvHeaderLocation string

const (
	CsvHeaderLocation_FIRST_ROW CsvHeaderLocation = "FIRST_ROW"
	CsvHeaderLocation_GIVEN     CsvHeaderLocation = "GIVEN"
)

// OutputType is the format a distributed Map writes its results in.
type OutputType string

const (
	OutputType_JSON  OutputType = "JSON"
	OutputType_JSONL OutputType = "JSONL"
)

// Transformation is how a distributed Map shapes its written results.
type Transformation string

const (
	Transformation_NONE    Transformation = "NONE"
	Transformation_COMPACT Transformation = "COMPACT"
	Transformation_FLATTEN Transformation = "FLATTEN"
)

// ---- item readers ----

// IItemReader is where a distributed Map reads its items from.
type IItemReader interface {
	// ProvidePolicyStatements are what the state machine's role needs to read.
	ProvidePolicyStatements() *[]awsiam.PolicyStatement
	ValidateItemReader() *[]*string
	Bucket() awss3.IBucket
	BucketNamePath() *string
	MaxItems() *float64
	Resource() *string
	// Render is the reader's ItemReader object.
	Render(queryLanguage QueryLanguage) interface{}
}

// statesS3Arn is arn:<partition>:states:::s3:<action>, the ARN of a Step
// Functions S3 integration.
func statesS3Arn(action string) *string {
	return awscdk.Arn_Format(&awscdk.ArnComponents{Region: jsii.String(""), Account: jsii.String(""), Partition: awscdk.Aws_PARTITION(),
		Service: jsii.String("states"), Resource: jsii.String("s3"), ResourceName: jsii.String(action), ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME}, nil)
}

// s3ObjectsArn is arn:<partition>:s3:::<bucket>/*.
func s3ObjectsArn(bucketName *string) *string {
	return awscdk.Arn_Format(&awscdk.ArnComponents{Region: jsii.String(""), Account: jsii.String(""), Partition: awscdk.Aws_PARTITION(),
		Service: jsii.String("s3"), Resource: bucketName, ResourceName: jsii.String("*")}, nil)
}

func validateBucketSource(bucket awss3.IBucket, path *string) *[]*string {
	switch {
	case bucket != nil && truthyStr(path):
		return jsii.Strings("Provide either `bucket` or `bucketNamePath`, but not both")
	case bucket == nil && !truthyStr(path):
		return jsii.Strings("Provide either `bucket` or `bucketNamePath`")
	}
	return &[]*string{}
}

func bucketOrThrow(b awss3.IBucket) awss3.IBucket {
	if b == nil {
		throwUnscoped("`bucket` is undefined")
	}
	return b
}

// parametersFor puts poa under Arguments (JSONata) or Parameters (JSONPath).
func parametersFor(o *ojson.Object, ql QueryLanguage, poa interface{}) {
	if normQL(ql) == QueryLanguage_JSONATA {
		o.Set("Arguments", poa)
	} else {
		o.Set("Parameters", poa)
	}
}

func bucketParams(bucket awss3.IBucket, path *string) *ojson.Object {
	o := ojson.New()
	if bucket != nil {
		o.Set("Bucket", bucket.BucketName())
	}
	if truthyStr(path) {
		o.Set("Bucket", *path)
	}
	return o
}

// S3ObjectsItemReader reads the objects listed under a bucket prefix.
type S3ObjectsItemReader interface {
	IItemReader
	Prefix() *string
}

type s3ObjectsReader struct {
	bucket   awss3.IBucket
	path     *string
	prefix   *string
	maxItems *float64
}

// NewS3ObjectsItemReader reads the objects of a bucket (or of the bucket a path names).
func NewS3ObjectsItemReader(props *S3ObjectsItemReaderProps) S3ObjectsItemReader {
	if props == nil {
		props = &S3ObjectsItemReaderProps{}
	}
	return &s3ObjectsReader{props.Bucket, props.BucketNamePath, props.Prefix, props.MaxItems}
}

func (r *s3ObjectsReader) Bucket() awss3.IBucket   { return bucketOrThrow(r.bucket) }
func (r *s3ObjectsReader) BucketNamePath() *string { return r.path }
func (r *s3ObjectsReader) MaxItems() *float64      { return r.maxItems }
func (r *s3ObjectsReader) Prefix() *string         { return r.prefix }
func (r *s3ObjectsReader) Resource() *string       { return statesS3Arn("listObjectsV2") }
func (r *s3ObjectsReader) ValidateItemReader() *[]*string {
	return validateBucketSource(r.bucket, r.path)
}

func (r *s3ObjectsReader) ProvidePolicyStatements() *[]awsiam.PolicyStatement {
	res := jsii.String("*")
	if r.bucket != nil {
		res = r.bucket.BucketArn()
	}
	return &[]awsiam.PolicyStatement{awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("s3:ListBucket"), Resources: &[]*string{res}})}
}

func (r *s3ObjectsReader) Render(queryLanguage QueryLanguage) interface{} {
	return goValue(r.render(queryLanguage))
}

func (r *s3ObjectsReader) render(ql QueryLanguage) *ojson.Object {
	poa := bucketParams(r.bucket, r.path)
	if truthyStr(r.prefix) {
		poa.Set("Prefix", *r.prefix)
	}
	o := obj("Resource", r.Resource())
	if truthyNum(r.maxItems) {
		o.Set("ReaderConfig", obj("MaxItems", *r.maxItems))
	}
	parametersFor(o, ql, poa)
	return renderObject(o)
}

// s3FileReader reads the items of one S3 object.
type s3FileReader struct {
	bucket    awss3.IBucket
	path      *string
	key       *string
	maxItems  *float64
	inputType string
}

func newFileReader(props *S3FileItemReaderProps, inputType string) s3FileReader {
	if props == nil {
		props = &S3FileItemReaderProps{}
	}
	return s3FileReader{props.Bucket, props.BucketNamePath, props.Key, props.MaxItems, inputType}
}

func (r *s3FileReader) Bucket() awss3.IBucket          { return bucketOrThrow(r.bucket) }
func (r *s3FileReader) BucketNamePath() *string        { return r.path }
func (r *s3FileReader) MaxItems() *float64             { return r.maxItems }
func (r *s3FileReader) Key() *string                   { return r.key }
func (r *s3FileReader) InputType() *string             { return jsii.String(r.inputType) }
func (r *s3FileReader) Resource() *string              { return statesS3Arn("getObject") }
func (r *s3FileReader) ValidateItemReader() *[]*string { return validateBucketSource(r.bucket, r.path) }

func (r *s3FileReader) ProvidePolicyStatements() *[]awsiam.PolicyStatement {
	if r.bucket == nil {
		return &[]awsiam.PolicyStatement{}
	}
	return &[]awsiam.PolicyStatement{awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("s3:GetObject"),
		Resources: &[]*string{s3ObjectsArn(r.bucket.BucketName())}})}
}

func (r *s3FileReader) Render(queryLanguage QueryLanguage) interface{} {
	return goValue(r.render(queryLanguage))
}

func (r *s3FileReader) render(ql QueryLanguage) *ojson.Object {
	poa := bucketParams(r.bucket, r.path)
	poa.Set("Key", r.key)
	cfg := obj("InputType", r.inputType)
	if truthyNum(r.maxItems) {
		cfg.Set("MaxItems", *r.maxItems)
	}
	o := obj("Resource", r.Resource(), "ReaderConfig", cfg)
	parametersFor(o, ql, poa)
	return renderObject(o)
}

// S3JsonItemReader reads the items of a JSON array in an S3 object.
type S3JsonItemReader interface {
	IItemReader
	InputType() *string
	Key() *string
}

type s3JsonReader struct{ s3FileReader }

// NewS3JsonItemReader reads the items of a JSON array in an S3 object.
func NewS3JsonItemReader(props *S3FileItemReaderProps) S3JsonItemReader {
	return &s3JsonReader{newFileReader(props, "JSON")}
}

// S3JsonLItemReader reads the lines of a JSON Lines S3 object.
type S3JsonLItemReader interface {
	IItemReader
	InputType() *string
	Key() *string
}

type s3JsonLReader struct{ s3FileReader }

// NewS3JsonLItemReader reads the lines of a JSON Lines S3 object.
func NewS3JsonLItemReader(props *S3FileItemReaderProps) S3JsonLItemReader {
	return &s3JsonLReader{newFileReader(props, "JSONL")}
}

// S3ManifestItemReader reads the objects an S3 inventory manifest lists.
type S3ManifestItemReader interface {
	IItemReader
	InputType() *string
	Key() *string
}

type s3ManifestReader struct{ s3FileReader }

// NewS3ManifestItemReader reads the objects an S3 inventory manifest lists.
func NewS3ManifestItemReader(props *S3FileItemReaderProps) S3ManifestItemReader {
	return &s3ManifestReader{newFileReader(props, "MANIFEST")}
}

// CsvHeaders say where a CSV source's column names come from.
type CsvHeaders interface {
	HeaderLocation() CsvHeaderLocation
	Headers() *[]*string
}

type csvHeaders struct {
	location CsvHeaderLocation
	headers  *[]*string
}

func (c *csvHeaders) HeaderLocation() CsvHeaderLocation { return c.location }
func (c *csvHeaders) Headers() *[]*string               { return c.headers }

// CsvHeaders_UseFirstRow takes the column names from the first row.
func CsvHeaders_UseFirstRow() CsvHeaders { return &csvHeaders{location: CsvHeaderLocation_FIRST_ROW} }

// CsvHeaders_Use gives the column names.
func CsvHeaders_Use(headers *[]*string) CsvHeaders {
	return &csvHeaders{location: CsvHeaderLocation_GIVEN, headers: headers}
}

// S3CsvItemReader reads the rows of a CSV S3 object.
type S3CsvItemReader interface {
	IItemReader
	CsvDelimiter() CsvDelimiter
	CsvHeaders() CsvHeaders
	InputType() *string
	Key() *string
}

type s3CsvReader struct {
	s3FileReader
	headers   CsvHeaders
	delimiter CsvDelimiter
}

// NewS3CsvItemReader reads the rows of a CSV S3 object.
func NewS3CsvItemReader(props *S3CsvItemReaderProps) S3CsvItemReader {
	if props == nil {
		props = &S3CsvItemReaderProps{}
	}
	r := &s3CsvReader{s3FileReader: newFileReader(&S3FileItemReaderProps{Bucket: props.Bucket, BucketNamePath: props.BucketNamePath,
		MaxItems: props.MaxItems, Key: props.Key}, "CSV"), headers: props.CsvHeaders, delimiter: props.CsvDelimiter}
	if r.headers == nil {
		r.headers = CsvHeaders_UseFirstRow()
	}
	return r
}

func (r *s3CsvReader) CsvDelimiter() CsvDelimiter { return r.delimiter }
func (r *s3CsvReader) CsvHeaders() CsvHeaders     { return r.headers }

func (r *s3CsvReader) Render(queryLanguage QueryLanguage) interface{} {
	return goValue(r.render(queryLanguage))
}

func (r *s3CsvReader) render(ql QueryLanguage) *ojson.Object {
	o := r.s3FileReader.render(ql)
	cfg := ojson.New()
	if cur, ok := o.Get("ReaderConfig"); ok {
		spread(cfg, cur)
	}
	cfg.Set("CSVDelimiter", enumOrNil(string(r.delimiter)))
	cfg.Set("CSVHeaderLocation", string(r.headers.HeaderLocation()))
	if h := r.headers.Headers(); h != nil {
		cfg.Set("CSVHeaders", *h)
	}
	o.Set("ReaderConfig", renderObject(cfg))
	return o
}

// ---- result writers and batching ----

// WriterConfig is the format of a distributed Map's written results.
type WriterConfig interface {
	OutputType() OutputType
	Transformation() Transformation
}

type writerConfig struct{ props WriterConfigProps }

// NewWriterConfig is the format of a distributed Map's written results.
func NewWriterConfig(props *WriterConfigProps) WriterConfig {
	w := &writerConfig{}
	if props != nil {
		w.props = *props
	}
	return w
}

func (w *writerConfig) OutputType() OutputType         { return w.props.OutputType }
func (w *writerConfig) Transformation() Transformation { return w.props.Transformation }

func putObjectStatements(bucketName *string) *[]awsiam.PolicyStatement {
	res := jsii.String("*")
	if bucketName != nil {
		res = s3ObjectsArn(bucketName)
	}
	return &[]awsiam.PolicyStatement{awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions:   jsii.Strings("s3:PutObject", "s3:GetObject", "s3:ListMultipartUploadParts", "s3:AbortMultipartUpload"),
		Resources: &[]*string{res}})}
}

// ResultWriter writes a distributed Map's results to S3 (the older form;
// ResultWriterV2 replaces it under the cdk init feature flags).
type ResultWriter interface {
	Bucket() awss3.IBucket
	Prefix() *string
	ProvidePolicyStatements() *[]awsiam.PolicyStatement
	// Render is the writer's ResultWriter object.
	Render(queryLanguage QueryLanguage) interface{}
}

type resultWriter struct {
	bucket awss3.IBucket
	prefix *string
}

// NewResultWriter writes a distributed Map's results to a bucket.
func NewResultWriter(props *ResultWriterProps) ResultWriter {
	if props == nil || props.Bucket == nil {
		throwUnscoped("ResultWriter needs a bucket (ResultWriterProps.Bucket)")
	}
	return &resultWriter{props.Bucket, props.Prefix}
}

func (w *resultWriter) Bucket() awss3.IBucket { return w.bucket }
func (w *resultWriter) Prefix() *string       { return w.prefix }
func (w *resultWriter) ProvidePolicyStatements() *[]awsiam.PolicyStatement {
	return putObjectStatements(w.bucket.BucketRef().BucketName)
}

func (w *resultWriter) Render(queryLanguage QueryLanguage) interface{} {
	return goValue(w.render(queryLanguage))
}

func (w *resultWriter) render(ql QueryLanguage) *ojson.Object {
	poa := obj("Bucket", w.bucket.BucketRef().BucketName)
	if truthyStr(w.prefix) {
		poa.Set("Prefix", *w.prefix)
	}
	o := obj("Resource", statesS3Arn("putObject"))
	parametersFor(o, ql, poa)
	return renderObject(o)
}

// ResultWriterV2 writes a distributed Map's results to S3.
type ResultWriterV2 interface {
	Bucket() awss3.IBucket
	BucketNamePath() *string
	Prefix() *string
	WriterConfig() WriterConfig
	ProvidePolicyStatements() *[]awsiam.PolicyStatement
	ValidateResultWriter() *[]*string
	// Render is the writer's ResultWriter object.
	Render(queryLanguage QueryLanguage) interface{}
}

type resultWriterV2 struct{ props ResultWriterV2Props }

// NewResultWriterV2 writes a distributed Map's results to a bucket (or the
// bucket a path names), in the format of WriterConfig.
func NewResultWriterV2(props *ResultWriterV2Props) ResultWriterV2 {
	w := &resultWriterV2{}
	if props != nil {
		w.props = *props
	}
	return w
}

func (w *resultWriterV2) Bucket() awss3.IBucket      { return w.props.Bucket }
func (w *resultWriterV2) BucketNamePath() *string    { return w.props.BucketNamePath }
func (w *resultWriterV2) Prefix() *string            { return w.props.Prefix }
func (w *resultWriterV2) WriterConfig() WriterConfig { return w.props.WriterConfig }

func (w *resultWriterV2) ProvidePolicyStatements() *[]awsiam.PolicyStatement {
	if w.props.Bucket == nil && !truthyStr(w.props.BucketNamePath) {
		return &[]awsiam.PolicyStatement{}
	}
	if truthyStr(w.props.BucketNamePath) {
		return putObjectStatements(nil)
	}
	return putObjectStatements(w.props.Bucket.BucketName())
}

func (w *resultWriterV2) ValidateResultWriter() *[]*string {
	if w.props.Bucket != nil && truthyStr(w.props.BucketNamePath) {
		return jsii.Strings("Provide either `bucket` or `bucketNamePath`, but not both")
	}
	return &[]*string{}
}

func (w *resultWriterV2) Render(queryLanguage QueryLanguage) interface{} {
	return goValue(w.render(queryLanguage))
}

func (w *resultWriterV2) render(ql QueryLanguage) *ojson.Object {
	o := ojson.New()
	if w.props.Bucket != nil || truthyStr(w.props.BucketNamePath) {
		poa := ojson.New()
		if w.props.Bucket != nil {
			poa.Set("Bucket", w.props.Bucket.BucketRef().BucketName)
		}
		if truthyStr(w.props.BucketNamePath) {
			poa.Set("Bucket", *w.props.BucketNamePath)
		}
		if truthyStr(w.props.Prefix) {
			poa.Set("Prefix", *w.props.Prefix)
		}
		o.Set("Resource", statesS3Arn("putObject"))
		parametersFor(o, ql, poa)
	}
	if wc := w.props.WriterConfig; wc != nil {
		o.Set("WriterConfig", obj("OutputType", enumOrNil(string(wc.OutputType())), "Transformation", enumOrNil(string(wc.Transformation()))))
	}
	return renderObject(o)
}

// ItemBatcher groups a distributed Map's items into batches.
type ItemBatcher interface {
	ValidateItemBatcher() *[]*string
	// Render is the batcher's ItemBatcher object.
	Render() interface{}
}

type itemBatcher struct{ props ItemBatcherProps }

// NewItemBatcher groups a distributed Map's items into batches.
func NewItemBatcher(props *ItemBatcherProps) ItemBatcher {
	b := &itemBatcher{}
	if props != nil {
		b.props = *props
	}
	return b
}

func (b *itemBatcher) Render() interface{} { return goValue(b.render()) }

func (b *itemBatcher) render() *ojson.Object {
	o := ojson.New()
	p := b.props
	if truthyNum(p.MaxItemsPerBatch) {
		o.Set("MaxItemsPerBatch", *p.MaxItemsPerBatch)
	}
	if truthyStr(p.MaxItemsPerBatchPath) {
		o.Set("MaxItemsPerBatchPath", *p.MaxItemsPerBatchPath)
	}
	if truthyNum(p.MaxInputBytesPerBatch) {
		o.Set("MaxInputBytesPerBatch", *p.MaxInputBytesPerBatch)
	}
	if truthyStr(p.MaxInputBytesPerBatchPath) {
		o.Set("MaxInputBytesPerBatchPath", *p.MaxInputBytesPerBatchPath)
	}
	if p.BatchInput != nil {
		o.Set("BatchInput", *p.BatchInput)
	}
	return o
}

func (b *itemBatcher) ValidateItemBatcher() *[]*string {
	var errs []string
	p := b.props
	if truthyNum(p.MaxItemsPerBatch) && truthyStr(p.MaxItemsPerBatchPath) {
		errs = append(errs, "Provide either `maxItemsPerBatch` or `maxItemsPerBatchPath`, but not both")
	}
	if truthyNum(p.MaxInputBytesPerBatch) && truthyStr(p.MaxInputBytesPerBatchPath) {
		errs = append(errs, "Provide either `maxInputBytesPerBatch` or `maxInputBytesPerBatchPath`, but not both")
	}
	if !truthyNum(p.MaxItemsPerBatch) && !truthyStr(p.MaxItemsPerBatchPath) && !truthyNum(p.MaxInputBytesPerBatch) &&
		!truthyStr(p.MaxInputBytesPerBatchPath) && p.BatchInput == nil {
		errs = append(errs, "Provide at least one value to the ItemBatcher")
	}
	return jsii.Strings(errs...)
}

// ---- DistributedMap ----

// DistributedMap runs a set of states for each item of a large data set,
// as child workflow executions.
type DistributedMap interface {
	MapBase
	AddCatch(handler IChainable, props *CatchProps) DistributedMap
	AddRetry(props *RetryProps) DistributedMap
	ItemProcessor(processor IChainable, config *ProcessorConfig) DistributedMap
}

type distributedMap struct {
	mapBase
	execType      StateMachineType
	reader        IItemReader
	failPct       *float64
	failPctPath   *string
	failCount     *float64
	failCountPath *string
	label         *string
	writer        ResultWriter
	writerV2      ResultWriterV2
	batcher       ItemBatcher
}

// NewDistributedMap creates a distributed Map state.
func NewDistributedMap(scope constructs.Construct, id *string, props *DistributedMapProps) DistributedMap {
	if props == nil {
		props = &DistributedMapProps{}
	}
	m := &distributedMap{mapBase: mapBase{state: &state{}}}
	initState(m.state, m, scope, id, &StateProps{Comment: props.Comment, QueryLanguage: props.QueryLanguage, StateName: props.StateName,
		Assign: props.Assign, InputPath: props.InputPath, OutputPath: props.OutputPath, Outputs: props.Outputs,
		ResultPath: props.ResultPath, ResultSelector: props.ResultSelector})
	m.endStates = []INextable{m}
	m.maxConcurrency, m.maxConcurrencyPath, m.jsonataMaxConcurrency = props.MaxConcurrency, props.MaxConcurrencyPath, props.JsonataMaxConcurrency
	m.items, m.itemsPath, m.itemSelector, m.jsonataItemSelector = props.Items, props.ItemsPath, props.ItemSelector, props.JsonataItemSelector
	m.execType = props.MapExecutionType
	if m.execType == "" {
		m.execType = StateMachineType_STANDARD
	}
	m.reader, m.label, m.batcher = props.ItemReader, props.Label, props.ItemBatcher
	m.failPct, m.failPctPath = props.ToleratedFailurePercentage, props.ToleratedFailurePercentagePath
	m.failCount, m.failCountPath = props.ToleratedFailureCount, props.ToleratedFailureCountPath
	m.writer, m.writerV2 = props.ResultWriter, props.ResultWriterV2
	m.processorMode = ProcessorMode_DISTRIBUTED
	return m
}

// DistributedMap_JsonPath creates a distributed Map state written in JSONPath.
func DistributedMap_JsonPath(scope constructs.Construct, id *string, props *DistributedMapJsonPathProps) DistributedMap {
	if props == nil {
		props = &DistributedMapJsonPathProps{}
	}
	return NewDistributedMap(scope, id, &DistributedMapProps{Comment: props.Comment, QueryLanguage: props.QueryLanguage, StateName: props.StateName,
		Assign: props.Assign, ItemSelector: props.ItemSelector, MaxConcurrency: props.MaxConcurrency, InputPath: props.InputPath,
		OutputPath: props.OutputPath, ItemsPath: props.ItemsPath, MaxConcurrencyPath: props.MaxConcurrencyPath, ResultPath: props.ResultPath,
		ResultSelector: props.ResultSelector, ItemBatcher: props.ItemBatcher, ItemReader: props.ItemReader, Label: props.Label,
		MapExecutionType: props.MapExecutionType, ResultWriter: props.ResultWriter, ResultWriterV2: props.ResultWriterV2,
		ToleratedFailureCount: props.ToleratedFailureCount, ToleratedFailureCountPath: props.ToleratedFailureCountPath,
		ToleratedFailurePercentage: props.ToleratedFailurePercentage, ToleratedFailurePercentagePath: props.ToleratedFailurePercentagePath})
}

// DistributedMap_Jsonata creates a distributed Map state written in JSONata.
func DistributedMap_Jsonata(scope constructs.Construct, id *string, props *DistributedMapJsonataProps) DistributedMap {
	if props == nil {
		props = &DistributedMapJsonataProps{}
	}
	return NewDistributedMap(scope, id, &DistributedMapProps{Comment: props.Comment, QueryLanguage: QueryLanguage_JSONATA, StateName: props.StateName,
		Assign: props.Assign, ItemSelector: props.ItemSelector, JsonataItemSelector: props.JsonataItemSelector,
		JsonataMaxConcurrency: props.JsonataMaxConcurrency, MaxConcurrency: props.MaxConcurrency, Outputs: props.Outputs, Items: props.Items,
		ItemBatcher: props.ItemBatcher, ItemReader: props.ItemReader, Label: props.Label, MapExecutionType: props.MapExecutionType,
		ResultWriter: props.ResultWriter, ResultWriterV2: props.ResultWriterV2, ToleratedFailureCount: props.ToleratedFailureCount,
		ToleratedFailurePercentage: props.ToleratedFailurePercentage})
}

// DistributedMap_IsDistributedMap reports whether x is a DistributedMap.
func DistributedMap_IsDistributedMap(x interface{}) *bool {
	_, ok := x.(*distributedMap)
	return jsii.Bool(ok)
}

func (m *distributedMap) AddRetry(props *RetryProps) DistributedMap { m.addRetry(props); return m }
func (m *distributedMap) AddCatch(handler IChainable, props *CatchProps) DistributedMap {
	m.addCatch(startOf(m, handler, "handler"), props)
	return m
}

func (m *distributedMap) ItemProcessor(processor IChainable, config *ProcessorConfig) DistributedMap {
	m.AddItemProcessor(NewStateGraph(startOf(m, processor, "processor"), jsii.String("Map "+m.stateID()+" Item Processor")), config)
	return m
}

// writerInUse is ResultWriterV2 under the feature flag cdk init sets, else ResultWriter.
func (m *distributedMap) writerInUse() writerLike {
	if *awscdk.FeatureFlags_Of(m).IsEnabled(jsii.String("@aws-cdk/aws-stepfunctions:useDistributedMapResultWriterV2")) {
		if m.writerV2 == nil || isNilIface(m.writerV2) {
			return nil
		}
		return m.writerV2
	}
	if m.writer == nil || isNilIface(m.writer) {
		return nil
	}
	return m.writer
}

// itemRenderer is the ordered rendering the readers and writers of this
// package have beside Render, whose Go maps lose aws-cdk-lib's key order.
type itemRenderer interface {
	render(ql QueryLanguage) *ojson.Object
}

// renderItem is x's ordered rendering, or what its Render gives.
func renderItem(x interface {
	Render(QueryLanguage) interface{}
}, ql QueryLanguage) interface{} {
	if r, ok := x.(itemRenderer); ok {
		return r.render(ql)
	}
	return x.Render(ql)
}

// writerLike is what ResultWriter and ResultWriterV2 share.
type writerLike interface {
	ProvidePolicyStatements() *[]awsiam.PolicyStatement
	Render(queryLanguage QueryLanguage) interface{}
}

func (m *distributedMap) WhenBoundToGraph(graph StateGraph) {
	m.state.WhenBoundToGraph(graph)
	if w := m.writerInUse(); w != nil {
		for _, st := range *w.ProvidePolicyStatements() {
			graph.RegisterPolicyStatement(st)
		}
	}
	if m.reader != nil {
		for _, st := range *m.reader.ProvidePolicyStatements() {
			graph.RegisterPolicyStatement(st)
		}
	}
}

var labelSpecial = regexp.MustCompile("[\\s?*<>{}\\\\\\[\\]:;,|^~$#%&`\"]|[\x00-\x1f]|[\x7f-\u009f]")

func (m *distributedMap) ValidateState() *[]*string {
	errs := m.validateMapBase()
	if m.processorConfig != nil && m.processorConfig.Mode == ProcessorMode_INLINE {
		errs = append(errs, "Processing mode cannot be `INLINE` for a Distributed Map")
	}
	if truthyStr(m.itemsPath) && m.reader != nil {
		errs = append(errs, "Provide either `itemsPath` or `itemReader`, but not both")
	}
	if truthyNum(m.failPct) && truthyStr(m.failPctPath) {
		errs = append(errs, "Provide either `toleratedFailurePercentage` or `toleratedFailurePercentagePath`, but not both")
	}
	if truthyNum(m.failPct) && !(*m.failPct >= 0 && *m.failPct <= 100) {
		errs = append(errs, "toleratedFailurePercentage must be between 0 and 100")
	}
	if truthyNum(m.failCount) && truthyStr(m.failCountPath) {
		errs = append(errs, "Provide either `toleratedFailureCount` or `toleratedFailureCountPath`, but not both")
	}
	if m.batcher != nil {
		errs = append(errs, strs(m.batcher.ValidateItemBatcher())...)
	}
	if m.reader != nil {
		errs = append(errs, strs(m.reader.ValidateItemReader())...)
	}
	if m.writerV2 != nil {
		errs = append(errs, strs(m.writerV2.ValidateResultWriter())...)
	}
	if truthyStr(m.label) {
		if len([]rune(*m.label)) > 40 {
			errs = append(errs, "label must be 40 characters or less")
		}
		if labelSpecial.MatchString(*m.label) {
			errs = append(errs, "label cannot contain any whitespace or special characters")
		}
	}
	return jsii.Strings(errs...)
}

func (m *distributedMap) renderASL(top QueryLanguage) *ojson.Object {
	o := m.renderMapBase(top)
	ip, _ := o.Get("ItemProcessor")
	ipo, ok := ip.(*ojson.Object)
	if !ok {
		throwAt(m, "Distributed Map '%s' needs an item processor (call ItemProcessor)", m.stateID())
	}
	pc, _ := ipo.Get("ProcessorConfig")
	if pco, ok := pc.(*ojson.Object); ok {
		if et, _ := pco.Get("ExecutionType"); et != nil {
			awscdk.Annotations_Of(m).AddWarningV2(jsii.String("@aws-cdk/aws-stepfunctions:propertyIgnored"),
				jsii.String("Property 'ProcessorConfig.executionType' is ignored, use the 'mapExecutionType' in the 'DistributedMap' class instead."))
		}
		pco.Set("ExecutionType", string(m.execType))
	}
	ql := m.queryLanguage
	if ql == "" {
		ql = normQL(top)
	}
	var written *ojson.Object
	if w := m.writerInUse(); w != nil {
		written = renderObject(obj("ResultWriter", renderItem(w, ql)))
		if rw, _ := written.Get("ResultWriter"); rw != nil {
			rwo, _ := rw.(*ojson.Object)
			res, _ := rwo.Get("Resource")
			wc, _ := rwo.Get("WriterConfig")
			if res == nil && wc == nil {
				awscdk.Annotations_Of(m).AddWarningV2(jsii.String("@aws-cdk/aws-stepfunctions:emptyResultWriter"),
					jsii.String("ResultWriter should specify at least the WriterConfig or the Bucket and Prefix"))
			}
		}
	}
	if m.reader != nil && !isNilIface(m.reader) {
		spread(o, renderObject(obj("ItemReader", renderItem(m.reader, ql))))
	}
	if m.batcher != nil && !isNilIface(m.batcher) {
		if b, ok := m.batcher.(*itemBatcher); ok {
			o.Set("ItemBatcher", b.render())
		} else {
			o.Set("ItemBatcher", m.batcher.Render())
		}
	}
	if truthyNum(m.failPct) {
		o.Set("ToleratedFailurePercentage", *m.failPct)
	}
	if truthyStr(m.failPctPath) {
		o.Set("ToleratedFailurePercentagePath", *m.failPctPath)
	}
	if truthyNum(m.failCount) {
		o.Set("ToleratedFailureCount", *m.failCount)
	}
	if truthyStr(m.failCountPath) {
		o.Set("ToleratedFailureCountPath", *m.failCountPath)
	}
	if truthyStr(m.label) {
		o.Set("Label", *m.label)
	}
	return spread(o, written)
}

// allStatesDeep lists the states of g and of the graphs registered into it.
func (g *stateGraph) allStatesDeep() []State {
	var discovered []*stateGraph
	seen := map[*stateGraph]bool{}
	stack := []*stateGraph{g}
	for len(stack) > 0 {
		sg := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if !seen[sg] {
			seen[sg] = true
			discovered = append(discovered, sg)
		}
		for _, c := range sg.contained {
			if !seen[c.graph] {
				stack = append(stack, c.graph)
			}
		}
	}
	var out []State
	for _, sg := range discovered {
		out = append(out, sg.allStates...)
	}
	return out
}

// bindDistributedMaps lets the state machine start, stop and redrive the
// child executions of its distributed Map states.
func (g *stateGraph) bindDistributedMaps(sm StateMachine) {
	var labels []interface{}
	for _, st := range g.allStatesDeep() {
		if dm, ok := st.(*distributedMap); ok {
			rendered := prune(dm.renderASL(""))
			l, _ := rendered.(*ojson.Object).Get("Label")
			labels = append(labels, l)
		}
	}
	if len(labels) == 0 {
		return
	}
	policy := awsiam.NewPolicy(sm, jsii.String("DistributedMapPolicy"), nil)
	sm.Role().AttachInlinePolicy(policy)
	sm.GrantStartExecution(policy)
	sm.GrantExecution(policy, jsii.String("states:DescribeExecution"), jsii.String("states:StopExecution"))
	var arns []*string
	for _, l := range labels {
		if l == nil {
			arns = []*string{executionArnWithLabel(sm, "*")}
			break
		}
		arns = append(arns, executionArnWithLabel(sm, l.(string)))
	}
	awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{Grantee: policy, Actions: jsii.Strings("states:RedriveExecution"), ResourceArns: &arns})
}

func executionArnWithLabel(sm StateMachine, label string) *string {
	name := awscdk.Arn_Split(sm.StateMachineArn(), awscdk.ArnFormat_COLON_RESOURCE_NAME).ResourceName
	return awscdk.Stack_Of(sm).FormatArn(&awscdk.ArnComponents{Resource: jsii.String("execution"), Service: jsii.String("states"),
		ResourceName: jsii.String(deref(name) + "/" + label + ":*"), ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME})
}

package awsstepfunctionstasks

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// AthenaStartQueryExecution starts an Athena query.
type AthenaStartQueryExecution interface {
	awsstepfunctions.TaskStateBase
}

// NewAthenaStartQueryExecution builds the task at scope/id.
func NewAthenaStartQueryExecution(scope constructs.Construct, id *string, props *AthenaStartQueryExecutionProps) AthenaStartQueryExecution {
	return newAthenaStartQueryExecution(scope, id, props)
}

// NewAthenaStartQueryExecution_Override initializes t, a Go type embedding AthenaStartQueryExecution, as the task.
func NewAthenaStartQueryExecution_Override(t AthenaStartQueryExecution, scope constructs.Construct, id *string, props *AthenaStartQueryExecutionProps) {
	l2.Override[AthenaStartQueryExecution](t, newAthenaStartQueryExecution(scope, id, props))
}

// AthenaStartQueryExecution_JsonPath builds the task with JSONPath fields.
func AthenaStartQueryExecution_JsonPath(scope constructs.Construct, id *string, props *AthenaStartQueryExecutionJsonPathProps) AthenaStartQueryExecution {
	if props == nil {
		return newAthenaStartQueryExecution(scope, id, nil)
	}
	p := &AthenaStartQueryExecutionProps{}
	copyFields(p, props)
	return newAthenaStartQueryExecution(scope, id, p)
}

// AthenaStartQueryExecution_Jsonata builds the task with JSONata fields: its query language is JSONata.
func AthenaStartQueryExecution_Jsonata(scope constructs.Construct, id *string, props *AthenaStartQueryExecutionJsonataProps) AthenaStartQueryExecution {
	if props == nil {
		return newAthenaStartQueryExecution(scope, id, nil)
	}
	p := &AthenaStartQueryExecutionProps{}
	copyFields(p, props)
	p.QueryLanguage = awsstepfunctions.QueryLanguage_JSONATA
	return newAthenaStartQueryExecution(scope, id, p)
}

// AthenaStartQueryExecution_FilterNextables is awsstepfunctions.TaskStateBase_FilterNextables.
func AthenaStartQueryExecution_FilterNextables(states *[]awsstepfunctions.State) *[]awsstepfunctions.INextable {
	return awsstepfunctions.TaskStateBase_FilterNextables(states)
}

// AthenaStartQueryExecution_FindReachableEndStates is awsstepfunctions.TaskStateBase_FindReachableEndStates.
func AthenaStartQueryExecution_FindReachableEndStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableEndStates(start, options)
}

// AthenaStartQueryExecution_FindReachableStates is awsstepfunctions.TaskStateBase_FindReachableStates.
func AthenaStartQueryExecution_FindReachableStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableStates(start, options)
}

// AthenaStartQueryExecution_IsConstruct reports whether x is a construct.
func AthenaStartQueryExecution_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// AthenaStartQueryExecution_PrefixStates prefixes the names of the states under root.
func AthenaStartQueryExecution_PrefixStates(root constructs.IConstruct, prefix *string) {
	awsstepfunctions.TaskStateBase_PrefixStates(root, prefix)
}

// AthenaStartQueryExecutionProps configures a AthenaStartQueryExecution task.
type AthenaStartQueryExecutionProps struct {
	Comment                        *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage                  awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName                      *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials                    *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat                      awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout               awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern             awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout                    awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout                        awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign                         *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	InputPath                      *string                             `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath                     *string                             `field:"optional" json:"outputPath" yaml:"outputPath"`
	Outputs                        interface{}                         `field:"optional" json:"outputs" yaml:"outputs"`
	ResultPath                     *string                             `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector                 *map[string]interface{}             `field:"optional" json:"resultSelector" yaml:"resultSelector"`
	QueryString                    *string                             `field:"required" json:"queryString" yaml:"queryString"`
	ClientRequestToken             *string                             `field:"optional" json:"clientRequestToken" yaml:"clientRequestToken"`
	ExecutionParameters            *[]*string                          `field:"optional" json:"executionParameters" yaml:"executionParameters"`
	QueryExecutionContext          *QueryExecutionContext              `field:"optional" json:"queryExecutionContext" yaml:"queryExecutionContext"`
	ResultConfiguration            *ResultConfiguration                `field:"optional" json:"resultConfiguration" yaml:"resultConfiguration"`
	ResultReuseConfigurationMaxAge awscdk.Duration                     `field:"optional" json:"resultReuseConfigurationMaxAge" yaml:"resultReuseConfigurationMaxAge"`
	WorkGroup                      *string                             `field:"optional" json:"workGroup" yaml:"workGroup"`
}

// AthenaStartQueryExecutionJsonPathProps configures a AthenaStartQueryExecution task with JSONPath fields.
type AthenaStartQueryExecutionJsonPathProps struct {
	Comment                        *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage                  awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName                      *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials                    *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat                      awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout               awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern             awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout                    awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout                        awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign                         *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	InputPath                      *string                             `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath                     *string                             `field:"optional" json:"outputPath" yaml:"outputPath"`
	ResultPath                     *string                             `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector                 *map[string]interface{}             `field:"optional" json:"resultSelector" yaml:"resultSelector"`
	QueryString                    *string                             `field:"required" json:"queryString" yaml:"queryString"`
	ClientRequestToken             *string                             `field:"optional" json:"clientRequestToken" yaml:"clientRequestToken"`
	ExecutionParameters            *[]*string                          `field:"optional" json:"executionParameters" yaml:"executionParameters"`
	QueryExecutionContext          *QueryExecutionContext              `field:"optional" json:"queryExecutionContext" yaml:"queryExecutionContext"`
	ResultConfiguration            *ResultConfiguration                `field:"optional" json:"resultConfiguration" yaml:"resultConfiguration"`
	ResultReuseConfigurationMaxAge awscdk.Duration                     `field:"optional" json:"resultReuseConfigurationMaxAge" yaml:"resultReuseConfigurationMaxAge"`
	WorkGroup                      *string                             `field:"optional" json:"workGroup" yaml:"workGroup"`
}

// AthenaStartQueryExecutionJsonataProps configures a AthenaStartQueryExecution task with JSONata fields.
type AthenaStartQueryExecutionJsonataProps struct {
	Comment                        *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage                  awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName                      *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials                    *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat                      awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout               awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern             awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout                    awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout                        awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign                         *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	Outputs                        interface{}                         `field:"optional" json:"outputs" yaml:"outputs"`
	QueryString                    *string                             `field:"required" json:"queryString" yaml:"queryString"`
	ClientRequestToken             *string                             `field:"optional" json:"clientRequestToken" yaml:"clientRequestToken"`
	ExecutionParameters            *[]*string                          `field:"optional" json:"executionParameters" yaml:"executionParameters"`
	QueryExecutionContext          *QueryExecutionContext              `field:"optional" json:"queryExecutionContext" yaml:"queryExecutionContext"`
	ResultConfiguration            *ResultConfiguration                `field:"optional" json:"resultConfiguration" yaml:"resultConfiguration"`
	ResultReuseConfigurationMaxAge awscdk.Duration                     `field:"optional" json:"resultReuseConfigurationMaxAge" yaml:"resultReuseConfigurationMaxAge"`
	WorkGroup                      *string                             `field:"optional" json:"workGroup" yaml:"workGroup"`
}

// QueryExecutionContext is the catalog and database an Athena query runs in.
type QueryExecutionContext struct {
	CatalogName  *string `field:"optional" json:"catalogName" yaml:"catalogName"`
	DatabaseName *string `field:"optional" json:"databaseName" yaml:"databaseName"`
}

// ResultConfiguration is where an Athena query writes its results, and how they are encrypted.
type ResultConfiguration struct {
	EncryptionConfiguration *EncryptionConfiguration `field:"optional" json:"encryptionConfiguration" yaml:"encryptionConfiguration"`
	OutputLocation          *awss3.Location          `field:"optional" json:"outputLocation" yaml:"outputLocation"`
}

// EncryptionConfiguration is how Athena encrypts query results.
type EncryptionConfiguration struct {
	EncryptionOption EncryptionOption `field:"required" json:"encryptionOption" yaml:"encryptionOption"`
	EncryptionKey    awskms.IKey      `field:"optional" json:"encryptionKey" yaml:"encryptionKey"`
}

// EncryptionOption is the encryption of Athena query results.
type EncryptionOption string

const (
	EncryptionOption_S3_MANAGED      EncryptionOption = "S3_MANAGED"
	EncryptionOption_KMS             EncryptionOption = "KMS"
	EncryptionOption_CLIENT_SIDE_KMS EncryptionOption = "CLIENT_SIDE_KMS"
)

var athenaEncryption = map[EncryptionOption]string{
	EncryptionOption_S3_MANAGED: "SSE_S3", EncryptionOption_KMS: "SSE_KMS", EncryptionOption_CLIENT_SIDE_KMS: "CSE_KMS",
}

func newAthenaStartQueryExecution(scope constructs.Construct, id *string, props *AthenaStartQueryExecutionProps) AthenaStartQueryExecution {
	required(scope, id, "AthenaStartQueryExecution", props, "QueryString")
	t := newTask(scope, id, props)
	pattern := props.IntegrationPattern
	if pattern == "" {
		pattern = awsstepfunctions.IntegrationPattern_REQUEST_RESPONSE
	}
	validatePattern(pattern, awsstepfunctions.IntegrationPattern_REQUEST_RESPONSE, awsstepfunctions.IntegrationPattern_RUN_JOB)
	if p := props.ExecutionParameters; p != nil && !*awscdk.Token_IsUnresolved(p) {
		if len(*p) == 0 {
			throw(t, "'executionParameters' must be a non-empty list")
		}
		for _, e := range *p {
			if e == nil || len(*e) < 1 || len(*e) > 1024 {
				throw(t, "'executionParameters' items's length must be between 1 and 1024 characters")
			}
		}
	}
	if d := props.ResultReuseConfigurationMaxAge; d != nil && !*awscdk.Token_IsUnresolved(d) {
		ms := *d.ToMilliseconds(nil)
		if ms > 0 && ms < 60000 {
			throw(t, "resultReuseConfigurationMaxAge must be greater than or equal to 1 minute or be equal to 0, got %s ms", jsString(ms))
		}
		if m := *d.ToMinutes(nil); m > 10080 {
			throw(t, "resultReuseConfigurationMaxAge must either be 0 or between 1 and 10080 minutes, got %s", jsString(m))
		}
	}
	stack := awscdk.Stack_Of(t)
	arn := func(service, resource string, name *string) *string {
		return stack.FormatArn(&awscdk.ArnComponents{Service: str(service), Resource: str(resource), ResourceName: name})
	}
	ctx := props.QueryExecutionContext
	if ctx == nil {
		ctx = &QueryExecutionContext{}
	}
	catalog, database := "AwsDataCatalog", "default"
	if ctx.CatalogName != nil {
		catalog = *ctx.CatalogName
	}
	if ctx.DatabaseName != nil {
		database = *ctx.DatabaseName
	}
	workGroup := "primary"
	if props.WorkGroup != nil {
		workGroup = *props.WorkGroup
	}
	output := str("*")
	var loc *awss3.Location
	if props.ResultConfiguration != nil {
		loc = props.ResultConfiguration.OutputLocation
	}
	if loc != nil && loc.BucketName != nil && *loc.BucketName != "" {
		output = stack.FormatArn(&awscdk.ArnComponents{Region: str(""), Account: str(""), Service: str("s3"), Resource: loc.BucketName, ResourceName: str(jsString(plain(loc.ObjectKey)) + "/*")})
	}
	t.policies = []awsiam.PolicyStatement{
		statement([]string{"athena:getDataCatalog", "athena:startQueryExecution", "athena:getQueryExecution"}, arn("athena", "datacatalog", str(catalog)), arn("athena", "workgroup", str(workGroup))),
		statement([]string{"s3:CreateBucket", "s3:ListBucket", "s3:GetBucketLocation", "s3:GetObject"}, str("*")),
		statement([]string{"s3:AbortMultipartUpload", "s3:ListBucketMultipartUploads", "s3:ListMultipartUploadParts", "s3:PutObject"}, output),
		statement([]string{"lakeformation:GetDataAccess"}, str("*")),
		statement([]string{"glue:BatchCreatePartition", "glue:BatchDeletePartition", "glue:BatchDeleteTable", "glue:BatchGetPartition", "glue:CreateDatabase",
			"glue:CreatePartition", "glue:CreateTable", "glue:DeleteDatabase", "glue:DeletePartition", "glue:DeleteTable", "glue:GetDatabase", "glue:GetDatabases",
			"glue:GetPartition", "glue:GetPartitions", "glue:GetTable", "glue:GetTables", "glue:UpdateDatabase", "glue:UpdatePartition", "glue:UpdateTable"},
			arn("glue", "catalog", nil), arn("glue", "database", str(database)), arn("glue", "table", str(database+"/*")), arn("glue", "userDefinedFunction", str(database+"/*"))),
	}
	t.Hook.Render = func(top string) interface{} {
		var qctx, enc, outLoc, reuse interface{}
		if (ctx.CatalogName != nil && *ctx.CatalogName != "") || (ctx.DatabaseName != nil && *ctx.DatabaseName != "") {
			qctx = obj("Catalog", ctx.CatalogName, "Database", ctx.DatabaseName)
		}
		if rc := props.ResultConfiguration; rc != nil && rc.EncryptionConfiguration != nil {
			var key interface{}
			if k := rc.EncryptionConfiguration.EncryptionKey; k != nil {
				key = k.KeyArn()
			}
			enc = obj("EncryptionOption", athenaEncryption[rc.EncryptionConfiguration.EncryptionOption], "KmsKey", key)
		}
		if loc != nil {
			outLoc = "s3://" + jsString(plain(loc.BucketName)) + "/" + jsString(plain(loc.ObjectKey)) + "/"
		}
		if d := props.ResultReuseConfigurationMaxAge; d != nil {
			reuse = obj("ResultReuseByAgeConfiguration", obj("Enabled", true, "MaxAgeInMinutes", d.ToMinutes(nil)))
		}
		return t.render(top, integrationResourceArn("athena", "startQueryExecution", pattern), obj(
			"QueryString", props.QueryString, "ClientRequestToken", props.ClientRequestToken, "QueryExecutionContext", qctx,
			"ResultConfiguration", obj("EncryptionConfiguration", enc, "OutputLocation", outLoc), "WorkGroup", props.WorkGroup,
			"ExecutionParameters", props.ExecutionParameters, "ResultReuseConfiguration", reuse))
	}
	return t
}

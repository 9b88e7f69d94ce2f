package awsappsync

import (
	"fmt"
	"os"

	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/jsii"
)

// MappingTemplate is a VTL request or response mapping template.
type MappingTemplate interface {
	// RenderTemplate is the template text.
	RenderTemplate() *string
}

type stringTemplate struct{ template string }

func (t *stringTemplate) RenderTemplate() *string { return jsii.String(t.template) }

// MappingTemplate_FromString is the template given inline.
func MappingTemplate_FromString(template *string) MappingTemplate {
	return &stringTemplate{s(template)}
}

// MappingTemplate_FromFile is the template read from fileName.
func MappingTemplate_FromFile(fileName *string) MappingTemplate {
	b, err := os.ReadFile(s(fileName))
	if err != nil {
		diag.Panic("", "MappingTemplate.fromFile: %s", err.Error())
	}
	return &stringTemplate{string(b)}
}

// MappingTemplate_DynamoDbResultList returns the items of a Query or Scan.
func MappingTemplate_DynamoDbResultList() MappingTemplate {
	return &stringTemplate{"$util.toJson($ctx.result.items)"}
}

// MappingTemplate_DynamoDbResultItem returns the single item of a GetItem or PutItem.
func MappingTemplate_DynamoDbResultItem() MappingTemplate {
	return &stringTemplate{"$util.toJson($ctx.result)"}
}

func boolStr(b *bool) string { return fmt.Sprint(b != nil && *b) }

// MappingTemplate_DynamoDbScanTable scans the whole table.
func MappingTemplate_DynamoDbScanTable(consistentRead *bool) MappingTemplate {
	return &stringTemplate{`{"version" : "2017-02-28", "operation" : "Scan", "consistentRead": ` + boolStr(consistentRead) + `}`}
}

// MappingTemplate_DynamoDbQuery queries the table (or the index indexName) with cond.
func MappingTemplate_DynamoDbQuery(cond KeyCondition, indexName *string, consistentRead *bool) MappingTemplate {
	index := ""
	if indexName != nil && *indexName != "" {
		index = `"index" : "` + *indexName + `", `
	}
	rendered := "undefined"
	if cond != nil {
		rendered = *cond.RenderTemplate()
	}
	return &stringTemplate{`{"version" : "2017-02-28", "operation" : "Query",  "consistentRead": ` + boolStr(consistentRead) + `, ` + index + rendered + `}`}
}

// MappingTemplate_DynamoDbGetItem gets the item whose key keyName is argument idArg.
func MappingTemplate_DynamoDbGetItem(keyName *string, idArg *string, consistentRead *bool) MappingTemplate {
	return &stringTemplate{`{"version": "2017-02-28", "operation": "GetItem", "consistentRead": ` + boolStr(consistentRead) +
		`, "key": {"` + s(keyName) + `": $util.dynamodb.toDynamoDBJson($ctx.args.` + s(idArg) + `)}}`}
}

// MappingTemplate_DynamoDbDeleteItem deletes the item whose key keyName is argument idArg.
func MappingTemplate_DynamoDbDeleteItem(keyName *string, idArg *string) MappingTemplate {
	return &stringTemplate{`{"version": "2017-02-28", "operation": "DeleteItem", "key": {"` + s(keyName) +
		`": $util.dynamodb.toDynamoDBJson($ctx.args.` + s(idArg) + `)}}`}
}

// MappingTemplate_DynamoDbPutItem puts the item with key and values.
func MappingTemplate_DynamoDbPutItem(key PrimaryKey, values AttributeValues) MappingTemplate {
	if key == nil || values == nil {
		diag.Panic("", "MappingTemplate.dynamoDbPutItem needs a key and values; got nil")
	}
	return &stringTemplate{`
      ` + *values.RenderVariables() + `
      {
        "version": "2017-02-28",
        "operation": "PutItem",
        ` + *key.RenderTemplate() + `,
        ` + *values.RenderTemplate() + `
      }`}
}

// MappingTemplate_LambdaRequest invokes a Lambda function with payload
// (default the whole context) and operation (default Invoke).
func MappingTemplate_LambdaRequest(payload *string, operation *string) MappingTemplate {
	p, op := "$util.toJson($ctx)", "Invoke"
	if payload != nil {
		p = *payload
	}
	if operation != nil {
		op = *operation
	}
	return &stringTemplate{`{"version": "2017-02-28", "operation": "` + op + `", "payload": ` + p + `}`}
}

// MappingTemplate_LambdaResult returns the Lambda function's result.
func MappingTemplate_LambdaResult() MappingTemplate {
	return &stringTemplate{"$util.toJson($ctx.result)"}
}

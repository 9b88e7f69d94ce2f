package main

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/assertions"
	"github.com/strata-cdk/strata/jsii"
)

func serverlessApiTemplate() assertions.Template {
	app := awscdk.NewApp(nil)
	stack := NewServerlessApiStack(app, "ServerlessApiStack", nil)
	return assertions.Template_FromStack(stack, nil)
}

func TestServerlessApi(t *testing.T) {
	template := serverlessApiTemplate()

	for typ, n := range map[string]float64{
		"AWS::Cognito::UserPool": 1, "AWS::Cognito::UserPoolClient": 1, "AWS::DynamoDB::Table": 1,
		"AWS::Lambda::LayerVersion": 1, "AWS::Lambda::Function": 4, "AWS::Lambda::EventSourceMapping": 1,
		"AWS::ApiGateway::RestApi": 1, "AWS::ApiGateway::Authorizer": 2, "AWS::ApiGateway::RequestValidator": 1,
		"AWS::ApiGateway::Model": 1, "AWS::ApiGateway::Stage": 1, "AWS::ApiGatewayV2::Api": 1,
		"AWS::ApiGatewayV2::Integration": 2, "AWS::CloudWatch::Alarm": 2, "AWS::ApiGatewayV2::Route": 3, "AWS::ApiGatewayV2::Authorizer": 1,
	} {
		template.ResourceCountIs(jsii.String(typ), jsii.Number(n))
	}

	// The table: a GSI, TTL and a stream the stream function reads.
	tableID := template.GetResourceId(jsii.String("AWS::DynamoDB::Table"), nil)
	template.HasResourceProperties(jsii.String("AWS::DynamoDB::Table"), map[string]interface{}{
		"BillingMode":             "PAY_PER_REQUEST",
		"TimeToLiveSpecification": map[string]interface{}{"AttributeName": "expiresAt", "Enabled": true},
		"StreamSpecification":     map[string]interface{}{"StreamViewType": "NEW_AND_OLD_IMAGES"},
		"GlobalSecondaryIndexes": assertions.Match_ArrayWith(&[]interface{}{assertions.Match_ObjectLike(&map[string]interface{}{
			"IndexName":  "byStatus",
			"Projection": map[string]interface{}{"ProjectionType": "INCLUDE", "NonKeyAttributes": []interface{}{"title"}},
		})}),
	})
	template.HasResourceProperties(jsii.String("AWS::Lambda::EventSourceMapping"), map[string]interface{}{
		"EventSourceArn":        map[string]interface{}{"Fn::GetAtt": []interface{}{*tableID, "StreamArn"}},
		"StartingPosition":      "TRIM_HORIZON",
		"BatchSize":             25,
		"FunctionResponseTypes": []interface{}{"ReportBatchItemFailures"},
	})

	// Both authorizers of the REST API: the user pool's and the API key's.
	poolID := template.GetResourceId(jsii.String("AWS::Cognito::UserPool"), nil)
	template.HasResourceProperties(jsii.String("AWS::ApiGateway::Authorizer"), map[string]interface{}{
		"Type":           "COGNITO_USER_POOLS",
		"IdentitySource": "method.request.header.Authorization",
		"ProviderARNs":   []interface{}{map[string]interface{}{"Fn::GetAtt": []interface{}{*poolID, "Arn"}}},
	})
	template.HasResourceProperties(jsii.String("AWS::ApiGateway::Authorizer"), map[string]interface{}{
		"Type":                         "REQUEST",
		"IdentitySource":               "method.request.header.X-Api-Key",
		"AuthorizerResultTtlInSeconds": 300,
	})
	template.HasResourceProperties(jsii.String("AWS::ApiGateway::Method"), map[string]interface{}{
		"HttpMethod":         "POST",
		"AuthorizationType":  "COGNITO_USER_POOLS",
		"RequestModels":      map[string]interface{}{"application/json": map[string]interface{}{"Ref": assertions.Match_StringLikeRegexp(jsii.String("^ApiItemModel"))}},
		"RequestValidatorId": map[string]interface{}{"Ref": assertions.Match_StringLikeRegexp(jsii.String("^ApiBodyValidator"))},
	})
	template.HasResourceProperties(jsii.String("AWS::ApiGateway::Method"), map[string]interface{}{
		"HttpMethod":  "GET",
		"Integration": assertions.Match_ObjectLike(&map[string]interface{}{"Type": "MOCK"}),
	})

	// The stage: throttled, logged, traced, with JSON access logs.
	template.HasResourceProperties(jsii.String("AWS::ApiGateway::Stage"), map[string]interface{}{
		"StageName":      "prod",
		"TracingEnabled": true,
		"MethodSettings": []interface{}{assertions.Match_ObjectLike(&map[string]interface{}{
			"LoggingLevel": "INFO", "MetricsEnabled": true, "ThrottlingRateLimit": 100, "ThrottlingBurstLimit": 200,
		})},
		"AccessLogSetting": assertions.Match_ObjectLike(&map[string]interface{}{"Format": assertions.Match_StringLikeRegexp(jsii.String(`"requestId":"\$context.requestId"`))}),
	})

	// The stage's 5XX errors alarm.
	template.HasResourceProperties(jsii.String("AWS::CloudWatch::Alarm"), map[string]interface{}{
		"MetricName": "5XXError", "Namespace": "AWS/ApiGateway", "Statistic": "Sum", "Period": 60,
		"Dimensions": assertions.Match_ArrayWith(&[]interface{}{map[string]interface{}{"Name": "Stage", "Value": assertions.Match_AnyValue()}}),
	})

	// The HTTP API: CORS and a SIMPLE Lambda authorizer on /items.
	template.HasResourceProperties(jsii.String("AWS::ApiGatewayV2::Api"), map[string]interface{}{
		"CorsConfiguration": assertions.Match_ObjectLike(&map[string]interface{}{"AllowMethods": []interface{}{"GET", "POST"}, "MaxAge": 86400}),
	})
	template.HasResourceProperties(jsii.String("AWS::ApiGatewayV2::Authorizer"), map[string]interface{}{
		"AuthorizerType":                 "REQUEST",
		"EnableSimpleResponses":          true,
		"AuthorizerPayloadFormatVersion": "2.0",
	})

	for _, name := range []string{"RestApiUrl", "HttpApiUrl", "UserPoolId", "UserPoolClientId", "TableName"} {
		template.HasOutput(jsii.String(name), map[string]interface{}{"Value": assertions.Match_AnyValue()})
	}
}

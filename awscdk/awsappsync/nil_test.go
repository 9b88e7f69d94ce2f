package awsappsync_test

import (
	"fmt"
	"runtime/debug"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsappsync"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/jsii"
)

// Every constructor and the methods that take objects, called with nil:
// each must work or end in a user error, never a Go runtime panic.
func TestNilArgumentsNeverCrash(t *testing.T) {
	id := jsii.String("X")
	calls := map[string]func(s awscdk.Stack){
		"GraphqlApi":                   func(s awscdk.Stack) { awsappsync.NewGraphqlApi(s, id, nil) },
		"GraphqlApiEmpty":              func(s awscdk.Stack) { awsappsync.NewGraphqlApi(s, id, &awsappsync.GraphqlApiProps{}) },
		"Import":                       func(s awscdk.Stack) { awsappsync.GraphqlApi_FromGraphqlApiAttributes(s, id, nil) },
		"NoneDataSource":               func(s awscdk.Stack) { awsappsync.NewNoneDataSource(s, id, nil) },
		"DynamoDbDataSource":           func(s awscdk.Stack) { awsappsync.NewDynamoDbDataSource(s, id, nil) },
		"HttpDataSource":               func(s awscdk.Stack) { awsappsync.NewHttpDataSource(s, id, nil) },
		"LambdaDataSource":             func(s awscdk.Stack) { awsappsync.NewLambdaDataSource(s, id, nil) },
		"EventBridgeDataSource":        func(s awscdk.Stack) { awsappsync.NewEventBridgeDataSource(s, id, nil) },
		"RdsDataSource":                func(s awscdk.Stack) { awsappsync.NewRdsDataSource(s, id, nil) },
		"Resolver":                     func(s awscdk.Stack) { awsappsync.NewResolver(s, id, nil) },
		"AppsyncFunction":              func(s awscdk.Stack) { awsappsync.NewAppsyncFunction(s, id, nil) },
		"FunctionImport":               func(s awscdk.Stack) { awsappsync.AppsyncFunction_FromAppsyncFunctionAttributes(s, id, nil) },
		"SourceApiAssociation":         func(s awscdk.Stack) { awsappsync.NewSourceApiAssociation(s, id, nil) },
		"AssociationImport":            func(s awscdk.Stack) { awsappsync.SourceApiAssociation_FromSourceApiAssociationAttributes(s, id, nil) },
		"EventApi":                     func(s awscdk.Stack) { awsappsync.NewEventApi(s, id, nil) },
		"EventApiImport":               func(s awscdk.Stack) { awsappsync.EventApi_FromEventApiAttributes(s, id, nil) },
		"ChannelNamespace":             func(s awscdk.Stack) { awsappsync.NewChannelNamespace(s, id, nil) },
		"AppSyncDynamoDbDataSource":    func(s awscdk.Stack) { awsappsync.NewAppSyncDynamoDbDataSource(s, id, nil) },
		"AppSyncHttpDataSource":        func(s awscdk.Stack) { awsappsync.NewAppSyncHttpDataSource(s, id, nil) },
		"AppSyncLambdaDataSource":      func(s awscdk.Stack) { awsappsync.NewAppSyncLambdaDataSource(s, id, nil) },
		"AppSyncEventBridgeDataSource": func(s awscdk.Stack) { awsappsync.NewAppSyncEventBridgeDataSource(s, id, nil) },
		"AppSyncRdsDataSource":         func(s awscdk.Stack) { awsappsync.NewAppSyncRdsDataSource(s, id, nil) },
		"ApiMethods": func(s awscdk.Stack) {
			a := withApi(s)
			a.AddDynamoDbDataSource(jsii.String("d"), nil, nil)
		},
		"ApiResolverNil":   func(s awscdk.Stack) { withApi(s).CreateResolver(jsii.String("r"), nil) },
		"ApiGrantNil":      func(s awscdk.Stack) { withApi(s).GrantQuery(nil) },
		"ApiGrantResource": func(s awscdk.Stack) { withApi(s).Grant(nil, nil) },
		"DataSourceNil": func(s awscdk.Stack) {
			ds := withApi(s).AddNoneDataSource(jsii.String("n"), nil)
			ds.CreateResolver(jsii.String("r"), nil)
			ds.CreateFunction(jsii.String("f"), nil)
		},
		"EventApiNil": func(s awscdk.Stack) {
			e := eventApi(s)
			e.AddChannelNamespace(jsii.String("n"), nil)
			e.AddLambdaDataSource(jsii.String("l"), nil, nil)
			e.AddRdsDataSource(jsii.String("r"), nil, nil, nil, nil)
			e.Grant(nil, nil)
		},
		"Templates": func(s awscdk.Stack) {
			awsappsync.MappingTemplate_DynamoDbQuery(nil, nil, nil).RenderTemplate()
			awsappsync.MappingTemplate_DynamoDbPutItem(nil, nil)
			awsappsync.KeyCondition_Eq(nil, nil).And(nil).RenderTemplate()
			awsappsync.Values_Projecting(nil).Attribute(nil).Is(nil).RenderVariables()
			awsappsync.NewSchemaFile(nil)
			awsappsync.Code_FromInline(nil)
		},
	}
	for name, call := range calls {
		name, call := name, call
		t.Run(name, func(t *testing.T) {
			if msg := crash(func() {
				app := awscdk.NewApp(nil)
				call(awscdk.NewStack(app, jsii.String("S"), nil))
				app.Synth(nil)
			}); msg != "" {
				t.Fatal(msg)
			}
		})
	}
}

func crash(f func()) (msg string) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		if err, ok := r.(error); ok && diag.IsUserError(err) {
			return
		}
		msg = fmt.Sprintf("%v\n%s", r, debug.Stack())
	}()
	f()
	return ""
}

package awslambdaeventsources

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsapigateway"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// ApiEventSource has a REST API call the function for one method of one
// path.
type ApiEventSource interface {
	awslambda.IEventSource
}

type apiEventSource struct {
	method, path string
	options      *awsapigateway.MethodOptions
}

// NewApiEventSource routes method on path (which starts with "/") of the
// function's REST API to the function.
func NewApiEventSource(method *string, path *string, options *awsapigateway.MethodOptions) ApiEventSource {
	if method == nil || path == nil {
		unscoped("NewApiEventSource needs a method and a path")
	}
	if !strings.HasPrefix(*path, "/") {
		unscoped(`Path must start with "/": ` + *path)
	}
	return &apiEventSource{method: *method, path: *path, options: options}
}

// Bind adds the method to the REST API the function's stack holds for it,
// made on the first bind with the function as default integration.
func (s *apiEventSource) Bind(target awslambda.IFunction) {
	id := *awscdk.Names_NodeUniqueId(target.Node()) + ":ApiEventSourceA7A86A4F"
	stack := awscdk.Stack_Of(target)
	var api awsapigateway.IRestApi
	if c := stack.Node().TryFindChild(jsii.String(id)); c != nil {
		a, ok := c.(awsapigateway.IRestApi)
		if !ok {
			l2.Throw(c, "%s is not the REST API of an ApiEventSource", *c.Node().Path())
		}
		api = a
	} else {
		api = awsapigateway.NewRestApi(stack, jsii.String(id), &awsapigateway.RestApiProps{
			DefaultIntegration: awsapigateway.NewLambdaIntegration(target, nil)})
	}
	api.Root().ResourceForPath(jsii.String(s.path)).AddMethod(jsii.String(s.method), nil, s.options)
}

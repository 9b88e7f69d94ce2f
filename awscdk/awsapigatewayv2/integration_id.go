package awsapigatewayv2

import (
	"github.com/strata-cdk/strata/constructs"
	"reflect"

	"github.com/strata-cdk/strata/internal/l2"
)

// named is what the integrations of awsapigatewayv2integrations (and the
// bases of the _Override constructors) implement: the id of the
// integration construct the first route makes.
type named interface{ StrataIntegrationID() string }

// integrationID is the id of integration's construct. A user's type that
// embeds one of our integrations (the _Override pattern) does not promote
// StrataIntegrationID through the embedded interface, so the embedded
// fields are searched too, breadth first as Go promotes methods.
func integrationID(integration interface{}) string {
	if n, ok := integration.(named); ok {
		return n.StrataIntegrationID()
	}
	v := reflect.ValueOf(integration)
	for v.Kind() == reflect.Ptr || v.Kind() == reflect.Interface {
		if v.IsNil() {
			return "Integration"
		}
		v = v.Elem()
	}
	queue := []reflect.Value{v}
	for len(queue) > 0 {
		sv := queue[0]
		queue = queue[1:]
		if sv.Kind() != reflect.Struct {
			continue
		}
		for i := 0; i < sv.NumField(); i++ {
			f := sv.Type().Field(i)
			if !f.Anonymous || !f.IsExported() {
				continue
			}
			fv := sv.Field(i)
			switch fv.Kind() {
			case reflect.Interface, reflect.Ptr:
				if fv.IsNil() {
					continue
				}
				if n, ok := fv.Interface().(named); ok {
					return n.StrataIntegrationID()
				}
				if fv.Kind() == reflect.Ptr {
					queue = append(queue, fv.Elem())
				}
			case reflect.Struct:
				queue = append(queue, fv)
			}
		}
	}
	return "Integration"
}

// routeIntegrationBase is what NewHttpRouteIntegration_Override and
// NewWebSocketRouteIntegration_Override store in a user's integration: its
// id; the user's type supplies Bind.
type routeIntegrationBase struct{ id string }

func (b *routeIntegrationBase) StrataIntegrationID() string { return b.id }

func (b *routeIntegrationBase) Bind(options *HttpRouteIntegrationBindOptions) *HttpRouteIntegrationConfig {
	if options != nil && options.Scope != nil {
		l2.Throw(options.Scope, "HttpRouteIntegration.bind is abstract: the type embedding HttpRouteIntegration must define Bind")
	}
	return nil
}

func (b *routeIntegrationBase) CompleteBind(*HttpRouteIntegrationBindOptions) {}

type wsRouteIntegrationBase struct{ id string }

func (b *wsRouteIntegrationBase) StrataIntegrationID() string { return b.id }

func (b *wsRouteIntegrationBase) Bind(options *WebSocketRouteIntegrationBindOptions) *WebSocketRouteIntegrationConfig {
	if options != nil && options.Scope != nil {
		l2.Throw(options.Scope, "WebSocketRouteIntegration.bind is abstract: the type embedding WebSocketRouteIntegration must define Bind")
	}
	return nil
}

// NewHttpRouteIntegration_Override initialises outer, a type embedding
// HttpRouteIntegration that defines Bind (how Go programs write their own
// integration); id names the integration construct.
func NewHttpRouteIntegration_Override(outer HttpRouteIntegration, id *string) {
	l2.Override(outer, HttpRouteIntegration(&routeIntegrationBase{id: deref(id)}))
}

// NewWebSocketRouteIntegration_Override initialises outer, a type embedding
// WebSocketRouteIntegration that defines Bind; id names the integration construct.
func NewWebSocketRouteIntegration_Override(outer WebSocketRouteIntegration, id *string) {
	l2.Override(outer, WebSocketRouteIntegration(&wsRouteIntegrationBase{id: deref(id)}))
}

// boundElsewhere reports whether another API of the app already made an
// integration resource for integration (aws-cdk-lib keeps the integration
// on the integration object; Strata keeps it on each API, so the other
// APIs are looked at, once per integration and API).
func boundElsewhere(api constructs.IConstruct, integration interface{}) bool {
	for _, c := range *api.Node().Root().Node().FindAll(constructs.ConstructOrder_PREORDER) {
		if c == api {
			continue
		}
		if b := httpRegistryOf(c); b != nil {
			if i, ok := integration.(HttpRouteIntegration); ok && b.integrations[i] != nil {
				return true
			}
		}
		if b := wsRegistryOf(c); b != nil {
			if i, ok := integration.(WebSocketRouteIntegration); ok && b.integrations[i] != nil {
				return true
			}
		}
	}
	return false
}

// httpRegistryOf is the shared part of an HTTP API, defined here or
// imported, also when a user's type embeds it (NewHttpApi_Override).
func httpRegistryOf(x interface{}) *httpApiBase {
	var found *httpApiBase
	walkEmbedded(x, func(v interface{}) bool {
		switch a := v.(type) {
		case *httpApi:
			found = &a.httpApiBase
		case *importedHttpApi:
			found = &a.httpApiBase
		}
		return found != nil
	})
	return found
}

// wsRegistryOf is the shared part of a WebSocket API, as httpRegistryOf.
func wsRegistryOf(x interface{}) *wsApiBase {
	var found *wsApiBase
	walkEmbedded(x, func(v interface{}) bool {
		switch a := v.(type) {
		case *webSocketApi:
			found = &a.wsApiBase
		case *importedWebSocketApi:
			found = &a.wsApiBase
		}
		return found != nil
	})
	return found
}

// walkEmbedded calls visit with x, then with the values of x's embedded
// interface and pointer fields, breadth first, until visit returns true.
func walkEmbedded(x interface{}, visit func(interface{}) bool) {
	if x == nil || visit(x) {
		return
	}
	queue := []reflect.Value{reflect.ValueOf(x)}
	// embedded fields are few and shallow; the bound keeps a cycle through
	// embedded pointers from looping.
	for n := 0; len(queue) > 0 && n < 64; n++ {
		v := queue[0]
		queue = queue[1:]
		for v.Kind() == reflect.Ptr || v.Kind() == reflect.Interface {
			if v.IsNil() {
				break
			}
			v = v.Elem()
		}
		if v.Kind() != reflect.Struct {
			continue
		}
		for i := 0; i < v.NumField(); i++ {
			f := v.Type().Field(i)
			if !f.Anonymous || !f.IsExported() {
				continue
			}
			fv := v.Field(i)
			if (fv.Kind() == reflect.Interface || fv.Kind() == reflect.Ptr) && !fv.IsNil() {
				if visit(fv.Interface()) {
					return
				}
			}
			queue = append(queue, fv)
		}
	}
}

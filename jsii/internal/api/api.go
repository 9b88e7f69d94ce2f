// Package api holds the types behind jsii.FQN, jsii.MemberMethod and
// jsii.MemberProperty, declared here (as jsii-runtime-go declares them in
// its own internal/api) so that the public types have the same shape.
package api

// FQN is a jsii fully qualified type name.
type FQN string

// MethodOverride maps a jsii method to the Go method implementing it.
type MethodOverride struct {
	JsiiMethod string `json:"method"`
	GoMethod   string `json:"cookie"`
}

// PropertyOverride maps a jsii property to the Go getter implementing it.
type PropertyOverride struct {
	JsiiProperty string `json:"property"`
	GoGetter     string `json:"cookie"`
}

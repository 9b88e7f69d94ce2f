package customresources

import (
	"reflect"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// LoggingProps configure Logging.
type LoggingProps struct {
	// Whether or not to log data associated with the API call response.
	// Default: true.
	LogApiResponseData *bool `field:"optional" json:"logApiResponseData" yaml:"logApiResponseData"`
}

// Logging says what an AwsSdkCall's handler logs.
type Logging interface{}

type logging struct {
	logAPIResponseData *bool
}

// NewLogging_Override initialises outer, a type embedding Logging, with
// props (aws-cdk-go's way to subclass Logging).
func NewLogging_Override(l Logging, props *LoggingProps) {
	v := &logging{}
	if props != nil {
		v.logAPIResponseData = props.LogApiResponseData
	}
	l2.Override(l, Logging(v))
}

// Logging_All logs everything: the event, the API response, the
// handler's response, SDK versions and errors.
func Logging_All() Logging { return &logging{} }

// Logging_WithDataHidden logs everything except the API response data.
func Logging_WithDataHidden() Logging {
	return &logging{logAPIResponseData: jsii.Bool(false)}
}

// loggingOf finds the settings behind l: Strata's own value, or the one a
// user's type embedding Logging was initialised with.
func loggingOf(l Logging) *logging {
	if v, ok := l.(*logging); ok {
		return v
	}
	rv := reflect.ValueOf(l)
	for rv.IsValid() && (rv.Kind() == reflect.Pointer || rv.Kind() == reflect.Interface) && !rv.IsNil() {
		rv = rv.Elem()
	}
	if rv.IsValid() && rv.Kind() == reflect.Struct {
		for i := 0; i < rv.NumField(); i++ {
			if f := rv.Field(i); f.CanInterface() {
				if v, ok := f.Interface().(*logging); ok && v != nil {
					return v
				}
			}
		}
	}
	return &logging{}
}

// renderLogging is what the SDK call's JSON carries for l:
// logApiResponseData when set, else true under the
// logApiResponseDataPropertyTrueDefault flag, else nothing.
func renderLogging(scope constructs.IConstruct, l Logging) *bool {
	v := &logging{}
	if l != nil {
		v = loggingOf(l)
	}
	if v.logAPIResponseData != nil {
		return v.logAPIResponseData
	}
	if on := awscdk.FeatureFlags_Of(scope).IsEnabled(jsii.String(logAPIResponseDataFlag)); on != nil && *on {
		return jsii.Bool(true)
	}
	return nil
}

const logAPIResponseDataFlag = "@aws-cdk/custom-resources:logApiResponseDataPropertyTrueDefault"

package awsapigateway

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsapigateway"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// abstractStage is the base a user's StageBase type embeds. The type must
// define RestApi and StageName; the base's URL, ARN, metric and API key
// methods read them from the user's type (the tree's object for the node).
type abstractStage struct{ awscdk.Resource }

func (a *abstractStage) outer() StageBase {
	if o, ok := host.Of(a).(StageBase); ok {
		return o
	}
	return a
}

func (a *abstractStage) RestApi() IRestApi {
	l2.Throw(a, "StageBase: a type embedding it must define RestApi")
	return nil
}

func (a *abstractStage) StageName() *string {
	l2.Throw(a, "StageBase: a type embedding it must define StageName")
	return nil
}

func (a *abstractStage) StageRef() *interfacesawsapigateway.StageReference {
	o := a.outer()
	return &interfacesawsapigateway.StageReference{RestApiId: o.RestApi().RestApiId(), StageName: o.StageName()}
}

func (a *abstractStage) UrlForPath(path *string) *string {
	p := "/"
	if path != nil {
		p = *path
	}
	if !strings.HasPrefix(p, "/") {
		l2.Throw(a, "Path must begin with \"/\": %s", p)
	}
	o := a.outer()
	st := awscdk.Stack_Of(a)
	return jsii.String("https://" + *o.RestApi().RestApiId() + ".execute-api." + *st.Region() + "." + *st.UrlSuffix() + "/" + *o.StageName() + p)
}

func (a *abstractStage) StageArn() *string {
	o := a.outer()
	return awscdk.Stack_Of(a).FormatArn(&awscdk.ArnComponents{ArnFormat: awscdk.ArnFormat_SLASH_RESOURCE_NAME,
		Service: jsii.String("apigateway"), Account: jsii.String(""), Resource: jsii.String("/restapis"),
		ResourceName: jsii.String(*o.RestApi().RestApiId() + "/stages/" + *o.StageName())})
}

func (a *abstractStage) AddApiKey(id *string, options *ApiKeyOptions) IApiKey {
	return NewApiKey(a, id, apiKeyProps(options, &ApiKeyProps{Stages: &[]IStage{a.outer()}}))
}

func (a *abstractStage) metric(name, stat string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	o := a.outer()
	return gatewayMetric(a, map[string]*string{"ApiName": o.RestApi().RestApiName(), "Stage": o.StageName()}, jsii.String(name), stat, props)
}

func (a *abstractStage) Metric(metricName *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return a.metric(*metricName, "", props)
}
func (a *abstractStage) MetricClientError(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return a.metric(metric4xx, statSum, props)
}
func (a *abstractStage) MetricServerError(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return a.metric(metric5xx, statSum, props)
}
func (a *abstractStage) MetricCacheHitCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return a.metric(metricCacheHit, statSum, props)
}
func (a *abstractStage) MetricCacheMissCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return a.metric(metricCacheMiss, statSum, props)
}
func (a *abstractStage) MetricCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return a.metric(metricCount, statSampleCount, props)
}
func (a *abstractStage) MetricIntegrationLatency(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return a.metric(metricIntegration, statAverage, props)
}
func (a *abstractStage) MetricLatency(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return a.metric(metricLatency, statAverage, props)
}

// NewStageBase_Override initialises outer, a user's stage type embedding
// StageBase, as the resource id in scope; the type must define RestApi and
// StageName.
func NewStageBase_Override(outer StageBase, scope constructs.Construct, id *string, props *awscdk.ResourceProps) {
	l2.Override[StageBase](outer, &abstractStage{Resource: awscdk.NewResource(scope, id, props)})
}

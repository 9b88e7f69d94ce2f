package awsstepfunctions

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/cwmetric"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/internal/sfntask"
	"github.com/strata-cdk/strata/jsii"
)

// TaskStateBase is the base of task states: a Go type embeds it
// (initialized with NewTaskStateBase_Override) and provides TaskMetrics and
// TaskPolicies; a task type of Strata's own gives its fields through an
// embedded *sfntask.Hook, a program's own type by overriding ToStateJson.
type TaskStateBase interface {
	State
	INextable
	// TaskMetrics names the task's CloudWatch metrics, if it has any.
	TaskMetrics() *TaskMetricsConfig
	// TaskPolicies are the statements the state machine's role needs to run the task.
	TaskPolicies() *[]awsiam.PolicyStatement
	AddCatch(handler IChainable, props *CatchProps) TaskStateBase
	AddRetry(props *RetryProps) TaskStateBase
	Metric(metricName *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricFailed(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricHeartbeatTimedOut(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricRunTime(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricScheduled(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricScheduleTime(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricStarted(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricSucceeded(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricTime(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricTimedOut(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
}

type taskStateBase struct {
	*state
	outer            TaskStateBase
	timeout          awscdk.Duration
	heartbeat        awscdk.Duration
	taskTimeout      Timeout
	heartbeatTimeout Timeout
	credentials      *Credentials
}

// NewTaskStateBase_Override initializes outer, a type embedding
// TaskStateBase, as a task state at scope/id.
func NewTaskStateBase_Override(outer TaskStateBase, scope constructs.Construct, id *string, props *TaskStateBaseProps) {
	if props == nil {
		props = &TaskStateBaseProps{}
	}
	t := &taskStateBase{state: &state{}, outer: outer, timeout: props.Timeout, heartbeat: props.Heartbeat,
		taskTimeout: props.TaskTimeout, heartbeatTimeout: props.HeartbeatTimeout, credentials: props.Credentials}
	initState(t.state, outer, scope, id, &StateProps{Comment: props.Comment, QueryLanguage: props.QueryLanguage, StateName: props.StateName,
		Assign: props.Assign, InputPath: props.InputPath, OutputPath: props.OutputPath, Outputs: props.Outputs,
		ResultPath: props.ResultPath, ResultSelector: props.ResultSelector})
	t.renderer, t.callBack = t, true
	t.endStates = []INextable{outer}
	l2.Override[TaskStateBase](outer, t)
}

// TaskMetrics and TaskPolicies are the embedding type's to provide.
func (t *taskStateBase) TaskMetrics() *TaskMetricsConfig          { return nil }
func (t *taskStateBase) TaskPolicies() *[]awsiam.PolicyStatement  { return nil }
func (t *taskStateBase) AddRetry(props *RetryProps) TaskStateBase { t.addRetry(props); return t.outer }
func (t *taskStateBase) AddCatch(handler IChainable, props *CatchProps) TaskStateBase {
	t.addCatch(startOf(t, handler, "handler"), props)
	return t.outer
}
func (t *taskStateBase) Next(next IChainable) Chain {
	t.MakeNext(startOf(t, next, "next"))
	return Chain_Sequence(t.outer, next)
}

func (t *taskStateBase) WhenBoundToGraph(graph StateGraph) {
	t.state.WhenBoundToGraph(graph)
	if ps := t.outer.TaskPolicies(); ps != nil {
		for _, p := range *ps {
			graph.RegisterPolicyStatement(p)
		}
	}
	if t.credentials != nil && t.credentials.Role != nil {
		graph.RegisterPolicyStatement(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Effect: awsiam.Effect_ALLOW,
			Actions: jsii.Strings("sts:AssumeRole"), Resources: &[]*string{t.credentials.Role.Resource()}}))
	}
}

func timeoutValue(d awscdk.Duration, t Timeout) interface{} {
	switch {
	case d != nil:
		return d.ToSeconds(nil)
	case t != nil && t.Seconds() != nil:
		return t.Seconds()
	case t != nil:
		return t.JsonataExpression()
	}
	return nil
}

func timeoutPath(t Timeout) interface{} {
	if t == nil {
		return nil
	}
	return t.Path()
}

func (t *taskStateBase) renderASL(top QueryLanguage) *ojson.Object {
	o := ojson.New()
	spread(o, t.renderQueryLanguage(top))
	spread(o, t.renderNextEnd())
	spread(o, t.renderRetryCatch(""))
	base := obj("Type", "Task", "Comment", t.comment,
		"TimeoutSeconds", timeoutValue(t.timeout, t.taskTimeout), "TimeoutSecondsPath", timeoutPath(t.taskTimeout),
		"HeartbeatSeconds", timeoutValue(t.heartbeat, t.heartbeatTimeout), "HeartbeatSecondsPath", timeoutPath(t.heartbeatTimeout),
		"InputPath", renderJSONPath(t.inputPath), "OutputPath", renderJSONPath(t.outputPath), "ResultPath", renderJSONPath(t.resultPath),
		"Arguments", t.arguments, "Output", t.outputs)
	spread(base, t.renderResultSelector())
	if t.credentials != nil && t.credentials.Role != nil {
		spread(base, renderObject(obj("Credentials", obj("RoleArn", t.credentials.Role.RoleArn()))))
	}
	spread(base, t.renderAssign(""))
	spread(o, base)
	if h := sfntask.Of(t.outer); h != nil && h.Render != nil {
		spread(o, h.Render(string(normQL(top))))
	}
	return o
}

func (t *taskStateBase) Metric(metricName *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	base := &awscloudwatch.MetricProps{Namespace: jsii.String("AWS/States"), MetricName: metricName, Statistic: jsii.String("sum")}
	if m := t.outer.TaskMetrics(); m != nil && m.MetricDimensions != nil {
		dims := map[string]*string{}
		for k, v := range *m.MetricDimensions {
			if s, ok := norm(v).(string); ok {
				dims[k] = jsii.String(s)
			}
		}
		base.DimensionsMap = &dims
	}
	return awscloudwatch.NewMetric(cwmetric.Overlay(base, props)).AttachTo(t.outer)
}

// taskMetric is the metric prefix+suffix, for a task that names its metrics.
func (t *taskStateBase) taskMetric(plural bool, suffix string, props *awscloudwatch.MetricOptions, avg bool) awscloudwatch.Metric {
	var prefix *string
	if m := t.outer.TaskMetrics(); m != nil {
		prefix = m.MetricPrefixSingular
		if plural {
			prefix = m.MetricPrefixPlural
		}
	}
	if prefix == nil {
		throwUnscoped("Task does not expose metrics. Use the 'metric()' function to add metrics.")
	}
	if avg {
		o := awscloudwatch.MetricOptions{}
		if props != nil {
			o = *props
		}
		if o.Statistic == nil {
			o.Statistic = jsii.String("avg")
		}
		props = &o
	}
	return t.Metric(jsii.String(*prefix+suffix), props)
}

func (t *taskStateBase) MetricRunTime(p *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return t.taskMetric(false, "RunTime", p, true)
}
func (t *taskStateBase) MetricScheduleTime(p *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return t.taskMetric(false, "ScheduleTime", p, true)
}
func (t *taskStateBase) MetricTime(p *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return t.taskMetric(false, "Time", p, true)
}
func (t *taskStateBase) MetricScheduled(p *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return t.taskMetric(true, "Scheduled", p, false)
}
func (t *taskStateBase) MetricTimedOut(p *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return t.taskMetric(true, "TimedOut", p, false)
}
func (t *taskStateBase) MetricStarted(p *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return t.taskMetric(true, "Started", p, false)
}
func (t *taskStateBase) MetricSucceeded(p *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return t.taskMetric(true, "Succeeded", p, false)
}
func (t *taskStateBase) MetricFailed(p *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return t.taskMetric(true, "Failed", p, false)
}
func (t *taskStateBase) MetricHeartbeatTimedOut(p *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return t.taskMetric(true, "HeartbeatTimedOut", p, false)
}

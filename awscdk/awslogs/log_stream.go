package awslogs

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawslogs"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
)

// StreamOptions are the props of LogGroup.AddStream.
type StreamOptions struct {
	LogStreamName *string `field:"optional" json:"logStreamName" yaml:"logStreamName"`
}

// LogStreamProps are the props of NewLogStream.
type LogStreamProps struct {
	LogGroup      interfacesawslogs.ILogGroupRef `field:"required" json:"logGroup" yaml:"logGroup"`
	LogStreamName *string                        `field:"optional" json:"logStreamName" yaml:"logStreamName"`
	RemovalPolicy awscdk.RemovalPolicy           `field:"optional" json:"removalPolicy" yaml:"removalPolicy"`
}

// LogStreamAttributes identify an existing log stream.
type LogStreamAttributes struct {
	LogGroupName  *string `field:"required" json:"logGroupName" yaml:"logGroupName"`
	LogStreamName *string `field:"required" json:"logStreamName" yaml:"logStreamName"`
}

// ILogStream is a log stream.
type ILogStream interface {
	interfacesawslogs.ILogStreamRef
	awscdk.IResource
	LogStreamName() *string
}

// LogStream is a log stream of a log group (AWS::Logs::LogStream), retained
// on stack deletion unless told otherwise.
type LogStream interface {
	awscdk.Resource
	ILogStream
}

type logStream struct {
	awscdk.Resource
	res          CfnLogStream
	logGroupName *string
	name         *string
}

// NewLogStream creates a log stream.
func NewLogStream(scope constructs.Construct, id *string, props *LogStreamProps) LogStream {
	props = l2.Inject(*LogStream_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.LogGroup == nil {
		l2.RequireProps(scope, id, "LogStream", "LogGroup")
	}
	l := &logStream{}
	l.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: props.LogStreamName})
	host.Set(l.Resource, l)
	l.logGroupName = props.LogGroup.LogGroupRef().LogGroupName
	l.res = NewCfnLogStream(l, str("Resource"), &CfnLogStreamProps{LogGroupName: l.logGroupName, LogStreamName: l.PhysicalName()})
	l.res.ApplyRemovalPolicy(props.RemovalPolicy, nil)
	return l
}

// NewLogStream_Override initialises a type embedding LogStream.
func NewLogStream_Override(l LogStream, scope constructs.Construct, id *string, props *LogStreamProps) {
	l2.Override(l, NewLogStream(scope, id, props))
}

func (l *logStream) LogStreamName() *string {
	if l.name == nil {
		l.name = l.GetResourceNameAttribute(l.res.Ref())
	}
	return l.name
}

func (l *logStream) LogStreamRef() *interfacesawslogs.LogStreamReference {
	return &interfacesawslogs.LogStreamReference{LogGroupName: l.logGroupName, LogStreamName: l.LogStreamName()}
}

type importedLogStream struct {
	awscdk.Resource
	name         *string
	logGroupName *string
}

func (l *importedLogStream) LogStreamName() *string { return l.name }

func (l *importedLogStream) LogStreamRef() *interfacesawslogs.LogStreamReference {
	if l.logGroupName == nil {
		diag.Panic(*l.Node().Path(), "Cannot access logGroupName on a LogStream obtained from fromLogStreamName. Use LogStream.fromLogStreamAttributes() instead.")
	}
	return &interfacesawslogs.LogStreamReference{LogGroupName: l.logGroupName, LogStreamName: l.name}
}

func importLogStream(scope constructs.Construct, id *string, name, group *string) ILogStream {
	l := &importedLogStream{name: name, logGroupName: group}
	l.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(l.Resource, l)
	return l
}

// LogStream_FromLogStreamName imports a log stream by name; its LogStreamRef
// fails, as the log group is unknown (use LogStream_FromLogStreamAttributes).
func LogStream_FromLogStreamName(scope constructs.Construct, id *string, logStreamName *string) ILogStream {
	return importLogStream(scope, id, logStreamName, nil)
}

// LogStream_FromLogStreamAttributes imports a log stream by name and log group.
func LogStream_FromLogStreamAttributes(scope constructs.Construct, id *string, attrs *LogStreamAttributes) ILogStream {
	if attrs == nil {
		attrs = &LogStreamAttributes{}
	}
	return importLogStream(scope, id, attrs.LogStreamName, attrs.LogGroupName)
}

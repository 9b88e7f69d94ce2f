package awsecs

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
)

// BaseLogDriverProps are the options every Docker log driver takes.
type BaseLogDriverProps struct {
	Env      *[]*string `field:"optional" json:"env" yaml:"env"`
	EnvRegex *string    `field:"optional" json:"envRegex" yaml:"envRegex"`
	Labels   *[]*string `field:"optional" json:"labels" yaml:"labels"`
	Tag      *string    `field:"optional" json:"tag" yaml:"tag"`
}

// options collects a driver's options in order, as strings; unset ones are left out.
type options struct {
	m     map[string]*string
	order []string
}

func (o *options) set(k string, v interface{}) {
	var s string
	switch x := v.(type) {
	case *string:
		if x == nil {
			return
		}
		s = *x
	case *float64:
		if x == nil {
			return
		}
		s = fmtNum(*x)
	case *bool:
		if x == nil {
			return
		}
		s = "false"
		if *x {
			s = "true"
		}
	case string:
		s = x
	default:
		return
	}
	if o.m == nil {
		o.m = map[string]*string{}
	}
	if _, dup := o.m[k]; !dup {
		o.order = append(o.order, k)
	}
	o.m[k] = &s
}

func joinCommas(xs *[]*string) *string {
	if xs == nil {
		return nil
	}
	parts := make([]string, len(*xs))
	for i, x := range *xs {
		parts[i] = sv(x)
	}
	return str(strings.Join(parts, ","))
}

func (o *options) common(tag *string, labels, env *[]*string, envRegex *string) {
	o.set("tag", tag)
	o.set("labels", joinCommas(labels))
	o.set("env", joinCommas(env))
	o.set("env-regex", envRegex)
}

func (o *options) config(driver string) *LogDriverConfig {
	m := o.m
	if m == nil {
		m = map[string]*string{}
	}
	return &LogDriverConfig{LogDriver: str(driver), Options: &m, order: append([]string{}, o.order...)}
}

// FluentdLogDriverProps configure the fluentd log driver.
type FluentdLogDriverProps struct {
	Env                *[]*string      `field:"optional" json:"env" yaml:"env"`
	EnvRegex           *string         `field:"optional" json:"envRegex" yaml:"envRegex"`
	Labels             *[]*string      `field:"optional" json:"labels" yaml:"labels"`
	Tag                *string         `field:"optional" json:"tag" yaml:"tag"`
	Address            *string         `field:"optional" json:"address" yaml:"address"`
	Async              *bool           `field:"optional" json:"async" yaml:"async"`
	AsyncConnect       *bool           `field:"optional" json:"asyncConnect" yaml:"asyncConnect"`
	BufferLimit        *float64        `field:"optional" json:"bufferLimit" yaml:"bufferLimit"`
	MaxRetries         *float64        `field:"optional" json:"maxRetries" yaml:"maxRetries"`
	RetryWait          awscdk.Duration `field:"optional" json:"retryWait" yaml:"retryWait"`
	SubSecondPrecision *bool           `field:"optional" json:"subSecondPrecision" yaml:"subSecondPrecision"`
}

// FluentdLogDriver sends logs to fluentd.
type FluentdLogDriver interface{ LogDriver }

type fluentdLogDriver struct{ p FluentdLogDriverProps }

// NewFluentdLogDriver creates a fluentd log driver.
func NewFluentdLogDriver(props *FluentdLogDriverProps) FluentdLogDriver {
	d := &fluentdLogDriver{}
	if props != nil {
		d.p = *props
	}
	return d
}

// LogDrivers_Fluentd is NewFluentdLogDriver.
func LogDrivers_Fluentd(props *FluentdLogDriverProps) LogDriver { return NewFluentdLogDriver(props) }

func (d *fluentdLogDriver) Bind(_ constructs.Construct, _ ContainerDefinition) *LogDriverConfig {
	p := d.p
	o := &options{}
	o.set("fluentd-address", p.Address)
	o.set("fluentd-async-connect", p.AsyncConnect)
	o.set("fluentd-async", p.Async)
	o.set("fluentd-buffer-limit", p.BufferLimit)
	o.set("fluentd-retry-wait", seconds(p.RetryWait))
	o.set("fluentd-max-retries", p.MaxRetries)
	o.set("fluentd-sub-second-precision", p.SubSecondPrecision)
	o.common(p.Tag, p.Labels, p.Env, p.EnvRegex)
	return o.config("fluentd")
}

// GelfCompressionType is how the gelf driver compresses messages.
type GelfCompressionType string

const (
	GelfCompressionType_GZIP GelfCompressionType = "GZIP"
	GelfCompressionType_ZLIB GelfCompressionType = "ZLIB"
	GelfCompressionType_NONE GelfCompressionType = "NONE"
)

// GelfLogDriverProps configure the gelf log driver.
type GelfLogDriverProps struct {
	Env               *[]*string          `field:"optional" json:"env" yaml:"env"`
	EnvRegex          *string             `field:"optional" json:"envRegex" yaml:"envRegex"`
	Labels            *[]*string          `field:"optional" json:"labels" yaml:"labels"`
	Tag               *string             `field:"optional" json:"tag" yaml:"tag"`
	Address           *string             `field:"required" json:"address" yaml:"address"`
	CompressionLevel  *float64            `field:"optional" json:"compressionLevel" yaml:"compressionLevel"`
	CompressionType   GelfCompressionType `field:"optional" json:"compressionType" yaml:"compressionType"`
	TcpMaxReconnect   *float64            `field:"optional" json:"tcpMaxReconnect" yaml:"tcpMaxReconnect"`
	TcpReconnectDelay awscdk.Duration     `field:"optional" json:"tcpReconnectDelay" yaml:"tcpReconnectDelay"`
}

// GelfLogDriver sends logs to a GELF endpoint (Graylog, Logstash).
type GelfLogDriver interface{ LogDriver }

type gelfLogDriver struct{ p GelfLogDriverProps }

func ensureInRange(v *float64, lo, hi float64) {
	if v != nil && *v != 0 && !isTokenNum(v) && (*v < lo || *v > hi) {
		diag.Panic("", "`%s` must be within range %s:%s", fmtNum(*v), fmtNum(lo), fmtNum(hi))
	}
}

// NewGelfLogDriver creates a gelf log driver.
func NewGelfLogDriver(props *GelfLogDriverProps) GelfLogDriver {
	d := &gelfLogDriver{}
	if props != nil {
		d.p = *props
	}
	ensureInRange(d.p.CompressionLevel, -1, 9)
	if v := d.p.TcpMaxReconnect; v != nil && *v != 0 && !isTokenNum(v) && *v < 0 && *v == float64(int64(*v)) {
		diag.Panic("", "`%s` must be a positive integer.", fmtNum(*v))
	}
	return d
}

// LogDrivers_Gelf is NewGelfLogDriver.
func LogDrivers_Gelf(props *GelfLogDriverProps) LogDriver { return NewGelfLogDriver(props) }

func (d *gelfLogDriver) Bind(_ constructs.Construct, _ ContainerDefinition) *LogDriverConfig {
	p := d.p
	o := &options{}
	o.set("gelf-address", p.Address)
	if p.CompressionType != "" {
		o.set("gelf-compression-type", strings.ToLower(string(p.CompressionType)))
	}
	o.set("gelf-compression-level", p.CompressionLevel)
	o.set("gelf-tcp-max-reconnect", p.TcpMaxReconnect)
	o.set("gelf-tcp-reconnect-delay", seconds(p.TcpReconnectDelay))
	o.common(p.Tag, p.Labels, p.Env, p.EnvRegex)
	return o.config("gelf")
}

// JournaldLogDriverProps configure the journald log driver.
type JournaldLogDriverProps struct {
	Env      *[]*string `field:"optional" json:"env" yaml:"env"`
	EnvRegex *string    `field:"optional" json:"envRegex" yaml:"envRegex"`
	Labels   *[]*string `field:"optional" json:"labels" yaml:"labels"`
	Tag      *string    `field:"optional" json:"tag" yaml:"tag"`
}

// JournaldLogDriver sends logs to journald.
type JournaldLogDriver interface{ LogDriver }

type journaldLogDriver struct{ p JournaldLogDriverProps }

// NewJournaldLogDriver creates a journald log driver.
func NewJournaldLogDriver(props *JournaldLogDriverProps) JournaldLogDriver {
	d := &journaldLogDriver{}
	if props != nil {
		d.p = *props
	}
	return d
}

// LogDrivers_Journald is NewJournaldLogDriver.
func LogDrivers_Journald(props *JournaldLogDriverProps) LogDriver { return NewJournaldLogDriver(props) }

func (d *journaldLogDriver) Bind(_ constructs.Construct, _ ContainerDefinition) *LogDriverConfig {
	o := &options{}
	o.common(d.p.Tag, d.p.Labels, d.p.Env, d.p.EnvRegex)
	return o.config("journald")
}

// JsonFileLogDriverProps configure the json-file log driver.
type JsonFileLogDriverProps struct {
	Env      *[]*string `field:"optional" json:"env" yaml:"env"`
	EnvRegex *string    `field:"optional" json:"envRegex" yaml:"envRegex"`
	Labels   *[]*string `field:"optional" json:"labels" yaml:"labels"`
	Tag      *string    `field:"optional" json:"tag" yaml:"tag"`
	Compress *bool      `field:"optional" json:"compress" yaml:"compress"`
	MaxFile  *float64   `field:"optional" json:"maxFile" yaml:"maxFile"`
	MaxSize  *string    `field:"optional" json:"maxSize" yaml:"maxSize"`
}

// JsonFileLogDriver writes logs to JSON files on the host.
type JsonFileLogDriver interface{ LogDriver }

type jsonFileLogDriver struct{ p JsonFileLogDriverProps }

// NewJsonFileLogDriver creates a json-file log driver.
func NewJsonFileLogDriver(props *JsonFileLogDriverProps) JsonFileLogDriver {
	d := &jsonFileLogDriver{}
	if props != nil {
		d.p = *props
	}
	if d.p.MaxFile != nil && *d.p.MaxFile < 0 {
		diag.Panic("", "`maxFile` must be a positive integer.")
	}
	return d
}

// LogDrivers_JsonFile is NewJsonFileLogDriver.
func LogDrivers_JsonFile(props *JsonFileLogDriverProps) LogDriver { return NewJsonFileLogDriver(props) }

func (d *jsonFileLogDriver) Bind(_ constructs.Construct, _ ContainerDefinition) *LogDriverConfig {
	p := d.p
	o := &options{}
	o.set("max-size", p.MaxSize)
	o.set("max-file", p.MaxFile)
	o.set("compress", p.Compress)
	o.set("labels", joinCommas(p.Labels))
	o.set("env", joinCommas(p.Env))
	o.set("env-regex", p.EnvRegex)
	return o.config("json-file")
}

// SplunkLogFormat is the message format of the splunk driver.
type SplunkLogFormat string

const (
	SplunkLogFormat_INLINE SplunkLogFormat = "INLINE"
	SplunkLogFormat_JSON   SplunkLogFormat = "JSON"
	SplunkLogFormat_RAW    SplunkLogFormat = "RAW"
)

// SplunkLogDriverProps configure the splunk log driver.
type SplunkLogDriverProps struct {
	Env                *[]*string      `field:"optional" json:"env" yaml:"env"`
	EnvRegex           *string         `field:"optional" json:"envRegex" yaml:"envRegex"`
	Labels             *[]*string      `field:"optional" json:"labels" yaml:"labels"`
	Tag                *string         `field:"optional" json:"tag" yaml:"tag"`
	SecretToken        Secret          `field:"required" json:"secretToken" yaml:"secretToken"`
	Url                *string         `field:"required" json:"url" yaml:"url"`
	CaName             *string         `field:"optional" json:"caName" yaml:"caName"`
	CaPath             *string         `field:"optional" json:"caPath" yaml:"caPath"`
	Format             SplunkLogFormat `field:"optional" json:"format" yaml:"format"`
	Gzip               *bool           `field:"optional" json:"gzip" yaml:"gzip"`
	GzipLevel          *float64        `field:"optional" json:"gzipLevel" yaml:"gzipLevel"`
	Index              *string         `field:"optional" json:"index" yaml:"index"`
	InsecureSkipVerify *string         `field:"optional" json:"insecureSkipVerify" yaml:"insecureSkipVerify"`
	Source             *string         `field:"optional" json:"source" yaml:"source"`
	SourceType         *string         `field:"optional" json:"sourceType" yaml:"sourceType"`
	VerifyConnection   *bool           `field:"optional" json:"verifyConnection" yaml:"verifyConnection"`
}

// SplunkLogDriver sends logs to Splunk's HTTP Event Collector.
type SplunkLogDriver interface{ LogDriver }

type splunkLogDriver struct{ p SplunkLogDriverProps }

// NewSplunkLogDriver creates a splunk log driver; the token is a secret the execution role may read.
func NewSplunkLogDriver(props *SplunkLogDriverProps) SplunkLogDriver {
	d := &splunkLogDriver{}
	if props != nil {
		d.p = *props
	}
	if d.p.SecretToken == nil {
		diag.Panic("", "Please provide either token or secretToken.")
	}
	ensureInRange(d.p.GzipLevel, -1, 9)
	return d
}

// LogDrivers_Splunk is NewSplunkLogDriver.
func LogDrivers_Splunk(props *SplunkLogDriverProps) LogDriver { return NewSplunkLogDriver(props) }

func (d *splunkLogDriver) Bind(_ constructs.Construct, c ContainerDefinition) *LogDriverConfig {
	p := d.p
	o := &options{}
	o.set("splunk-url", p.Url)
	o.set("splunk-source", p.Source)
	o.set("splunk-sourcetype", p.SourceType)
	o.set("splunk-index", p.Index)
	o.set("splunk-capath", p.CaPath)
	o.set("splunk-caname", p.CaName)
	o.set("splunk-insecureskipverify", p.InsecureSkipVerify)
	if p.Format != "" {
		o.set("splunk-format", strings.ToLower(string(p.Format)))
	}
	o.set("splunk-verify-connection", p.VerifyConnection)
	o.set("splunk-gzip", p.Gzip)
	o.set("splunk-gzip-level", p.GzipLevel)
	o.common(p.Tag, p.Labels, p.Env, p.EnvRegex)
	cfg := o.config("splunk")
	cfg.SecretOptions = secretOptions(c, []string{"splunk-token"}, map[string]Secret{"splunk-token": p.SecretToken})
	return cfg
}

func secretOptions(c ContainerDefinition, names []string, secrets map[string]Secret) *[]*CfnTaskDefinition_SecretProperty {
	var out []*CfnTaskDefinition_SecretProperty
	for _, n := range names {
		s := secrets[n]
		s.GrantRead(c.TaskDefinition().ObtainExecutionRole())
		out = append(out, &CfnTaskDefinition_SecretProperty{Name: str(n), ValueFrom: s.Arn()})
	}
	return &out
}

// SyslogLogDriverProps configure the syslog log driver.
type SyslogLogDriverProps struct {
	Env           *[]*string `field:"optional" json:"env" yaml:"env"`
	EnvRegex      *string    `field:"optional" json:"envRegex" yaml:"envRegex"`
	Labels        *[]*string `field:"optional" json:"labels" yaml:"labels"`
	Tag           *string    `field:"optional" json:"tag" yaml:"tag"`
	Address       *string    `field:"optional" json:"address" yaml:"address"`
	Facility      *string    `field:"optional" json:"facility" yaml:"facility"`
	Format        *string    `field:"optional" json:"format" yaml:"format"`
	TlsCaCert     *string    `field:"optional" json:"tlsCaCert" yaml:"tlsCaCert"`
	TlsCert       *string    `field:"optional" json:"tlsCert" yaml:"tlsCert"`
	TlsKey        *string    `field:"optional" json:"tlsKey" yaml:"tlsKey"`
	TlsSkipVerify *bool      `field:"optional" json:"tlsSkipVerify" yaml:"tlsSkipVerify"`
}

// SyslogLogDriver sends logs to a syslog server.
type SyslogLogDriver interface{ LogDriver }

type syslogLogDriver struct{ p SyslogLogDriverProps }

// NewSyslogLogDriver creates a syslog log driver.
func NewSyslogLogDriver(props *SyslogLogDriverProps) SyslogLogDriver {
	d := &syslogLogDriver{}
	if props != nil {
		d.p = *props
	}
	return d
}

// LogDrivers_Syslog is NewSyslogLogDriver.
func LogDrivers_Syslog(props *SyslogLogDriverProps) LogDriver { return NewSyslogLogDriver(props) }

func (d *syslogLogDriver) Bind(_ constructs.Construct, _ ContainerDefinition) *LogDriverConfig {
	p := d.p
	o := &options{}
	o.set("syslog-address", p.Address)
	o.set("syslog-facility", p.Facility)
	o.set("syslog-tls-ca-cert", p.TlsCaCert)
	o.set("syslog-tls-cert", p.TlsCert)
	o.set("syslog-tls-key", p.TlsKey)
	o.set("syslog-tls-skip-verify", p.TlsSkipVerify)
	o.set("syslog-format", p.Format)
	o.common(p.Tag, p.Labels, p.Env, p.EnvRegex)
	return o.config("syslog")
}

// NoneLogDriver turns logging off.
type NoneLogDriver interface{ LogDriver }

type noneLogDriver struct{}

// NewNoneLogDriver creates the "none" log driver.
func NewNoneLogDriver() NoneLogDriver { return noneLogDriver{} }

// LogDrivers_None is NewNoneLogDriver.
func LogDrivers_None() LogDriver { return NewNoneLogDriver() }

func (noneLogDriver) Bind(_ constructs.Construct, _ ContainerDefinition) *LogDriverConfig {
	return &LogDriverConfig{LogDriver: str("none")}
}

// GenericLogDriverProps name any Docker log driver and its options.
type GenericLogDriverProps struct {
	LogDriver     *string             `field:"required" json:"logDriver" yaml:"logDriver"`
	Options       *map[string]*string `field:"optional" json:"options" yaml:"options"`
	SecretOptions *map[string]Secret  `field:"optional" json:"secretOptions" yaml:"secretOptions"`
}

// GenericLogDriver is any Docker log driver, by name.
type GenericLogDriver interface{ LogDriver }

type genericLogDriver struct{ p GenericLogDriverProps }

// NewGenericLogDriver creates a log driver by name.
func NewGenericLogDriver(props *GenericLogDriverProps) GenericLogDriver {
	d := &genericLogDriver{}
	if props != nil {
		d.p = *props
	}
	return d
}

func (d *genericLogDriver) Bind(_ constructs.Construct, c ContainerDefinition) *LogDriverConfig {
	cfg := &LogDriverConfig{LogDriver: d.p.LogDriver}
	if d.p.Options != nil {
		m := map[string]*string{}
		for k, v := range *d.p.Options {
			if v != nil {
				m[k] = v
			}
		}
		cfg.Options = &m
	}
	if d.p.SecretOptions != nil {
		names := sortedKeys(*d.p.SecretOptions)
		cfg.SecretOptions = secretOptions(c, names, *d.p.SecretOptions)
	}
	return cfg
}

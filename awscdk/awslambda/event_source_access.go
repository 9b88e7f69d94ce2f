package awslambda

import "github.com/strata-cdk/strata/jsii"

// DlqDestinationConfig is what binding a failure destination yields.
type DlqDestinationConfig struct {
	Destination *string `field:"required" json:"destination" yaml:"destination"`
}

// IEventSourceDlq receives the records an event source mapping gives up
// on (awslambdaeventsources has queues, topics and buckets).
type IEventSourceDlq interface {
	Bind(target IEventSourceMapping, targetHandler IFunction) *DlqDestinationConfig
}

// SourceAccessConfigurationType is how Lambda reaches an event source
// (authentication, network).
type SourceAccessConfigurationType interface {
	Type() *string
}

type sourceAccessConfigurationType struct{ name string }

func (t *sourceAccessConfigurationType) Type() *string { return jsii.String(t.name) }

// SourceAccessConfigurationType_Of is the type named name.
func SourceAccessConfigurationType_Of(name *string) SourceAccessConfigurationType {
	return &sourceAccessConfigurationType{name: deref(name)}
}

// SourceAccessConfigurationType_BASIC_AUTH is a secret with a user name and password.
func SourceAccessConfigurationType_BASIC_AUTH() SourceAccessConfigurationType {
	return &sourceAccessConfigurationType{"BASIC_AUTH"}
}

// SourceAccessConfigurationType_VPC_SUBNET is a subnet of the broker's VPC.
func SourceAccessConfigurationType_VPC_SUBNET() SourceAccessConfigurationType {
	return &sourceAccessConfigurationType{"VPC_SUBNET"}
}

// SourceAccessConfigurationType_VPC_SECURITY_GROUP is a security group of the broker's VPC.
func SourceAccessConfigurationType_VPC_SECURITY_GROUP() SourceAccessConfigurationType {
	return &sourceAccessConfigurationType{"VPC_SECURITY_GROUP"}
}

// SourceAccessConfigurationType_SASL_SCRAM_256_AUTH is SASL/SCRAM-256 credentials.
func SourceAccessConfigurationType_SASL_SCRAM_256_AUTH() SourceAccessConfigurationType {
	return &sourceAccessConfigurationType{"SASL_SCRAM_256_AUTH"}
}

// SourceAccessConfigurationType_SASL_SCRAM_512_AUTH is SASL/SCRAM-512 credentials.
func SourceAccessConfigurationType_SASL_SCRAM_512_AUTH() SourceAccessConfigurationType {
	return &sourceAccessConfigurationType{"SASL_SCRAM_512_AUTH"}
}

// SourceAccessConfigurationType_CLIENT_CERTIFICATE_TLS_AUTH is a client certificate.
func SourceAccessConfigurationType_CLIENT_CERTIFICATE_TLS_AUTH() SourceAccessConfigurationType {
	return &sourceAccessConfigurationType{"CLIENT_CERTIFICATE_TLS_AUTH"}
}

// SourceAccessConfigurationType_SERVER_ROOT_CA_CERTIFICATE is the broker's root CA.
func SourceAccessConfigurationType_SERVER_ROOT_CA_CERTIFICATE() SourceAccessConfigurationType {
	return &sourceAccessConfigurationType{"SERVER_ROOT_CA_CERTIFICATE"}
}

// SourceAccessConfigurationType_VIRTUAL_HOST is a RabbitMQ virtual host.
func SourceAccessConfigurationType_VIRTUAL_HOST() SourceAccessConfigurationType {
	return &sourceAccessConfigurationType{"VIRTUAL_HOST"}
}

// SourceAccessConfiguration is one way Lambda reaches an event source.
type SourceAccessConfiguration struct {
	Type SourceAccessConfigurationType `field:"required" json:"type" yaml:"type"`
	// The secret or resource the type uses.
	Uri *string `field:"required" json:"uri" yaml:"uri"`
}

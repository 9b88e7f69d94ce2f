package awslambda

import "github.com/strata-cdk/strata/jsii"

// EventRecordFormat is the format Lambda hands Kafka records over in.
type EventRecordFormat interface {
	Value() *string
}

type namedValue struct{ v string }

func (n *namedValue) Value() *string { return jsii.String(n.v) }

// EventRecordFormat_Of is the format named name.
func EventRecordFormat_Of(name *string) EventRecordFormat { return &namedValue{deref(name)} }

// EventRecordFormat_JSON hands records over as JSON.
func EventRecordFormat_JSON() EventRecordFormat { return &namedValue{"JSON"} }

// EventRecordFormat_SOURCE hands records over as they were produced.
func EventRecordFormat_SOURCE() EventRecordFormat { return &namedValue{"SOURCE"} }

// KafkaSchemaValidationAttribute is the part of a Kafka record a schema
// validates.
type KafkaSchemaValidationAttribute interface {
	Value() *string
}

// KafkaSchemaValidationAttribute_Of is the attribute named name.
func KafkaSchemaValidationAttribute_Of(name *string) KafkaSchemaValidationAttribute {
	return &namedValue{deref(name)}
}

// KafkaSchemaValidationAttribute_KEY validates the record key.
func KafkaSchemaValidationAttribute_KEY() KafkaSchemaValidationAttribute { return &namedValue{"KEY"} }

// KafkaSchemaValidationAttribute_VALUE validates the record value.
func KafkaSchemaValidationAttribute_VALUE() KafkaSchemaValidationAttribute {
	return &namedValue{"VALUE"}
}

// KafkaSchemaRegistryAccessConfigType is how Lambda authenticates to a
// schema registry.
type KafkaSchemaRegistryAccessConfigType interface {
	Type() *string
}

// KafkaSchemaRegistryAccessConfigType_Of is the type named name.
func KafkaSchemaRegistryAccessConfigType_Of(name *string) KafkaSchemaRegistryAccessConfigType {
	return &sourceAccessConfigurationType{name: deref(name)}
}

func KafkaSchemaRegistryAccessConfigType_BASIC_AUTH() KafkaSchemaRegistryAccessConfigType {
	return &sourceAccessConfigurationType{"BASIC_AUTH"}
}
func KafkaSchemaRegistryAccessConfigType_CLIENT_CERTIFICATE_TLS_AUTH() KafkaSchemaRegistryAccessConfigType {
	return &sourceAccessConfigurationType{"CLIENT_CERTIFICATE_TLS_AUTH"}
}
func KafkaSchemaRegistryAccessConfigType_SERVER_ROOT_CA_CERTIFICATE() KafkaSchemaRegistryAccessConfigType {
	return &sourceAccessConfigurationType{"SERVER_ROOT_CA_CERTIFICATE"}
}
func KafkaSchemaRegistryAccessConfigType_VIRTUAL_HOST() KafkaSchemaRegistryAccessConfigType {
	return &sourceAccessConfigurationType{"VIRTUAL_HOST"}
}
func KafkaSchemaRegistryAccessConfigType_SASL_SCRAM_256_AUTH() KafkaSchemaRegistryAccessConfigType {
	return &sourceAccessConfigurationType{"SASL_SCRAM_256_AUTH"}
}
func KafkaSchemaRegistryAccessConfigType_SASL_SCRAM_512_AUTH() KafkaSchemaRegistryAccessConfigType {
	return &sourceAccessConfigurationType{"SASL_SCRAM_512_AUTH"}
}
func KafkaSchemaRegistryAccessConfigType_VPC_SECURITY_GROUP() KafkaSchemaRegistryAccessConfigType {
	return &sourceAccessConfigurationType{"VPC_SECURITY_GROUP"}
}
func KafkaSchemaRegistryAccessConfigType_VPC_SUBNET() KafkaSchemaRegistryAccessConfigType {
	return &sourceAccessConfigurationType{"VPC_SUBNET"}
}

// KafkaSchemaRegistryAccessConfig is one credential for a schema registry.
type KafkaSchemaRegistryAccessConfig struct {
	Type KafkaSchemaRegistryAccessConfigType `field:"required" json:"type" yaml:"type"`
	Uri  *string                             `field:"required" json:"uri" yaml:"uri"`
}

// KafkaSchemaValidationConfig names an attribute a schema validates.
type KafkaSchemaValidationConfig struct {
	Attribute KafkaSchemaValidationAttribute `field:"required" json:"attribute" yaml:"attribute"`
}

// KafkaSchemaRegistryConfig is what binding a schema registry yields.
type KafkaSchemaRegistryConfig struct {
	EventRecordFormat       EventRecordFormat                   `field:"required" json:"eventRecordFormat" yaml:"eventRecordFormat"`
	SchemaRegistryUri       *string                             `field:"required" json:"schemaRegistryUri" yaml:"schemaRegistryUri"`
	SchemaValidationConfigs *[]*KafkaSchemaValidationConfig     `field:"required" json:"schemaValidationConfigs" yaml:"schemaValidationConfigs"`
	AccessConfigs           *[]*KafkaSchemaRegistryAccessConfig `field:"optional" json:"accessConfigs" yaml:"accessConfigs"`
}

// SchemaRegistryProps are what every schema registry takes.
type SchemaRegistryProps struct {
	EventRecordFormat       EventRecordFormat               `field:"required" json:"eventRecordFormat" yaml:"eventRecordFormat"`
	SchemaValidationConfigs *[]*KafkaSchemaValidationConfig `field:"required" json:"schemaValidationConfigs" yaml:"schemaValidationConfigs"`
}

// ISchemaRegistry is a schema registry a Kafka event source validates
// records with (awslambdaeventsources has Confluent and Glue registries).
type ISchemaRegistry interface {
	Bind(target IEventSourceMapping, targetHandler IFunction) *KafkaSchemaRegistryConfig
}

// renderSchemaRegistry is the SchemaRegistryConfig property.
func renderSchemaRegistry(c *KafkaSchemaRegistryConfig) *CfnEventSourceMapping_SchemaRegistryConfigProperty {
	out := &CfnEventSourceMapping_SchemaRegistryConfigProperty{SchemaRegistryUri: c.SchemaRegistryUri}
	if c.EventRecordFormat != nil {
		out.EventRecordFormat = c.EventRecordFormat.Value()
	}
	if c.AccessConfigs != nil {
		var l []interface{}
		for _, a := range *c.AccessConfigs {
			l = append(l, &CfnEventSourceMapping_SchemaRegistryAccessConfigProperty{Type: a.Type.Type(), Uri: a.Uri})
		}
		out.AccessConfigs = &l
	}
	if c.SchemaValidationConfigs != nil {
		var l []interface{}
		for _, v := range *c.SchemaValidationConfigs {
			l = append(l, &CfnEventSourceMapping_SchemaValidationConfigProperty{Attribute: v.Attribute.Value()})
		}
		out.SchemaValidationConfigs = &l
	}
	return out
}

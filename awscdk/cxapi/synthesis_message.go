package cxapi

import "github.com/strata-cdk/strata/awscdk/cloudassemblyschema"

// SynthesisMessage is an error, warning or info a construct recorded during
// synthesis, as read back from a stack artifact's metadata.
type SynthesisMessage struct {
	Entry *cloudassemblyschema.MetadataEntry `field:"required" json:"entry" yaml:"entry"`
	// The construct path ("/Stack/Resource") the message belongs to.
	Id    *string               `field:"required" json:"id" yaml:"id"`
	Level SynthesisMessageLevel `field:"required" json:"level" yaml:"level"`
}

// SynthesisMessageLevel is the severity of a SynthesisMessage.
type SynthesisMessageLevel string

const (
	SynthesisMessageLevel_INFO    SynthesisMessageLevel = "INFO"
	SynthesisMessageLevel_WARNING SynthesisMessageLevel = "WARNING"
	SynthesisMessageLevel_ERROR   SynthesisMessageLevel = "ERROR"
)

// Package cloudassemblyschema holds the cloud assembly's schema types with
// aws-cdk-go's names. It starts with the one type the assertions package
// hands to users (MetadataEntry, inside cxapi.SynthesisMessage).
package cloudassemblyschema

// MetadataEntry is one metadata entry of a construct as the assembly
// records it: its type ("aws:cdk:warning", "aws:cdk:logicalId", ...), its
// data and, where one was captured, the stack trace of the call that added it.
type MetadataEntry struct {
	// The type of the metadata entry.
	Type *string `field:"required" json:"type" yaml:"type"`
	// The data.
	Data interface{} `field:"optional" json:"data" yaml:"data"`
	// A stack trace for when the entry was created.
	Trace *[]*string `field:"optional" json:"trace" yaml:"trace"`
}

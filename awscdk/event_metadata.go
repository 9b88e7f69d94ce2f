package awscdk

// AWSEventMetadataProps filter EventBridge events on the metadata every AWS
// event carries; the generated event patterns of the service modules take
// them.
type AWSEventMetadataProps struct {
	// The regions the event came from. Default: no filtering on region.
	Region *[]*string `field:"optional" json:"region" yaml:"region"`
	// ARNs of the resources involved. Default: no filtering on resource.
	Resources *[]*string `field:"optional" json:"resources" yaml:"resources"`
	// The event's version ("0" in all events). Default: no filtering on version.
	Version *[]*string `field:"optional" json:"version" yaml:"version"`
}

// ValidationRuleSource is a named validation rule given as source text (a
// rule of the CloudFormation validate plugin).
type ValidationRuleSource struct {
	// The rule's source.
	Content *string `field:"required" json:"content" yaml:"content"`
	// The rule's name.
	Name *string `field:"required" json:"name" yaml:"name"`
}

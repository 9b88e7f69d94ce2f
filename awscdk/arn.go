package awscdk

import (
	"strings"
)

// ArnFormat says how the resource part of an ARN is laid out.
type ArnFormat string

const (
	ArnFormat_NO_RESOURCE_NAME                   ArnFormat = "NO_RESOURCE_NAME"
	ArnFormat_COLON_RESOURCE_NAME                ArnFormat = "COLON_RESOURCE_NAME"
	ArnFormat_SLASH_RESOURCE_NAME                ArnFormat = "SLASH_RESOURCE_NAME"
	ArnFormat_SLASH_RESOURCE_SLASH_RESOURCE_NAME ArnFormat = "SLASH_RESOURCE_SLASH_RESOURCE_NAME"
)

// ArnComponents are the parts of an ARN.
type ArnComponents struct {
	Resource     *string   `field:"required" json:"resource" yaml:"resource"`
	Service      *string   `field:"required" json:"service" yaml:"service"`
	Account      *string   `field:"optional" json:"account" yaml:"account"`
	ArnFormat    ArnFormat `field:"optional" json:"arnFormat" yaml:"arnFormat"`
	Partition    *string   `field:"optional" json:"partition" yaml:"partition"`
	Region       *string   `field:"optional" json:"region" yaml:"region"`
	ResourceName *string   `field:"optional" json:"resourceName" yaml:"resourceName"`
}

// Arn_Format builds an ARN; parts not given come from stack.
func Arn_Format(components *ArnComponents, stack Stack) *string {
	part, region, account := components.Partition, components.Region, components.Account
	if stack != nil {
		if part == nil {
			part = stack.Partition()
		}
		if region == nil {
			region = stack.Region()
		}
		if account == nil {
			account = stack.Account()
		}
	}
	if part == nil || region == nil || account == nil {
		panicf("", "Arn_Format: partition, region and account must all be passed if stack is not passed")
	}
	sep := "/"
	if components.ArnFormat == ArnFormat_COLON_RESOURCE_NAME {
		sep = ":"
	}
	s := "arn:" + *part + ":" + deref(components.Service) + ":" + *region + ":" + *account + ":" + deref(components.Resource)
	if components.ResourceName != nil {
		s += sep + *components.ResourceName
	}
	return str(s)
}

// Arn_Split splits an ARN into its parts.
func Arn_Split(arn *string, arnFormat ArnFormat) *ArnComponents {
	// Anything that starts with "arn:" is split as text, tokens and all;
	// only an ARN that is wholly a token is split at deployment.
	s := deref(arn)
	if !strings.HasPrefix(s, "arn:") {
		if isUnresolved(arn) {
			return splitTokenArn(arn, arnFormat)
		}
		panicf("", "ARNs must start with \"arn:\" and have at least 6 components: %s", s)
	}
	parts := strings.Split(s, ":")
	switch {
	case len(parts) < 2 || parts[1] == "":
		panicf("", "The `partition` component (2nd component) of an ARN is required: %s", s)
	case len(parts) < 3 || parts[2] == "":
		panicf("", "The `service` component (3rd component) of an ARN is required: %s", s)
	case len(parts) < 6 || parts[5] == "":
		panicf("", "The `resource` component (6th component) of an ARN is required: %s", s)
	}
	// As aws-cdk-lib: the format is read off the ARN (a slash, a leading
	// slash, or colons after the resource); the one asked for only matters
	// when it says there is no resource name.
	rt, rest := parts[5], parts[6:]
	slash, start := strings.Index(rt, "/"), 0
	var format ArnFormat
	if slash == 0 {
		start = 1
		if slash = strings.Index(rt[1:], "/"); slash != -1 {
			slash++
		}
		format = ArnFormat_SLASH_RESOURCE_SLASH_RESOURCE_NAME
	}
	switch {
	case slash != -1 && arnFormat == ArnFormat_NO_RESOURCE_NAME:
		slash, format = -1, ArnFormat_NO_RESOURCE_NAME
	case slash != -1 && start == 0:
		format = ArnFormat_SLASH_RESOURCE_NAME
	case slash != -1:
		format = ArnFormat_SLASH_RESOURCE_SLASH_RESOURCE_NAME
	case len(rest) > 0:
		format = ArnFormat_COLON_RESOURCE_NAME
	default:
		format = ArnFormat_NO_RESOURCE_NAME
	}
	resource := rt
	var name *string
	if slash != -1 {
		resource = rt[start:slash]
		name = str(rt[slash+1:])
	}
	if len(rest) > 0 {
		n := ""
		if name != nil && *name != "" {
			n = *name + ":"
		}
		name = str(n + strings.Join(rest, ":"))
	}
	c := &ArnComponents{Partition: str(parts[1]), Service: str(parts[2]), Region: str(parts[3]), Account: str(parts[4]),
		ResourceName: name, ArnFormat: format}
	if resource != "" {
		c.Resource = str(resource)
	}
	return c
}

func splitTokenArn(arn *string, arnFormat ArnFormat) *ArnComponents {
	comps := Fn_Split(str(":"), arn, nil)
	sel := func(i float64, l *[]*string) *string { return Fn_Select(&i, l) }
	c := &ArnComponents{Partition: sel(1, comps), Service: sel(2, comps), Region: sel(3, comps), Account: sel(4, comps), ArnFormat: arnFormat}
	switch arnFormat {
	case ArnFormat_NO_RESOURCE_NAME:
		c.Resource = sel(5, comps)
	case ArnFormat_COLON_RESOURCE_NAME:
		c.Resource = sel(5, comps)
		c.ResourceName = sel(6, comps)
	default:
		last := Fn_Split(str("/"), sel(5, comps), nil)
		c.Resource = sel(0, last)
		c.ResourceName = sel(1, last)
	}
	return c
}

// Arn_ExtractResourceName returns the resource name of an ARN of resourceType.
func Arn_ExtractResourceName(arn *string, resourceType *string) *string {
	return Arn_Split(arn, ArnFormat_SLASH_RESOURCE_NAME).ResourceName
}

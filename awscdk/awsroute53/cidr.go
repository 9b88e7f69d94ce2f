package awsroute53

import (
	"regexp"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/jsii"
)

// CidrRoutingConfigProps are the settings of CidrRoutingConfig_Create.
type CidrRoutingConfigProps struct {
	CollectionId *string `field:"required" json:"collectionId" yaml:"collectionId"`
	// Default: "*" (the default location).
	LocationName *string `field:"optional" json:"locationName" yaml:"locationName"`
}

// CidrRoutingConfig routes by the client's IP address through a CIDR
// collection's location.
type CidrRoutingConfig interface {
	CollectionId() *string
	LocationName() *string
}

type cidrRouting struct{ collection, location *string }

func (c *cidrRouting) CollectionId() *string { return c.collection }
func (c *cidrRouting) LocationName() *string { return c.location }

var (
	collectionIDPattern = regexp.MustCompile(`^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$`)
	locationNamePattern = regexp.MustCompile(`^[0-9A-Za-z_\-\*]{1,16}$`)
)

// CidrRoutingConfig_Create is a CIDR routing configuration for a
// collection and location.
func CidrRoutingConfig_Create(props *CidrRoutingConfigProps) CidrRoutingConfig {
	if props == nil {
		props = &CidrRoutingConfigProps{}
	}
	if !unresolved(props.CollectionId) && !collectionIDPattern.MatchString(deref(props.CollectionId)) {
		diag.Panic("", "collectionId(%s) is required and must be a valid UUID in the format: xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx(8-4-4-4-12 hexadecimal digits)", jsText(props.CollectionId))
	}
	loc := props.LocationName
	if loc == nil {
		// aws-cdk-lib validates the location name it was given before it
		// applies the default, so an omitted one fails (create() demands it).
		diag.Panic("", "locationName(undefined) is required and must be 1-16 characters long, containing only letters, numbers, underscores, hyphens, or asterisks")
	}
	if !unresolved(loc) && !locationNamePattern.MatchString(*loc) {
		diag.Panic("", "locationName(%s) is required and must be 1-16 characters long, containing only letters, numbers, underscores, hyphens, or asterisks", *loc)
	}
	return &cidrRouting{collection: props.CollectionId, location: loc}
}

// CidrRoutingConfig_WithDefaultLocationName routes clients outside every
// location of collectionId (location "*").
func CidrRoutingConfig_WithDefaultLocationName(collectionId *string) CidrRoutingConfig {
	return CidrRoutingConfig_Create(&CidrRoutingConfigProps{CollectionId: collectionId, LocationName: jsii.String("*")})
}

func unresolved(s *string) bool { return s != nil && *awscdk.Token_IsUnresolved(*s) }

func jsText(s *string) string {
	if s == nil {
		return "undefined"
	}
	return *s
}

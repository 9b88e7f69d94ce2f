package awsefs

import (
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsefs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
)

// ReplicationConfigurationProps describe where a file system is replicated.
type ReplicationConfigurationProps struct {
	// The One Zone destination's availability zone.
	AvailabilityZone *string `field:"optional" json:"availabilityZone" yaml:"availabilityZone"`
	// An existing destination file system.
	DestinationFileSystem interfacesawsefs.IFileSystemRef `field:"optional" json:"destinationFileSystem" yaml:"destinationFileSystem"`
	// The key that encrypts a new destination.
	KmsKey awskms.IKey `field:"optional" json:"kmsKey" yaml:"kmsKey"`
	// The new destination's region. Default: the stack's region.
	Region *string `field:"optional" json:"region" yaml:"region"`
}

// ExistingFileSystemProps name an existing destination file system.
type ExistingFileSystemProps struct {
	DestinationFileSystem interfacesawsefs.IFileSystemRef `field:"required" json:"destinationFileSystem" yaml:"destinationFileSystem"`
}

// RegionalFileSystemProps describe a new Regional destination file system.
type RegionalFileSystemProps struct {
	KmsKey awskms.IKey `field:"optional" json:"kmsKey" yaml:"kmsKey"`
	Region *string     `field:"optional" json:"region" yaml:"region"`
}

// OneZoneFileSystemProps describe a new One Zone destination file system.
type OneZoneFileSystemProps struct {
	AvailabilityZone *string     `field:"required" json:"availabilityZone" yaml:"availabilityZone"`
	Region           *string     `field:"required" json:"region" yaml:"region"`
	KmsKey           awskms.IKey `field:"optional" json:"kmsKey" yaml:"kmsKey"`
}

// ReplicationConfiguration is the destination of a file system's replication.
type ReplicationConfiguration interface {
	AvailabilityZone() *string
	// DestinationFileSystem is the existing destination, if any.
	DestinationFileSystem() IFileSystem
	KmsKey() awskms.IKey
	Region() *string
}

type replicationConfiguration struct{ props ReplicationConfigurationProps }

// NewReplicationConfiguration_Override initialises r, a type embedding
// ReplicationConfiguration, from options.
func NewReplicationConfiguration_Override(r ReplicationConfiguration, options *ReplicationConfigurationProps) {
	c := &replicationConfiguration{}
	if options != nil {
		c.props = *options
	}
	l2.Override(r, ReplicationConfiguration(c))
}

// ReplicationConfiguration_ExistingFileSystem replicates to an existing file system.
func ReplicationConfiguration_ExistingFileSystem(destinationFileSystem interfacesawsefs.IFileSystemRef) ReplicationConfiguration {
	return &replicationConfiguration{props: ReplicationConfigurationProps{DestinationFileSystem: destinationFileSystem}}
}

// ReplicationConfiguration_RegionalFileSystem replicates to a new Regional file system.
func ReplicationConfiguration_RegionalFileSystem(region *string, kmsKey awskms.IKey) ReplicationConfiguration {
	return &replicationConfiguration{props: ReplicationConfigurationProps{Region: region, KmsKey: kmsKey}}
}

// ReplicationConfiguration_OneZoneFileSystem replicates to a new One Zone file system.
func ReplicationConfiguration_OneZoneFileSystem(region *string, availabilityZone *string, kmsKey awskms.IKey) ReplicationConfiguration {
	return &replicationConfiguration{props: ReplicationConfigurationProps{Region: region, AvailabilityZone: availabilityZone, KmsKey: kmsKey}}
}

func (r *replicationConfiguration) AvailabilityZone() *string { return r.props.AvailabilityZone }
func (r *replicationConfiguration) KmsKey() awskms.IKey       { return r.props.KmsKey }
func (r *replicationConfiguration) Region() *string           { return r.props.Region }

func (r *replicationConfiguration) DestinationFileSystem() IFileSystem {
	ref := r.props.DestinationFileSystem
	if ref == nil {
		return nil
	}
	if fs, ok := ref.(IFileSystem); ok {
		return fs
	}
	diag.Panic(*ref.Node().Path(), "'fileSystem' instance should implement IFileSystem, but doesn't: %T", ref)
	return nil
}

// destinationRef is the destination as given (any IFileSystemRef), when
// the configuration is one of ours.
func destinationRef(rc ReplicationConfiguration) interfacesawsefs.IFileSystemRef {
	if c, ok := rc.(*replicationConfiguration); ok {
		return c.props.DestinationFileSystem
	}
	if fs := rc.DestinationFileSystem(); fs != nil {
		return fs
	}
	return nil
}

package awsecs

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// FileSystemType is the file system of a service-managed EBS volume.
type FileSystemType string

const (
	FileSystemType_EXT3 FileSystemType = "EXT3"
	FileSystemType_EXT4 FileSystemType = "EXT4"
	FileSystemType_XFS  FileSystemType = "XFS"
	FileSystemType_NTFS FileSystemType = "NTFS"
)

// EbsPropagatedTagSource is where a service-managed volume takes its tags from.
type EbsPropagatedTagSource string

const (
	EbsPropagatedTagSource_SERVICE         EbsPropagatedTagSource = "SERVICE"
	EbsPropagatedTagSource_TASK_DEFINITION EbsPropagatedTagSource = "TASK_DEFINITION"
)

// EBSTagSpecification tags the volumes ECS creates.
type EBSTagSpecification struct {
	PropagateTags EbsPropagatedTagSource `field:"optional" json:"propagateTags" yaml:"propagateTags"`
	Tags          *map[string]*string    `field:"optional" json:"tags" yaml:"tags"`
}

// ServiceManagedEBSVolumeConfiguration describes the EBS volume ECS creates per task.
type ServiceManagedEBSVolumeConfiguration struct {
	Encrypted                *bool                      `field:"optional" json:"encrypted" yaml:"encrypted"`
	FileSystemType           FileSystemType             `field:"optional" json:"fileSystemType" yaml:"fileSystemType"`
	Iops                     *float64                   `field:"optional" json:"iops" yaml:"iops"`
	KmsKeyId                 awskms.IKey                `field:"optional" json:"kmsKeyId" yaml:"kmsKeyId"`
	Role                     awsiam.IRole               `field:"optional" json:"role" yaml:"role"`
	Size                     awscdk.Size                `field:"optional" json:"size" yaml:"size"`
	SnapShotId               *string                    `field:"optional" json:"snapShotId" yaml:"snapShotId"`
	TagSpecifications        *[]*EBSTagSpecification    `field:"optional" json:"tagSpecifications" yaml:"tagSpecifications"`
	Throughput               *float64                   `field:"optional" json:"throughput" yaml:"throughput"`
	VolumeInitializationRate awscdk.Size                `field:"optional" json:"volumeInitializationRate" yaml:"volumeInitializationRate"`
	VolumeType               awsec2.EbsDeviceVolumeType `field:"optional" json:"volumeType" yaml:"volumeType"`
}

// ServiceManagedVolumeProps are the props of NewServiceManagedVolume.
type ServiceManagedVolumeProps struct {
	Name             *string                               `field:"required" json:"name" yaml:"name"`
	ManagedEBSVolume *ServiceManagedEBSVolumeConfiguration `field:"optional" json:"managedEBSVolume" yaml:"managedEBSVolume"`
}

// BaseMountPoint is where a volume is mounted in a container.
type BaseMountPoint struct {
	ContainerPath *string `field:"required" json:"containerPath" yaml:"containerPath"`
	ReadOnly      *bool   `field:"required" json:"readOnly" yaml:"readOnly"`
}

// ContainerMountPoint is where a service-managed volume is mounted in a container.
type ContainerMountPoint struct {
	ContainerPath *string `field:"required" json:"containerPath" yaml:"containerPath"`
	ReadOnly      *bool   `field:"required" json:"readOnly" yaml:"readOnly"`
}

// ServiceManagedVolume is a volume configured when a service launches its tasks (an EBS volume per task).
type ServiceManagedVolume interface {
	constructs.Construct
	Config() *ServiceManagedEBSVolumeConfiguration
	ConfiguredAtLaunch() *bool
	Name() *string
	Role() awsiam.IRole
	MountIn(container ContainerDefinition, mountPoint *ContainerMountPoint)
}

type serviceManagedVolume struct {
	constructs.Construct
	name   *string
	role   awsiam.IRole
	config *ServiceManagedEBSVolumeConfiguration
}

// ServiceManagedVolume_IsConstruct reports whether x is a construct.
func ServiceManagedVolume_IsConstruct(x interface{}) *bool { return isConstruct(x) }

// ebsVolumeTypeValues are the CloudFormation names of the EBS volume types.
var ebsVolumeTypeValues = map[awsec2.EbsDeviceVolumeType]string{
	awsec2.EbsDeviceVolumeType_STANDARD: "standard", awsec2.EbsDeviceVolumeType_IO1: "io1", awsec2.EbsDeviceVolumeType_IO2: "io2",
	awsec2.EbsDeviceVolumeType_GP2: "gp2", awsec2.EbsDeviceVolumeType_GP3: "gp3", awsec2.EbsDeviceVolumeType_ST1: "st1",
	awsec2.EbsDeviceVolumeType_SC1: "sc1", awsec2.EbsDeviceVolumeType_GENERAL_PURPOSE_SSD: "gp2",
	awsec2.EbsDeviceVolumeType_GENERAL_PURPOSE_SSD_GP3: "gp3", awsec2.EbsDeviceVolumeType_PROVISIONED_IOPS_SSD: "io1",
	awsec2.EbsDeviceVolumeType_PROVISIONED_IOPS_SSD_IO2: "io2", awsec2.EbsDeviceVolumeType_THROUGHPUT_OPTIMIZED_HDD: "st1",
	awsec2.EbsDeviceVolumeType_COLD_HDD: "sc1", awsec2.EbsDeviceVolumeType_MAGNETIC: "standard",
}

// ebsSizeRanges are the sizes (GiB) each volume type allows.
var ebsSizeRanges = map[string][2]float64{"gp2": {1, 16384}, "gp3": {1, 65536}, "io1": {4, 16384}, "io2": {4, 65536},
	"sc1": {125, 16384}, "st1": {125, 16384}, "standard": {1, 1024}}

var ebsIopsRanges = map[string][2]float64{"gp3": {3000, 80000}, "io1": {100, 64000}, "io2": {100, 256000}}

var snapshotIDPattern = regexp.MustCompile(`^snap-[0-9a-fA-F]+$`)

// NewServiceManagedVolume creates a volume for a service to configure at launch (with the ECS infrastructure role unless given).
func NewServiceManagedVolume(scope constructs.Construct, id *string, props *ServiceManagedVolumeProps) ServiceManagedVolume {
	if props == nil {
		props = &ServiceManagedVolumeProps{}
	}
	v := &serviceManagedVolume{name: props.Name}
	v.Construct = constructs.NewConstruct(scope, id)
	host.Set(v.Construct, v)
	v.validate(props.ManagedEBSVolume)
	if props.ManagedEBSVolume != nil && props.ManagedEBSVolume.Role != nil {
		v.role = props.ManagedEBSVolume.Role
	} else {
		v.role = awsiam.NewRole(v, jsii.String("EBSRole"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(str("ecs.amazonaws.com"), nil),
			ManagedPolicies: &[]awsiam.IManagedPolicy{awsiam.ManagedPolicy_FromAwsManagedPolicyName(str("service-role/AmazonECSInfrastructureRolePolicyForVolumes"))}})
	}
	cfg := ServiceManagedEBSVolumeConfiguration{}
	if props.ManagedEBSVolume != nil {
		cfg = *props.ManagedEBSVolume
	}
	cfg.Role = v.role
	v.config = &cfg
	return v
}

func (v *serviceManagedVolume) validate(c *ServiceManagedEBSVolumeConfiguration) {
	if c == nil {
		return
	}
	vt := "gp2"
	if c.VolumeType != "" {
		vt = ebsVolumeTypeValues[c.VolumeType]
	}
	if r := c.VolumeInitializationRate; r != nil {
		if c.SnapShotId == nil {
			l2.Throw(v, "'volumeInitializationRate' can only be specified when 'snapShotId' is provided.")
		}
		if m := *r.ToMebibytes(nil); m < 100 || m > 300 {
			l2.Throw(v, "'volumeInitializationRate' must be between 100 and 300 MiB/s, got %s MiB/s.", fmtNum(m))
		}
	}
	if c.Size == nil && c.SnapShotId == nil {
		l2.Throw(v, "'size' or 'snapShotId' must be specified")
	}
	if id := c.SnapShotId; id != nil && !isToken(id) && !snapshotIDPattern.MatchString(*id) {
		l2.Throw(v, "'snapshotId' does match expected pattern. Expected 'snap-<hexadecmial value>' (ex: 'snap-05abe246af') or Token, got: %s", *id)
	}
	if c.Size != nil {
		g := *c.Size.ToGibibytes(nil)
		if r := ebsSizeRanges[vt]; g < r[0] || g > r[1] {
			l2.Throw(v, "'%s' volumes must have a size between %s and %s GiB, got %s GiB", vt, fmtNum(r[0]), fmtNum(r[1]), fmtNum(g))
		}
	}
	if t := c.Throughput; t != nil {
		if vt != "gp3" {
			l2.Throw(v, "'throughput' can only be configured with gp3 volume type, got %s", vt)
		}
		if !isTokenNum(t) && *t > 2000 {
			l2.Throw(v, "'throughput' must be less than or equal to 2000 MiB/s, got %s MiB/s", fmtNum(*t))
		}
	}
	switch vt {
	case "sc1", "st1", "standard", "gp2":
		if c.Iops != nil {
			l2.Throw(v, "'iops' cannot be specified with sc1, st1, gp2 and standard volume types, got %s", vt)
		}
	case "io1", "io2":
		if c.Iops == nil {
			l2.Throw(v, "'iops' must be specified with io1 or io2 volume types, got %s", vt)
		}
	}
	if c.Iops != nil && !isTokenNum(c.Iops) {
		if r, ok := ebsIopsRanges[vt]; ok && (*c.Iops < r[0] || *c.Iops > r[1]) {
			l2.Throw(v, "'%s' volumes must have 'iops' between %s and %s, got %s", vt, fmtNum(r[0]), fmtNum(r[1]), fmtNum(*c.Iops))
		}
	}
}

func (v *serviceManagedVolume) Name() *string                                 { return v.name }
func (v *serviceManagedVolume) Role() awsiam.IRole                            { return v.role }
func (v *serviceManagedVolume) Config() *ServiceManagedEBSVolumeConfiguration { return v.config }
func (v *serviceManagedVolume) ConfiguredAtLaunch() *bool                     { return boolp(true) }

// MountIn mounts the volume in a container.
func (v *serviceManagedVolume) MountIn(container ContainerDefinition, mp *ContainerMountPoint) {
	if mp == nil {
		mp = &ContainerMountPoint{}
	}
	container.AddMountPoints(&MountPoint{SourceVolume: v.name, ContainerPath: mp.ContainerPath, ReadOnly: mp.ReadOnly})
}

// AddVolume adds a volume the service configures at launch (one at most).
func (s *baseService) AddVolume(volume ServiceManagedVolume) {
	s.volumes = append(s.volumes, volume)
	if len(s.volumes) == 1 {
		s.res.SetVolumeConfigurations(lazyAny(func() interface{} { return s.renderVolumes() }))
		s.Node().AddValidation(l2.Validation(func() []string {
			if len(s.volumes) > 1 {
				return []string{fmt.Sprintf("Only one EBS volume can be specified for 'volumeConfigurations', got: %d", len(s.volumes))}
			}
			return nil
		}))
	}
}

func (s *baseService) renderVolumes() interface{} {
	var out []interface{}
	for _, v := range s.volumes {
		r := &CfnService_ServiceVolumeConfigurationProperty{Name: v.Name()}
		if c := v.Config(); c != nil {
			m := &CfnService_ServiceManagedEBSVolumeConfigurationProperty{RoleArn: v.Role().RoleArn(), Iops: c.Iops, Throughput: c.Throughput, SnapshotId: c.SnapShotId}
			if c.Encrypted != nil {
				m.Encrypted = c.Encrypted
			}
			if c.FileSystemType != "" {
				m.FilesystemType = str(strings.ToLower(string(c.FileSystemType)))
			}
			if c.KmsKeyId != nil {
				m.KmsKeyId = c.KmsKeyId.KeyId()
			}
			if c.VolumeType != "" {
				m.VolumeType = str(ebsVolumeTypeValues[c.VolumeType])
			}
			if c.Size != nil {
				m.SizeInGiB = c.Size.ToGibibytes(nil)
			}
			if c.VolumeInitializationRate != nil {
				m.VolumeInitializationRate = c.VolumeInitializationRate.ToMebibytes(nil)
			}
			if c.TagSpecifications != nil {
				var ts []*CfnService_EBSTagSpecificationProperty
				for _, t := range *c.TagSpecifications {
					spec := &CfnService_EBSTagSpecificationProperty{ResourceType: str("volume")}
					if t.PropagateTags != "" {
						spec.PropagateTags = str(string(t.PropagateTags))
					}
					if t.Tags != nil {
						var tags []*awscdk.CfnTag
						for _, k := range sortedStrKeys(*t.Tags) {
							tags = append(tags, &awscdk.CfnTag{Key: str(k), Value: (*t.Tags)[k]})
						}
						spec.Tags = &tags
					}
					ts = append(ts, spec)
				}
				m.TagSpecifications = ts
			}
			r.ManagedEbsVolume = m
		}
		out = append(out, cfnValue(r))
	}
	return out
}

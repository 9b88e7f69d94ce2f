package awsec2

import (
	"fmt"
	"math"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/constructs"
)

// EbsDeviceVolumeType is the type of an EBS volume.
type EbsDeviceVolumeType string

const (
	EbsDeviceVolumeType_STANDARD                 EbsDeviceVolumeType = "STANDARD"
	EbsDeviceVolumeType_IO1                      EbsDeviceVolumeType = "IO1"
	EbsDeviceVolumeType_IO2                      EbsDeviceVolumeType = "IO2"
	EbsDeviceVolumeType_GP2                      EbsDeviceVolumeType = "GP2"
	EbsDeviceVolumeType_GP3                      EbsDeviceVolumeType = "GP3"
	EbsDeviceVolumeType_ST1                      EbsDeviceVolumeType = "ST1"
	EbsDeviceVolumeType_SC1                      EbsDeviceVolumeType = "SC1"
	EbsDeviceVolumeType_GENERAL_PURPOSE_SSD      EbsDeviceVolumeType = "GENERAL_PURPOSE_SSD"
	EbsDeviceVolumeType_GENERAL_PURPOSE_SSD_GP3  EbsDeviceVolumeType = "GENERAL_PURPOSE_SSD_GP3"
	EbsDeviceVolumeType_PROVISIONED_IOPS_SSD     EbsDeviceVolumeType = "PROVISIONED_IOPS_SSD"
	EbsDeviceVolumeType_PROVISIONED_IOPS_SSD_IO2 EbsDeviceVolumeType = "PROVISIONED_IOPS_SSD_IO2"
	EbsDeviceVolumeType_THROUGHPUT_OPTIMIZED_HDD EbsDeviceVolumeType = "THROUGHPUT_OPTIMIZED_HDD"
	EbsDeviceVolumeType_COLD_HDD                 EbsDeviceVolumeType = "COLD_HDD"
	EbsDeviceVolumeType_MAGNETIC                 EbsDeviceVolumeType = "MAGNETIC"
)

var volumeTypeValue = map[EbsDeviceVolumeType]string{
	EbsDeviceVolumeType_STANDARD: "standard", EbsDeviceVolumeType_IO1: "io1", EbsDeviceVolumeType_IO2: "io2",
	EbsDeviceVolumeType_GP2: "gp2", EbsDeviceVolumeType_GP3: "gp3", EbsDeviceVolumeType_ST1: "st1", EbsDeviceVolumeType_SC1: "sc1",
	EbsDeviceVolumeType_GENERAL_PURPOSE_SSD: "gp2", EbsDeviceVolumeType_GENERAL_PURPOSE_SSD_GP3: "gp3",
	EbsDeviceVolumeType_PROVISIONED_IOPS_SSD: "io1", EbsDeviceVolumeType_PROVISIONED_IOPS_SSD_IO2: "io2",
	EbsDeviceVolumeType_THROUGHPUT_OPTIMIZED_HDD: "st1", EbsDeviceVolumeType_COLD_HDD: "sc1", EbsDeviceVolumeType_MAGNETIC: "standard",
}

// EbsDeviceOptions describe a new EBS volume.
type EbsDeviceOptions struct {
	DeleteOnTermination      *bool               `field:"optional" json:"deleteOnTermination" yaml:"deleteOnTermination"`
	Iops                     *float64            `field:"optional" json:"iops" yaml:"iops"`
	Throughput               *float64            `field:"optional" json:"throughput" yaml:"throughput"`
	VolumeInitializationRate awscdk.Size         `field:"optional" json:"volumeInitializationRate" yaml:"volumeInitializationRate"`
	VolumeType               EbsDeviceVolumeType `field:"optional" json:"volumeType" yaml:"volumeType"`
	Encrypted                *bool               `field:"optional" json:"encrypted" yaml:"encrypted"`
	KmsKey                   awskms.IKey         `field:"optional" json:"kmsKey" yaml:"kmsKey"`
}

// EbsDeviceSnapshotOptions describe an EBS volume made from a snapshot.
type EbsDeviceSnapshotOptions struct {
	DeleteOnTermination      *bool               `field:"optional" json:"deleteOnTermination" yaml:"deleteOnTermination"`
	Iops                     *float64            `field:"optional" json:"iops" yaml:"iops"`
	Throughput               *float64            `field:"optional" json:"throughput" yaml:"throughput"`
	VolumeInitializationRate awscdk.Size         `field:"optional" json:"volumeInitializationRate" yaml:"volumeInitializationRate"`
	VolumeType               EbsDeviceVolumeType `field:"optional" json:"volumeType" yaml:"volumeType"`
	VolumeSize               *float64            `field:"optional" json:"volumeSize" yaml:"volumeSize"`
}

// EbsDeviceProps are everything an EBS block device can say.
type EbsDeviceProps struct {
	DeleteOnTermination      *bool               `field:"optional" json:"deleteOnTermination" yaml:"deleteOnTermination"`
	Iops                     *float64            `field:"optional" json:"iops" yaml:"iops"`
	Throughput               *float64            `field:"optional" json:"throughput" yaml:"throughput"`
	VolumeInitializationRate awscdk.Size         `field:"optional" json:"volumeInitializationRate" yaml:"volumeInitializationRate"`
	VolumeType               EbsDeviceVolumeType `field:"optional" json:"volumeType" yaml:"volumeType"`
	VolumeSize               *float64            `field:"optional" json:"volumeSize" yaml:"volumeSize"`
	Encrypted                *bool               `field:"optional" json:"encrypted" yaml:"encrypted"`
	KmsKey                   awskms.IKey         `field:"optional" json:"kmsKey" yaml:"kmsKey"`
	SnapshotId               *string             `field:"optional" json:"snapshotId" yaml:"snapshotId"`
}

// BlockDeviceVolume is the volume behind a block device: EBS or instance store.
type BlockDeviceVolume interface {
	EbsDevice() *EbsDeviceProps
	VirtualName() *string
}

type blockDeviceVolume struct {
	ebs     *EbsDeviceProps
	virtual *string
}

func (b *blockDeviceVolume) EbsDevice() *EbsDeviceProps { return b.ebs }
func (b *blockDeviceVolume) VirtualName() *string       { return b.virtual }

// NewBlockDeviceVolume makes a volume from its parts.
func NewBlockDeviceVolume(ebsDevice *EbsDeviceProps, virtualName *string) BlockDeviceVolume {
	return &blockDeviceVolume{ebs: ebsDevice, virtual: virtualName}
}

// BlockDeviceVolume_Ebs is a new EBS volume of volumeSize GiB.
func BlockDeviceVolume_Ebs(volumeSize *float64, options *EbsDeviceOptions) BlockDeviceVolume {
	p := &EbsDeviceProps{VolumeSize: volumeSize}
	if o := options; o != nil {
		p.DeleteOnTermination, p.Iops, p.Throughput, p.VolumeInitializationRate = o.DeleteOnTermination, o.Iops, o.Throughput, o.VolumeInitializationRate
		p.VolumeType, p.Encrypted, p.KmsKey = o.VolumeType, o.Encrypted, o.KmsKey
	}
	return &blockDeviceVolume{ebs: p}
}

// BlockDeviceVolume_EbsFromSnapshot is an EBS volume made from a snapshot.
func BlockDeviceVolume_EbsFromSnapshot(snapshotId *string, options *EbsDeviceSnapshotOptions) BlockDeviceVolume {
	p := &EbsDeviceProps{SnapshotId: snapshotId}
	if o := options; o != nil {
		p.DeleteOnTermination, p.Iops, p.Throughput, p.VolumeInitializationRate = o.DeleteOnTermination, o.Iops, o.Throughput, o.VolumeInitializationRate
		p.VolumeType, p.VolumeSize = o.VolumeType, o.VolumeSize
	}
	return &blockDeviceVolume{ebs: p}
}

// BlockDeviceVolume_Ephemeral is an instance store volume ("ephemeralN").
func BlockDeviceVolume_Ephemeral(volumeIndex *float64) BlockDeviceVolume {
	if volumeIndex != nil && *volumeIndex < 0 {
		throwUnscoped(fmt.Sprintf("volumeIndex must be a number starting from 0, got \"%v\"", *volumeIndex))
	}
	idx := 0.0
	if volumeIndex != nil {
		idx = *volumeIndex
	}
	return &blockDeviceVolume{virtual: str("ephemeral" + renderPort(&idx))}
}

// BlockDevice attaches a volume to a device name.
type BlockDevice struct {
	DeviceName     *string           `field:"required" json:"deviceName" yaml:"deviceName"`
	Volume         BlockDeviceVolume `field:"required" json:"volume" yaml:"volume"`
	MappingEnabled *bool             `field:"optional" json:"mappingEnabled" yaml:"mappingEnabled"`
}

// instanceBlockDeviceMappings renders block devices as an instance's
// BlockDeviceMappings, after aws-cdk-lib's checks.
func instanceBlockDeviceMappings(c constructs.IConstruct, devices []*BlockDevice) []*CfnInstance_BlockDeviceMappingProperty {
	var out []*CfnInstance_BlockDeviceMappingProperty
	for _, d := range devices {
		if d == nil || d.Volume == nil {
			continue
		}
		ebs := d.Volume.EbsDevice()
		if ebs != nil && ebs.Throughput != nil {
			awscdk.Annotations_Of(c).AddWarningV2(str("@aws-cdk/aws-ec2:throughputNotSupported"),
				str("The throughput property is not supported on EC2 instances. Use a Launch Template instead. See https://github.com/aws/aws-cdk/issues/34033 for more information."))
		}
		if ebs != nil && ebs.VolumeInitializationRate != nil {
			awscdk.Annotations_Of(c).AddWarningV2(str("@aws-cdk/aws-ec2:volumeInitializationRateNotSupported"),
				str("The volumeInitializationRate is not supported on EC2 instances. Use a Launch Template instead."))
		}
		m := &CfnInstance_BlockDeviceMappingProperty{DeviceName: d.DeviceName, VirtualName: d.Volume.VirtualName()}
		if ebs != nil {
			checkEbs(c, ebs)
			e := &CfnInstance_EbsProperty{DeleteOnTermination: optBool(ebs.DeleteOnTermination), Encrypted: optBool(ebs.Encrypted),
				Iops: ebs.Iops, SnapshotId: ebs.SnapshotId, VolumeSize: ebs.VolumeSize, VolumeType: optEnum(volumeTypeValue[ebs.VolumeType])}
			if ebs.KmsKey != nil {
				e.KmsKeyId = ebs.KmsKey.KeyArn()
			}
			m.Ebs = e
		}
		if d.MappingEnabled != nil && !*d.MappingEnabled {
			m.NoDevice = &CfnInstance_NoDeviceProperty{}
		}
		out = append(out, m)
	}
	return out
}

func checkEbs(c constructs.IConstruct, ebs *EbsDeviceProps) {
	t := volumeTypeValue[ebs.VolumeType]
	if tp := ebs.Throughput; tp != nil {
		if t != "gp3" {
			throw(c, "'throughput' requires 'volumeType': gp3, got: %s.", orUndefined(t))
		}
		if *tp != math.Trunc(*tp) {
			throw(c, "'throughput' must be an integer, got: %v.", *tp)
		}
		if *tp < 125 || *tp > 2000 {
			throw(c, "'throughput' must be between 125 and 2000, got %v.", *tp)
		}
		if ebs.Iops != nil && *ebs.Iops != 0 {
			if r := *tp / *ebs.Iops; r > 0.25 {
				throw(c, "Throughput (MiBps) to iops ratio of %v is too high; maximum is 0.25 MiBps per iops", r)
			}
		}
	}
	if ebs.Iops != nil && *ebs.Iops != 0 {
		if t != "io1" && t != "io2" && t != "gp3" {
			awscdk.Annotations_Of(c).AddWarningV2(str("@aws-cdk/aws-ec2:iopsIgnored"), str("iops will be ignored without volumeType: IO1, IO2, or GP3"))
		}
	} else if t == "io1" || t == "io2" {
		throw(c, "iops property is required with volumeType: EbsDeviceVolumeType.IO1 and EbsDeviceVolumeType.IO2")
	}
}

func orUndefined(s string) string {
	if s == "" {
		return "undefined"
	}
	return s
}

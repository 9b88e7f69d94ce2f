package awsautoscaling

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// EbsDeviceOptionsBase are the options every EBS block device takes.
type EbsDeviceOptionsBase struct {
	DeleteOnTermination      *bool               `field:"optional" json:"deleteOnTermination" yaml:"deleteOnTermination"`
	Iops                     *float64            `field:"optional" json:"iops" yaml:"iops"`
	Throughput               *float64            `field:"optional" json:"throughput" yaml:"throughput"`
	VolumeInitializationRate awscdk.Size         `field:"optional" json:"volumeInitializationRate" yaml:"volumeInitializationRate"`
	VolumeType               EbsDeviceVolumeType `field:"optional" json:"volumeType" yaml:"volumeType"`
}

// EbsDeviceOptions configure BlockDeviceVolume_Ebs.
type EbsDeviceOptions struct {
	DeleteOnTermination      *bool               `field:"optional" json:"deleteOnTermination" yaml:"deleteOnTermination"`
	Iops                     *float64            `field:"optional" json:"iops" yaml:"iops"`
	Throughput               *float64            `field:"optional" json:"throughput" yaml:"throughput"`
	VolumeInitializationRate awscdk.Size         `field:"optional" json:"volumeInitializationRate" yaml:"volumeInitializationRate"`
	VolumeType               EbsDeviceVolumeType `field:"optional" json:"volumeType" yaml:"volumeType"`
	Encrypted                *bool               `field:"optional" json:"encrypted" yaml:"encrypted"`
}

// EbsDeviceSnapshotOptions configure BlockDeviceVolume_EbsFromSnapshot.
type EbsDeviceSnapshotOptions struct {
	DeleteOnTermination      *bool               `field:"optional" json:"deleteOnTermination" yaml:"deleteOnTermination"`
	Iops                     *float64            `field:"optional" json:"iops" yaml:"iops"`
	Throughput               *float64            `field:"optional" json:"throughput" yaml:"throughput"`
	VolumeInitializationRate awscdk.Size         `field:"optional" json:"volumeInitializationRate" yaml:"volumeInitializationRate"`
	VolumeType               EbsDeviceVolumeType `field:"optional" json:"volumeType" yaml:"volumeType"`
	VolumeSize               *float64            `field:"optional" json:"volumeSize" yaml:"volumeSize"`
}

// EbsDeviceProps describe an EBS block device.
type EbsDeviceProps struct {
	DeleteOnTermination      *bool               `field:"optional" json:"deleteOnTermination" yaml:"deleteOnTermination"`
	Iops                     *float64            `field:"optional" json:"iops" yaml:"iops"`
	Throughput               *float64            `field:"optional" json:"throughput" yaml:"throughput"`
	VolumeInitializationRate awscdk.Size         `field:"optional" json:"volumeInitializationRate" yaml:"volumeInitializationRate"`
	VolumeType               EbsDeviceVolumeType `field:"optional" json:"volumeType" yaml:"volumeType"`
	VolumeSize               *float64            `field:"optional" json:"volumeSize" yaml:"volumeSize"`
	SnapshotId               *string             `field:"optional" json:"snapshotId" yaml:"snapshotId"`
	// Encrypted is carried for BlockDeviceVolume_Ebs (aws-cdk-lib spreads
	// the options object, so the flag reaches the mapping).
	encrypted *bool
}

// BlockDevice is a block device mapping of the group's instances.
type BlockDevice struct {
	DeviceName *string           `field:"required" json:"deviceName" yaml:"deviceName"`
	Volume     BlockDeviceVolume `field:"required" json:"volume" yaml:"volume"`
}

// BlockDeviceVolume is an EBS or instance store volume.
type BlockDeviceVolume interface {
	EbsDevice() *EbsDeviceProps
	VirtualName() *string
}

type blockDeviceVolume struct {
	ebs      *EbsDeviceProps
	virtual  *string
	noDevice bool
}

func (b *blockDeviceVolume) EbsDevice() *EbsDeviceProps { return b.ebs }
func (b *blockDeviceVolume) VirtualName() *string       { return b.virtual }

// NewBlockDeviceVolume is a volume from EBS props or an instance store name.
func NewBlockDeviceVolume(ebsDevice *EbsDeviceProps, virtualName *string) BlockDeviceVolume {
	return &blockDeviceVolume{ebs: ebsDevice, virtual: virtualName}
}

// NewBlockDeviceVolume_Override backs a Go "subclass" of BlockDeviceVolume.
func NewBlockDeviceVolume_Override(b BlockDeviceVolume, ebsDevice *EbsDeviceProps, virtualName *string) {
	l2.Override(b, NewBlockDeviceVolume(ebsDevice, virtualName))
}

// BlockDeviceVolume_Ebs is a new EBS volume of volumeSize GiB.
func BlockDeviceVolume_Ebs(volumeSize *float64, options *EbsDeviceOptions) BlockDeviceVolume {
	p := &EbsDeviceProps{VolumeSize: volumeSize}
	if options != nil {
		p.DeleteOnTermination, p.Iops, p.Throughput = options.DeleteOnTermination, options.Iops, options.Throughput
		p.VolumeInitializationRate, p.VolumeType, p.encrypted = options.VolumeInitializationRate, options.VolumeType, options.Encrypted
	}
	return &blockDeviceVolume{ebs: p}
}

// BlockDeviceVolume_EbsFromSnapshot is an EBS volume restored from a snapshot.
func BlockDeviceVolume_EbsFromSnapshot(snapshotId *string, options *EbsDeviceSnapshotOptions) BlockDeviceVolume {
	p := &EbsDeviceProps{SnapshotId: snapshotId}
	if options != nil {
		p.DeleteOnTermination, p.Iops, p.Throughput = options.DeleteOnTermination, options.Iops, options.Throughput
		p.VolumeInitializationRate, p.VolumeType, p.VolumeSize = options.VolumeInitializationRate, options.VolumeType, options.VolumeSize
	}
	return &blockDeviceVolume{ebs: p}
}

// BlockDeviceVolume_Ephemeral is instance store volume number volumeIndex.
func BlockDeviceVolume_Ephemeral(volumeIndex *float64) BlockDeviceVolume {
	if volumeIndex == nil || *volumeIndex < 0 {
		diag.Panic("", "volumeIndex must be a number starting from 0, got \"%s\"", jsNum(volumeIndex))
	}
	return &blockDeviceVolume{virtual: str("ephemeral" + jsNum(volumeIndex))}
}

// BlockDeviceVolume_NoDevice suppresses a device the AMI maps.
func BlockDeviceVolume_NoDevice() BlockDeviceVolume { return &blockDeviceVolume{noDevice: true} }

// launchConfigBlockDevices renders block devices for a launch configuration,
// with aws-cdk-lib's checks of throughput and iops.
func launchConfigBlockDevices(c constructs.IConstruct, devices []*BlockDevice) []*CfnLaunchConfiguration_BlockDeviceMappingProperty {
	var out []*CfnLaunchConfiguration_BlockDeviceMappingProperty
	for _, d := range devices {
		if d == nil || d.Volume == nil {
			continue
		}
		if v, ok := d.Volume.(*blockDeviceVolume); ok && v.noDevice {
			out = append(out, &CfnLaunchConfiguration_BlockDeviceMappingProperty{DeviceName: d.DeviceName, NoDevice: true})
			continue
		}
		m := &CfnLaunchConfiguration_BlockDeviceMappingProperty{DeviceName: d.DeviceName, VirtualName: d.Volume.VirtualName()}
		if ebs := d.Volume.EbsDevice(); ebs != nil {
			checkEbs(c, ebs)
			m.Ebs = &CfnLaunchConfiguration_BlockDeviceProperty{
				DeleteOnTermination: optBool(ebs.DeleteOnTermination), Encrypted: optBool(ebs.encrypted), Iops: ebs.Iops, SnapshotId: ebs.SnapshotId,
				Throughput: ebs.Throughput, VolumeSize: ebs.VolumeSize, VolumeType: enumValue(volumeTypeValue, ebs.VolumeType),
			}
		}
		out = append(out, m)
	}
	return out
}

func checkEbs(c constructs.IConstruct, ebs *EbsDeviceProps) {
	if t := ebs.Throughput; t != nil && *t != 0 {
		if ebs.VolumeType != EbsDeviceVolumeType_GP3 {
			throw(c, "throughput property requires volumeType: EbsDeviceVolumeType.GP3")
		}
		if *t < 125 || *t > 2000 {
			throw(c, "throughput property takes a minimum of 125 and a maximum of 2000")
		}
		if i := ebs.Iops; i != nil && *i != 0 {
			if r := *t / *i; r > 0.25 {
				throw(c, "Throughput (MiBps) to iops ratio of %s is too high; maximum is 0.25 MiBps per iops", jsNum(&r))
			}
		}
	}
	if i := ebs.Iops; i != nil && *i != 0 {
		if ebs.VolumeType != EbsDeviceVolumeType_IO1 {
			awscdk.Annotations_Of(c).AddWarningV2(jsii.String("@aws-cdk/aws-autoscaling:iopsIgnored"), jsii.String("iops will be ignored without volumeType: EbsDeviceVolumeType.IO1"))
		}
	} else if ebs.VolumeType == EbsDeviceVolumeType_IO1 {
		throw(c, "iops property is required with volumeType: EbsDeviceVolumeType.IO1")
	}
	if ebs.VolumeInitializationRate != nil {
		awscdk.Annotations_Of(c).AddWarningV2(jsii.String("@aws-cdk/aws-autoscaling:volumeInitializationRateNotSupported"),
			jsii.String("The volumeInitializationRate is not supported on Autoscaling Group LaunchConfigurations. Use a Launch Template instead."))
	}
}

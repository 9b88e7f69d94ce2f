package awsec2

import (
	"crypto/md5"
	"encoding/hex"
	"fmt"
	"regexp"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsec2"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// EbsDeviceOptionsBase are the options every EBS block device shares.
type EbsDeviceOptionsBase struct {
	DeleteOnTermination      *bool               `field:"optional" json:"deleteOnTermination" yaml:"deleteOnTermination"`
	Iops                     *float64            `field:"optional" json:"iops" yaml:"iops"`
	Throughput               *float64            `field:"optional" json:"throughput" yaml:"throughput"`
	VolumeInitializationRate awscdk.Size         `field:"optional" json:"volumeInitializationRate" yaml:"volumeInitializationRate"`
	VolumeType               EbsDeviceVolumeType `field:"optional" json:"volumeType" yaml:"volumeType"`
}

// IVolume is an EBS volume.
type IVolume interface {
	awscdk.IResource
	interfacesawsec2.IVolumeRef
	GrantAttachVolume(grantee awsiam.IGrantable, instances *[]interfacesawsec2.IInstanceRef) awsiam.Grant
	GrantAttachVolumeByResourceTag(grantee awsiam.IGrantable, constructs *[]constructs.Construct, tagKeySuffix *string) awsiam.Grant
	GrantDetachVolume(grantee awsiam.IGrantable, instances *[]interfacesawsec2.IInstanceRef) awsiam.Grant
	GrantDetachVolumeByResourceTag(grantee awsiam.IGrantable, constructs *[]constructs.Construct, tagKeySuffix *string) awsiam.Grant
	AvailabilityZone() *string
	EncryptionKey() awskms.IKey
	VolumeId() *string
}

// VolumeProps are the props of NewVolume.
type VolumeProps struct {
	AvailabilityZone         *string              `field:"required" json:"availabilityZone" yaml:"availabilityZone"`
	AutoEnableIo             *bool                `field:"optional" json:"autoEnableIo" yaml:"autoEnableIo"`
	EnableMultiAttach        *bool                `field:"optional" json:"enableMultiAttach" yaml:"enableMultiAttach"`
	Encrypted                *bool                `field:"optional" json:"encrypted" yaml:"encrypted"`
	EncryptionKey            awskms.IKey          `field:"optional" json:"encryptionKey" yaml:"encryptionKey"`
	Iops                     *float64             `field:"optional" json:"iops" yaml:"iops"`
	RemovalPolicy            awscdk.RemovalPolicy `field:"optional" json:"removalPolicy" yaml:"removalPolicy"`
	Size                     awscdk.Size          `field:"optional" json:"size" yaml:"size"`
	SnapshotId               *string              `field:"optional" json:"snapshotId" yaml:"snapshotId"`
	Throughput               *float64             `field:"optional" json:"throughput" yaml:"throughput"`
	VolumeInitializationRate awscdk.Size          `field:"optional" json:"volumeInitializationRate" yaml:"volumeInitializationRate"`
	VolumeName               *string              `field:"optional" json:"volumeName" yaml:"volumeName"`
	VolumeType               EbsDeviceVolumeType  `field:"optional" json:"volumeType" yaml:"volumeType"`
}

// VolumeAttributes describe an existing volume for Volume_FromVolumeAttributes.
type VolumeAttributes struct {
	AvailabilityZone *string     `field:"required" json:"availabilityZone" yaml:"availabilityZone"`
	VolumeId         *string     `field:"required" json:"volumeId" yaml:"volumeId"`
	EncryptionKey    awskms.IKey `field:"optional" json:"encryptionKey" yaml:"encryptionKey"`
}

// Volume is an EBS volume defined in this app (AWS::EC2::Volume).
type Volume interface {
	awscdk.Resource
	IVolume
	VolumeRef() *interfacesawsec2.VolumeReference
	ToString() *string
	ValidateProps(props *VolumeProps)
}

type volume struct {
	awscdk.Resource
	id  *string
	az  *string
	key awskms.IKey
}

func (v *volume) VolumeId() *string          { return v.id }
func (v *volume) AvailabilityZone() *string  { return v.az }
func (v *volume) EncryptionKey() awskms.IKey { return v.key }
func (v *volume) VolumeRef() *interfacesawsec2.VolumeReference {
	return &interfacesawsec2.VolumeReference{VolumeId: v.id}
}

// GrantAttachVolume lets grantee attach the volume to the instances (any instance by default).
func (v *volume) GrantAttachVolume(grantee awsiam.IGrantable, instances *[]interfacesawsec2.IInstanceRef) awsiam.Grant {
	g := awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{Grantee: grantee, Actions: jsii.Strings("ec2:AttachVolume"),
		ResourceArns: v.grantArns(instances)})
	if v.key != nil {
		v.key.Grant(grantee, str("kms:CreateGrant")).PrincipalStatement().AddConditions(&map[string]interface{}{
			"Bool": map[string]interface{}{"kms:GrantIsForAWSResource": true},
			// aws-cdk-lib's key order, which a Go map would lose.
			"StringEquals": ordered("kms:ViaService", fmt.Sprintf("ec2.%s.amazonaws.com", deref(awscdk.Stack_Of(v).Region())),
				"kms:GrantConstraintType", "EncryptionContextSubset"),
		})
	}
	return g
}

// GrantDetachVolume lets grantee detach the volume from the instances (any instance by default).
func (v *volume) GrantDetachVolume(grantee awsiam.IGrantable, instances *[]interfacesawsec2.IInstanceRef) awsiam.Grant {
	return awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{Grantee: grantee, Actions: jsii.Strings("ec2:DetachVolume"),
		ResourceArns: v.grantArns(instances)})
}

// GrantAttachVolumeByResourceTag lets grantee attach the volume to
// instances that carry the same tag, which it adds to the volume and them.
func (v *volume) GrantAttachVolumeByResourceTag(grantee awsiam.IGrantable, cs *[]constructs.Construct, tagKeySuffix *string) awsiam.Grant {
	return v.grantByTag("VolumeGrantAttach-", cs, tagKeySuffix, func() awsiam.Grant { return v.GrantAttachVolume(grantee, nil) })
}

// GrantDetachVolumeByResourceTag lets grantee detach the volume from
// instances that carry the same tag, which it adds to the volume and them.
func (v *volume) GrantDetachVolumeByResourceTag(grantee awsiam.IGrantable, cs *[]constructs.Construct, tagKeySuffix *string) awsiam.Grant {
	return v.grantByTag("VolumeGrantDetach-", cs, tagKeySuffix, func() awsiam.Grant { return v.GrantDetachVolume(grantee, nil) })
}

func (v *volume) grantByTag(prefix string, cs *[]constructs.Construct, suffix *string, grant func() awsiam.Grant) awsiam.Grant {
	var list []constructs.Construct
	if cs != nil {
		list = *cs
	}
	ids := []string{deref(awscdk.Names_UniqueId(v))}
	for _, c := range list {
		ids = append(ids, deref(awscdk.Names_UniqueId(c)))
	}
	sum := md5.Sum([]byte(strings.Join(ids, "")))
	value := hex.EncodeToString(sum[:])
	key := prefix + strings.ToUpper(value[:10])
	if suffix != nil {
		key = prefix + *suffix
	}
	g := grant()
	g.PrincipalStatement().AddCondition(str("ForAnyValue:StringEquals"), map[string]interface{}{"ec2:ResourceTag/" + key: value})
	awscdk.Tags_Of(v).Add(&key, &value, nil)
	for _, c := range list {
		awscdk.Tags_Of(c).Add(&key, &value, nil)
	}
	return g
}

func (v *volume) grantArns(instances *[]interfacesawsec2.IInstanceRef) *[]*string {
	st := awscdk.Stack_Of(v)
	base := fmt.Sprintf("arn:%s:ec2:%s:%s:", deref(st.Partition()), deref(st.Region()), deref(st.Account()))
	arns := []*string{str(base + "volume/" + deref(v.id))}
	if instances == nil {
		arns = append(arns, str(base+"instance/*"))
	} else {
		for _, i := range *instances {
			id := ""
			if i != nil {
				id = deref(i.InstanceRef().InstanceId)
			}
			arns = append(arns, str(base+"instance/"+id))
		}
	}
	return &arns
}

var (
	volumeIDPattern   = regexp.MustCompile(`^vol-[0-9a-fA-F]+$`)
	snapshotIDPattern = regexp.MustCompile(`^snap-[0-9a-fA-F]+$`)
)

// Volume_FromVolumeAttributes imports an existing volume.
func Volume_FromVolumeAttributes(scope constructs.Construct, id *string, attrs *VolumeAttributes) IVolume {
	if attrs == nil {
		attrs = &VolumeAttributes{}
	}
	if !isUnresolved(attrs.VolumeId) && !volumeIDPattern.MatchString(deref(attrs.VolumeId)) {
		throw(scope, "`volumeId` does not match expected pattern. Expected `vol-<hexadecmial value>` (ex: `vol-05abe246af`) or a Token")
	}
	v := &volume{id: attrs.VolumeId, az: attrs.AvailabilityZone, key: attrs.EncryptionKey}
	v.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(v.Resource, v)
	return v
}

// NewVolume creates an EBS volume (gp3 by default under the ebsDefaultGp3Volume flag).
func NewVolume(scope constructs.Construct, id *string, props *VolumeProps) Volume {
	props = l2.Inject(*Volume_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &VolumeProps{}
	}
	v := &volume{}
	v.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: props.VolumeName})
	host.Set(v.Resource, v)
	v.ValidateProps(props)
	vt := volumeTypeValue[props.VolumeType]
	if vt == "" {
		vt = "gp2"
		if featureEnabled(v, "@aws-cdk/aws-ec2:ebsDefaultGp3Volume") {
			vt = "gp3"
		}
	}
	p := &CfnVolumeProps{AvailabilityZone: props.AvailabilityZone, Iops: props.Iops, SnapshotId: props.SnapshotId,
		Throughput: props.Throughput, VolumeType: str(vt), MultiAttachEnabled: truthy(props.EnableMultiAttach)}
	if props.AutoEnableIo != nil {
		p.AutoEnableIo = *props.AutoEnableIo
	}
	if props.Encrypted != nil {
		p.Encrypted = *props.Encrypted
	}
	if props.EncryptionKey != nil {
		p.KmsKeyId = props.EncryptionKey.KeyArn()
	}
	if props.Size != nil {
		p.Size = props.Size.ToGibibytes(&awscdk.SizeConversionOptions{Rounding: awscdk.SizeRoundingBehavior_FAIL})
	}
	if props.VolumeInitializationRate != nil {
		p.VolumeInitializationRate = props.VolumeInitializationRate.ToMebibytes(nil)
	}
	res := NewCfnVolume(v, str("Resource"), p)
	res.ApplyRemovalPolicy(props.RemovalPolicy, nil)
	if deref(props.VolumeName) != "" {
		awscdk.Tags_Of(res).Add(str(nameTag), props.VolumeName, nil)
	}
	v.id, v.az, v.key = res.Ref(), props.AvailabilityZone, props.EncryptionKey
	if v.key != nil {
		st := awscdk.Stack_Of(v)
		principal := awskms.NewViaServicePrincipal(str(fmt.Sprintf("ec2.%s.amazonaws.com", deref(st.Region()))), awsiam.NewAccountRootPrincipal()).
			WithConditions(&map[string]interface{}{"StringEquals": map[string]interface{}{"kms:CallerAccount": st.Account()}})
		g := v.key.Grant(principal, str("kms:DescribeKey"), str("kms:GenerateDataKeyWithoutPlainText"))
		if props.SnapshotId != nil && g.PrincipalStatement() != nil {
			g.PrincipalStatement().AddActions(str("kms:ReEncrypt*"))
		}
	}
	return v
}

var iopsRange = map[string][2]float64{"gp3": {3000, 80000}, "io1": {100, 64000}, "io2": {100, 256000}}
var iopsRatio = map[string]float64{"gp3": 500, "io1": 50, "io2": 500}
var volumeSizeRange = map[string][2]float64{"gp2": {1, 16384}, "gp3": {1, 65536}, "io1": {4, 16384}, "io2": {4, 65536},
	"st1": {125, 16384}, "sc1": {125, 16384}, "standard": {1, 1024}}

// ValidateProps checks the props as aws-cdk-lib does before creating the volume.
func (v *volume) ValidateProps(props *VolumeProps) {
	if props == nil {
		props = &VolumeProps{}
	}
	if props.Size == nil && props.SnapshotId == nil {
		throw(v, "Must provide at least one of `size` or `snapshotId`")
	}
	if props.SnapshotId != nil && !isUnresolved(props.SnapshotId) && !snapshotIDPattern.MatchString(*props.SnapshotId) {
		throw(v, "`snapshotId` does not match expected pattern. Expected `snap-<hexadecmial value>` (ex: `snap-05abe246af`) or Token")
	}
	if props.EncryptionKey != nil && !truthy(props.Encrypted) {
		throw(v, "`encrypted` must be true when providing an `encryptionKey`.")
	}
	given := volumeTypeValue[props.VolumeType]
	vt := given
	if vt == "" {
		vt = "gp2" // aws-cdk-lib checks against gp2 when no type is given
	}
	if (given == "io1" || given == "io2") && (props.Iops == nil || *props.Iops == 0) {
		throw(v, "`iops` must be specified if the `volumeType` is `PROVISIONED_IOPS_SSD` or `PROVISIONED_IOPS_SSD_IO2`.")
	}
	if props.Iops != nil && *props.Iops != 0 {
		r, ok := iopsRange[vt]
		if !ok {
			throw(v, "`iops` may only be specified if the `volumeType` is `PROVISIONED_IOPS_SSD`, `PROVISIONED_IOPS_SSD_IO2` or `GENERAL_PURPOSE_SSD_GP3`.")
		}
		if *props.Iops < r[0] || *props.Iops > r[1] {
			throw(v, "`%s` volumes iops must be between %s and %s.", vt, renderPort(&r[0]), renderPort(&r[1]))
		}
		if props.Size != nil && *props.Iops > iopsRatio[vt]**sizeGiB(props.Size) {
			throw(v, "`%s` volumes iops has a maximum ratio of %s IOPS/GiB.", vt, renderPort(num(iopsRatio[vt])))
		}
		if vt == "gp3" && props.Throughput != nil && *props.Throughput != 0 {
			if ratio := *props.Throughput / *props.Iops; ratio > 0.25 {
				throw(v, "Throughput (MiBps) to iops ratio of %s is too high; maximum is 0.25 MiBps per iops", renderPort(&ratio))
			}
		}
	}
	if truthy(props.EnableMultiAttach) && vt != "io1" && vt != "io2" {
		throw(v, "multi-attach is supported exclusively on `PROVISIONED_IOPS_SSD` and `PROVISIONED_IOPS_SSD_IO2` volumes.")
	}
	if props.Size != nil {
		size := *sizeGiB(props.Size)
		r := volumeSizeRange[vt]
		if size < r[0] || size > r[1] {
			throw(v, "`%s` volumes must be between %s GiB and %s GiB in size.", vt, renderPort(&r[0]), renderPort(&r[1]))
		}
	}
	if props.Throughput != nil && *props.Throughput != 0 {
		if given != "gp3" {
			throw(v, "throughput property requires volumeType: EbsDeviceVolumeType.GP3")
		}
		if *props.Throughput < 125 || *props.Throughput > 2000 {
			throw(v, "throughput property takes a minimum of 125 and a maximum of 2000")
		}
	}
	if props.VolumeInitializationRate != nil {
		if props.SnapshotId == nil {
			throw(v, "volumeInitializationRate can only be specified when creating a volume from a snapshot.")
		}
		if !*props.VolumeInitializationRate.IsUnresolved() {
			rate := *props.VolumeInitializationRate.ToMebibytes(&awscdk.SizeConversionOptions{Rounding: awscdk.SizeRoundingBehavior_NONE})
			if rate < 100 || rate > 300 {
				throw(v, "volumeInitializationRate must be between 100 and 300 MiB/s, got: %s MiB/s", renderPort(&rate))
			}
		}
	}
}

func ordered(kv ...interface{}) *ojson.Object { return obj(kv...) }

func sizeGiB(s awscdk.Size) *float64 {
	return s.ToGibibytes(&awscdk.SizeConversionOptions{Rounding: awscdk.SizeRoundingBehavior_FAIL})
}

// NewVolume_Override initialises v, a type embedding Volume.
func NewVolume_Override(v Volume, scope constructs.Construct, id *string, props *VolumeProps) {
	l2.Override(v, NewVolume(scope, id, props))
}

// Volume_PROPERTY_INJECTION_ID identifies the class to property injectors.
func Volume_PROPERTY_INJECTION_ID() *string { return jsii.String("aws-cdk-lib.aws-ec2.Volume") }

// Volume_IsConstruct reports whether x is a construct.
func Volume_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// Volume_IsResource reports whether c is a Resource.
func Volume_IsResource(c constructs.IConstruct) *bool { return awscdk.Resource_IsResource(c) }

// Volume_IsOwnedResource reports whether c is a Resource this app created.
func Volume_IsOwnedResource(c constructs.IConstruct) *bool { return awscdk.Resource_IsOwnedResource(c) }

package awsefs

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsefs"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// Acl is the owner and permissions EFS gives the access point's root
// directory when it creates it.
type Acl struct {
	OwnerGid *string `field:"required" json:"ownerGid" yaml:"ownerGid"`
	OwnerUid *string `field:"required" json:"ownerUid" yaml:"ownerUid"`
	// Octal permissions, for example "755".
	Permissions *string `field:"required" json:"permissions" yaml:"permissions"`
}

// PosixUser is the identity NFS requests through the access point use.
type PosixUser struct {
	Gid           *string    `field:"required" json:"gid" yaml:"gid"`
	Uid           *string    `field:"required" json:"uid" yaml:"uid"`
	SecondaryGids *[]*string `field:"optional" json:"secondaryGids" yaml:"secondaryGids"`
}

// AccessPointOptions are the options of FileSystem.AddAccessPoint.
type AccessPointOptions struct {
	// Idempotency token, 1 to 64 characters.
	ClientToken *string `field:"optional" json:"clientToken" yaml:"clientToken"`
	// Create the root directory with this ACL when it does not exist.
	CreateAcl *Acl `field:"optional" json:"createAcl" yaml:"createAcl"`
	// The root directory clients see. Default: "/".
	Path      *string    `field:"optional" json:"path" yaml:"path"`
	PosixUser *PosixUser `field:"optional" json:"posixUser" yaml:"posixUser"`
}

// AccessPointProps are the props of NewAccessPoint.
type AccessPointProps struct {
	ClientToken *string                         `field:"optional" json:"clientToken" yaml:"clientToken"`
	CreateAcl   *Acl                            `field:"optional" json:"createAcl" yaml:"createAcl"`
	Path        *string                         `field:"optional" json:"path" yaml:"path"`
	PosixUser   *PosixUser                      `field:"optional" json:"posixUser" yaml:"posixUser"`
	FileSystem  interfacesawsefs.IFileSystemRef `field:"required" json:"fileSystem" yaml:"fileSystem"`
}

// AccessPointAttributes describe an access point defined outside this app:
// exactly one of AccessPointId and AccessPointArn.
type AccessPointAttributes struct {
	AccessPointArn *string                         `field:"optional" json:"accessPointArn" yaml:"accessPointArn"`
	AccessPointId  *string                         `field:"optional" json:"accessPointId" yaml:"accessPointId"`
	FileSystem     interfacesawsefs.IFileSystemRef `field:"optional" json:"fileSystem" yaml:"fileSystem"`
}

// IAccessPoint is an EFS access point, defined in this app or imported.
type IAccessPoint interface {
	interfacesawsefs.IAccessPointRef
	awscdk.IResource
	AccessPointArn() *string
	AccessPointId() *string
	// FileSystem is the access point's file system.
	FileSystem() IFileSystem
}

// AccessPoint is an EFS access point defined in this app (AWS::EFS::AccessPoint).
type AccessPoint interface {
	awscdk.Resource
	IAccessPoint
}

type accessPoint struct {
	awscdk.Resource
	arn, id  *string
	fs       interfacesawsefs.IFileSystemRef
	imported bool
}

// AccessPoint_PROPERTY_INJECTION_ID is the id property injectors use for AccessPoint.
func AccessPoint_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-efs.AccessPoint")
}

// NewAccessPoint creates an access point on a file system.
func NewAccessPoint(scope constructs.Construct, id *string, props *AccessPointProps) AccessPoint {
	props = l2.Inject(*AccessPoint_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.FileSystem == nil {
		l2.RequireProps(scope, id, "AccessPointProps", "FileSystem")
	}
	a := &accessPoint{fs: props.FileSystem}
	a.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(a.Resource, a)
	if t := props.ClientToken; t != nil && !*awscdk.Token_IsUnresolved(*t) && (len(*t) == 0 || len(*t) > 64) {
		l2.Throw(a, "The length of 'clientToken' must range from 1 to 64 characters, got: %d characters", len(*t))
	}
	root := &CfnAccessPoint_RootDirectoryProperty{Path: props.Path}
	if acl := props.CreateAcl; acl != nil {
		root.CreationInfo = &CfnAccessPoint_CreationInfoProperty{OwnerGid: acl.OwnerGid, OwnerUid: acl.OwnerUid, Permissions: acl.Permissions}
	}
	cfn := &CfnAccessPointProps{
		FileSystemId:  props.FileSystem.FileSystemRef().FileSystemId,
		RootDirectory: root,
		ClientToken:   props.ClientToken,
	}
	if u := props.PosixUser; u != nil {
		cfn.PosixUser = &CfnAccessPoint_PosixUserProperty{Uid: u.Uid, Gid: u.Gid, SecondaryGids: u.SecondaryGids}
	}
	resource := NewCfnAccessPoint(a, jsii.String("Resource"), cfn)
	awscdk.Tags_Of(a).Add(jsii.String("Name"), a.Node().Path(), nil)
	a.id = resource.Ref()
	a.arn = awscdk.Stack_Of(scope).FormatArn(&awscdk.ArnComponents{Service: jsii.String("elasticfilesystem"),
		Resource: jsii.String("access-point"), ResourceName: a.id})
	return a
}

// AccessPoint_FromAccessPointId imports an access point by its id.
func AccessPoint_FromAccessPointId(scope constructs.Construct, id *string, accessPointId *string) IAccessPoint {
	return AccessPoint_FromAccessPointAttributes(scope, id, &AccessPointAttributes{AccessPointId: accessPointId})
}

// AccessPoint_FromAccessPointAttributes imports an access point by its id or ARN.
func AccessPoint_FromAccessPointAttributes(scope constructs.Construct, id *string, attrs *AccessPointAttributes) IAccessPoint {
	if attrs == nil {
		attrs = &AccessPointAttributes{}
	}
	a := &accessPoint{fs: attrs.FileSystem, imported: true}
	a.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(a.Resource, a)
	stack := awscdk.Stack_Of(scope)
	switch {
	case attrs.AccessPointId != nil:
		if attrs.AccessPointArn != nil {
			l2.Throw(a, "Only one of accessPointId or AccessPointArn can be provided!")
		}
		a.id = attrs.AccessPointId
		a.arn = stack.FormatArn(&awscdk.ArnComponents{Service: jsii.String("elasticfilesystem"),
			Resource: jsii.String("access-point"), ResourceName: a.id})
	case attrs.AccessPointArn == nil:
		l2.Throw(a, "One of accessPointId or AccessPointArn is required!")
	default:
		a.arn = attrs.AccessPointArn
		a.id = stack.SplitArn(a.arn, awscdk.ArnFormat_SLASH_RESOURCE_NAME).ResourceName
		if a.id == nil || *a.id == "" {
			l2.Throw(a, "ARN for AccessPoint must provide the resource name.")
		}
	}
	return a
}

func (a *accessPoint) AccessPointArn() *string { return a.arn }
func (a *accessPoint) AccessPointId() *string  { return a.id }

// AccessPointRef is the access point's reference (id and ARN).
func (a *accessPoint) AccessPointRef() *interfacesawsefs.AccessPointReference {
	return &interfacesawsefs.AccessPointReference{AccessPointId: a.id, AccessPointArn: a.arn}
}

// FileSystem is the access point's file system; an imported access point
// knows it only when FileSystem was given.
func (a *accessPoint) FileSystem() IFileSystem {
	if a.fs == nil {
		l2.Throw(a, "fileSystem is only available if 'fromAccessPointAttributes()' is used and a fileSystem is passed in as an attribute.")
	}
	return toIFileSystem(a, a.fs)
}

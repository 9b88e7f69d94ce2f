package awslambda

import (
	"fmt"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awss3files"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawss3files"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/jsii"
)

// S3FilesOptions are the options of FileSystem_FromS3FilesAccessPoint.
type S3FilesOptions struct {
	// Whether the function may read objects straight from the backing S3
	// bucket instead of through the mount. Default: the service's default
	// (no S3FilesConfig is written).
	DirectS3Read DirectS3Read `field:"optional" json:"directS3Read" yaml:"directS3Read"`
}

// DirectS3Read is the direct-read setting of an S3 Files mount; make one
// with DirectS3Read_Enabled, _EnabledWithoutGrant, _Auto or _Disabled.
type DirectS3Read interface{}

type directS3Read struct {
	mode   string
	bucket awss3.IBucket
}

// DirectS3Read_Enabled turns direct reads on and lets the function's role
// read the objects of bucket.
func DirectS3Read_Enabled(bucket awss3.IBucket) DirectS3Read {
	return &directS3Read{mode: "ENABLED", bucket: bucket}
}

// DirectS3Read_EnabledWithoutGrant turns direct reads on without adding S3
// permissions: grant the function's role read access yourself.
func DirectS3Read_EnabledWithoutGrant() DirectS3Read { return &directS3Read{mode: "ENABLED"} }

// DirectS3Read_Auto lets the service decide from the function's memory
// (direct reads from 512 MB); no permissions are added.
func DirectS3Read_Auto() DirectS3Read { return &directS3Read{mode: "AUTO"} }

// DirectS3Read_Disabled always reads through the mount.
func DirectS3Read_Disabled() DirectS3Read { return &directS3Read{mode: "DISABLED"} }

// nfsPort is the port mount targets listen on.
const nfsPort = 2049

// FileSystem_FromS3FilesAccessPoint mounts an Amazon S3 Files access point
// at mountPath (/mnt/<name>). As in aws-cdk-lib, the access point, its file
// system, the file system's mount targets and their security groups are
// found as L1 resources in the app: the function waits for the mount
// targets, may reach them on the NFS port, and its role may mount through
// the access point and mount and write the file system.
func FileSystem_FromS3FilesAccessPoint(ap interfacesawss3files.IAccessPointRef, mountPath *string, options *S3FilesOptions) FileSystem {
	if ap == nil {
		diag.Panic("", "FileSystem.fromS3FilesAccessPoint needs an access point")
	}
	cfnAP := findAccessPoint(ap)
	fs := findS3FilesFileSystem(cfnAP)
	targets := s3FilesMountTargets(ap, fs)
	groups := mountTargetSecurityGroups(targets)

	arn := ap.AccessPointRef().AccessPointArn
	policies := []awsiam.PolicyStatement{
		awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("s3files:ClientMount"), Resources: &[]*string{arn}}),
		awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("s3files:ClientMount", "s3files:ClientWrite"),
			Resources: &[]*string{fs.FileSystemRef().FileSystemArn}}),
	}
	var mode string
	if options != nil {
		if d, ok := options.DirectS3Read.(*directS3Read); ok && d != nil {
			mode = d.mode
			if d.mode == "ENABLED" && d.bucket != nil {
				policies = append(policies, awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
					Actions: jsii.Strings("s3:GetObject", "s3:GetObjectVersion"), Resources: &[]*string{d.bucket.ArnForObjects(jsii.String("*"))}}))
			}
		}
	}
	deps := make([]constructs.IDependable, len(targets))
	for i, t := range targets {
		deps[i] = t
	}
	scope, ok := ap.(constructs.Construct)
	if !ok {
		scope, _ = cfnAP.(constructs.Construct)
	}
	sgs := make([]awsec2.ISecurityGroup, len(groups))
	for i, g := range groups {
		sgs[i] = awsec2.SecurityGroup_FromSecurityGroupId(scope, jsii.String(fmt.Sprintf("MountTargetSG%d", i)), g.AttrGroupId(), nil)
	}
	return NewFileSystem(&FileSystemConfig{
		LocalMountPath: mountPath,
		Arn:            arn,
		Dependency:     &deps,
		Connections: awsec2.NewConnections(&awsec2.ConnectionsProps{SecurityGroups: &sgs,
			DefaultPort: awsec2.Port_Tcp(jsii.Number(nfsPort))}),
		Policies:          &policies,
		s3FilesDirectRead: mode,
	})
}

// findAccessPoint is the CfnAccessPoint behind ap: ap itself, its default
// child, or the closest one in the tree with the same id.
func findAccessPoint(ap interfacesawss3files.IAccessPointRef) awss3files.CfnAccessPoint {
	want := ap.AccessPointRef().AccessPointId
	r := findCfnResource(ap, "AWS::S3Files::AccessPoint", func(c awscdk.CfnResource) bool {
		other, ok := c.(interfacesawss3files.IAccessPointRef)
		return ok && want != nil && *other.AccessPointRef().AccessPointId == *want
	})
	cfn, ok := r.(awss3files.CfnAccessPoint)
	if !ok {
		diag.Panic("", "Unable to find underlying CfnAccessPoint for %s.", *ap.Node().Path())
	}
	return cfn
}

// findS3FilesFileSystem is the CfnFileSystem the access point names,
// closest to it in the tree.
func findS3FilesFileSystem(ap awss3files.CfnAccessPoint) awss3files.CfnFileSystem {
	id := ap.FileSystemId()
	r := findRelatedCfnResource(ap, "AWS::S3Files::FileSystem", func(c awscdk.CfnResource) bool {
		fs, ok := c.(awss3files.CfnFileSystem)
		return ok && id != nil && (*id == *fs.Ref() || *id == *fs.AttrFileSystemId())
	})
	fs, ok := r.(awss3files.CfnFileSystem)
	if !ok {
		diag.Panic("", "Unable to find the CfnFileSystem for access point at %s. Ensure the file system is defined in the same CDK app and linked to the access point.", *ap.Node().Path())
	}
	return fs
}

// s3FilesMountTargets are the app's mount targets of fs, in tree order.
func s3FilesMountTargets(ap constructs.IConstruct, fs awss3files.CfnFileSystem) []awss3files.CfnMountTarget {
	var out []awss3files.CfnMountTarget
	for _, c := range *ap.Node().Root().Node().FindAll(constructs.ConstructOrder_PREORDER) {
		mt, ok := host.Of(c).(awss3files.CfnMountTarget)
		if ok && mt.FileSystemId() != nil && (*mt.FileSystemId() == *fs.Ref() || *mt.FileSystemId() == *fs.AttrFileSystemId()) {
			out = append(out, mt)
		}
	}
	if len(out) == 0 {
		diag.Panic("", "No mount targets found for file system at %s. Create at least one CfnMountTarget for the file system.", *fs.Node().Path())
	}
	return out
}

// mountTargetSecurityGroups are the CfnSecurityGroups the mount targets
// name, each once; ids of groups not defined in the app are skipped.
func mountTargetSecurityGroups(targets []awss3files.CfnMountTarget) []awsec2.CfnSecurityGroup {
	var out []awsec2.CfnSecurityGroup
	seen := map[string]bool{}
	for _, mt := range targets {
		ids := mt.SecurityGroups()
		if ids == nil || len(*ids) == 0 {
			diag.Panic("", "Mount target %s does not have security groups. Add security groups to the mount target.", *mt.Node().Path())
		}
		for _, id := range *ids {
			if id == nil || seen[*id] {
				continue
			}
			seen[*id] = true
			r := findRelatedCfnResource(mt, "AWS::EC2::SecurityGroup", func(c awscdk.CfnResource) bool {
				sg, ok := c.(awsec2.CfnSecurityGroup)
				return ok && (*id == *sg.Ref() || *id == *sg.AttrGroupId())
			})
			if sg, ok := r.(awsec2.CfnSecurityGroup); ok {
				out = append(out, sg)
			}
		}
	}
	return out
}

// findCfnResource is c itself or its default child when either is an L1
// of type typ, else the closest matching one around it.
func findCfnResource(c constructs.IConstruct, typ string, matches func(awscdk.CfnResource) bool) awscdk.CfnResource {
	if r, ok := cfnOfType(host.Of(c), typ); ok {
		return r
	}
	if d := c.Node().DefaultChild(); d != nil {
		if r, ok := cfnOfType(d, typ); ok {
			return r
		}
	}
	return findRelatedCfnResource(c, typ, matches)
}

func cfnOfType(c interface{}, typ string) (awscdk.CfnResource, bool) {
	r, ok := c.(awscdk.CfnResource)
	if !ok || r.CfnResourceType() == nil || *r.CfnResourceType() != typ {
		return nil, false
	}
	return r, true
}

// findRelatedCfnResource is the matching L1 of type typ closest to c: its
// descendants (depth first) at their depth, then the subtrees of each
// ancestor's children, the ancestor's distance counting as their depth.
func findRelatedCfnResource(c constructs.IConstruct, typ string, matches func(awscdk.CfnResource) bool) awscdk.CfnResource {
	var best awscdk.CfnResource
	bestDistance := int(^uint(0) >> 1)
	visited := map[constructs.IConstruct]bool{}
	var search func(parent constructs.IConstruct, distance int)
	search = func(parent constructs.IConstruct, distance int) {
		if distance >= bestDistance {
			return
		}
		for _, child := range *parent.Node().Children() {
			key := host.Of(child)
			if visited[key] {
				continue
			}
			visited[key] = true
			if r, ok := cfnOfType(key, typ); ok && matches(r) && distance < bestDistance {
				best, bestDistance = r, distance
			}
			search(child, distance+1)
		}
	}
	search(c, 1)
	distance := 1
	for ancestor := c.Node().Scope(); ancestor != nil && distance < bestDistance; ancestor = ancestor.Node().Scope() {
		for _, sibling := range *ancestor.Node().Children() {
			search(sibling, distance)
		}
		distance++
	}
	return best
}

// directReadConfig is the S3FilesConfig of a mount, when a direct-read
// mode was chosen.
func (c *FileSystemConfig) directReadConfig() interface{} {
	if c == nil || c.s3FilesDirectRead == "" {
		return nil
	}
	return &CfnFunction_S3FilesConfigProperty{DirectS3Read: jsii.String(c.s3FilesDirectRead)}
}

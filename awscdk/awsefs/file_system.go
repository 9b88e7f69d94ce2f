package awsefs

import (
	"strconv"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsefs"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawskms"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// The NFS client actions the grants hand out.
const (
	clientMount      = "elasticfilesystem:ClientMount"
	clientWrite      = "elasticfilesystem:ClientWrite"
	clientRootAccess = "elasticfilesystem:ClientRootAccess"
)

// IFileSystem is an EFS file system, defined in this app or imported.
type IFileSystem interface {
	awsec2.IConnectable
	interfacesawsefs.IFileSystemRef
	awsiam.IResourceWithPolicy
	// Grant gives grantee the actions on this file system.
	Grant(grantee awsiam.IGrantable, actions ...*string) awsiam.Grant
	// GrantRead lets grantee mount the file system through a mount target.
	GrantRead(grantee awsiam.IGrantable) awsiam.Grant
	// GrantReadWrite lets grantee mount and write through a mount target.
	GrantReadWrite(grantee awsiam.IGrantable) awsiam.Grant
	// GrantRootAccess lets grantee mount, write and act as root through a mount target.
	GrantRootAccess(grantee awsiam.IGrantable) awsiam.Grant
	FileSystemArn() *string
	FileSystemId() *string
	// MountTargetsAvailable is what depends on every mount target.
	MountTargetsAvailable() constructs.IDependable
}

// FileSystemProps are the props of NewFileSystem.
type FileSystemProps struct {
	// The VPC the mount targets are placed in.
	Vpc awsec2.IVpc `field:"required" json:"vpc" yaml:"vpc"`
	// Allow clients that do not authenticate with IAM. Default: false when
	// the denyAnonymousAccess flag is set or a client grant was made.
	AllowAnonymousAccess *bool `field:"optional" json:"allowAnonymousAccess" yaml:"allowAnonymousAccess"`
	// Turn on AWS Backup's automatic backups.
	EnableAutomaticBackups *bool `field:"optional" json:"enableAutomaticBackups" yaml:"enableAutomaticBackups"`
	// Encrypt at rest. Default: true under the defaultEncryptionAtRest flag.
	Encrypted *bool `field:"optional" json:"encrypted" yaml:"encrypted"`
	// The value of the Name tag. Default: the construct path.
	FileSystemName *string `field:"optional" json:"fileSystemName" yaml:"fileSystemName"`
	// The file system's resource policy.
	FileSystemPolicy awsiam.PolicyDocument `field:"optional" json:"fileSystemPolicy" yaml:"fileSystemPolicy"`
	// The KMS key for encryption at rest. Default: the AWS managed key.
	KmsKey interfacesawskms.IKeyRef `field:"optional" json:"kmsKey" yaml:"kmsKey"`
	// When files move to Infrequent Access.
	LifecyclePolicy LifecyclePolicy `field:"optional" json:"lifecyclePolicy" yaml:"lifecyclePolicy"`
	// Make a One Zone file system in the first availability zone selected.
	OneZone *bool `field:"optional" json:"oneZone" yaml:"oneZone"`
	// When files move back to primary storage.
	OutOfInfrequentAccessPolicy OutOfInfrequentAccessPolicy `field:"optional" json:"outOfInfrequentAccessPolicy" yaml:"outOfInfrequentAccessPolicy"`
	PerformanceMode             PerformanceMode             `field:"optional" json:"performanceMode" yaml:"performanceMode"`
	// Required with ThroughputMode_PROVISIONED.
	ProvisionedThroughputPerSecond awscdk.Size `field:"optional" json:"provisionedThroughputPerSecond" yaml:"provisionedThroughputPerSecond"`
	// Default: RETAIN.
	RemovalPolicy awscdk.RemovalPolicy `field:"optional" json:"removalPolicy" yaml:"removalPolicy"`
	// Where the file system is replicated.
	ReplicationConfiguration       ReplicationConfiguration       `field:"optional" json:"replicationConfiguration" yaml:"replicationConfiguration"`
	ReplicationOverwriteProtection ReplicationOverwriteProtection `field:"optional" json:"replicationOverwriteProtection" yaml:"replicationOverwriteProtection"`
	// The mount targets' security group. Default: a new one.
	SecurityGroup  awsec2.ISecurityGroup `field:"optional" json:"securityGroup" yaml:"securityGroup"`
	ThroughputMode ThroughputMode        `field:"optional" json:"throughputMode" yaml:"throughputMode"`
	// When files move to Archive.
	TransitionToArchivePolicy LifecyclePolicy `field:"optional" json:"transitionToArchivePolicy" yaml:"transitionToArchivePolicy"`
	// Where the mount targets go. Default: one subnet per availability zone.
	VpcSubnets *awsec2.SubnetSelection `field:"optional" json:"vpcSubnets" yaml:"vpcSubnets"`
}

// FileSystemAttributes describe a file system defined outside this app:
// exactly one of FileSystemId and FileSystemArn.
type FileSystemAttributes struct {
	// The security group of its mount targets.
	SecurityGroup awsec2.ISecurityGroup `field:"required" json:"securityGroup" yaml:"securityGroup"`
	FileSystemArn *string               `field:"optional" json:"fileSystemArn" yaml:"fileSystemArn"`
	FileSystemId  *string               `field:"optional" json:"fileSystemId" yaml:"fileSystemId"`
}

// FileSystem is an EFS file system defined in this app (AWS::EFS::FileSystem).
type FileSystem interface {
	awscdk.Resource
	IFileSystem
	// AddAccessPoint adds an access point to this file system.
	AddAccessPoint(id *string, accessPointOptions *AccessPointOptions) AccessPoint
}

// fileSystemBase is what owned and imported file systems share; self is the outer object.
type fileSystemBase struct {
	awscdk.Resource
	self          IFileSystem
	owned         bool
	policy        awsiam.PolicyDocument
	grantedClient bool
	connections   awsec2.Connections
	id, arn       *string
	mountTargets  constructs.DependencyGroup
}

type fileSystem struct {
	fileSystemBase
	resource CfnFileSystem
}

// FileSystem_DEFAULT_PORT is the NFS port mount targets listen on.
func FileSystem_DEFAULT_PORT() *float64 { return jsii.Number(2049) }

// FileSystem_PROPERTY_INJECTION_ID is the id property injectors use for FileSystem.
func FileSystem_PROPERTY_INJECTION_ID() *string { return jsii.String("aws-cdk-lib.aws-efs.FileSystem") }

// NewFileSystem creates an EFS file system with a mount target in each selected subnet.
func NewFileSystem(scope constructs.Construct, id *string, props *FileSystemProps) FileSystem {
	props = l2.Inject(*FileSystem_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.Vpc == nil {
		l2.RequireProps(scope, id, "FileSystemProps", "Vpc")
	}
	f := &fileSystem{}
	f.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(f.Resource, f)
	f.self, f.owned = f, true

	if props.PerformanceMode == PerformanceMode_MAX_IO && isTrue(props.OneZone) {
		l2.Throw(f, "performanceMode MAX_IO is not supported for One Zone file systems.")
	}
	if isTrue(props.OneZone) {
		f.validateOneZone(props)
	}
	if props.ThroughputMode == ThroughputMode_PROVISIONED && props.ProvisionedThroughputPerSecond == nil {
		l2.Throw(f, "Property provisionedThroughputPerSecond is required when throughputMode is PROVISIONED")
	}
	if props.ThroughputMode == ThroughputMode_ELASTIC && props.PerformanceMode == PerformanceMode_MAX_IO {
		l2.Throw(f, "ThroughputMode ELASTIC is not supported for file systems with performanceMode MAX_IO")
	}
	if props.ReplicationConfiguration != nil && props.ReplicationOverwriteProtection == ReplicationOverwriteProtection_DISABLED {
		l2.Throw(f, "Cannot configure 'replicationConfiguration' when 'replicationOverwriteProtection' is set to 'DISABLED'")
	}

	var encrypted interface{}
	if props.Encrypted != nil {
		encrypted = props.Encrypted
	} else if *awscdk.FeatureFlags_Of(f).IsEnabled(jsii.String("@aws-cdk/aws-efs:defaultEncryptionAtRest")) {
		encrypted = true
	}
	var lifecycle []interface{}
	if props.LifecyclePolicy != "" {
		lifecycle = append(lifecycle, &CfnFileSystem_LifecyclePolicyProperty{TransitionToIa: jsii.String(string(props.LifecyclePolicy))})
	}
	if props.OutOfInfrequentAccessPolicy != "" {
		lifecycle = append(lifecycle, &CfnFileSystem_LifecyclePolicyProperty{TransitionToPrimaryStorageClass: jsii.String(string(props.OutOfInfrequentAccessPolicy))})
	}
	if props.TransitionToArchivePolicy != "" {
		lifecycle = append(lifecycle, &CfnFileSystem_LifecyclePolicyProperty{TransitionToArchive: jsii.String(string(props.TransitionToArchivePolicy))})
	}
	var oneZoneAz *string
	if props.VpcSubnets != nil && props.VpcSubnets.AvailabilityZones != nil {
		if azs := *props.VpcSubnets.AvailabilityZones; len(azs) > 0 {
			oneZoneAz = azs[0]
		}
	} else if azs := props.Vpc.AvailabilityZones(); azs != nil && len(*azs) > 0 {
		oneZoneAz = (*azs)[0]
	}

	cfn := &CfnFileSystemProps{
		Encrypted:       encrypted,
		PerformanceMode: enumValue(performanceModeValues, props.PerformanceMode),
		ThroughputMode:  enumValue(throughputModeValues, props.ThroughputMode),
	}
	if props.KmsKey != nil {
		cfn.KmsKeyId = props.KmsKey.KeyRef().KeyArn
	}
	if len(lifecycle) > 0 {
		cfn.LifecyclePolicies = lifecycle
	}
	if props.ProvisionedThroughputPerSecond != nil {
		cfn.ProvisionedThroughputInMibps = props.ProvisionedThroughputPerSecond.ToMebibytes(nil)
	}
	if isTrue(props.EnableAutomaticBackups) {
		cfn.BackupPolicy = &CfnFileSystem_BackupPolicyProperty{Status: jsii.String("ENABLED")}
	}
	if props.ReplicationOverwriteProtection != "" {
		cfn.FileSystemProtection = &CfnFileSystem_FileSystemProtectionProperty{
			ReplicationOverwriteProtection: jsii.String(string(props.ReplicationOverwriteProtection))}
	}
	if isTrue(props.OneZone) {
		cfn.AvailabilityZoneName = oneZoneAz
	}
	if rc := props.ReplicationConfiguration; rc != nil {
		dest := &CfnFileSystem_ReplicationDestinationProperty{AvailabilityZoneName: rc.AvailabilityZone()}
		if ref := destinationRef(rc); ref != nil {
			dest.FileSystemId = ref.FileSystemRef().FileSystemId
			dest.Region = ref.Env().Region
		} else if rc.Region() != nil {
			dest.Region = rc.Region()
		} else {
			dest.Region = awscdk.Stack_Of(f).Region()
		}
		if rc.KmsKey() != nil {
			dest.KmsKeyId = rc.KmsKey().KeyArn()
		}
		cfn.ReplicationConfiguration = &CfnFileSystem_ReplicationConfigurationProperty{Destinations: []interface{}{dest}}
	}
	// The policy is rendered at synthesis: grants and AddToResourcePolicy
	// made after construction change it.
	cfn.FileSystemPolicy = awscdk.Lazy_Any(anyProducer(func() interface{} { return f.renderPolicy(props) }), nil)

	f.resource = NewCfnFileSystem(f, jsii.String("Resource"), cfn)
	policy := props.RemovalPolicy
	if policy == "" {
		policy = awscdk.RemovalPolicy_RETAIN
	}
	f.resource.ApplyRemovalPolicy(policy, nil)
	f.id, f.arn = f.resource.Ref(), f.resource.AttrArn()
	f.policy = props.FileSystemPolicy
	name := props.FileSystemName
	if name == nil || *name == "" {
		name = f.Node().Path()
	}
	awscdk.Tags_Of(f).Add(jsii.String("Name"), name, nil)

	sg := props.SecurityGroup
	if sg == nil {
		sg = awsec2.NewSecurityGroup(f, jsii.String("EfsSecurityGroup"), &awsec2.SecurityGroupProps{Vpc: props.Vpc})
	}
	f.connections = awsec2.NewConnections(&awsec2.ConnectionsProps{
		SecurityGroups: &[]awsec2.ISecurityGroup{sg}, DefaultPort: awsec2.Port_Tcp(FileSystem_DEFAULT_PORT()),
	})
	selection := props.VpcSubnets
	if isTrue(props.OneZone) {
		selection = &awsec2.SubnetSelection{AvailabilityZones: &[]*string{oneZoneAz}}
	} else if selection == nil {
		selection = &awsec2.SubnetSelection{OnePerAz: jsii.Bool(true)}
	}
	subnets := props.Vpc.SelectSubnets(selection)
	f.mountTargets = constructs.NewDependencyGroup()
	orderInsensitive := *awscdk.FeatureFlags_Of(f).IsEnabled(jsii.String("@aws-cdk/aws-efs:mountTargetOrderInsensitiveLogicalId"))
	for i, subnet := range *subnets.Subnets {
		mid := "EfsMountTarget" + strconv.Itoa(i+1)
		if orderInsensitive {
			uid := subnet.Node().Id()
			if *awscdk.Token_IsUnresolved(uid) {
				uid = awscdk.Names_UniqueResourceName(subnet, &awscdk.UniqueResourceNameOptions{MaxLength: jsii.Number(16)})
			}
			mid = "EfsMountTarget-" + *uid
		}
		mt := NewCfnMountTarget(f, jsii.String(mid), &CfnMountTargetProps{
			FileSystemId:   f.id,
			SecurityGroups: &[]interface{}{sg.SecurityGroupId()},
			SubnetId:       subnet.SubnetId(),
		})
		f.mountTargets.Add(mt)
	}
	return f
}

// renderPolicy is the FileSystemPolicy: the user's statements, plus the
// one denying anonymous clients unless they are allowed.
func (f *fileSystem) renderPolicy(props *FileSystemProps) interface{} {
	deny := *awscdk.FeatureFlags_Of(f).IsEnabled(jsii.String("@aws-cdk/aws-efs:denyAnonymousAccess")) || f.grantedClient
	allow := !deny
	if props.AllowAnonymousAccess != nil {
		allow = *props.AllowAnonymousAccess
	}
	if allow {
		if f.policy == nil {
			return nil
		}
		return f.policy
	}
	doc := f.policy
	if doc == nil {
		doc = awsiam.NewPolicyDocument(&awsiam.PolicyDocumentProps{Statements: &[]awsiam.PolicyStatement{}})
	}
	doc.AddStatements(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Principals: &[]awsiam.IPrincipal{awsiam.NewAnyPrincipal()},
		Actions:    jsii.Strings(clientWrite, clientRootAccess),
		Conditions: &map[string]interface{}{"Bool": map[string]interface{}{"elasticfilesystem:AccessedViaMountTarget": "true"}},
	}))
	return doc
}

func (f *fileSystem) validateOneZone(props *FileSystemProps) {
	sel := props.VpcSubnets
	if sel == nil {
		return
	}
	if sel.AvailabilityZones == nil {
		l2.Throw(f, "When oneZone is enabled and vpcSubnets defined, vpcSubnets.availabilityZones can not be undefined.")
	}
	if len(*sel.AvailabilityZones) != 1 {
		l2.Throw(f, "When oneZone is enabled, vpcSubnets.availabilityZones should exactly have one zone.")
	}
	want := deref((*sel.AvailabilityZones)[0])
	azs := props.Vpc.AvailabilityZones()
	if azs == nil {
		return
	}
	found := false
	for _, az := range *azs {
		s := deref(az)
		if *awscdk.Token_IsUnresolved(s) || len(s) >= 5 && s[:5] == "dummy" {
			return
		}
		found = found || s == want
	}
	if !found {
		l2.Throw(f, "vpcSubnets.availabilityZones specified is not in vpc.availabilityZones.")
	}
}

// AddAccessPoint adds an access point to this file system.
func (f *fileSystem) AddAccessPoint(id *string, options *AccessPointOptions) AccessPoint {
	if options == nil {
		options = &AccessPointOptions{}
	}
	return NewAccessPoint(f, id, &AccessPointProps{
		FileSystem: f, ClientToken: options.ClientToken, CreateAcl: options.CreateAcl,
		Path: options.Path, PosixUser: options.PosixUser,
	})
}

// FileSystem_FromFileSystemAttributes imports a file system by its id or ARN.
func FileSystem_FromFileSystemAttributes(scope constructs.Construct, id *string, attrs *FileSystemAttributes) IFileSystem {
	if attrs == nil {
		l2.RequireProps(scope, id, "FileSystemAttributes", "SecurityGroup")
	}
	f := &fileSystemBase{}
	f.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(f.Resource, f)
	f.self = f
	if (attrs.FileSystemId != nil) == (attrs.FileSystemArn != nil) {
		l2.Throw(f, "One of fileSystemId or fileSystemArn, but not both, must be provided.")
	}
	stack := awscdk.Stack_Of(scope)
	f.arn = attrs.FileSystemArn
	if f.arn == nil {
		f.arn = stack.FormatArn(&awscdk.ArnComponents{Service: jsii.String("elasticfilesystem"),
			Resource: jsii.String("file-system"), ResourceName: attrs.FileSystemId})
	}
	parsed := stack.SplitArn(f.arn, awscdk.ArnFormat_SLASH_RESOURCE_NAME)
	if parsed.ResourceName == nil || *parsed.ResourceName == "" {
		l2.Throw(f, "Invalid FileSystem Arn %s", *f.arn)
	}
	f.id = attrs.FileSystemId
	if f.id == nil {
		f.id = parsed.ResourceName
	}
	var sgs []awsec2.ISecurityGroup
	if attrs.SecurityGroup != nil {
		sgs = append(sgs, attrs.SecurityGroup)
	}
	f.connections = awsec2.NewConnections(&awsec2.ConnectionsProps{
		SecurityGroups: &sgs, DefaultPort: awsec2.Port_Tcp(FileSystem_DEFAULT_PORT()),
	})
	f.mountTargets = constructs.NewDependencyGroup()
	return f
}

func (f *fileSystemBase) Connections() awsec2.Connections { return f.connections }
func (f *fileSystemBase) FileSystemArn() *string          { return f.arn }
func (f *fileSystemBase) FileSystemId() *string           { return f.id }
func (f *fileSystemBase) MountTargetsAvailable() constructs.IDependable {
	return f.mountTargets
}

// FileSystemRef is the file system's reference (id and ARN).
func (f *fileSystemBase) FileSystemRef() *interfacesawsefs.FileSystemReference {
	return &interfacesawsefs.FileSystemReference{FileSystemId: f.self.FileSystemId(), FileSystemArn: f.self.FileSystemArn()}
}

// AddToResourcePolicy adds a statement to the file system policy; an
// imported file system's policy cannot be changed.
func (f *fileSystemBase) AddToResourcePolicy(statement awsiam.PolicyStatement) *awsiam.AddToResourcePolicyResult {
	if !f.owned {
		return &awsiam.AddToResourcePolicyResult{StatementAdded: jsii.Bool(false)}
	}
	if f.policy == nil {
		f.policy = awsiam.NewPolicyDocument(&awsiam.PolicyDocumentProps{Statements: &[]awsiam.PolicyStatement{}})
	}
	f.policy.AddStatements(statement)
	return &awsiam.AddToResourcePolicyResult{StatementAdded: jsii.Bool(true), PolicyDependable: f.self}
}

func (f *fileSystemBase) Grant(grantee awsiam.IGrantable, actions ...*string) awsiam.Grant {
	return awsiam.Grant_AddToPrincipalOrResource(&awsiam.GrantWithResourceOptions{
		Grantee: grantee, Actions: &actions, ResourceArns: &[]*string{f.self.FileSystemArn()}, Resource: f.self,
	})
}

// grantClient grants NFS client actions through a mount target; once one is
// made, anonymous access is denied by default.
func (f *fileSystemBase) grantClient(grantee awsiam.IGrantable, actions ...string) awsiam.Grant {
	f.grantedClient = true
	return awsiam.Grant_AddToPrincipalOrResource(&awsiam.GrantWithResourceOptions{
		Grantee: grantee, Actions: jsii.Strings(actions...), ResourceArns: &[]*string{f.self.FileSystemArn()}, Resource: f.self,
		Conditions: &map[string]*map[string]interface{}{"Bool": {"elasticfilesystem:AccessedViaMountTarget": "true"}},
	})
}

func (f *fileSystemBase) GrantRead(grantee awsiam.IGrantable) awsiam.Grant {
	return f.grantClient(grantee, clientMount)
}

func (f *fileSystemBase) GrantReadWrite(grantee awsiam.IGrantable) awsiam.Grant {
	return f.grantClient(grantee, clientMount, clientWrite)
}

func (f *fileSystemBase) GrantRootAccess(grantee awsiam.IGrantable) awsiam.Grant {
	return f.grantClient(grantee, clientMount, clientWrite, clientRootAccess)
}

// toIFileSystem is ref as an IFileSystem, or a clear mistake.
func toIFileSystem(c constructs.IConstruct, ref interfacesawsefs.IFileSystemRef) IFileSystem {
	if fs, ok := ref.(IFileSystem); ok {
		return fs
	}
	l2.Throw(c, "'fileSystem' instance should implement IFileSystem, but doesn't: %T", ref)
	return nil
}

type anyProducer func() interface{}

func (p anyProducer) Produce() interface{} { return p() }

func isTrue(b *bool) bool { return b != nil && *b }

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

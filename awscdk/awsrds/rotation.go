package awsrds

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awssecretsmanager"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// RotationSingleUserOptions configure a single user rotation.
type RotationSingleUserOptions struct {
	// Default: 30 days.
	AutomaticallyAfter awscdk.Duration `field:"optional" json:"automaticallyAfter" yaml:"automaticallyAfter"`
	// Default: the public Secrets Manager endpoint.
	Endpoint awsec2.IInterfaceVpcEndpoint `field:"optional" json:"endpoint" yaml:"endpoint"`
	// Default: the characters generated passwords exclude.
	ExcludeCharacters *string `field:"optional" json:"excludeCharacters" yaml:"excludeCharacters"`
	// Default: true.
	RotateImmediatelyOnUpdate *bool `field:"optional" json:"rotateImmediatelyOnUpdate" yaml:"rotateImmediatelyOnUpdate"`
	// Default: a new security group.
	SecurityGroup awsec2.ISecurityGroup `field:"optional" json:"securityGroup" yaml:"securityGroup"`
	// Default: the database's subnets.
	VpcSubnets *awsec2.SubnetSelection `field:"optional" json:"vpcSubnets" yaml:"vpcSubnets"`
}

// RotationMultiUserOptions configure a multi user rotation.
type RotationMultiUserOptions struct {
	// Default: 30 days.
	AutomaticallyAfter awscdk.Duration `field:"optional" json:"automaticallyAfter" yaml:"automaticallyAfter"`
	// Default: the public Secrets Manager endpoint.
	Endpoint awsec2.IInterfaceVpcEndpoint `field:"optional" json:"endpoint" yaml:"endpoint"`
	// Default: the characters generated passwords exclude.
	ExcludeCharacters *string `field:"optional" json:"excludeCharacters" yaml:"excludeCharacters"`
	// Default: true.
	RotateImmediatelyOnUpdate *bool `field:"optional" json:"rotateImmediatelyOnUpdate" yaml:"rotateImmediatelyOnUpdate"`
	// Default: a new security group.
	SecurityGroup awsec2.ISecurityGroup `field:"optional" json:"securityGroup" yaml:"securityGroup"`
	// Default: the database's subnets.
	VpcSubnets *awsec2.SubnetSelection `field:"optional" json:"vpcSubnets" yaml:"vpcSubnets"`
	// The user's secret, rotated with the master secret's credentials.
	Secret awssecretsmanager.ISecret `field:"required" json:"secret" yaml:"secret"`
}

// rotationTarget is what the rotations of instances and clusters share.
type rotationTarget struct {
	owner         constructs.Construct
	target        awsec2.IConnectable
	secret        awssecretsmanager.ISecret
	vpc           awsec2.IVpc
	subnets       *awsec2.SubnetSelection
	single, multi awssecretsmanager.SecretRotationApplication
	noSingle      string // aws-cdk-lib's messages differ between instances and clusters
	noMulti       string
	noun          string
	managed       bool // RDS manages the password: no rotations of ours
}

func (t *rotationTarget) props(o *RotationSingleUserOptions) *awssecretsmanager.SecretRotationProps {
	p := &awssecretsmanager.SecretRotationProps{Vpc: t.vpc, Target: t.target,
		ExcludeCharacters: jsii.String(defaultExcludeChars), VpcSubnets: t.subnets}
	if o != nil {
		p.AutomaticallyAfter, p.Endpoint, p.RotateImmediatelyOnUpdate, p.SecurityGroup =
			o.AutomaticallyAfter, o.Endpoint, o.RotateImmediatelyOnUpdate, o.SecurityGroup
		if o.ExcludeCharacters != nil {
			p.ExcludeCharacters = o.ExcludeCharacters
		}
		if o.VpcSubnets != nil {
			p.VpcSubnets = o.VpcSubnets
		}
	}
	return p
}

func (t *rotationTarget) addSingle(o *RotationSingleUserOptions) awssecretsmanager.SecretRotation {
	if t.managed {
		l2.Throw(t.owner, "%s", managedRotationError)
	}
	if t.secret == nil {
		l2.Throw(t.owner, "%s", t.noSingle)
	}
	const id = "RotationSingleUser"
	if t.owner.Node().TryFindChild(jsii.String(id)) != nil {
		l2.Throw(t.owner, "A single user rotation was already added to this %s.", t.noun)
	}
	p := t.props(o)
	p.Secret, p.Application = t.secret, t.single
	return awssecretsmanager.NewSecretRotation(t.owner, jsii.String(id), p)
}

func (t *rotationTarget) addMulti(id *string, o *RotationMultiUserOptions) awssecretsmanager.SecretRotation {
	if t.managed {
		l2.Throw(t.owner, "%s", managedRotationError)
	}
	if t.secret == nil {
		l2.Throw(t.owner, "%s", t.noMulti)
	}
	if o == nil || o.Secret == nil {
		l2.Throw(t.owner, "addRotationMultiUser needs options.secret")
	}
	p := t.props(&RotationSingleUserOptions{AutomaticallyAfter: o.AutomaticallyAfter, Endpoint: o.Endpoint,
		ExcludeCharacters: o.ExcludeCharacters, RotateImmediatelyOnUpdate: o.RotateImmediatelyOnUpdate,
		SecurityGroup: o.SecurityGroup, VpcSubnets: o.VpcSubnets})
	p.Secret, p.MasterSecret, p.Application = o.Secret, t.secret, t.multi
	return awssecretsmanager.NewSecretRotation(t.owner, id, p)
}

func (d *databaseInstance) rotation() *rotationTarget {
	return &rotationTarget{owner: d, target: d, secret: d.secret, vpc: d.vpc, subnets: d.placement,
		single: d.engine.SingleUserRotationApplication(), multi: d.engine.MultiUserRotationApplication(), noun: "instance",
		managed:  isTrue(d.managedPassword),
		noSingle: "Cannot add single user rotation for an instance without secret.",
		noMulti:  "Cannot add multi user rotation for an instance without secret."}
}

// AddRotationSingleUser rotates the master password with the engine's
// single user rotation application.
func (d *databaseInstance) AddRotationSingleUser(options *RotationSingleUserOptions) awssecretsmanager.SecretRotation {
	return d.rotation().addSingle(options)
}

// AddRotationMultiUser rotates options.Secret's password using the master secret.
func (d *databaseInstance) AddRotationMultiUser(id *string, options *RotationMultiUserOptions) awssecretsmanager.SecretRotation {
	return d.rotation().addMulti(id, options)
}

func (c *databaseCluster) rotation() *rotationTarget {
	return &rotationTarget{owner: c, target: c, secret: c.secret, vpc: c.vpc, subnets: c.vpcSubnets,
		single: c.engine.SingleUserRotationApplication(), multi: c.engine.MultiUserRotationApplication(), noun: "cluster",
		managed:  isTrue(c.managedPassword),
		noSingle: "Cannot add a single user rotation for a cluster without a secret.",
		noMulti:  "Cannot add a multi user rotation for a cluster without a secret."}
}

// AddRotationSingleUser rotates the master password with the engine's
// single user rotation application.
func (c *databaseCluster) AddRotationSingleUser(options *RotationSingleUserOptions) awssecretsmanager.SecretRotation {
	return c.rotation().addSingle(options)
}

// AddRotationMultiUser rotates options.Secret's password using the master secret.
func (c *databaseCluster) AddRotationMultiUser(id *string, options *RotationMultiUserOptions) awssecretsmanager.SecretRotation {
	return c.rotation().addMulti(id, options)
}

// CommonRotationUserOptions are the options both rotation kinds share.
type CommonRotationUserOptions struct {
	// Default: 30 days.
	AutomaticallyAfter awscdk.Duration `field:"optional" json:"automaticallyAfter" yaml:"automaticallyAfter"`
	// Default: the public Secrets Manager endpoint.
	Endpoint awsec2.IInterfaceVpcEndpoint `field:"optional" json:"endpoint" yaml:"endpoint"`
	// Default: the characters generated passwords exclude.
	ExcludeCharacters *string `field:"optional" json:"excludeCharacters" yaml:"excludeCharacters"`
	// Default: true.
	RotateImmediatelyOnUpdate *bool `field:"optional" json:"rotateImmediatelyOnUpdate" yaml:"rotateImmediatelyOnUpdate"`
	// Default: a new security group.
	SecurityGroup awsec2.ISecurityGroup `field:"optional" json:"securityGroup" yaml:"securityGroup"`
	// Default: the database's subnets.
	VpcSubnets *awsec2.SubnetSelection `field:"optional" json:"vpcSubnets" yaml:"vpcSubnets"`
}

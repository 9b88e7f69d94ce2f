package awsroute53

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsiam"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/handlers/route53delegation"
	"github.com/strata-cdk/strata/internal/handlers/route53deleteexisting"
	"github.com/strata-cdk/strata/internal/l1"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// The two constructs of this package backed by custom resources, each on
// a stack-wide provider running Strata's own handler
// (internal/handlers/route53delegation, internal/handlers/route53deleteexisting).

const (
	crossAccountDelegationType = "Custom::CrossAccountZoneDelegation"
	deleteExistingType         = "Custom::DeleteExistingRecordSet"
)

// ordered is an object whose keys keep the order given, as aws-cdk-lib's
// object literals do (a Go map would sort them).
func ordered(kv ...interface{}) *ojson.Object {
	o := ojson.New()
	for i := 0; i+1 < len(kv); i += 2 {
		o.Set(kv[i].(string), kv[i+1])
	}
	return o
}

// newCustomResource is a custom resource (a Resource holding a "Default"
// CfnResource, as awscdk.CustomResource does) whose properties keep
// aws-cdk-lib's order; props is a pointer to a struct with cfn tags.
func newCustomResource(scope constructs.Construct, id, typ string, props interface{}, policy awscdk.RemovalPolicy) awscdk.Resource {
	holder := awscdk.NewResource(scope, jsii.String(id), nil)
	cfn := awscdk.NewCfnResource(holder, jsii.String("Default"), &awscdk.CfnResourceProps{Type: jsii.String(typ)})
	l1.Init(cfn, cfn, props)
	if policy == "" {
		policy = awscdk.RemovalPolicy_DESTROY
	}
	cfn.ApplyRemovalPolicy(policy, &awscdk.RemovalPolicyOptions{Default: awscdk.RemovalPolicy_DESTROY})
	holder.Node().SetDefaultChild(cfn)
	return holder
}

type deleteExistingProps struct {
	ServiceToken interface{} `cfn:"ServiceToken"`
	HostedZoneId interface{} `cfn:"HostedZoneId"`
	RecordName   interface{} `cfn:"RecordName"`
	RecordType   interface{} `cfn:"RecordType"`
}

// deleteExisting makes the record set wait for a custom resource that
// deletes a same-named record of the same type already in the zone.
func deleteExisting(r *recordSet, rs CfnRecordSet, zone IHostedZone, name, typ string) {
	awscdk.Annotations_Of(r).AddWarningV2(jsii.String("@aws-cdk/aws-route53:deleteExisting"), jsii.String("deleteExisting field is deprecated do not use it"))
	provider := awscdk.CustomResourceProvider_GetOrCreateProvider(r, jsii.String(deleteExistingType), &awscdk.CustomResourceProviderProps{
		CodeDirectory:    jsii.String(route53deleteexisting.Dir()),
		Runtime:          awscdk.CustomResourceProviderRuntime_NODEJS_24_X,
		PolicyStatements: &[]interface{}{ordered("Effect", "Allow", "Action", "route53:GetChange", "Resource", "*")},
	})
	provider.AddToRolePolicy(ordered("Effect", "Allow", "Action", "route53:ListResourceRecordSets", "Resource", zone.HostedZoneArn()))
	provider.AddToRolePolicy(ordered("Effect", "Allow", "Action", "route53:ChangeResourceRecordSets", "Resource", zone.HostedZoneArn(),
		"Condition", ordered("ForAllValues:StringEquals", ordered(
			"route53:ChangeResourceRecordSetsRecordTypes", []interface{}{typ},
			"route53:ChangeResourceRecordSetsActions", []interface{}{"DELETE"}))))
	cr := newCustomResource(r, "DeleteExistingRecordSetCustomResource", deleteExistingType, &deleteExistingProps{
		ServiceToken: provider.ServiceToken(), HostedZoneId: zone.HostedZoneId(), RecordName: name, RecordType: typ,
	}, "")
	rs.Node().AddDependency(cr)
}

// CrossAccountZoneDelegationRecordProps are the props of NewCrossAccountZoneDelegationRecord.
type CrossAccountZoneDelegationRecordProps struct {
	// The zone to delegate to.
	DelegatedZone IHostedZone `field:"required" json:"delegatedZone" yaml:"delegatedZone"`
	// The role in the parent zone's account that may change its NS records.
	DelegationRole       interfacesawsiam.IRoleRef `field:"required" json:"delegationRole" yaml:"delegationRole"`
	AssumeRoleRegion     *string                   `field:"optional" json:"assumeRoleRegion" yaml:"assumeRoleRegion"`
	ParentHostedZoneId   *string                   `field:"optional" json:"parentHostedZoneId" yaml:"parentHostedZoneId"`
	ParentHostedZoneName *string                   `field:"optional" json:"parentHostedZoneName" yaml:"parentHostedZoneName"`
	// Default: DESTROY (the NS record is removed with the construct).
	RemovalPolicy awscdk.RemovalPolicy `field:"optional" json:"removalPolicy" yaml:"removalPolicy"`
	// Default: 2 days.
	Ttl awscdk.Duration `field:"optional" json:"ttl" yaml:"ttl"`
}

// CrossAccountZoneDelegationRecord delegates a zone from a parent zone in
// another account, through a role of that account.
type CrossAccountZoneDelegationRecord interface {
	constructs.Construct
}

type crossAccountDelegationProps struct {
	ServiceToken             interface{} `cfn:"ServiceToken"`
	AssumeRoleArn            interface{} `cfn:"AssumeRoleArn"`
	ParentZoneName           interface{} `cfn:"ParentZoneName"`
	ParentZoneId             interface{} `cfn:"ParentZoneId"`
	DelegatedZoneName        interface{} `cfn:"DelegatedZoneName"`
	DelegatedZoneNameServers interface{} `cfn:"DelegatedZoneNameServers"`
	TTL                      interface{} `cfn:"TTL"`
	AssumeRoleRegion         interface{} `cfn:"AssumeRoleRegion"`
}

// NewCrossAccountZoneDelegationRecord writes the delegated zone's NS
// record into the parent zone (named by id or by name) when deployed.
func NewCrossAccountZoneDelegationRecord(scope constructs.Construct, id *string, props *CrossAccountZoneDelegationRecordProps) CrossAccountZoneDelegationRecord {
	c := constructs.NewConstruct(scope, id)
	if props == nil || props.DelegatedZone == nil || props.DelegationRole == nil {
		l2.Throw(c, "CrossAccountZoneDelegationRecord: delegatedZone and delegationRole are required")
	}
	if props.ParentHostedZoneName == nil && props.ParentHostedZoneId == nil {
		l2.Throw(c, "At least one of parentHostedZoneName or parentHostedZoneId is required")
	}
	if props.ParentHostedZoneName != nil && props.ParentHostedZoneId != nil {
		l2.Throw(c, "Only one of parentHostedZoneName and parentHostedZoneId is supported")
	}
	provider := awscdk.CustomResourceProvider_GetOrCreateProvider(c, jsii.String(crossAccountDelegationType), &awscdk.CustomResourceProviderProps{
		CodeDirectory: jsii.String(route53delegation.Dir()),
		Runtime:       awscdk.CustomResourceProviderRuntime_NODEJS_24_X,
	})
	roleArn := props.DelegationRole.RoleRef().RoleArn
	added := awsiam.Role_FromRoleArn(c, jsii.String("cross-account-zone-delegation-handler-role"), provider.RoleArn(), nil).
		AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Effect: awsiam.Effect_ALLOW, Actions: jsii.Strings("sts:AssumeRole"), Resources: &[]*string{roleArn}}))
	ttl := props.Ttl
	if ttl == nil {
		ttl = awscdk.Duration_Days(jsii.Number(2))
	}
	cr := newCustomResource(c, "CrossAccountZoneDelegationCustomResource", crossAccountDelegationType, &crossAccountDelegationProps{
		ServiceToken: provider.ServiceToken(), AssumeRoleArn: roleArn, ParentZoneName: props.ParentHostedZoneName, ParentZoneId: props.ParentHostedZoneId,
		DelegatedZoneName: props.DelegatedZone.ZoneName(), DelegatedZoneNameServers: props.DelegatedZone.HostedZoneNameServers(),
		TTL: ttl.ToSeconds(nil), AssumeRoleRegion: props.AssumeRoleRegion,
	}, props.RemovalPolicy)
	if added != nil && added.PolicyDependable != nil {
		cr.Node().AddDependency(added.PolicyDependable)
	}
	return c
}

// CrossAccountZoneDelegationRecord_IsConstruct reports whether x is a construct.
func CrossAccountZoneDelegationRecord_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

package awssecretsmanager

import (
	"reflect"

	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
)

// override sets the field of c (a pointer to a user's struct) that embeds
// the interface r implements, and makes c the tree's object for r's node
// when r is a construct: jsii's way of extending a class.
func override(c interface{}, r interface{}) {
	rv := reflect.ValueOf(c)
	if rv.Kind() != reflect.Ptr || rv.Elem().Kind() != reflect.Struct {
		throwUnscoped("%T: the _Override constructors take a pointer to a struct embedding the type's interface", c)
	}
	sv := rv.Elem()
	for i := 0; i < sv.NumField(); i++ {
		f := sv.Type().Field(i)
		if f.Anonymous && f.Type.Kind() == reflect.Interface && reflect.TypeOf(r).Implements(f.Type) && sv.Field(i).CanSet() {
			sv.Field(i).Set(reflect.ValueOf(r))
			if rc, ok := r.(constructs.IConstruct); ok {
				if outer, ok := c.(constructs.IConstruct); ok {
					host.Set(rc, outer)
				}
			}
			return
		}
	}
	throwUnscoped("%T embeds no interface that %T implements", c, r)
}

// NewResourcePolicy_Override initializes c, a struct embedding ResourcePolicy, as a new ResourcePolicy.
func NewResourcePolicy_Override(c ResourcePolicy, scope constructs.Construct, id *string, props *ResourcePolicyProps) {
	override(c, NewResourcePolicy(scope, id, props))
}

// NewRotationSchedule_Override initializes c, a struct embedding RotationSchedule, as a new RotationSchedule.
func NewRotationSchedule_Override(c RotationSchedule, scope constructs.Construct, id *string, props *RotationScheduleProps) {
	override(c, NewRotationSchedule(scope, id, props))
}

// NewSecretRotationApplication_Override initializes c, a struct embedding SecretRotationApplication, as a new SecretRotationApplication.
func NewSecretRotationApplication_Override(c SecretRotationApplication, applicationName *string, awsSemanticVersion *string, options *SecretRotationApplicationOptions) {
	override(c, NewSecretRotationApplication(applicationName, awsSemanticVersion, options))
}

// NewSecretTargetAttachment_Override initializes c, a struct embedding SecretTargetAttachment, as a new SecretTargetAttachment.
func NewSecretTargetAttachment_Override(c SecretTargetAttachment, scope constructs.Construct, id *string, props *SecretTargetAttachmentProps) {
	override(c, NewSecretTargetAttachment(scope, id, props))
}

// NewSecret_Override initializes c, a struct embedding Secret, as a new Secret.
func NewSecret_Override(c Secret, scope constructs.Construct, id *string, props *SecretProps) {
	override(c, NewSecret(scope, id, props))
}

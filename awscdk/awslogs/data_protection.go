package awslogs

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawslogs"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawss3"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
)

// DataProtectionPolicyProps are the props of NewDataProtectionPolicy.
type DataProtectionPolicyProps struct {
	Identifiers                        *[]DataIdentifier              `field:"required" json:"identifiers" yaml:"identifiers"`
	DeliveryStreamNameAuditDestination *string                        `field:"optional" json:"deliveryStreamNameAuditDestination" yaml:"deliveryStreamNameAuditDestination"`
	Description                        *string                        `field:"optional" json:"description" yaml:"description"`
	LogGroupAuditDestination           interfacesawslogs.ILogGroupRef `field:"optional" json:"logGroupAuditDestination" yaml:"logGroupAuditDestination"`
	Name                               *string                        `field:"optional" json:"name" yaml:"name"`
	S3BucketAuditDestination           interfacesawss3.IBucketRef     `field:"optional" json:"s3BucketAuditDestination" yaml:"s3BucketAuditDestination"`
}

// DataProtectionPolicy audits and masks sensitive data in a log group
// (LogGroupProps.DataProtectionPolicy).
type DataProtectionPolicy interface{}

type dataProtectionPolicy struct{ props DataProtectionPolicyProps }

// NewDataProtectionPolicy makes a policy over at least one identifier.
func NewDataProtectionPolicy(props *DataProtectionPolicyProps) DataProtectionPolicy {
	if props == nil || props.Identifiers == nil {
		l2.RequireProps(nil, nil, "DataProtectionPolicy", "Identifiers")
	}
	if len(*props.Identifiers) == 0 {
		diag.Panic("", "DataIdentifier cannot be empty")
	}
	return &dataProtectionPolicy{props: *props}
}

// NewDataProtectionPolicy_Override initialises a type embedding DataProtectionPolicy.
func NewDataProtectionPolicy_Override(d DataProtectionPolicy, props *DataProtectionPolicyProps) {
	l2.Override(d, NewDataProtectionPolicy(props))
}

// bind renders the policy document CloudFormation takes.
func (d *dataProtectionPolicy) bind(scope constructs.IConstruct) *ojson.Object {
	p := d.props
	name, desc := "data-protection-policy-cdk", "cdk generated data protection policy"
	if deref(p.Name) != "" {
		name = *p.Name
	}
	if deref(p.Description) != "" {
		desc = *p.Description
	}
	findings := ojson.New()
	if p.LogGroupAuditDestination != nil {
		o := ojson.New()
		o.Set("LogGroup", p.LogGroupAuditDestination.LogGroupRef().LogGroupName)
		findings.Set("CloudWatchLogs", o)
	}
	if p.S3BucketAuditDestination != nil {
		o := ojson.New()
		o.Set("Bucket", p.S3BucketAuditDestination.BucketRef().BucketName)
		findings.Set("S3", o)
	}
	if p.DeliveryStreamNameAuditDestination != nil {
		o := ojson.New()
		o.Set("DeliveryStream", p.DeliveryStreamNameAuditDestination)
		findings.Set("Firehose", o)
	}
	ids := []interface{}{}
	custom := []interface{}{}
	for _, id := range *p.Identifiers {
		if c, ok := id.(CustomDataIdentifier); ok {
			ids = append(ids, c.Name())
			o := ojson.New()
			o.Set("Name", c.Name())
			o.Set("Regex", c.Regex())
			custom = append(custom, o)
			continue
		}
		ids = append(ids, awscdk.Stack_Of(scope).FormatArn(&awscdk.ArnComponents{
			Resource: str("data-identifier"), Region: str(""), Account: str("aws"), Service: str("dataprotection"), ResourceName: id.Name(),
		}))
	}
	audit := ojson.New()
	audit.Set("FindingsDestination", findings)
	auditOp := ojson.New()
	auditOp.Set("Audit", audit)
	auditSt := ojson.New()
	auditSt.Set("Sid", "audit-statement-cdk")
	auditSt.Set("DataIdentifier", ids)
	auditSt.Set("Operation", auditOp)
	mask := ojson.New()
	mask.Set("MaskConfig", ojson.New())
	redactOp := ojson.New()
	redactOp.Set("Deidentify", mask)
	redactSt := ojson.New()
	redactSt.Set("Sid", "redact-statement-cdk")
	redactSt.Set("DataIdentifier", ids)
	redactSt.Set("Operation", redactOp)
	conf := ojson.New()
	conf.Set("CustomDataIdentifier", custom)
	o := ojson.New()
	o.Set("Name", name)
	o.Set("Description", desc)
	o.Set("Version", "2021-06-01")
	o.Set("Statement", []interface{}{auditSt, redactSt})
	o.Set("Configuration", conf)
	return o
}

// FieldIndexPolicyProps are the props of NewFieldIndexPolicy.
type FieldIndexPolicyProps struct {
	Fields *[]*string `field:"required" json:"fields" yaml:"fields"`
}

// FieldIndexPolicy indexes up to 20 fields of a log group's events
// (LogGroupProps.FieldIndexPolicies).
type FieldIndexPolicy interface{}

type fieldIndexPolicy struct{ fields []*string }

// NewFieldIndexPolicy makes a field index policy.
func NewFieldIndexPolicy(props *FieldIndexPolicyProps) FieldIndexPolicy {
	if props == nil || props.Fields == nil {
		l2.RequireProps(nil, nil, "FieldIndexPolicy", "Fields")
	}
	if len(*props.Fields) > 20 {
		diag.Panic("", "A maximum of 20 fields can be indexed per log group")
	}
	return &fieldIndexPolicy{fields: *props.Fields}
}

// NewFieldIndexPolicy_Override initialises a type embedding FieldIndexPolicy.
func NewFieldIndexPolicy_Override(f FieldIndexPolicy, props *FieldIndexPolicyProps) {
	l2.Override(f, NewFieldIndexPolicy(props))
}

func (f *fieldIndexPolicy) bind() *ojson.Object {
	o := ojson.New()
	o.Set("Fields", f.fields)
	return o
}

package awscdk

import (
	"regexp"
	"sort"
	"strings"

	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/internal/tokens"
)

// CustomResourceProps are the props of NewCustomResource.
type CustomResourceProps struct {
	ServiceToken         *string                 `field:"required" json:"serviceToken" yaml:"serviceToken"`
	PascalCaseProperties *bool                   `field:"optional" json:"pascalCaseProperties" yaml:"pascalCaseProperties"`
	Properties           *map[string]interface{} `field:"optional" json:"properties" yaml:"properties"`
	RemovalPolicy        RemovalPolicy           `field:"optional" json:"removalPolicy" yaml:"removalPolicy"`
	ResourceType         *string                 `field:"optional" json:"resourceType" yaml:"resourceType"`
	ServiceTimeout       Duration                `field:"optional" json:"serviceTimeout" yaml:"serviceTimeout"`
}

// CustomResource is a CloudFormation custom resource: a Lambda function or
// SNS topic (the service token) that CloudFormation calls to create,
// update and delete it.
type CustomResource interface {
	Resource
	Ref() *string
	GetAtt(attributeName *string) Reference
	GetAttString(attributeName *string) *string
}

type customResource struct {
	*resource
	cfn CfnResource
}

// CustomResource_PROPERTY_INJECTION_ID identifies CustomResource to property injectors.
func CustomResource_PROPERTY_INJECTION_ID() *string { return str("aws-cdk-lib.core.CustomResource") }

// CustomResource_IsConstruct reports whether x is a construct.
func CustomResource_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// CustomResource_IsResource reports whether construct is a Resource.
func CustomResource_IsResource(construct constructs.IConstruct) *bool {
	return Resource_IsResource(construct)
}

// CustomResource_IsOwnedResource reports whether construct is a Resource created in this app.
func CustomResource_IsOwnedResource(construct constructs.IConstruct) *bool {
	return Resource_IsOwnedResource(construct)
}

var customTypeName = regexp.MustCompile(`(?i)^[a-z0-9_@-]+$`)

// NewCustomResource creates a custom resource rendered as aws-cdk-lib
// renders it: ServiceToken (and ServiceTimeout) first, then the properties,
// with DeletionPolicy Delete unless another removal policy is given.
func NewCustomResource(scope constructs.Construct, id *string, props *CustomResourceProps) CustomResource {
	c := &customResource{resource: newResource(scope, id, nil)}
	setHost(c.Construct, c)
	if props == nil {
		props = &CustomResourceProps{}
	}
	typ := c.renderResourceType(props.ResourceType)
	var user map[string]interface{}
	if props.Properties != nil {
		user = *props.Properties
	}
	keys := make([]string, 0, len(user))
	for k := range user {
		keys = append(keys, k)
	}
	// jsii hands a Go map to aws-cdk-lib with its keys sorted.
	sort.Strings(keys)
	names := keys
	if boolOr(props.PascalCaseProperties, false) {
		names = make([]string, len(keys))
		for i, k := range keys {
			names[i] = pascalCase(k)
		}
	}
	if props.ServiceTimeout != nil && !isNilValue(props.ServiceTimeout) && !*props.ServiceTimeout.IsUnresolved() {
		if s := *props.ServiceTimeout.ToSeconds(nil); s < 1 || s > 3600 {
			addError(c, "serviceTimeout must either be between 1 and 3600 seconds, got %s", tokens.FormatNumber(s))
		}
	}
	properties := ojson.New()
	properties.Set("ServiceToken", props.ServiceToken)
	var timeout interface{}
	if props.ServiceTimeout != nil && !isNilValue(props.ServiceTimeout) {
		timeout = tokens.FormatNumber(*props.ServiceTimeout.ToSeconds(nil))
	}
	properties.Set("ServiceTimeout", timeout)
	var conflicts []string
	for i, k := range keys {
		n := names[i]
		if n == "ServiceToken" || n == "ServiceTimeout" {
			conflicts = append(conflicts, n)
		}
		properties.Set(n, user[k])
	}
	if len(conflicts) > 0 {
		Annotations_Of(c).AddWarningV2(str("@aws-cdk/core:customResourcePropConflict"),
			str("The following keys will be overwritten as they exist in the 'properties' prop. Keys found: "+strings.Join(conflicts, ",")))
	}
	plain := map[string]interface{}{}
	for _, k := range properties.Keys() {
		v, _ := properties.Get(k)
		if v != nil && !isNilValue(v) {
			plain[k] = v
		}
	}
	c.cfn = newOrderedCfnResource(c, str("Default"), typ, properties, plain)
	c.cfn.ApplyRemovalPolicy(props.RemovalPolicy, &RemovalPolicyOptions{Default: RemovalPolicy_DESTROY})
	c.Node().SetDefaultChild(c.cfn)
	return c
}

func pascalCase(k string) string {
	if k == "" {
		return k
	}
	r := []rune(k)
	return strings.ToUpper(string(r[0])) + string(r[1:])
}

func (c *customResource) renderResourceType(t *string) string {
	if t == nil || *t == "" {
		return "AWS::CloudFormation::CustomResource"
	}
	rt := *t
	if !strings.HasPrefix(rt, "Custom::") {
		addError(c, "Custom resource type must begin with \"Custom::\" (%s)", rt)
		return rt
	}
	if len(rt) > 60 {
		addError(c, "Custom resource type length > 60 (%s)", rt)
		return rt
	}
	if name := rt[strings.Index(rt, "::")+2:]; !customTypeName.MatchString(name) {
		addError(c, "Custom resource type name can only include alphanumeric characters and _@- (%s)", name)
	}
	return rt
}

func (c *customResource) Ref() *string { return c.cfn.Ref() }

// GetAtt returns a reference to an attribute the handler returned in Data.
func (c *customResource) GetAtt(attributeName *string) Reference {
	return c.cfn.GetAtt(attributeName, "")
}

// GetAttString returns an attribute as a string token.
func (c *customResource) GetAttString(attributeName *string) *string {
	return Token_AsString(c.GetAtt(attributeName), nil)
}

func (c *customResource) ToString() *string { return str(*c.Node().Path()) }

// newOrderedCfnResource creates a CfnResource whose properties render in
// the order of props; plain is what CfnProperties() shows.
func newOrderedCfnResource(scope constructs.Construct, id *string, typ string, props *ojson.Object, plain map[string]interface{}) CfnResource {
	r := NewCfnResource(scope, id, &CfnResourceProps{Type: str(typ), Properties: &plain})
	r.cfnRes().ordered = props
	return r
}

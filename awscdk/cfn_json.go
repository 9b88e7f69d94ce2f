package awscdk

import (
	"github.com/strata-cdk/strata/constructs"
)

// CfnJsonProps are the props of NewCfnJson.
type CfnJsonProps struct {
	Value interface{} `field:"required" json:"value" yaml:"value"`
}

// CfnJson is a JSON value resolved at deployment time: a value whose keys
// hold tokens (which CloudFormation cannot resolve in keys) goes through a
// Custom::AWSCDKCfnJson resource, and CfnJson stands for the parsed result.
type CfnJson interface {
	constructs.Construct
	IResolvable
	Value() Reference
	ToJSON() *string
}

type cfnJSON struct {
	constructs.Construct
	value      Reference
	jsonString *string
}

const cfnJSONResourceType = "Custom::AWSCDKCfnJson"

// NewCfnJson renders props.Value as a JSON string in the template and
// returns a token for the value CloudFormation parses back.
func NewCfnJson(scope constructs.Construct, id *string, props *CfnJsonProps) CfnJson {
	j := &cfnJSON{}
	j.Construct = constructs.NewConstruct(scope, id)
	setHost(j.Construct, j)
	var v interface{}
	if props != nil {
		v = props.Value
	}
	j.jsonString = Stack_Of(j).ToJsonString(v, nil)
	res := NewCustomResource(j, str("Resource"), &CustomResourceProps{
		ServiceToken: cfnUtilsServiceToken(j),
		ResourceType: str(cfnJSONResourceType),
		Properties:   &map[string]interface{}{"Value": j.jsonString},
	})
	j.value = res.GetAtt(str("Value"))
	return j
}

// CfnJson_IsConstruct reports whether x is a construct.
func CfnJson_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// Value is the parsed value, an attribute of the custom resource.
func (j *cfnJSON) Value() Reference                    { return j.value }
func (j *cfnJSON) ToJSON() *string                     { return j.jsonString }
func (j *cfnJSON) Resolve(IResolveContext) interface{} { return j.value }
func (j *cfnJSON) CreationStack() *[]*string {
	return &[]*string{str("Token stack traces are no longer captured")}
}
func (j *cfnJSON) TypeHint() ResolutionTypeHint { return ResolutionTypeHint_STRING }
func (j *cfnJSON) ToString() *string            { return Token_AsString(j, nil) }

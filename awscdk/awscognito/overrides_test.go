package awscognito_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscognito"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

type myPool struct{ awscognito.UserPool }

type myAttr struct{ awscognito.StringAttribute }

// Embedding through the _Override constructors gives the full behaviour of
// the embedded type.
func TestOverrides(t *testing.T) {
	app := awscdk.NewApp(nil)
	st := awscdk.NewStack(app, jsii.String("S"), nil)
	p := &myPool{}
	awscognito.NewUserPool_Override(p, st, jsii.String("Pool"), &awscognito.UserPoolProps{UserPoolName: jsii.String("p")})
	c := p.AddClient(jsii.String("Client"), nil)
	if c.Node().Scope() != constructs.IConstruct(p) || p.UserPoolId() == nil {
		t.Fatal("pool API through the embedded UserPool")
	}
	a := &myAttr{}
	awscognito.NewStringAttribute_Override(a, &awscognito.StringAttributeProps{MaxLen: jsii.Number(10)})
	if got := *a.Bind().StringConstraints.MaxLen; got != 10 {
		t.Fatalf("attribute max length %v", got)
	}
}

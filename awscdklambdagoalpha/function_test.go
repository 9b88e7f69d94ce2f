package awscdklambdagoalpha

import (
	"reflect"
	"testing"

	"github.com/strata-cdk/strata/awscdk/awslambda"
)

// TestPropsCoverFunctionOptions: GoFunctionProps carries every field of
// awslambda.FunctionOptions with the same type, as aws-cdk-go's does.
func TestPropsCoverFunctionOptions(t *testing.T) {
	fo := reflect.TypeOf(awslambda.FunctionOptions{})
	gp := reflect.TypeOf(GoFunctionProps{})
	for i := 0; i < fo.NumField(); i++ {
		f := fo.Field(i)
		g, ok := gp.FieldByName(f.Name)
		if !ok {
			t.Errorf("GoFunctionProps lacks %s (regenerate the FunctionOptions fields)", f.Name)
		} else if g.Type != f.Type {
			t.Errorf("GoFunctionProps.%s is %s, FunctionOptions has %s", f.Name, g.Type, f.Type)
		}
	}
}

package sdkcallorder

// Ordered is the Parameters of an AwsSdkCall whose keys are written in
// Keys order.
type Ordered struct {
	// Parameters are the call's real parameters (nil for none).
	Parameters interface{}
	// Keys are the JSON names of the call's fields ("service", "action",
	// "parameters", "physicalResourceId", "outputPaths", …) in the order
	// to write them; fields set on the call but not listed follow in the
	// usual order, and the logging setting comes last as always.
	Keys []string
}

// Params returns parameters wrapped with the key order of the call they go in.
func Params(parameters interface{}, keys ...string) *Ordered {
	return &Ordered{Parameters: parameters, Keys: keys}
}

// Unwrap returns the real parameters of a call's Parameters value and the
// key order, if one was given.
func Unwrap(parameters interface{}) (interface{}, []string) {
	if o, ok := parameters.(*Ordered); ok && o != nil {
		return o.Parameters, o.Keys
	}
	return parameters, nil
}

package cxapi

import (
	"fmt"
	"reflect"
	"regexp"
	"strings"
)

// envPattern is what aws-cdk-lib accepts as aws://account/region (anywhere
// in the string, as its unanchored pattern does).
var envPattern = regexp.MustCompile(`aws://([a-z0-9A-Z\-@._]+)/([a-z\-0-9]+)`)

// EnvironmentUtils parses and formats aws://account/region environments;
// it has only static functions.
type EnvironmentUtils interface {
}

type environmentUtils struct{}

// NewEnvironmentUtils returns an EnvironmentUtils value (its functions are
// the EnvironmentUtils_* statics).
func NewEnvironmentUtils() EnvironmentUtils { return &environmentUtils{} }

// NewEnvironmentUtils_Override fills e, a pointer to a struct that embeds
// EnvironmentUtils.
func NewEnvironmentUtils_Override(e EnvironmentUtils) {
	embed[EnvironmentUtils](e, NewEnvironmentUtils())
}

// EnvironmentUtils_Parse reads "aws://account/region".
func EnvironmentUtils_Parse(environment *string) *Environment {
	s := str(environment)
	m := envPattern.FindStringSubmatch(s)
	if m == nil {
		panic(fmt.Errorf("Unable to parse environment specification %q. Expected format: aws://account/region", s))
	}
	return &Environment{Account: strp(m[1]), Name: strp(s), Region: strp(m[2])}
}

// EnvironmentUtils_Make returns the environment of account and region.
func EnvironmentUtils_Make(account *string, region *string) *Environment {
	return &Environment{Account: strp(str(account)), Name: EnvironmentUtils_Format(account, region), Region: strp(str(region))}
}

// EnvironmentUtils_Format writes "aws://account/region".
func EnvironmentUtils_Format(account *string, region *string) *string {
	return strp("aws://" + str(account) + "/" + str(region))
}

// The placeholders bootstrap role ARNs and asset locations carry, which the
// CLI replaces with the target environment's values.
const (
	placeholderRegion    = "${AWS::Region}"
	placeholderAccount   = "${AWS::AccountId}"
	placeholderPartition = "${AWS::Partition}"
)

// EnvironmentPlaceholders replaces ${AWS::Region}, ${AWS::AccountId} and
// ${AWS::Partition} in strings; it has only static functions.
type EnvironmentPlaceholders interface {
}

type environmentPlaceholders struct{}

// NewEnvironmentPlaceholders returns an EnvironmentPlaceholders value (its
// functions are the EnvironmentPlaceholders_* statics).
func NewEnvironmentPlaceholders() EnvironmentPlaceholders { return &environmentPlaceholders{} }

// NewEnvironmentPlaceholders_Override fills e, a pointer to a struct that
// embeds EnvironmentPlaceholders.
func NewEnvironmentPlaceholders_Override(e EnvironmentPlaceholders) {
	embed[EnvironmentPlaceholders](e, NewEnvironmentPlaceholders())
}

// EnvironmentPlaceholders_CURRENT_REGION is "${AWS::Region}".
func EnvironmentPlaceholders_CURRENT_REGION() *string { return strp(placeholderRegion) }

// EnvironmentPlaceholders_CURRENT_ACCOUNT is "${AWS::AccountId}".
func EnvironmentPlaceholders_CURRENT_ACCOUNT() *string { return strp(placeholderAccount) }

// EnvironmentPlaceholders_CURRENT_PARTITION is "${AWS::Partition}".
func EnvironmentPlaceholders_CURRENT_PARTITION() *string { return strp(placeholderPartition) }

// IEnvironmentPlaceholderProvider supplies the values of the placeholders
// on demand.
type IEnvironmentPlaceholderProvider interface {
	// Return the account.
	AccountId() *string
	// Return the partition.
	Partition() *string
	// Return the region.
	Region() *string
}

// EnvironmentPlaceholders_Replace returns a copy of object (strings, slices,
// maps and structs, the latter as maps by their JSON names) with the
// placeholders in every string replaced by values.
func EnvironmentPlaceholders_Replace(object interface{}, values *EnvironmentPlaceholderValues) interface{} {
	if values == nil {
		values = &EnvironmentPlaceholderValues{}
	}
	return walkStrings(reflect.ValueOf(object), replacer(str(values.Region), str(values.AccountId), str(values.Partition)))
}

// EnvironmentPlaceholders_ReplaceAsync is Replace with the values asked of
// provider, and only those the strings need. Like aws-cdk-lib, it counts a
// placeholder as needed only from the third character of a string on; one
// at the start is replaced by "WONTHAPPEN".
func EnvironmentPlaceholders_ReplaceAsync(object interface{}, provider IEnvironmentPlaceholderProvider) interface{} {
	var needRegion, needAccount, needPartition bool
	walkStrings(reflect.ValueOf(object), func(s string) string {
		needRegion = needRegion || strings.Index(s, placeholderRegion) > 1
		needAccount = needAccount || strings.Index(s, placeholderAccount) > 1
		needPartition = needPartition || strings.Index(s, placeholderPartition) > 1
		return s
	})
	value := func(need bool, get func() *string) string {
		if need && provider != nil {
			if v := get(); v != nil {
				return *v
			}
		}
		return "WONTHAPPEN"
	}
	var region, account, partition string
	if provider != nil {
		region = value(needRegion, provider.Region)
		account = value(needAccount, provider.AccountId)
		partition = value(needPartition, provider.Partition)
	} else {
		region, account, partition = "WONTHAPPEN", "WONTHAPPEN", "WONTHAPPEN"
	}
	return walkStrings(reflect.ValueOf(object), replacer(region, account, partition))
}

// replacer replaces the region, then the account, then the partition
// placeholder, one after the other as aws-cdk-lib does.
func replacer(region, account, partition string) func(string) string {
	return func(s string) string {
		s = strings.ReplaceAll(s, placeholderRegion, region)
		s = strings.ReplaceAll(s, placeholderAccount, account)
		return strings.ReplaceAll(s, placeholderPartition, partition)
	}
}

// walkStrings copies v with f applied to every string in it. Pointers to
// strings stay pointers; structs become maps keyed by their JSON names, as
// the object aws-cdk-lib returns.
func walkStrings(v reflect.Value, f func(string) string) interface{} {
	switch v.Kind() {
	case reflect.Invalid:
		return nil
	case reflect.String:
		return f(v.String())
	case reflect.Pointer:
		if v.IsNil() {
			return nil
		}
		if v.Elem().Kind() == reflect.String {
			s := f(v.Elem().String())
			return &s
		}
		return walkStrings(v.Elem(), f)
	case reflect.Interface:
		if v.IsNil() {
			return nil
		}
		return walkStrings(v.Elem(), f)
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.IsNil() {
			return nil
		}
		out := make([]interface{}, v.Len())
		for i := range out {
			out[i] = walkStrings(v.Index(i), f)
		}
		return out
	case reflect.Map:
		if v.IsNil() {
			return nil
		}
		out := make(map[string]interface{}, v.Len())
		iter := v.MapRange()
		for iter.Next() {
			out[fmt.Sprint(iter.Key().Interface())] = walkStrings(iter.Value(), f)
		}
		return out
	case reflect.Struct:
		out := map[string]interface{}{}
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			fd := t.Field(i)
			if !fd.IsExported() {
				continue
			}
			name, _, _ := strings.Cut(fd.Tag.Get("json"), ",")
			if name == "" {
				name = fd.Name
			}
			if fv := v.Field(i); !(fv.Kind() == reflect.Pointer || fv.Kind() == reflect.Interface || fv.Kind() == reflect.Map || fv.Kind() == reflect.Slice) || !fv.IsNil() {
				out[name] = walkStrings(fv, f)
			}
		}
		return out
	}
	return v.Interface()
}

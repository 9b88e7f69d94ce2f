package awsec2

import (
	"regexp"
	"strings"

	"github.com/strata-cdk/strata/internal/diag"
)

// InstanceArchitecture is the CPU architecture of an instance type.
type InstanceArchitecture string

const (
	InstanceArchitecture_ARM_64 InstanceArchitecture = "ARM_64"
	InstanceArchitecture_X86_64 InstanceArchitecture = "X86_64"
)

// InstanceType is an EC2 instance type such as "t3.micro".
type InstanceType interface {
	// The instance's CPU architecture.
	Architecture() InstanceArchitecture
	// Whether this is a burstable (T2, T3, T4g) instance type.
	IsBurstable() *bool
	// Whether other is of the same instance class.
	SameInstanceClassAs(other InstanceType) *bool
	// The instance type as a dotted string ("t3.micro").
	ToString() *string
}

type instanceType struct{ id string }

// NewInstanceType names an instance type by its identifier ("t3.micro").
func NewInstanceType(instanceTypeIdentifier *string) InstanceType {
	return &instanceType{id: deref(instanceTypeIdentifier)}
}

// InstanceType_Of builds an instance type from a class and a size.
func InstanceType_Of(instanceClass InstanceClass, instanceSize InstanceSize) InstanceType {
	class, ok := instanceClassPrefix[instanceClass]
	if !ok {
		class = string(instanceClass)
	}
	size, ok := instanceSizeName[instanceSize]
	if !ok {
		size = string(instanceSize)
	}
	return &instanceType{id: class + "." + size}
}

var (
	instanceTypeParts = regexp.MustCompile(`^([a-z]+)(\d{1,2})([a-z\-]*)\.([a-z0-9\-]+)$`)
	instanceClassPart = regexp.MustCompile(`^([a-z]+\d{1,2}[a-z\-]*)\.([a-z0-9\-]+)$`)
)

func (t *instanceType) Architecture() InstanceArchitecture {
	m := instanceTypeParts.FindStringSubmatch(t.id)
	if m == nil {
		diag.Panic("", "Malformed instance type identifier")
	}
	if m[1] == "a" || strings.Contains(m[3], "g") {
		return InstanceArchitecture_ARM_64
	}
	return InstanceArchitecture_X86_64
}

func (t *instanceType) IsBurstable() *bool {
	return boolp(strings.HasPrefix(t.id, "t3") || strings.HasPrefix(t.id, "t4g") || strings.HasPrefix(t.id, "t2"))
}

func (t *instanceType) SameInstanceClassAs(other InstanceType) *bool {
	a := instanceClassPart.FindStringSubmatch(t.id)
	b := instanceClassPart.FindStringSubmatch(deref(other.ToString()))
	if a == nil || b == nil {
		diag.Panic("", "Malformed instance type identifier")
	}
	return boolp(a[1] == b[1])
}

func (t *instanceType) ToString() *string { return str(t.id) }

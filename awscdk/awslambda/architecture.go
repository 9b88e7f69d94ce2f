package awslambda

import "github.com/strata-cdk/strata/jsii"

// Architecture is the instruction set a function runs on.
type Architecture interface {
	// DockerPlatform is the platform bundling images use (linux/amd64, linux/arm64).
	DockerPlatform() *string
	// Name is the architecture's name in the template (x86_64, arm64).
	Name() *string
	ToString() *string
}

type architecture struct{ name, platform string }

func (a *architecture) DockerPlatform() *string { return jsii.String(a.platform) }
func (a *architecture) Name() *string           { return jsii.String(a.name) }
func (a *architecture) ToString() *string       { return jsii.String(a.name) }

var (
	archX86 = &architecture{"x86_64", "linux/amd64"}
	archArm = &architecture{"arm64", "linux/arm64"}
)

// Architecture_X86_64 is 64-bit x86.
func Architecture_X86_64() Architecture { return archX86 }

// Architecture_ARM_64 is 64-bit ARM (Graviton).
func Architecture_ARM_64() Architecture { return archArm }

// Architecture_Custom names an architecture Strata does not predefine.
func Architecture_Custom(name *string, dockerPlatform *string) Architecture {
	p := "linux/amd64"
	if dockerPlatform != nil {
		p = *dockerPlatform
	}
	return &architecture{deref(name), p}
}

package awscdk

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"

	"github.com/strata-cdk/strata/awscdk/interfaces"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/tokens"
)

// ResourceProps are the props of NewResource.
type ResourceProps struct {
	Account            *string `field:"optional" json:"account" yaml:"account"`
	EnvironmentFromArn *string `field:"optional" json:"environmentFromArn" yaml:"environmentFromArn"`
	PhysicalName       *string `field:"optional" json:"physicalName" yaml:"physicalName"`
	Region             *string `field:"optional" json:"region" yaml:"region"`
}

// IResource is an AWS resource construct (an L2).
type IResource interface {
	constructs.IConstruct
	interfaces.IEnvironmentAware
	Stack() Stack
	ApplyRemovalPolicy(policy RemovalPolicy)
}

// Resource is the base of L2 constructs: it knows its stack, environment
// and physical name.
type Resource interface {
	constructs.Construct
	IResource
	PhysicalName() *string
	ApplyCrossStackReferenceStrength(strength ReferenceStrength)
	GeneratePhysicalName() *string
	GetResourceArnAttribute(arnAttr *string, arnComponents *ArnComponents) *string
	GetResourceNameAttribute(nameAttr *string) *string
}

type resource struct {
	constructs.Construct
	stack          *stack
	env            *interfaces.ResourceEnvironment
	physicalName   *string
	generatedName  string
	crossEnv       bool
	generateIfNeed bool
}

// generateIfNeeded marks a physical name to generate only when another
// environment needs to know it.
type generateIfNeeded struct{}

func (generateIfNeeded) Resolve(IResolveContext) interface{} {
	panicf("", "invalid physical name: PhysicalName_GENERATE_IF_NEEDED can only be passed as a resource's physicalName")
	return nil
}

// generateIfNeededMarker is a shared constant token (app_state.go).
var generateIfNeededMarker = tokens.StringKey(tokens.Const(constGenerateIfNeeded), "GenerateIfNeeded")

// PhysicalName_GENERATE_IF_NEEDED asks a resource to generate its physical
// name only when it is referenced from another environment.
func PhysicalName_GENERATE_IF_NEEDED() *string { return str(generateIfNeededMarker) }

// NewResource creates the base construct of an L2 resource.
func NewResource(scope constructs.Construct, id *string, props *ResourceProps) Resource {
	r := newResource(scope, id, props)
	setHost(r.Construct, r)
	return r
}

func newResource(scope constructs.Construct, id *string, props *ResourceProps) *resource {
	if props == nil {
		props = &ResourceProps{}
	}
	// The resource and its environment in one allocation.
	b := &resourceBlock{}
	r := &b.res
	r.Construct = constructs.NewConstruct(scope, id)
	r.stack = stackOf(r.Construct)
	if r.stack == nil {
		addError(r.Construct, "%s should be created in the scope of a Stack, but no Stack found", *r.Node().Path())
		r.stack = &stack{}
	}
	if (props.Account != nil || props.Region != nil) && props.EnvironmentFromArn != nil {
		addError(r.Construct, "supply at most one of 'account'/'region' (%v, %v) and 'environmentFromArn' (%v)", deref(props.Account), deref(props.Region), deref(props.EnvironmentFromArn))
	}
	if props.PhysicalName != nil && *props.PhysicalName == generateIfNeededMarker {
		r.generateIfNeed = true
		r.crossEnv = true
		r.physicalName = lazyStringIn(r.Construct, func(IResolveContext) interface{} {
			if r.generatedName == "" {
				return nil
			}
			return r.generatedName
		})
	} else {
		if props.PhysicalName != nil && !isUnresolved(props.PhysicalName) {
			r.crossEnv = true
		}
		r.physicalName = props.PhysicalName
	}
	account, region := props.Account, props.Region
	if props.EnvironmentFromArn != nil {
		parts := Arn_Split(props.EnvironmentFromArn, ArnFormat_NO_RESOURCE_NAME)
		account, region = parts.Account, parts.Region
	}
	if account == nil {
		b.account = r.stack.account
		account = &b.account
	}
	if region == nil {
		b.region = r.stack.region
		region = &b.region
	}
	b.env = interfaces.ResourceEnvironment{Account: account, Region: region}
	r.env = &b.env
	return r
}

// resourceBlock is a resource with its environment, allocated together.
type resourceBlock struct {
	res             resource
	env             interfaces.ResourceEnvironment
	account, region string
}

// Resource_IsResource reports whether construct is a Resource.
func Resource_IsResource(construct constructs.IConstruct) *bool {
	_, ok := construct.(Resource)
	return &ok
}

// Resource_IsOwnedResource reports whether construct is a Resource created in this app.
func Resource_IsOwnedResource(construct constructs.IConstruct) *bool {
	r, ok := construct.(Resource)
	b := ok && r.Node().DefaultChild() != nil
	return &b
}

func (r *resource) Stack() Stack                         { return r.stack.host() }
func (r *resource) Env() *interfaces.ResourceEnvironment { return r.env }
func (r *resource) PhysicalName() *string                { return r.physicalName }

func (r *resource) ApplyRemovalPolicy(policy RemovalPolicy) {
	child, ok := r.Node().DefaultChild().(CfnResource)
	if !ok {
		addError(r.Construct, "cannot apply RemovalPolicy: no child or not a CfnResource. Apply the removal policy on the CfnResource directly.")
		return
	}
	child.ApplyRemovalPolicy(policy, nil)
}

func (r *resource) ApplyCrossStackReferenceStrength(strength ReferenceStrength) {
	CrossStackReferences_Of(r).Produce(strength)
}

// GeneratePhysicalName makes a name unique to this resource, stack, account and region.
func (r *resource) GeneratePhysicalName() *string {
	s := r.stack
	if isUnresolved(s.region) || s.region == "" {
		panicf(*r.Node().Path(), "cannot generate a physical name for %s, because the region is un-resolved or missing", *r.Node().Path())
	}
	if isUnresolved(s.account) || s.account == "" {
		panicf(*r.Node().Path(), "cannot generate a physical name for %s, because the account is un-resolved or missing", *r.Node().Path())
	}
	stackPart := s.stackName
	if len(stackPart) > 25 {
		stackPart = stackPart[:25]
	}
	full := *Names_NodeUniqueId(r.Node())
	idPart := full
	if len(idPart) > 24 {
		idPart = idPart[len(idPart)-24:]
	}
	h := sha256.New()
	h.Write([]byte(s.stackName))
	h.Write([]byte(full))
	h.Write([]byte(s.region))
	h.Write([]byte(s.account))
	return str(strings.ToLower(stackPart + idPart + hex.EncodeToString(h.Sum(nil))[:12]))
}

func (r *resource) enableCrossEnvironment() {
	if !r.crossEnv {
		panicf(*r.Node().Path(), "cannot use resource '%s' in a cross-environment fashion, the resource's physical name must be explicit set or use `PhysicalName_GENERATE_IF_NEEDED()`", *r.Node().Path())
	}
	if r.generateIfNeed && r.generatedName == "" {
		r.generatedName = *r.GeneratePhysicalName()
		// Elements already rendered may hold the name's old value.
		if a := appOf(r.Construct); a != nil {
			a.namesGenerated = true
		}
	}
}

func (r *resource) otherEnv(ctx IResolveContext) bool {
	consumer := stackOf(ctx.Scope())
	if consumer == nil {
		return false
	}
	return consumer.account != r.stack.account || consumer.region != r.stack.region
}

// GetResourceNameAttribute returns nameAttr, or the physical name when the
// value is used from another environment.
func (r *resource) GetResourceNameAttribute(nameAttr *string) *string {
	return mimicReference(r.Construct, nameAttr, func(ctx IResolveContext) interface{} {
		if r.otherEnv(ctx) {
			r.enableCrossEnvironment()
			return r.physicalName
		}
		return nameAttr
	})
}

// GetResourceArnAttribute returns arnAttr, or an ARN built from the
// physical name when the value is used from another environment.
func (r *resource) GetResourceArnAttribute(arnAttr *string, arnComponents *ArnComponents) *string {
	return mimicReference(r.Construct, arnAttr, func(ctx IResolveContext) interface{} {
		if r.otherEnv(ctx) {
			r.enableCrossEnvironment()
			return r.stack.FormatArn(arnComponents)
		}
		return arnAttr
	})
}

// mimicReference is a token standing for ref whose value is produced at
// resolution, so that it still counts as a reference to the same target.
func mimicReference(scope constructs.IConstruct, ref *string, produce func(ctx IResolveContext) interface{}) *string {
	if !isUnresolved(ref) {
		return ref
	}
	return Token_AsString(&mimic{scope: scope, produce: produce}, nil)
}

type mimic struct {
	scope   constructs.IConstruct
	produce func(ctx IResolveContext) interface{}
	str     string
}

func (m *mimic) encoding() *string { return &m.str }

func (m *mimic) tokenScope() constructs.IConstruct { return m.scope }

func (m *mimic) Resolve(ctx IResolveContext) interface{} { return m.produce(ctx) }

func (r *resource) With(mixins ...constructs.IMixin) constructs.IConstruct {
	return r.Node().With(mixins...)
}

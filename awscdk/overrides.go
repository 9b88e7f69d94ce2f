package awscdk

import (
	"reflect"

	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/override"
)

// The New<Type>_Override constructors are how Go programs subclass a core
// class, as with aws-cdk-go:
//
//	type MyStack struct{ awscdk.Stack }
//
//	func NewMyStack(scope constructs.Construct, id string) *MyStack {
//		s := &MyStack{}
//		awscdk.NewStack_Override(s, scope, &id, nil)
//		return s
//	}
//
// The constructor builds the object, stores it in the struct's embedded
// field and, for a construct, makes the struct the object the construct tree
// hands out (Node().Children(), Stack_Of, FindAll, ...). As in aws-cdk-go,
// methods the struct redefines are not called by Strata's own code; only
// callback interfaces the program hands in are (IAspect.Visit,
// IValidation.Validate, IResolvable.Resolve, IStackSynthesizer for a
// synthesizer of the program's own, ...).

// typeOf returns the interface type T.
func typeOf[T any]() reflect.Type { return reflect.TypeOf((*T)(nil)).Elem() }

// overrideConstruct embeds inner in outer and registers outer as the tree's
// object for inner's node.
func overrideConstruct[T constructs.IConstruct](outer T, inner T) {
	if err := override.Embed(outer, inner, typeOf[T]()); err != nil {
		panicf(*inner.Node().Path(), "%s", err.Error())
	}
	setHost(inner, outer)
}

// overrideValue embeds inner, a value that is not a construct, in outer.
func overrideValue[T any](outer T, inner T) {
	if err := override.Embed(outer, inner, typeOf[T]()); err != nil {
		panicf("", "%s", err.Error())
	}
}

// NewApp_Override creates an App for a, a pointer to the program's struct
// that embeds App.
func NewApp_Override(a App, props *AppProps) { overrideConstruct(a, NewApp(props)) }

// NewStage_Override creates a Stage for s, a pointer to the program's
// struct that embeds Stage.
func NewStage_Override(s Stage, scope constructs.Construct, id *string, props *StageProps) {
	overrideConstruct(s, NewStage(scope, id, props))
}

// NewStack_Override creates a Stack for s, a pointer to the program's
// struct that embeds Stack; Stack_Of and the tree return s.
func NewStack_Override(s Stack, scope constructs.Construct, id *string, props *StackProps) {
	overrideConstruct(s, NewStack(scope, id, props))
}

// NewResource_Override creates a Resource (the base of L2 constructs) for r,
// a pointer to the program's struct that embeds Resource.
func NewResource_Override(r Resource, scope constructs.Construct, id *string, props *ResourceProps) {
	overrideConstruct(r, NewResource(scope, id, props))
}

// NewCustomResource_Override creates a CustomResource for c, a pointer to
// the program's struct that embeds CustomResource.
func NewCustomResource_Override(c CustomResource, scope constructs.Construct, id *string, props *CustomResourceProps) {
	overrideConstruct(c, NewCustomResource(scope, id, props))
}

// NewCustomResourceProvider_Override creates a CustomResourceProvider for c,
// a pointer to the program's struct that embeds CustomResourceProvider.
func NewCustomResourceProvider_Override(c CustomResourceProvider, scope constructs.Construct, id *string, props *CustomResourceProviderProps) {
	overrideConstruct(c, NewCustomResourceProvider(scope, id, props))
}

// NewAssetStaging_Override stages an asset for a, a pointer to the
// program's struct that embeds AssetStaging.
func NewAssetStaging_Override(a AssetStaging, scope constructs.Construct, id *string, props *AssetStagingProps) {
	overrideConstruct(a, NewAssetStaging(scope, id, props))
}

// NewTag_Override creates a Tag aspect for t, a pointer to the program's
// struct that embeds Tag.
func NewTag_Override(t Tag, key *string, value *string, props *TagProps) {
	overrideValue(t, NewTag(key, value, props))
}

// NewRemoveTag_Override creates a RemoveTag aspect for r.
func NewRemoveTag_Override(r RemoveTag, key *string, props *TagProps) {
	overrideValue(r, NewRemoveTag(key, props))
}

// NewTagManager_Override creates a TagManager for t.
func NewTagManager_Override(t TagManager, tagType TagType, resourceTypeName *string, initialTags interface{}, options *TagManagerOptions) {
	overrideValue(t, NewTagManager(tagType, resourceTypeName, initialTags, options))
}

// NewSecretValue_Override creates a SecretValue for s.
func NewSecretValue_Override(s SecretValue, protectedValue interface{}, options *IntrinsicProps) {
	overrideValue(s, NewSecretValue(protectedValue, options))
}

// NewIntrinsic_Override creates an Intrinsic for i; a Resolve the struct
// defines is called when the token resolves, as the IResolvable it is.
func NewIntrinsic_Override(i Intrinsic, value interface{}, options *IntrinsicProps) {
	overrideValue(i, NewIntrinsic(value, options))
}

// NewDefaultTokenResolver_Override creates a DefaultTokenResolver for d.
func NewDefaultTokenResolver_Override(d DefaultTokenResolver, concat IFragmentConcatenator) {
	overrideValue(d, NewDefaultTokenResolver(concat))
}

// NewStringConcat_Override creates a StringConcat for s.
func NewStringConcat_Override(s StringConcat) { overrideValue(s, NewStringConcat()) }

// NewTokenizedStringFragments_Override creates empty fragments for t.
func NewTokenizedStringFragments_Override(t TokenizedStringFragments) {
	overrideValue(t, NewTokenizedStringFragments())
}

// NewTreeInspector_Override creates a TreeInspector for t.
func NewTreeInspector_Override(t TreeInspector) { overrideValue(t, NewTreeInspector()) }

// NewScopedAws_Override creates a ScopedAws for s.
func NewScopedAws_Override(s ScopedAws, scope constructs.Construct) {
	overrideValue(s, NewScopedAws(scope))
}

// NewDockerImage_Override creates a DockerImage for d.
func NewDockerImage_Override(d DockerImage, image *string, imageHash *string) {
	overrideValue(d, NewDockerImage(image, imageHash))
}

// NewFileSystem_Override is FileSystem's constructor for d; FileSystem has
// only statics, so there is nothing to store.
func NewFileSystem_Override(f FileSystem) { overrideValue(f, NewFileSystem()) }

// NewGlobIgnoreStrategy_Override creates a GlobIgnoreStrategy for g.
func NewGlobIgnoreStrategy_Override(g GlobIgnoreStrategy, absoluteRootPath *string, patterns *[]*string) {
	overrideValue(g, NewGlobIgnoreStrategy(absoluteRootPath, patterns))
}

// NewGitIgnoreStrategy_Override creates a GitIgnoreStrategy for g.
func NewGitIgnoreStrategy_Override(g GitIgnoreStrategy, absoluteRootPath *string, patterns *[]*string) {
	overrideValue(g, NewGitIgnoreStrategy(absoluteRootPath, patterns))
}

// NewDockerIgnoreStrategy_Override creates a DockerIgnoreStrategy for d.
func NewDockerIgnoreStrategy_Override(d DockerIgnoreStrategy, absoluteRootPath *string, patterns *[]*string) {
	overrideValue(d, NewDockerIgnoreStrategy(absoluteRootPath, patterns))
}

// NewAspectApplication records aspect on construct with priority, without
// adding it to the construct's aspects (use Aspects_Of(...).Add for that).
func NewAspectApplication(construct constructs.IConstruct, aspect IAspect, priority *float64) AspectApplication {
	p := 500.0
	if priority != nil {
		p = *priority
	}
	return &aspectApp{aspect: aspect, construct: construct, priority: p}
}

// NewAspectApplication_Override creates an AspectApplication for a.
func NewAspectApplication_Override(a AspectApplication, construct constructs.IConstruct, aspect IAspect, priority *float64) {
	overrideValue(a, NewAspectApplication(construct, aspect, priority))
}

// AspectPriority carries the standard aspect priorities as statics
// (AspectPriority_MUTATING, _READONLY, _DEFAULT).
type AspectPriority interface{}

type aspectPriority struct{}

// NewAspectPriority returns an AspectPriority; its statics are what matter.
func NewAspectPriority() AspectPriority { return &aspectPriority{} }

// NewAspectPriority_Override creates an AspectPriority for a.
func NewAspectPriority_Override(a AspectPriority) { overrideValue(a, NewAspectPriority()) }

package awscdk

import (
	"github.com/strata-cdk/strata/internal/tree"
	"reflect"
	"sort"
	"strings"

	"github.com/strata-cdk/strata/awscdk/interfaces"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/collate"
	"github.com/strata-cdk/strata/internal/ojson"
)

// CfnResourceProps are the props of NewCfnResource.
type CfnResourceProps struct {
	Type       *string                 `field:"required" json:"type" yaml:"type"`
	Properties *map[string]interface{} `field:"optional" json:"properties" yaml:"properties"`
}

// CfnResource is a CloudFormation resource.
type CfnResource interface {
	CfnRefElement
	CfnOptions() ICfnResourceOptions
	CfnProperties() *map[string]interface{}
	CfnResourceType() *string
	UpdatedProperites() *map[string]interface{}
	UpdatedProperties() *map[string]interface{}
	AddDeletionOverride(path *string)
	AddDependency(target CfnResource)
	AddDependsOn(target CfnResource)
	AddMetadata(key *string, value interface{})
	AddOverride(path *string, value interface{})
	AddPropertyDeletionOverride(propertyPath *string)
	AddPropertyOverride(propertyPath *string, value interface{})
	AddResourceDependency(target CfnResource, reason *string)
	ApplyRemovalPolicy(policy RemovalPolicy, options *RemovalPolicyOptions)
	GetAtt(attributeName *string, typeHint ResolutionTypeHint) Reference
	GetMetadata(key *string) interface{}
	ObtainDependencies() *[]interface{}
	ObtainResourceDependencies() *[]CfnResource
	RemoveDependency(target CfnResource)
	RemoveResourceDependency(target CfnResource)
	ReplaceDependency(target CfnResource, newTarget CfnResource)
	ShouldSynthesize() *bool
	Env() *interfaces.ResourceEnvironment
	CfnPropertyNames() *map[string]*string
	CfnPropertyName(cdkPropertyName *string) *string
	RenderProperties(props *map[string]interface{}) *map[string]interface{}
	ValidateProperties(properties interface{})
	ApplyCrossStackReferenceStrength(strength ReferenceStrength)
	cfnRes() *cfnResource
}

// ICfnResourceOptions are the resource attributes of a CfnResource.
type ICfnResourceOptions interface {
	Condition() CfnCondition
	SetCondition(c CfnCondition)
	CreationPolicy() *CfnCreationPolicy
	SetCreationPolicy(p *CfnCreationPolicy)
	DeletionPolicy() CfnDeletionPolicy
	SetDeletionPolicy(p CfnDeletionPolicy)
	Description() *string
	SetDescription(d *string)
	Metadata() *map[string]interface{}
	SetMetadata(m *map[string]interface{})
	UpdatePolicy() *CfnUpdatePolicy
	SetUpdatePolicy(p *CfnUpdatePolicy)
	UpdateReplacePolicy() CfnDeletionPolicy
	SetUpdateReplacePolicy(p CfnDeletionPolicy)
	Version() *string
	SetVersion(v *string)
}

// CfnDeletionPolicy is a DeletionPolicy or UpdateReplacePolicy value.
type CfnDeletionPolicy string

const (
	CfnDeletionPolicy_DELETE                  CfnDeletionPolicy = "DELETE"
	CfnDeletionPolicy_RETAIN                  CfnDeletionPolicy = "RETAIN"
	CfnDeletionPolicy_RETAIN_EXCEPT_ON_CREATE CfnDeletionPolicy = "RETAIN_EXCEPT_ON_CREATE"
	CfnDeletionPolicy_SNAPSHOT                CfnDeletionPolicy = "SNAPSHOT"
)

var deletionPolicyNames = map[CfnDeletionPolicy]string{
	CfnDeletionPolicy_DELETE: "Delete", CfnDeletionPolicy_RETAIN: "Retain",
	CfnDeletionPolicy_RETAIN_EXCEPT_ON_CREATE: "RetainExceptOnCreate", CfnDeletionPolicy_SNAPSHOT: "Snapshot",
}

// CfnCreationPolicy is a resource's CreationPolicy attribute.
type CfnCreationPolicy struct {
	AutoScalingCreationPolicy *CfnResourceAutoScalingCreationPolicy `field:"optional" json:"autoScalingCreationPolicy" yaml:"autoScalingCreationPolicy"`
	ResourceSignal            *CfnResourceSignal                    `field:"optional" json:"resourceSignal" yaml:"resourceSignal"`
	StartFleet                *bool                                 `field:"optional" json:"startFleet" yaml:"startFleet"`
}

// CfnResourceAutoScalingCreationPolicy is part of a creation policy.
type CfnResourceAutoScalingCreationPolicy struct {
	MinSuccessfulInstancesPercent *float64 `field:"optional" json:"minSuccessfulInstancesPercent" yaml:"minSuccessfulInstancesPercent"`
}

// CfnResourceSignal is part of a creation policy.
type CfnResourceSignal struct {
	Count   *float64 `field:"optional" json:"count" yaml:"count"`
	Timeout *string  `field:"optional" json:"timeout" yaml:"timeout"`
}

// CfnUpdatePolicy is a resource's UpdatePolicy attribute.
type CfnUpdatePolicy struct {
	AutoScalingInstanceRefresh  *CfnAutoScalingInstanceRefresh  `field:"optional" json:"autoScalingInstanceRefresh" yaml:"autoScalingInstanceRefresh"`
	AutoScalingReplacingUpdate  *CfnAutoScalingReplacingUpdate  `field:"optional" json:"autoScalingReplacingUpdate" yaml:"autoScalingReplacingUpdate"`
	AutoScalingRollingUpdate    *CfnAutoScalingRollingUpdate    `field:"optional" json:"autoScalingRollingUpdate" yaml:"autoScalingRollingUpdate"`
	AutoScalingScheduledAction  *CfnAutoScalingScheduledAction  `field:"optional" json:"autoScalingScheduledAction" yaml:"autoScalingScheduledAction"`
	CodeDeployLambdaAliasUpdate *CfnCodeDeployLambdaAliasUpdate `field:"optional" json:"codeDeployLambdaAliasUpdate" yaml:"codeDeployLambdaAliasUpdate"`
	EnableVersionUpgrade        *bool                           `field:"optional" json:"enableVersionUpgrade" yaml:"enableVersionUpgrade"`
	UseOnlineResharding         *bool                           `field:"optional" json:"useOnlineResharding" yaml:"useOnlineResharding"`
}

// CfnAutoScalingInstanceRefresh is the update policy that replaces an Auto
// Scaling group's instances with an instance refresh.
type CfnAutoScalingInstanceRefresh struct {
	Strategy    *string                                   `field:"required" json:"strategy" yaml:"strategy"`
	Preferences *CfnAutoScalingInstanceRefreshPreferences `field:"optional" json:"preferences" yaml:"preferences"`
}

// CfnAutoScalingInstanceRefreshPreferences tune an instance refresh.
type CfnAutoScalingInstanceRefreshPreferences struct {
	AlarmSpecification        *CfnAutoScalingInstanceRefreshAlarmSpecification `field:"optional" json:"alarmSpecification" yaml:"alarmSpecification"`
	BakeTime                  *float64                                         `field:"optional" json:"bakeTime" yaml:"bakeTime"`
	CheckpointDelay           *float64                                         `field:"optional" json:"checkpointDelay" yaml:"checkpointDelay"`
	CheckpointPercentages     *[]*float64                                      `field:"optional" json:"checkpointPercentages" yaml:"checkpointPercentages"`
	InstanceWarmup            *float64                                         `field:"optional" json:"instanceWarmup" yaml:"instanceWarmup"`
	MaxHealthyPercentage      *float64                                         `field:"optional" json:"maxHealthyPercentage" yaml:"maxHealthyPercentage"`
	MinHealthyPercentage      *float64                                         `field:"optional" json:"minHealthyPercentage" yaml:"minHealthyPercentage"`
	ScaleInProtectedInstances *string                                          `field:"optional" json:"scaleInProtectedInstances" yaml:"scaleInProtectedInstances"`
	SkipMatching              *bool                                            `field:"optional" json:"skipMatching" yaml:"skipMatching"`
	StandbyInstances          *string                                          `field:"optional" json:"standbyInstances" yaml:"standbyInstances"`
}

// CfnAutoScalingInstanceRefreshAlarmSpecification names the alarms that stop
// an instance refresh.
type CfnAutoScalingInstanceRefreshAlarmSpecification struct {
	Alarms *[]*string `field:"optional" json:"alarms" yaml:"alarms"`
}

// CfnAutoScalingReplacingUpdate is part of an update policy.
type CfnAutoScalingReplacingUpdate struct {
	WillReplace *bool `field:"optional" json:"willReplace" yaml:"willReplace"`
}

// CfnAutoScalingRollingUpdate is part of an update policy.
type CfnAutoScalingRollingUpdate struct {
	MaxBatchSize                  *float64   `field:"optional" json:"maxBatchSize" yaml:"maxBatchSize"`
	MinActiveInstancesPercent     *float64   `field:"optional" json:"minActiveInstancesPercent" yaml:"minActiveInstancesPercent"`
	MinInstancesInService         *float64   `field:"optional" json:"minInstancesInService" yaml:"minInstancesInService"`
	MinSuccessfulInstancesPercent *float64   `field:"optional" json:"minSuccessfulInstancesPercent" yaml:"minSuccessfulInstancesPercent"`
	PauseTime                     *string    `field:"optional" json:"pauseTime" yaml:"pauseTime"`
	SuspendProcesses              *[]*string `field:"optional" json:"suspendProcesses" yaml:"suspendProcesses"`
	WaitOnResourceSignals         *bool      `field:"optional" json:"waitOnResourceSignals" yaml:"waitOnResourceSignals"`
}

// CfnAutoScalingScheduledAction is part of an update policy.
type CfnAutoScalingScheduledAction struct {
	IgnoreUnmodifiedGroupSizeProperties *bool `field:"optional" json:"ignoreUnmodifiedGroupSizeProperties" yaml:"ignoreUnmodifiedGroupSizeProperties"`
}

// CfnCodeDeployLambdaAliasUpdate is part of an update policy.
type CfnCodeDeployLambdaAliasUpdate struct {
	ApplicationName        *string `field:"required" json:"applicationName" yaml:"applicationName"`
	DeploymentGroupName    *string `field:"required" json:"deploymentGroupName" yaml:"deploymentGroupName"`
	AfterAllowTrafficHook  *string `field:"optional" json:"afterAllowTrafficHook" yaml:"afterAllowTrafficHook"`
	BeforeAllowTrafficHook *string `field:"optional" json:"beforeAllowTrafficHook" yaml:"beforeAllowTrafficHook"`
}

type cfnOptions struct {
	condition           CfnCondition
	creationPolicy      *CfnCreationPolicy
	deletionPolicy      CfnDeletionPolicy
	description         *string
	metadata            *ojson.Object
	updatePolicy        *CfnUpdatePolicy
	updateReplacePolicy CfnDeletionPolicy
	version             *string
}

func (o *cfnOptions) Condition() CfnCondition                { return o.condition }
func (o *cfnOptions) SetCondition(c CfnCondition)            { o.condition = c }
func (o *cfnOptions) CreationPolicy() *CfnCreationPolicy     { return o.creationPolicy }
func (o *cfnOptions) SetCreationPolicy(p *CfnCreationPolicy) { o.creationPolicy = p }
func (o *cfnOptions) DeletionPolicy() CfnDeletionPolicy      { return o.deletionPolicy }
func (o *cfnOptions) SetDeletionPolicy(p CfnDeletionPolicy)  { o.deletionPolicy = p }
func (o *cfnOptions) Description() *string                   { return o.description }
func (o *cfnOptions) SetDescription(d *string)               { o.description = d }
func (o *cfnOptions) Metadata() *map[string]interface{} {
	m := map[string]interface{}{}
	for _, k := range o.metadata.Keys() {
		m[k], _ = o.metadata.Get(k)
	}
	return &m
}
func (o *cfnOptions) SetMetadata(m *map[string]interface{}) {
	o.metadata = ojson.New()
	if m == nil {
		return
	}
	keys := make([]string, 0, len(*m))
	for k := range *m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		o.metadata.Set(k, (*m)[k])
	}
}
func (o *cfnOptions) UpdatePolicy() *CfnUpdatePolicy             { return o.updatePolicy }
func (o *cfnOptions) SetUpdatePolicy(p *CfnUpdatePolicy)         { o.updatePolicy = p }
func (o *cfnOptions) UpdateReplacePolicy() CfnDeletionPolicy     { return o.updateReplacePolicy }
func (o *cfnOptions) SetUpdateReplacePolicy(p CfnDeletionPolicy) { o.updateReplacePolicy = p }
func (o *cfnOptions) Version() *string                           { return o.version }
func (o *cfnOptions) SetVersion(v *string)                       { o.version = v }

// cfnResourceBlock is a resource with its element and options, allocated
// together.
type cfnResourceBlock struct {
	res  cfnResource
	el   cfnElement
	opts cfnOptions
}

// metadataObj returns the options' metadata, made on first use.
func (o *cfnOptions) metadataObj() *ojson.Object {
	if o.metadata == nil {
		o.metadata = ojson.New()
	}
	return o.metadata
}

type cfnResource struct {
	*cfnElement
	cfnType      string
	properties   *map[string]interface{}
	propsSource  interface{}
	options      *cfnOptions
	rawOverrides *ojson.Object
	dependsOn    []*cfnResource
	strength     ReferenceStrength
	// ordered, when set, holds properties that render in insertion order
	// (the objects aws-cdk-lib's own constructs build).
	ordered *ojson.Object
}

// SetPropsSource makes the resource render its properties from props, a
// pointer to a generated L1's props struct (internal/l1); programs cannot
// name tree.Access, so it is not API.
func (r *cfnResource) SetPropsSource(_ tree.Access, props interface{}) { r.propsSource = props }

func (r *cfnResource) Env() *interfaces.ResourceEnvironment {
	if r.stack == nil {
		return &interfaces.ResourceEnvironment{}
	}
	return &interfaces.ResourceEnvironment{Account: str(r.stack.account), Region: str(r.stack.region)}
}

func (r *cfnResource) CfnPropertyNames() *map[string]*string { return r.cfnPropertyNames() }
func (r *cfnResource) CfnPropertyName(cdkPropertyName *string) *string {
	n := deref(cdkPropertyName)
	if n == "" {
		return nil
	}
	if name, ok := (*r.cfnPropertyNames())[n]; ok {
		return name
	}
	return str(strings.ToUpper(n[:1]) + n[1:])
}
func (r *cfnResource) RenderProperties(props *map[string]interface{}) *map[string]interface{} {
	return props
}
func (r *cfnResource) ValidateProperties(properties interface{}) {}
func (r *cfnResource) ApplyCrossStackReferenceStrength(strength ReferenceStrength) {
	r.strength = strength
}

// NewCfnResource creates a CloudFormation resource of props.Type.
func NewCfnResource(scope constructs.Construct, id *string, props *CfnResourceProps) CfnResource {
	r := newCfnResource(scope, id, props)
	setHost(r.Construct, r)
	return r
}

func newCfnResource(scope constructs.Construct, id *string, props *CfnResourceProps) *cfnResource {
	// One allocation for the resource, its element and its options, which
	// live and die together. Metadata and raw overrides are made when first
	// set: most resources have neither.
	b := &cfnResourceBlock{}
	r := &b.res
	r.cfnElement, r.options = &b.el, &b.opts
	initElement(scope, id, r.cfnElement)
	r.toCfn = r.toCloudFormation
	if props == nil || props.Type == nil || *props.Type == "" {
		addError(r.Construct, "the `type` property is required for a CfnResource")
	} else {
		r.cfnType = *props.Type
	}
	if props != nil {
		r.properties = props.Properties
	}
	if b, ok := contextValue(r.Construct, "aws:cdk:enable-path-metadata").(bool); ok && b {
		r.options.metadataObj().Set("aws:cdk:path", *r.Node().Path())
	}
	return r
}

func (r *cfnResource) cfnRes() *cfnResource { return r }

// CfnResource_IsCfnResource reports whether x is a CfnResource.
func CfnResource_IsCfnResource(x interface{}) *bool {
	_, ok := x.(CfnResource)
	return &ok
}

func (r *cfnResource) Ref() *string {
	return Token_AsString(referenceFor(r.cfnElement, "Ref", ""), nil)
}

func (r *cfnResource) ToString() *string {
	return str(*r.Node().Path() + " [" + r.cfnType + "]")
}

func (r *cfnResource) CfnOptions() ICfnResourceOptions { return r.options }
func (r *cfnResource) CfnResourceType() *string        { return str(r.cfnType) }
func (r *cfnResource) CfnProperties() *map[string]interface{} {
	if r.propsSource != nil {
		return propsByJSIIName(r.propsSource)
	}
	if r.properties == nil {
		return &map[string]interface{}{}
	}
	return r.properties
}

// propsByJSIIName lists an L1's set props under their jsii (json) names, as
// aws-cdk-lib's cfnProperties does before rendering.
func propsByJSIIName(props interface{}) *map[string]interface{} {
	out := map[string]interface{}{}
	v := reflect.ValueOf(props)
	for v.Kind() == reflect.Ptr {
		if v.IsNil() {
			return &out
		}
		v = v.Elem()
	}
	if v.Kind() != reflect.Struct {
		return &out
	}
	for i := 0; i < v.NumField(); i++ {
		f := v.Type().Field(i)
		if f.IsExported() && !isNilReflect(v.Field(i)) {
			out[jsonName(f)] = v.Field(i).Interface()
		}
	}
	return &out
}

func (r *cfnResource) cfnPropertyNames() *map[string]*string {
	out := map[string]*string{}
	if r.propsSource == nil {
		return &out
	}
	t := reflect.TypeOf(r.propsSource)
	for t.Kind() == reflect.Ptr {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct {
		return &out
	}
	for i := 0; i < t.NumField(); i++ {
		out[jsonName(t.Field(i))] = str(cfnName(t.Field(i)))
	}
	return &out
}
func (r *cfnResource) UpdatedProperites() *map[string]interface{} { return r.CfnProperties() }
func (r *cfnResource) UpdatedProperties() *map[string]interface{} { return r.CfnProperties() }
func (r *cfnResource) ShouldSynthesize() *bool                    { t := true; return &t }

func (r *cfnResource) GetAtt(attributeName *string, typeHint ResolutionTypeHint) Reference {
	return referenceFor(r.cfnElement, deref(attributeName), typeHint)
}

func (r *cfnResource) AddMetadata(key *string, value interface{}) {
	r.options.metadataObj().Set(deref(key), value)
}

func (r *cfnResource) GetMetadata(key *string) interface{} {
	v, _ := r.options.metadata.Get(deref(key))
	return v
}

// splitOnPeriods splits an override path at dots, "\." escaping a dot.
func splitOnPeriods(path string) []string {
	var parts []string
	cur := ""
	for i := 0; i < len(path); i++ {
		if path[i] == '\\' && i+1 < len(path) && path[i+1] == '.' {
			cur += "."
			i++
			continue
		}
		if path[i] == '.' {
			parts = append(parts, cur)
			cur = ""
			continue
		}
		cur += string(path[i])
	}
	return append(parts, cur)
}

// deleted marks an override that removes a key.
type deletedMarker struct{}

var overrideDelete = &deletedMarker{}

func (r *cfnResource) AddOverride(path *string, value interface{}) {
	parts := splitOnPeriods(deref(path))
	if r.rawOverrides == nil {
		r.rawOverrides = ojson.New()
	}
	cur := r.rawOverrides
	for len(parts) > 1 {
		k := parts[0]
		parts = parts[1:]
		next, ok := cur.Get(k)
		o, isObj := next.(*ojson.Object)
		if !ok || !isObj {
			o = ojson.New()
			cur.Set(k, o)
		}
		cur = o
	}
	if value == nil || isNilValue(value) {
		cur.Set(parts[0], overrideDelete)
		return
	}
	cur.Set(parts[0], value)
}

func (r *cfnResource) AddDeletionOverride(path *string) { r.AddOverride(path, nil) }

func (r *cfnResource) AddPropertyOverride(propertyPath *string, value interface{}) {
	r.AddOverride(str("Properties."+deref(propertyPath)), value)
}

func (r *cfnResource) AddPropertyDeletionOverride(propertyPath *string) {
	r.AddPropertyOverride(propertyPath, nil)
}

func (r *cfnResource) AddDependency(target CfnResource)    { r.AddResourceDependency(target, nil) }
func (r *cfnResource) AddDependsOn(target CfnResource)     { r.AddResourceDependency(target, nil) }
func (r *cfnResource) RemoveDependency(target CfnResource) { r.RemoveResourceDependency(target) }

func (r *cfnResource) AddResourceDependency(target CfnResource, reason *string) {
	if target == nil {
		return
	}
	why := deref(reason)
	if why == "" {
		why = "<" + *r.Node().Path() + ">.addResourceDependency(<" + *target.Node().Path() + ">)"
	}
	addDependencyBetween(r.cfnElement.Construct, target.cfnRes().cfnElement.Construct, why, r, target.cfnRes())
}

func (r *cfnResource) addDependsOn(t *cfnResource) {
	for _, d := range r.dependsOn {
		if d == t {
			return
		}
	}
	r.dependsOn = append(r.dependsOn, t)
}

func (r *cfnResource) RemoveResourceDependency(target CfnResource) {
	if target == nil {
		return
	}
	t := target.cfnRes()
	keep := r.dependsOn[:0]
	for _, d := range r.dependsOn {
		if d != t {
			keep = append(keep, d)
		}
	}
	r.dependsOn = keep
}

func (r *cfnResource) ReplaceDependency(target CfnResource, newTarget CfnResource) {
	t := target.cfnRes()
	for _, d := range r.dependsOn {
		if d == t {
			r.RemoveResourceDependency(target)
			r.AddResourceDependency(newTarget, nil)
			return
		}
	}
	panicf(*r.Node().Path(), "%s does not depend on %s", *r.Node().Path(), *target.Node().Path())
}

func (r *cfnResource) ObtainResourceDependencies() *[]CfnResource {
	out := make([]CfnResource, len(r.dependsOn))
	for i, d := range r.dependsOn {
		out[i] = hostOf(d.Construct).(CfnResource)
	}
	return &out
}

func (r *cfnResource) ObtainDependencies() *[]interface{} {
	var out []interface{}
	for _, d := range *r.ObtainResourceDependencies() {
		out = append(out, d)
	}
	return &out
}

// RemovalPolicyOptions are options for ApplyRemovalPolicy.
type RemovalPolicyOptions struct {
	ApplyToUpdateReplacePolicy *bool         `field:"optional" json:"applyToUpdateReplacePolicy" yaml:"applyToUpdateReplacePolicy"`
	Default                    RemovalPolicy `field:"optional" json:"default" yaml:"default"`
}

// RemovalPolicy says what happens to a resource when it leaves the stack.
type RemovalPolicy string

const (
	RemovalPolicy_DESTROY                    RemovalPolicy = "DESTROY"
	RemovalPolicy_RETAIN                     RemovalPolicy = "RETAIN"
	RemovalPolicy_SNAPSHOT                   RemovalPolicy = "SNAPSHOT"
	RemovalPolicy_RETAIN_ON_UPDATE_OR_DELETE RemovalPolicy = "RETAIN_ON_UPDATE_OR_DELETE"
)

var snapshotTypes = map[string]bool{
	"AWS::DocDB::DBCluster": true, "AWS::EC2::Volume": true, "AWS::ElastiCache::CacheCluster": true,
	"AWS::ElastiCache::ReplicationGroup": true, "AWS::Neptune::DBCluster": true, "AWS::RDS::DBCluster": true,
	"AWS::RDS::DBInstance": true, "AWS::Redshift::Cluster": true,
}

func (r *cfnResource) ApplyRemovalPolicy(policy RemovalPolicy, options *RemovalPolicyOptions) {
	if policy == "" && options != nil {
		policy = options.Default
	}
	if policy == "" {
		policy = RemovalPolicy_RETAIN
	}
	var del, repl CfnDeletionPolicy
	switch policy {
	case RemovalPolicy_DESTROY:
		del, repl = CfnDeletionPolicy_DELETE, CfnDeletionPolicy_DELETE
	case RemovalPolicy_RETAIN:
		del, repl = CfnDeletionPolicy_RETAIN, CfnDeletionPolicy_RETAIN
	case RemovalPolicy_RETAIN_ON_UPDATE_OR_DELETE:
		del, repl = CfnDeletionPolicy_RETAIN_EXCEPT_ON_CREATE, CfnDeletionPolicy_RETAIN
	case RemovalPolicy_SNAPSHOT:
		if !snapshotTypes[r.cfnType] {
			if featureEnabled(r, "@aws-cdk/core:validateSnapshotRemovalPolicy") {
				addError(r.Construct, "%s does not support snapshot removal policy", r.cfnType)
				return
			}
			Annotations_Of(r).AddWarningV2(str("@aws-cdk/core:"+r.cfnType+"SnapshotRemovalPolicyIgnored"), str(r.cfnType+" does not support snapshot removal policy. This policy will be ignored."))
			return
		}
		del, repl = CfnDeletionPolicy_SNAPSHOT, CfnDeletionPolicy_SNAPSHOT
	default:
		addError(r.Construct, "invalid removal policy %q", string(policy))
		return
	}
	r.options.deletionPolicy = del
	if options == nil || options.ApplyToUpdateReplacePolicy == nil || *options.ApplyToUpdateReplacePolicy {
		r.options.updateReplacePolicy = repl
	}
}

// renderProps returns the resource's properties before resolution: the
// L1's props struct rendered under CloudFormation names, or the raw map.
func (r *cfnResource) renderProps() interface{} {
	props, _, _ := r.renderPropsOwned()
	return props
}

// renderPropsOwned is renderProps that also reports whether this call made
// props alone (rendered from the props struct), so that resolution may
// update it in place; the value under tagKey (the tags) is not owned.
func (r *cfnResource) renderPropsOwned() (props interface{}, owned bool, tagKey string) {
	tm := tagManagerOf(hostOf(r.Construct))
	if r.ordered != nil {
		props = r.ordered
	} else if r.propsSource != nil {
		if tm != nil {
			// The tags' place is kept while the struct renders, so they
			// need no second pass (insertInFieldOrder) to land in order.
			name := tm.tagPropertyCfnName()
			props = renderCfnStructSlot(reflect.ValueOf(r.propsSource), r, name)
			if o, ok := props.(*ojson.Object); ok {
				o.Set(name, tm.RenderTags(nil))
				return o, true, name
			}
		} else {
			props = renderCfnStruct(reflect.ValueOf(r.propsSource), r)
			_, owned = props.(*ojson.Object)
			return props, owned, ""
		}
	} else if r.properties != nil {
		props = *r.properties
	} else {
		props = ojson.New()
	}
	if tm != nil {
		o, ok := props.(*ojson.Object)
		if !ok {
			o = ojson.New()
			m := map[string]interface{}{}
			if r.properties != nil {
				m = *r.properties
			}
			keys := make([]string, 0, len(m))
			for k := range m {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				o.Set(k, m[k])
			}
		}
		name, tags := tm.tagPropertyCfnName(), tm.RenderTags(nil)
		if _, present := o.Get(name); !present && r.propsSource != nil {
			o = insertInFieldOrder(o, name, tags, reflect.TypeOf(r.propsSource))
		} else {
			o.Set(name, tags)
		}
		props = o
	}
	return props, false, ""
}

// shouldSynthesize asks the outer type (an L1 or an L2's resource may
// override ShouldSynthesize) whether the resource belongs in the template.
func (r *cfnResource) shouldSynthesize() bool {
	if h, ok := hostOf(r.Construct).(interface{ ShouldSynthesize() *bool }); ok {
		return boolOr(h.ShouldSynthesize(), true)
	}
	return true
}

func (r *cfnResource) toCloudFormation() *ojson.Object {
	if !r.shouldSynthesize() {
		return ojson.New()
	}
	def := ojson.New()
	def.Set("Type", r.cfnType)
	def.Set("Properties", ignoreEmpty(r.renderProps()))
	if ids := r.dependsOnIDs(); ids != nil {
		def.Set("DependsOn", ids)
	}
	if p := r.options.creationPolicy; p != nil {
		def.Set("CreationPolicy", capitalized(p))
	}
	if p := r.options.updatePolicy; p != nil {
		def.Set("UpdatePolicy", capitalized(p))
	}
	if p := r.options.updateReplacePolicy; p != "" {
		def.Set("UpdateReplacePolicy", deletionPolicyNames[p])
	}
	if p := r.options.deletionPolicy; p != "" {
		def.Set("DeletionPolicy", deletionPolicyNames[p])
	}
	if r.options.version != nil {
		def.Set("Version", r.options.version)
	}
	if r.options.description != nil {
		def.Set("Description", r.options.description)
	}
	if r.options.metadata.Len() > 0 {
		def.Set("Metadata", ignoreEmpty(r.options.metadata))
	}
	if r.options.condition != nil {
		def.Set("Condition", r.options.condition.LogicalId())
	}
	post := &postResolveToken{value: def, process: func(v interface{}, ctx IResolveContext) interface{} {
		o, ok := v.(*ojson.Object)
		if !ok {
			return v
		}
		return r.finishDefinition(o, func() interface{} {
			return ctx.Resolve(r.rawOverrides, &ResolveChangeContextOptions{RemoveEmpty: boolp(false)})
		})
	}}
	return obj("Resources", ojsonKeyed(r.logicalID, post))
}

// dependsOnIDs lists the logical IDs (tokens) of the resources r depends on
// that synthesize, or nil.
func (r *cfnResource) dependsOnIDs() []interface{} {
	var deps []*cfnResource
	for _, d := range r.dependsOn {
		if d.shouldSynthesize() {
			deps = append(deps, d)
		}
	}
	if len(deps) == 0 {
		return nil
	}
	// By construct path under localeCompare, as aws-cdk-lib sorts them:
	// ".../Topic/https..." before ".../Topic/Policy/...".
	sort.SliceStable(deps, func(i, j int) bool { return collate.Compare(*deps[i].Node().Path(), *deps[j].Node().Path()) < 0 })
	ids := make([]interface{}, len(deps))
	for i, d := range deps {
		ids[i] = d.logicalID
	}
	return ids
}

// finishDefinition post-processes a resource's resolved definition o: an
// empty Properties goes, and the raw overrides (resolved by overrides, only
// when there are any) are merged in.
func (r *cfnResource) finishDefinition(o *ojson.Object, overrides func() interface{}) *ojson.Object {
	if p, ok := o.Get("Properties"); ok {
		if po, ok := p.(*ojson.Object); ok && po.Len() == 0 {
			o.Delete("Properties")
		}
	}
	if r.rawOverrides.Len() == 0 {
		return o // nothing to merge: skip resolving an empty object
	}
	if roo, ok := overrides().(*ojson.Object); ok {
		if r.propsSource != nil && r.ordered == nil {
			props, _ := o.Get("Properties")
			po, _ := props.(*ojson.Object)
			over, _ := roo.Get("Properties")
			if oo, ok := over.(*ojson.Object); ok && po != nil {
				o.Set("Properties", reserveSchemaPlaces(po, oo, reflect.ValueOf(r.propsSource)))
			}
		}
		deepMerge(o, roo)
	}
	return o
}

func boolp(b bool) *bool { return &b }

// capitalized resolves a resource-attribute struct with upper-cased keys.
func capitalized(v interface{}) interface{} {
	return &postResolveToken{value: v, process: func(x interface{}, _ IResolveContext) interface{} { return capitalizeKeys(x) }}
}

func capitalizeKeys(x interface{}) interface{} {
	switch v := x.(type) {
	case *ojson.Object:
		out := ojson.New()
		for _, k := range v.Keys() {
			val, _ := v.Get(k)
			out.Set(strings.ToUpper(k[:1])+k[1:], capitalizeKeys(val))
		}
		return out
	case []interface{}:
		out := make([]interface{}, len(v))
		for i := range v {
			out[i] = capitalizeKeys(v[i])
		}
		return out
	}
	return x
}

// deepMerge merges overrides into target the way aws-cdk-lib does: objects
// merge, anything else replaces, a deletion marker removes the key, and
// objects left empty are dropped.
func deepMerge(target *ojson.Object, source *ojson.Object) {
	for _, k := range source.Keys() {
		v, _ := source.Get(k)
		if v == ojson.Undefined || v == overrideDelete {
			target.Delete(k)
			continue
		}
		if so, ok := v.(*ojson.Object); ok {
			cur, _ := target.Get(k)
			to, isObj := cur.(*ojson.Object)
			if !isObj {
				to = ojson.New()
				target.Set(k, to)
			} else if to.Len() == 1 && isMergeExcluded(to.Keys()[0]) {
				to = ojson.New()
				target.Set(k, to)
			}
			if so.Len() == 1 && isMergeExcluded(so.Keys()[0]) {
				to = ojson.New()
				target.Set(k, to)
			}
			deepMerge(to, so)
			if to.Len() == 0 {
				target.Delete(k)
			}
			continue
		}
		target.Set(k, v)
	}
}

var mergeExcluded = map[string]bool{
	"Ref": true, "Fn::Base64": true, "Fn::Cidr": true, "Fn::FindInMap": true, "Fn::GetAtt": true,
	"Fn::GetAZs": true, "Fn::ImportValue": true, "Fn::Join": true, "Fn::Select": true, "Fn::Split": true,
	"Fn::Sub": true, "Fn::Transform": true, "Fn::And": true, "Fn::Equals": true, "Fn::If": true,
	"Fn::Not": true, "Fn::Or": true,
}

// isMergeExcluded: an intrinsic is replaced by an override, never merged into.
func isMergeExcluded(k string) bool { return mergeExcluded[k] }

// insertInFieldOrder adds key where the props struct declares it: L1
// properties render in the struct's (aws-cdk-lib's) order, tags included.
func insertInFieldOrder(o *ojson.Object, key string, v interface{}, t reflect.Type) *ojson.Object {
	for t.Kind() == reflect.Ptr {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct {
		o.Set(key, v)
		return o
	}
	out, done := ojson.New(), false
	for i := 0; i < t.NumField(); i++ {
		n := cfnName(t.Field(i))
		if n == key {
			out.Set(key, v)
			done = true
		} else if x, ok := o.Get(n); ok {
			out.Set(n, x)
		}
	}
	if !done {
		out.Set(key, v)
	}
	return out
}

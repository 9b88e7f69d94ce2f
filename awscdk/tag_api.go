package awscdk

// tagAspectAPI is the part of Tag's and RemoveTag's API this file
// implements: applying the aspect to one resource by hand.
type tagAspectAPI interface {
	// Props returns the options the aspect was created with.
	Props() *TagProps
	// ApplyTag sets (or, for RemoveTag, removes) the tag on resource's tag
	// manager, when the aspect's resource type filters allow it.
	ApplyTag(resource ITaggable)
	// ApplyTagV2 is ApplyTag for a resource exposing CdkTagManager.
	ApplyTagV2(resource ITaggableV2)
}

// RemoveTag is the aspect that removes a tag from taggable resources.
type RemoveTag interface {
	IAspect
	Key() *string
	tagAspectAPI
}

func (a *tagAspect) Props() *TagProps {
	p := a.props
	return &p
}

func (a *tagAspect) ApplyTag(resource ITaggable) {
	if resource == nil || isNilValue(resource) {
		return
	}
	a.applyTo(resource.Tags())
}

func (a *tagAspect) ApplyTagV2(resource ITaggableV2) {
	if resource == nil || isNilValue(resource) {
		return
	}
	a.applyTo(resource.CdkTagManager())
}

// applyTo sets or removes the tag on tm, with aws-cdk-lib's default
// priorities (100 to set, 200 to remove).
func (a *tagAspect) applyTo(tm TagManager) {
	if tm == nil || isNilValue(tm) || !*tm.ApplyTagAspectHere(a.props.IncludeResourceTypes, a.props.ExcludeResourceTypes) {
		return
	}
	if a.remove {
		p := 200.0
		if a.props.Priority != nil {
			p = *a.props.Priority
		}
		tm.RemoveTag(str(a.key), &p)
		return
	}
	p := 100.0
	if a.props.Priority != nil {
		p = *a.props.Priority
	}
	tm.SetTag(str(a.key), str(a.value), &p, boolp(boolOr(a.props.ApplyToLaunchedInstances, true)))
}
